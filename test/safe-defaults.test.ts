// Safe by default (issue 13): what a service started with no configuration at all does, and how the
// embedded PostgreSQL finds a folder its user cannot enter. (The starts themselves: lifecycle.test.ts.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { firstBlockingFolder } from '../src/data/embedded-postgres';

test('with no NODE_ENV the service runs as production: development (stack traces to clients) is opt-in', () => {
  expect(loadConfig({}).nodeEnv).toBe('production');
  expect(loadConfig({ NODE_ENV: 'development' }).nodeEnv).toBe('development');
});

test('a folder the postgres user cannot enter is found on the way to the cluster (then the cluster or the programs move)', () => {
  const stranger = { uid: 54_321, gid: 54_321, groups: [54_321] };
  const open = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-reach-'));
  try {
    fs.chmodSync(open, 0o755);
    const inside = path.join(open, 'private', 'data');
    fs.mkdirSync(inside, { recursive: true });
    expect(firstBlockingFolder(inside, stranger)).toBeNull();
    fs.chmodSync(path.join(open, 'private'), 0o700); // like /root, or a folder from mktemp -d
    expect(firstBlockingFolder(inside, stranger)).toBe(path.join(open, 'private'));
    // Its owner may enter it.
    const owner = { uid: fs.statSync(path.join(open, 'private')).uid, gid: 0, groups: [] };
    expect(firstBlockingFolder(inside, owner)).toBeNull();
  } finally {
    fs.rmSync(open, { recursive: true, force: true });
  }
});
