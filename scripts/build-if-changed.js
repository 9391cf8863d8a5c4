// Builds (Prisma client, then TypeScript into dist/, then the dashboard into dist/web/, then the extractor's GeoNames city table into node_modules/.cache) only when the sources changed since the last
// build: `npm start` and the command-line tools run this first, and a rebuild takes half a minute.
// The sources' contents (not their times: a fresh checkout touches every file) are hashed into
// dist/.build-stamp. `--always` builds whatever the stamp says (`npm run build`). Where there are no sources (the Docker image carries dist/ only) it does nothing.
// Uses only Node's standard library.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stampFile = path.join(root, 'dist', '.build-stamp');
const INPUTS = ['src', 'web', 'prisma/schema.prisma', 'prisma.config.ts', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
/** Written by the build itself. */
const GENERATED = path.join(root, 'src', 'generated');

function filesOf(entry, generated) {
  if (entry === generated || !fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs.readdirSync(entry).sort().flatMap((name) => filesOf(path.join(entry, name), generated));
}

/** The hash of the build's inputs in `tree` (the repository by default). */
function sourcesHash(tree = root) {
  const hash = crypto.createHash('sha256');
  const generated = path.join(tree, 'src', 'generated');
  for (const file of INPUTS.flatMap((input) => filesOf(path.join(tree, input), generated))) {
    hash.update(path.relative(tree, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

module.exports = { sourcesHash, stampFile };
if (require.main !== module) return;

if (!fs.existsSync(path.join(root, 'src'))) process.exit(0);
const current = sourcesHash();
const built = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : '';
const complete = fs.existsSync(path.join(root, 'dist', 'main.js')) && fs.existsSync(GENERATED)
  && (!fs.existsSync(path.join(root, 'web')) || fs.existsSync(path.join(root, 'dist', 'web', 'dashboard.js')));
const always = process.argv.includes('--always');
if (!always && built === current && complete) process.exit(0);

if (!always) console.error('Building (sources changed since the last build)…');
execFileSync(process.execPath, [path.join(__dirname, 'prisma-generate.js')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [root] }), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
// The dashboard's bundle (dist/web/), where its sources are (the Docker image's runtime has none).
if (fs.existsSync(path.join(root, 'web'))) execFileSync(process.execPath, [path.join(__dirname, 'build-web.js')], { cwd: root, stdio: 'inherit' });
// The extractor's GeoNames city table, cached in node_modules/.cache so no process decodes the package's 138,000 cities (2 s).
execFileSync(process.execPath, ['-e', "require('./dist/reference/cities').referenceCities()"], { cwd: root, stdio: 'inherit' });
fs.writeFileSync(stampFile, `${current}\n`);
