export * from './placements.module.js';
export * from './proposal-flow.js';
export * from './proposal-notifications.js';
export * from './proposals.service.js';
export * from './working-days.js';
