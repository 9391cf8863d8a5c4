// Jest global setup: one PostgreSQL for the whole run (embedded unless DATABASE_URL is given) and a
// template database, migrated and seeded once, that each test file clones for itself.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/data/embedded-postgres';
import { migrate } from '../../src/data/migrate';
import { createDatabase } from '../../src/data/prisma';
import { seedGraph } from '../../src/ingest/seed';
import { loadCountries } from '../../src/ingest/reference-countries';
import { freePort } from './ports';

export const TEMPLATE_DATABASE = `newsgraph_test_template_${process.pid}`;

export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-'));
    // Run as root, PostgreSQL runs as a `postgres` user that must be able to enter the folder.
    fs.chmodSync(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    (globalThis as Record<string, unknown>).__embeddedPostgres = { embedded, dataDir };
    // The superuser: the suite creates a database per test file.
    serverUrl = embedded.adminUrl;
  }
  const templateUrl = withDatabase(serverUrl, TEMPLATE_DATABASE);
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  if (!process.env.DATABASE_URL) await relaxDurability(admin);
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}"`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  await admin.end();

  await migrate(templateUrl);
  const db = createDatabase({ url: templateUrl, poolSize: 2 });
  await loadCountries(db);
  await seedGraph(db);
  await db.$disconnect();

  process.env.TEST_DATABASE_URL = withDatabase(serverUrl, 'postgres');
  process.env.TEST_TEMPLATE_DATABASE = TEMPLATE_DATABASE;
}

/**
 * The run's own cluster, thrown away afterwards, need not survive a crash: without flushing the WAL
 * to disk at each commit, the thousands of small write transactions the suite makes stop waiting on
 * a disk that the other work on a busy machine shares. (Never done to a server given by DATABASE_URL.)
 */
async function relaxDurability(admin: Client): Promise<void> {
  for (const setting of ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off']) {
    await admin.query(`ALTER SYSTEM SET ${setting}`);
  }
  await admin.query('SELECT pg_reload_conf()');
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
