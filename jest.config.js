// Jest runs TypeScript through SWC, which emits the decorator metadata type-graphql reads.
const ESM_ONLY_DEPENDENCIES = ['css-select', 'css-what', 'nth-check', 'domutils', 'domhandler', 'domelementtype', 'dom-serializer', 'entities', 'boolbase', 'htmlparser2', 'cssomnom'];

const os = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Jest's default is one file at a time on 2 cores (cores - 1). A test file spends most of its time
  // waiting on PostgreSQL and on its own HTTP server, so two files side by side keep both cores
  // busy; each has its own database, so they do not meet.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  // Every test and hook may take 30 s (Jest's default is 5 s). Starting a test app (a database cloned
  // from the template, the schema, the HTTP server) took 0.5–1.2 s on an idle machine and up to
  // 2.6 s, closing it up to 3.1 s, with two CPU-bound processes beside the run; on a busier CI
  // machine that crossed 5 s now and then and failed `beforeAll`. 30 s is ten times the worst seen:
  // a hang still fails, a loaded machine does not. Files that need more set it themselves.
  testTimeout: 30_000,
  roots: ['<rootDir>/test'],
  // linkedom (the extractor's DOM) requires css-select and its helpers, which ship only as ES
  // modules: Node loads them with require(esm), Jest needs them compiled to CommonJS.
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_DEPENDENCIES.join('|')})/)`],
  transform: {
    [`/node_modules/(${ESM_ONLY_DEPENDENCIES.join('|')})/.+\\.js$`]: [
      '@swc/jest',
      { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // One PostgreSQL for the run (embedded unless DATABASE_URL is set); each test file gets its own
  // database cloned from a migrated and seeded template, so files run in parallel.
  // type-graphql's decorators need the Reflect metadata API before any decorated class loads.
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
