import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
export default async function () {
  const db = await startEmbeddedPostgres({ dataDir: '/tmp/expdata', port: 55432 });
  (globalThis as any).__db = db;
  process.env.TEST_DATABASE_URL = db.url;
}
