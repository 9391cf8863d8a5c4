#!/usr/bin/env node
// Bundles the dashboard (web/dashboard/, Preact + Observable Plot) into dist/web/ with esbuild:
// one script and one stylesheet, minified, with source maps; the GraphQL operations it sends are
// bundled from web/dashboard/operations/*.graphql as text. `npm run build` runs it.
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');

esbuild
  .build({
    entryPoints: { dashboard: path.join(root, 'web/dashboard/main.tsx'), 'dashboard-style': path.join(root, 'web/dashboard/style.css') },
    outdir: path.join(root, 'dist/web'),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: ['es2022'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.graphql': 'text' },
    logLevel: 'warning',
    legalComments: 'linked',
  })
  .catch(() => process.exit(1));
