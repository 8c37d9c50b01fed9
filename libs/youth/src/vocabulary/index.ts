export * from './risk-factors.js';
export * from './skills-vocabulary.js';
