// `@startbaan/matching/core`: the pure scorer and feasibility predicate with the model they read,
// for other libs' pure cores (allocation) and the benchmarks. No Nest, no TypeORM.
export * from './calendar.js';
export * from './feasibility.js';
export * from './geo.js';
export * from './score.js';
export * from './texts.js';
export * from './weights.js';
export * from './codes.js';
export * from '../match.model.js';
