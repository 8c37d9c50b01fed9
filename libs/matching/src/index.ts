export * from './candidates.js';
export * from './core/index.js';
export * from './match-alerts.js';
export * from './match.model.js';
export * from './matching.module.js';
export * from './matching.service.js';
export * from './migrations/index.js';
