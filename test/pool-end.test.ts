// The service's shutdown ends the database client's pool and then stops PostgreSQL: a session the
// pool has asked to close but whose socket is still open must not be reported as a lost connection
// when PostgreSQL ends it (57P01, "terminating connection due to administrator command").
import pg from 'pg';
import { logger } from '../src/logger';
import { createDatabase } from '../src/data/prisma';
import { createTestDatabase } from './support/harness';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

test('sessions PostgreSQL ends as soon as $disconnect has resolved are not reported as idle connections lost', async () => {
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  const warn = jest.spyOn(logger, 'warn');
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      const db = createDatabase({ url: database.url, poolSize: 3 });
      // Three sessions at once, then idle in the pool.
      const rows = await Promise.all([0, 1, 2].map(() => db.$queryRawUnsafe<{ pid: number }[]>('SELECT pg_backend_pid() AS pid, pg_sleep(0.05)::text AS slept')));
      const pids = rows.map(([row]) => row.pid);
      expect(new Set(pids).size).toBe(3);
      await db.$disconnect();
      // What a stopping PostgreSQL does to every session still there.
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY($1::int[])', [pids]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(warn.mock.calls.filter(([, message]) => message === 'idle database connection lost')).toEqual([]);
  } finally {
    warn.mockRestore();
    await admin.end();
  }
});
