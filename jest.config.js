/** Unit tests (pure code in libs) and end-to-end suites (real app, PostgreSQL and Redis). */
import { readFileSync } from 'node:fs';

// `@startbaan/<lib>` and the named subpaths (e.g. `@startbaan/employers/rules`): tsconfig.json's
// paths are the one list, read by the build, by this mapper and by scripts/ts-hooks.mjs.
const { paths } = JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8')).compilerOptions;
const entryPoints = Object.fromEntries(
  Object.entries(paths).map(([name, [file]]) => [`^${name.replace(/\//g, '\\/')}$`, `<rootDir>/${file.replace(/^\.\//, '')}`]),
);
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
      // `with { type: 'json' }` (the PC4 data): kept, as Node and Jest want it.
      experimental: { keepImportAttributes: true },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    ...entryPoints,
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  setupFiles: ['<rootDir>/test/support/setup.ts'],
  // A mutation run's sandboxes (StrykerJS) copy the whole project, package.json included.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], slowTestThreshold: 20 },
    // The portal in Chromium against the API and the worker (needs the built portal: npm run build:web).
    { ...common, displayName: "browser", testMatch: ["<rootDir>/test/browser/**/*.browser-spec.ts"], slowTestThreshold: 60 },
    // Benchmarks print figures; they only run through `npm run bench`.
    { ...common, displayName: 'bench', testMatch: ['<rootDir>/bench/**/*.bench.ts'] },
  ],
  maxWorkers: 2,
  // An e2e worker ends with a heap of about 1.2 GB (each suite's modules in a VM context of its
  // own) and takes 0.35 to 0.5 s to exit once its event loop is empty; Jest's 500 ms before it
  // kills a worker as "failed to exit gracefully" is too short for that on a busy machine. A
  // connection left open still shows, as does a timer that outlives the worker by over a second.
  workerGracefulExitTimeout: 1500,
  testTimeout: 30000,
};
