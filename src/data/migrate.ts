// Applies prisma/migrations/*/migration.sql in order, recording each in Prisma's own
// `_prisma_migrations` table so that `prisma migrate status/deploy` agree with what ran here.
// Prisma's CLI needs a schema-engine binary that cannot be downloaded offline; this does not.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS_DIR } from '../paths';

/** The advisory lock key Prisma Migrate itself takes, so the two never run at once either. */
const MIGRATION_LOCK_KEY = 72707369;

export { MIGRATIONS_DIR };

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export function readMigrations(directory = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(directory, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/**
 * Applies every pending migration, each in its own transaction. Holds Prisma's advisory lock for
 * the whole run, so two instances starting together apply each migration once.
 */
export async function migrate(
  databaseUrl: string,
  options: { directory?: string; log?: (message: string) => void } = {},
): Promise<MigrationResult> {
  const migrations = readMigrations(options.directory);
  const client = new Client({ connectionString: databaseUrl });
  // A connection lost mid-run rejects the pending query; without a listener it would also crash
  // the process as an unhandled 'error' event instead of failing the run.
  client.on('error', (error) => options.log?.(`migration connection error: ${error.message}`));
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const recorded = new Map(rows.map((row) => [row.migration_name, row]));
    const result: MigrationResult = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      const previous = recorded.get(migration.name);
      if (previous?.finished_at) {
        if (previous.checksum !== migration.checksum) {
          options.log?.(`migration ${migration.name} was modified after it was applied`);
        }
        result.alreadyApplied.push(migration.name);
        continue;
      }
      if (previous) {
        throw new MigrationError(
          `migration ${migration.name} failed earlier and is recorded as unfinished; ` +
            'resolve it (prisma migrate resolve) before starting again',
        );
      }
      await applyMigration(client, migration);
      options.log?.(`applied migration ${migration.name}`);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

async function applyMigration(client: Client, migration: Migration): Promise<void> {
  try {
    await client.query('BEGIN');
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [crypto.randomUUID(), migration.checksum, migration.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new MigrationError(`migration ${migration.name} failed: ${(error as Error).message}`);
  }
}

/** Anything that runs one SQL statement and returns its rows: a `pg` client, or Prisma through a small adapter. */
export interface QueryRunner {
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Names of the migrations (a folder, or a list read before) that the database has not applied yet. */
export async function pendingMigrations(client: QueryRunner, source: string | Migration[] = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = typeof source === 'string' ? readMigrations(source) : source;
  const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!table.rows[0].present) return migrations.map((migration) => migration.name);
  const { rows } = await client.query(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  return migrations.filter((migration) => !applied.has(migration.name)).map((migration) => migration.name);
}
