export * from './monitoring-rules.js';
export * from './monitoring-weekly.handler.js';
export * from './monitoring.module.js';
export * from './monitoring.service.js';
export * from './cell-key.js';
