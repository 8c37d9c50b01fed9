export * from './placements.module.js';
export * from './proposal-flow.js';
export * from './proposal-notifications.js';
export * from './proposals.service.js';
export * from './working-days.js';
export * from './placement-rules.js';
export * from './placements.service.js';
