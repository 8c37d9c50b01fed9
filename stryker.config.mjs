/**
 * Mutation testing of the pure cores (StrykerJS with the jest runner); `npm run mutation` runs
 * it once per core (scripts/mutation.mjs), which sets `mutate` and the core's specs.
 */
const reports = process.env.MUTATION_REPORT_DIR ?? 'reports/mutation';

export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'],
  checkers: [],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  thresholds: { high: 90, low: 80, break: 80 },
  // The sandbox needs the libs, the jest setup and the configs; not the portal, the built output or the data.
  ignorePatterns: ['apps/web', 'dist', 'data', 'bench', 'docker', '.data', 'reports', 'test', '!test/support/setup.ts'],
  cleanTempDir: 'always',
  tempDirName: '.stryker-tmp',
};
