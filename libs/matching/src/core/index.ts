export * from './calendar.js';
export * from './feasibility.js';
export * from './geo.js';
export * from './score.js';
export * from './texts.js';
export * from './weights.js';
export * from './codes.js';
