import { Foundation1795426329098 } from './1795426329098-Foundation.js';

/** Every migration, in order. `npm run migration:generate` appends new ones here. */
export const MIGRATIONS: (new () => unknown)[] = [
  Foundation1795426329098,
];
