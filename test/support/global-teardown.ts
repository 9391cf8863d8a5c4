// Jest global teardown: drops the template database and stops the embedded PostgreSQL.
import fs from 'node:fs';
import { Client } from 'pg';
import type { EmbeddedDatabase } from '../../src/data/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__embeddedPostgres as
    | { embedded: EmbeddedDatabase; dataDir: string }
    | undefined;
  if (state) {
    await state.embedded.stop();
    fs.rmSync(state.dataDir, { recursive: true, force: true });
    return;
  }
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${process.env.TEST_TEMPLATE_DATABASE}" WITH (FORCE)`);
  await admin.end();
}
