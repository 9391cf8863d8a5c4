// Runs `npm ci` when node_modules is missing or was installed from another package-lock.json, so that
// `npm start` and `npm test` work straight from a fresh clone. Uses only Node's standard library.
// What was installed is recorded as the lock's hash (node_modules/.newsgraph-lock-hash), not told by
// file times: a checkout of another branch, or a second work tree sharing node_modules, touches the
// lock without changing it, and an `npm ci` then would empty node_modules under whatever is running.
const { execSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const modules = path.join(root, 'node_modules');
const installedLock = path.join(modules, '.package-lock.json');
const installedHash = path.join(modules, '.newsgraph-lock-hash');
const lock = path.join(root, 'package-lock.json');

const lockHash = crypto.createHash('sha256').update(fs.readFileSync(lock)).digest('hex');
const recorded = fs.existsSync(installedHash) ? fs.readFileSync(installedHash, 'utf8').trim() : null;
// Installed before the hash was recorded: judged by times once, as before.
const stale = recorded !== null
  ? recorded !== lockHash
  : !fs.existsSync(installedLock) || fs.statSync(installedLock).mtimeMs < fs.statSync(lock).mtimeMs;
if (stale) {
  console.log('Installing dependencies from package-lock.json (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
if (stale || recorded === null) fs.writeFileSync(installedHash, `${lockHash}\n`);
