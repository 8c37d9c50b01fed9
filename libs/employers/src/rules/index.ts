// `@startbaan/employers/rules`: the employers lib's pure code (labour law, minimum wage, VOG
// rules and guidance, the vacancy model, the network's rules), for other libs' pure cores.
// No Nest and no TypeORM behind this entry point.
export * from '../vacancy.model.js';
export * from '../network/network-rules.js';
export * from './labour-law.js';
export * from './minimum-wage.js';
export * from './vog-guidance.js';
export * from './vog-indication.js';
export * from './vog-legal.js';
export * from './vog-rules.js';
export * from './vacancy-vog.js';
