/**
 * The unit project of jest.config.js for one pure core at a time, as `npm run mutation` runs it
 * (StrykerJS, scripts/mutation.mjs): MUTATION_SPECS names that core's specs, comma-separated globs.
 */
import config from './jest.config.js';

const unit = config.projects.find((p) => p.displayName === 'unit');
const specs = (process.env.MUTATION_SPECS ?? '').split(',').filter(Boolean);

export default {
  ...unit,
  displayName: undefined,
  testMatch: specs.map((s) => `<rootDir>/${s}`),
};
