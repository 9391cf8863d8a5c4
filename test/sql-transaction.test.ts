// Writes marked `sqlOnly` (the ingests) run their transaction straight on node-postgres: committed,
// rolled back, run again after a conflict as through Prisma, with rows written and read back as
// Prisma's, and any use of Prisma's model API refused at once.
import { createDatabase, type Database, poolStats } from '../src/data/prisma';
import { insertRow, updateRow } from '../src/data/row-writes';
import { runWrite, WRITE_ATTEMPTS } from '../src/ingest/transaction';
import { personSlugKey } from '../src/ingest/locks';
import { createTestDatabase } from './support/harness';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase({ url: database.url, poolSize: 2 });
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const personNamed = (name: string) => db.person.findFirst({ where: { name } });

test('a sqlOnly write commits what it wrote, and one that throws leaves nothing and its connection usable', async () => {
  await runWrite(db, (tx) => tx.$executeRaw`INSERT INTO "Person" (name, slug, "updatedAt") VALUES ('Ada Kept', 'ada-kept', now())`, {
    sqlOnly: true,
    keys: [personSlugKey('ada-kept')],
  });
  expect(await personNamed('Ada Kept')).not.toBeNull();
  await expect(
    runWrite(db, async (tx) => {
      await tx.$executeRaw`INSERT INTO "Person" (name, slug, "updatedAt") VALUES ('Ada Dropped', 'ada-dropped', now())`;
      throw new Error('refused after writing');
    }, { sqlOnly: true }),
  ).rejects.toThrow('refused after writing');
  expect(await personNamed('Ada Dropped')).toBeNull();
  // The connection was rolled back and returned: both of the pool's are free, and a write runs on each.
  expect(poolStats(db).waiting).toBe(0);
  for (let run = 0; run < 3; run++) {
    expect(await runWrite(db, (tx) => tx.$queryRaw<{ one: number }[]>`SELECT ${1}::int AS one`, { sqlOnly: true })).toEqual([{ one: 1 }]);
  }
});

test("a transaction PostgreSQL aborts for a conflict (its SQLSTATE in node-postgres's error) runs again, a bounded number of times", async () => {
  let attempts = 0;
  const conflictOnFirst = await runWrite(db, async (tx) => {
    attempts++;
    if (attempts === 1) await tx.$executeRaw`DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40P01'; END $$`;
    return attempts;
  }, { sqlOnly: true });
  expect(conflictOnFirst).toBe(2);

  attempts = 0;
  await expect(
    runWrite(db, async (tx) => {
      attempts++;
      await tx.$executeRaw`DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$`;
    }, { sqlOnly: true }),
  ).rejects.toMatchObject({ code: '40001' });
  expect(attempts).toBe(WRITE_ATTEMPTS);
});

test("Prisma's model API is refused in a sqlOnly write, naming what was used", async () => {
  await expect(runWrite(db, (tx) => tx.person.count(), { sqlOnly: true })).rejects.toThrow(/tx\.person is not available in a sqlOnly write/);
});

test("rows created and changed by hand-written SQL come back as Prisma's create and update return them", async () => {
  const created = await runWrite(db, (tx) =>
    insertRow<Record<string, unknown>>(tx, 'Event', {
      slug: 'summit-in-sql', title: 'Summit', type: 'SUMMIT', startDate: new Date('2025-01-05T00:00:00Z'), datePrecision: 'DAY', origin: 'EXTRACTED',
    }), { sqlOnly: true });
  expect(created).toEqual(await db.event.findUnique({ where: { slug: 'summit-in-sql' } }));
  // Undefined is left as it is, null is written; updatedAt moves.
  const changed = await runWrite(db, (tx) =>
    updateRow<Record<string, unknown>>(tx, 'Event', created.id as number, { summary: 'Met.', endDate: new Date('2025-01-06T00:00:00Z'), startDate: undefined, position: null }),
  { sqlOnly: true });
  const stored = await db.event.findUnique({ where: { slug: 'summit-in-sql' } });
  expect(changed).toEqual(stored);
  expect(stored).toMatchObject({ summary: 'Met.', startDate: new Date('2025-01-05T00:00:00Z'), endDate: new Date('2025-01-06T00:00:00Z'), position: null });
  expect((stored!.updatedAt as Date).getTime()).toBeGreaterThanOrEqual((created.updatedAt as Date).getTime());

  const person = await db.$transaction((tx) =>
    insertRow<Record<string, unknown>>(tx, 'Person', { name: 'Ada Prisma', slug: 'ada-prisma', aliases: ['Ada P.'], origin: 'MANUAL' }));
  // Through a Prisma transaction too (the writes not marked sqlOnly).
  expect(person).toEqual(await db.person.findUnique({ where: { slug: 'ada-prisma' } }));
});
