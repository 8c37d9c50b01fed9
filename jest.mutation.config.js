/**
 * The unit project of jest.config.js for one pure core at a time, as `npm run mutation` runs it
 * (StrykerJS, scripts/mutation.mjs): MUTATION_SPECS names that core's specs, comma-separated globs
 * (one starting with ! names a spec file to leave out).
 */
import config from './jest.config.js';

const unit = config.projects.find((p) => p.displayName === 'unit');
const specs = (process.env.MUTATION_SPECS ?? '').split(',').filter(Boolean);

export default {
  ...unit,
  displayName: undefined,
  testMatch: specs.filter((s) => !s.startsWith('!')).map((s) => `<rootDir>/${s}`),
  // A path starting with ! (a file, not a glob) leaves that spec out.
  testPathIgnorePatterns: [...(unit.testPathIgnorePatterns ?? ['/node_modules/']), ...specs.filter((s) => s.startsWith('!')).map((s) => `<rootDir>/${s.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)],
};
