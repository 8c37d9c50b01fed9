// `@startbaan/placements/rules`: the placements lib's pure code (the proposal flow, the
// placement's follow-through, working days), for other libs' pure cores. No Nest, no TypeORM.
export * from './placement-rules.js';
export * from './proposal-flow.js';
export * from './working-days.js';
