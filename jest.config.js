// Jest runs TypeScript through SWC, which emits the decorator metadata type-graphql reads.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
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
    // linkedom's HTML parser stack ships as ES modules only; Jest (unlike Node 20.19+) cannot
    // require them, so SWC turns them into CommonJS too.
    '^.+\\.m?js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(linkedom|htmlparser2|css-select|css-what|cssomnom|domutils|domhandler|domelementtype|dom-serializer|entities|boolbase|nth-check|uhyphen)/)',
  ],
  // One PostgreSQL for the run (embedded unless DATABASE_URL is set); each test file gets its own
  // database cloned from a migrated and seeded template, so files run in parallel.
  // type-graphql's decorators need the Reflect metadata API before any decorated class loads.
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
