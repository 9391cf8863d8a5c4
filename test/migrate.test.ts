// The migration runner against fresh databases: every folder applied once and recorded the way
// Prisma Migrate records it, nothing applied twice (not even by two instances starting together),
// and a failing migration rolled back whole and reported by name.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS_DIR, migrate, MigrationError, pendingMigrations, readMigrations } from '../src/data/migrate';

jest.setTimeout(60_000);

const databases: string[] = [];
const tempDirs: string[] = [];
const clients: Client[] = [];

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run through jest (test/support/global-setup.ts)');
  return url;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty database of its own on the test server. */
async function freshDatabase(): Promise<string> {
  const name = `newsgraph_migrate_${crypto.randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  databases.push(name);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined); // the database is force-dropped in afterAll
  await client.connect();
  clients.push(client);
  return client;
}

async function tableExists(client: Client, table: string): Promise<boolean> {
  const { rows } = await client.query(`SELECT to_regclass($1) AS name`, [`"${table}"`]);
  return rows[0].name !== null;
}

/** Advisory locks held in this client's database (they are per database). */
async function advisoryLocks(client: Client): Promise<number> {
  const { rows } = await client.query(
    `SELECT count(*)::int AS count FROM pg_locks
      WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return rows[0].count;
}

afterAll(async () => {
  await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  await admin(async (client) => {
    for (const name of databases) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The migration folders as they are on disk, read independently of readMigrations(). */
const folders = fs
  .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('migrate() on a fresh database', () => {
  let url: string;
  let client: Client;
  beforeAll(async () => {
    url = await freshDatabase();
    client = await connect(url);
  });

  test('has migration folders to apply', () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(readMigrations().map((migration) => migration.name)).toEqual(folders);
  });

  test('before it runs, every migration is pending', async () => {
    expect(await pendingMigrations(client)).toEqual(folders);
  });

  test('applies every migration folder once and records each as Prisma Migrate does', async () => {
    const logged: string[] = [];
    const result = await migrate(url, { log: (message) => logged.push(message) });
    expect(result).toEqual({ applied: folders, alreadyApplied: [] });
    expect(logged).toEqual(folders.map((name) => `applied migration ${name}`));

    const { rows } = await client.query(
      `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count
         FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toHaveLength(folders.length);
    rows.forEach((row, index) => {
      const name = folders[index];
      expect(row).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
        checksum: sha256(path.join(MIGRATIONS_DIR, name, 'migration.sql')),
        finished_at: expect.any(Date),
        migration_name: name,
        logs: null,
        rolled_back_at: null,
        started_at: expect.any(Date),
        applied_steps_count: 1,
      });
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    });

    // The table has Prisma's own shape, so `prisma migrate status/deploy` can read it.
    const columns = await client.query(
      `SELECT column_name, data_type, character_maximum_length, is_nullable
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.rows).toEqual([
      { column_name: 'id', data_type: 'character varying', character_maximum_length: 36, is_nullable: 'NO' },
      { column_name: 'checksum', data_type: 'character varying', character_maximum_length: 64, is_nullable: 'NO' },
      { column_name: 'finished_at', data_type: 'timestamp with time zone', character_maximum_length: null, is_nullable: 'YES' },
      { column_name: 'migration_name', data_type: 'character varying', character_maximum_length: 255, is_nullable: 'NO' },
      { column_name: 'logs', data_type: 'text', character_maximum_length: null, is_nullable: 'YES' },
      { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', character_maximum_length: null, is_nullable: 'YES' },
      { column_name: 'started_at', data_type: 'timestamp with time zone', character_maximum_length: null, is_nullable: 'NO' },
      { column_name: 'applied_steps_count', data_type: 'integer', character_maximum_length: null, is_nullable: 'NO' },
    ]);

    // The schema itself is there.
    for (const table of ['Country', 'Person', 'Article', 'Event', 'ArmsSale']) {
      expect({ table, exists: await tableExists(client, table) }).toEqual({ table, exists: true });
    }
    expect(await pendingMigrations(client)).toEqual([]);
  });

  test('running it again applies nothing', async () => {
    const before = await client.query(`SELECT id, finished_at FROM "_prisma_migrations" ORDER BY id`);
    const logged: string[] = [];
    const result = await migrate(url, { log: (message) => logged.push(message) });
    expect(result).toEqual({ applied: [], alreadyApplied: folders });
    expect(logged).toEqual([]);
    const after = await client.query(`SELECT id, finished_at FROM "_prisma_migrations" ORDER BY id`);
    expect(after.rows).toEqual(before.rows);
  });
});

test('two migrate() calls at once on a fresh database both succeed and apply each migration once', async () => {
  const url = await freshDatabase();
  const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);

  // The advisory lock serialises them: one applies everything, the others find it done.
  const appliers = results.filter((result) => result.applied.length > 0);
  expect(appliers).toEqual([{ applied: folders, alreadyApplied: [] }]);
  expect(results.filter((result) => result.applied.length === 0)).toEqual([
    { applied: [], alreadyApplied: folders },
    { applied: [], alreadyApplied: folders },
  ]);

  const client = await connect(url);
  const { rows } = await client.query(
    `SELECT migration_name, count(*)::int AS count FROM "_prisma_migrations" GROUP BY migration_name ORDER BY migration_name`,
  );
  expect(rows).toEqual(folders.map((name) => ({ migration_name: name, count: 1 })));
  // The lock is released: nothing is left holding it.
  expect(await advisoryLocks(client)).toBe(0);
});

describe("Prisma Migrate's advisory lock (72707369)", () => {
  const PRISMA_LOCK = 72707369;

  test('migrate() waits while someone else holds it, then applies', async () => {
    const url = await freshDatabase();
    const holder = await connect(url);
    await holder.query('SELECT pg_advisory_lock($1)', [PRISMA_LOCK]);
    let settled = false;
    const running = migrate(url).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(settled).toBe(false);
    expect(await tableExists(holder, '_prisma_migrations')).toBe(false);
    await holder.query('SELECT pg_advisory_unlock($1)', [PRISMA_LOCK]);
    expect(await running).toEqual({ applied: folders, alreadyApplied: [] });
  });

  test('losing the connection while waiting fails the run instead of crashing the process', async () => {
    const url = await freshDatabase();
    const holder = await connect(url);
    await holder.query('SELECT pg_advisory_lock($1)', [PRISMA_LOCK]);
    const running = migrate(url).then(
      () => undefined,
      (error: unknown) => error,
    );
    // Wait until the run is blocked on the lock, then cut its connection.
    let waiting: number | undefined;
    for (let attempt = 0; attempt < 50 && !waiting; attempt++) {
      const { rows } = await holder.query(
        `SELECT pid FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%pg_advisory_lock%'`,
      );
      waiting = rows[0]?.pid;
      if (!waiting) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(waiting).toBeDefined();
    await holder.query('SELECT pg_terminate_backend($1)', [waiting]);
    expect(await running).toBeInstanceOf(Error);
    await holder.query('SELECT pg_advisory_unlock($1)', [PRISMA_LOCK]);
  });
});

describe('a failing migration', () => {
  let directory: string;
  let url: string;
  let client: Client;

  const FIRST = '20260101000000_first';
  const BROKEN = '20260102000000_broken';

  function writeMigration(name: string, sql: string): void {
    fs.mkdirSync(path.join(directory, name), { recursive: true });
    fs.writeFileSync(path.join(directory, name, 'migration.sql'), sql);
  }

  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-migrations-'));
    tempDirs.push(directory);
    fs.writeFileSync(path.join(directory, 'migration_lock.toml'), 'provider = "postgresql"\n');
    writeMigration(FIRST, `CREATE TABLE "first_table" ("id" INTEGER PRIMARY KEY);\n`);
    // Creates a table and writes a row, then fails on its third statement.
    writeMigration(
      BROKEN,
      `CREATE TABLE "second_table" ("id" INTEGER PRIMARY KEY);
INSERT INTO "first_table" ("id") VALUES (1);
ALTER TABLE "no_such_table" ADD COLUMN "x" INTEGER;
`,
    );
    url = await freshDatabase();
    client = await connect(url);
  });

  test('leaves the database as it was before that migration and names it in the error', async () => {
    const logged: string[] = [];
    const error = await migrate(url, { directory, log: (message) => logged.push(message) }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain(BROKEN);
    expect((error as Error).message).toMatch(/no_such_table/);
    expect(logged).toEqual([`applied migration ${FIRST}`]);

    // The first migration stays applied and recorded.
    expect(await tableExists(client, 'first_table')).toBe(true);
    const { rows } = await client.query(
      `SELECT migration_name, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual([{ migration_name: FIRST, finished: true }]);
    // Nothing of the second: no table, no row it inserted, no record.
    expect(await tableExists(client, 'second_table')).toBe(false);
    expect((await client.query(`SELECT count(*)::int AS count FROM "first_table"`)).rows[0].count).toBe(0);
    // And the connection let go of the lock.
    expect(await advisoryLocks(client)).toBe(0);
  });

  test('readiness lists it as pending', async () => {
    expect(await pendingMigrations(client, directory)).toEqual([BROKEN]);
  });

  test('a start with it still broken fails the same way, changing nothing', async () => {
    await expect(migrate(url, { directory })).rejects.toThrow(BROKEN);
    expect(await tableExists(client, 'second_table')).toBe(false);
    expect(await pendingMigrations(client, directory)).toEqual([BROKEN]);
  });

  test('once fixed, the next run applies it and only it', async () => {
    writeMigration(BROKEN, `CREATE TABLE "second_table" ("id" INTEGER PRIMARY KEY);\n`);
    expect(await migrate(url, { directory })).toEqual({ applied: [BROKEN], alreadyApplied: [FIRST] });
    expect(await tableExists(client, 'second_table')).toBe(true);
    expect(await pendingMigrations(client, directory)).toEqual([]);
  });
});
