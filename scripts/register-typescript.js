// Lets a worker thread load the TypeScript sources directly (`execArgv: ['--require', this file]`),
// compiled in memory by @swc/core with the options Jest uses (jest.config.js). Only the tests use
// it: under Jest the extraction pool's workers run the current src/ (as the test itself does), not
// a dist/ build that may be stale. The service and the command line run dist/, compiled by tsc.
const fs = require('node:fs');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

Module._extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...OPTIONS, filename });
  module._compile(code, filename);
};
