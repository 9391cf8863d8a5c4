// Fails when prisma/migrations/*/migration.sql and prisma/schema.prisma disagree: builds one database from the
// migrations and one from the SQL Prisma's schema engine generates for the schema (scripts/schema-sql.js, offline),
// then compares their catalogs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate } from '../src/data/migrate';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { schemaToSql } = require('../scripts/schema-sql.js') as { schemaToSql(schemaPath: string): Promise<string> };

const ROOT = path.resolve(__dirname, '..');
const SCHEMA = path.join(ROOT, 'prisma', 'schema.prisma');

jest.setTimeout(60_000); // loading the wasm schema engine takes a moment

const serverUrl = (): string => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set (the Jest global setup sets it)');
  return url;
};

const prefix = `drift_${process.pid}_${Date.now()}`;
const created: string[] = [];

function urlOf(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty scratch database, dropped again in afterAll; returns its URL. */
async function scratchDatabase(suffix: string): Promise<string> {
  const name = `${prefix}_${suffix}`;
  await withClient(serverUrl(), (admin) => admin.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return urlOf(name);
}

async function databaseFromSchema(suffix: string, schemaPath: string): Promise<string> {
  const url = await scratchDatabase(suffix);
  const sql = await schemaToSql(schemaPath);
  await withClient(url, (client) => client.query(sql));
  return url;
}

interface SchemaDescription {
  enums: string[];
  tables: string[];
  columns: string[];
  indexes: string[];
  constraints: string[];
}

/** A canonical, order-independent description of the `public` schema, without `_prisma_migrations`. */
async function describeSchema(url: string): Promise<SchemaDescription> {
  return withClient(url, async (client) => {
    const lines = async (sql: string): Promise<string[]> =>
      (await client.query<{ line: string }>(sql)).rows.map((row) => row.line).sort();
    const ownTable = `n.nspname = 'public' AND c.relname <> '_prisma_migrations'`;
    return {
      // labels stay in their declared order, which is part of the type
      enums: await lines(`
        SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE n.nspname = 'public' GROUP BY t.typname`),
      tables: await lines(`
        SELECT c.relname AS line FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND ${ownTable}`),
      columns: await lines(`
        SELECT format('%I.%I %s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                      CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                      COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')) AS line
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND ${ownTable}`),
      indexes: (
        await lines(`
          SELECT indexdef AS line FROM pg_indexes
          WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`)
      )
        .map((def) => def.replace(/\bpublic\./g, ''))
        .sort(),
      constraints: await lines(`
        SELECT format('%I.%I %s %s', c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid)) AS line
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE ${ownTable}`),
    };
  });
}

let migrated: SchemaDescription;

beforeAll(async () => {
  const url = await scratchDatabase('migrations');
  await migrate(url);
  migrated = await describeSchema(url);
});

afterAll(async () => {
  if (created.length === 0) return;
  await withClient(serverUrl(), async (admin) => {
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

test('the migrations build exactly the database schema.prisma describes', async () => {
  const fromSchema = await describeSchema(await databaseFromSchema('schema', SCHEMA));
  expect(migrated.tables.length).toBeGreaterThan(0);
  expect(migrated).toEqual(fromSchema);
});

test('the comparison notices a field the migrations lack', async () => {
  const schema = fs.readFileSync(SCHEMA, 'utf8');
  const changed = schema.replace(/^model Country \{\n/m, (line) => `${line}  driftProbe String?\n`);
  expect(changed).not.toBe(schema);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-drift-'));
  try {
    const probePath = path.join(dir, 'schema.prisma');
    fs.writeFileSync(probePath, changed);
    const drifted = await describeSchema(await databaseFromSchema('probe', probePath));
    expect(drifted).not.toEqual(migrated);
    expect(drifted.columns).toContain('"Country"."driftProbe" text');
    expect(migrated.columns.filter((column) => column.includes('driftProbe'))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
