// `@startbaan/programmes/monitoring`: the monitoring figures' pure code (tables, suppression, the
// cell-key method), for the disclosure tests and benchmarks. No Nest, no TypeORM.
export * from './monitoring-rules.js';
export * from './cell-key.js';
