// Reads are named prepared statements, at most PREPARED_STATEMENTS_PER_CONNECTION per connection,
// and so are the first PREPARED_WRITE_SHAPES shapes sent through Prisma: checked on a real
// PostgreSQL through its own view of a session's prepared statements.
import pg from 'pg';
import { createDatabase } from '../src/data/prisma';
import {
  PREPARED_STATEMENTS_PER_CONNECTION,
  PREPARED_WRITE_SHAPES,
  queryPrepared,
  statementName,
  writeStatementName,
} from '../src/data/prepared-statements';
import { createTestDatabase } from './support/harness';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase();
  // One connection, so that every statement lands on the session that is inspected.
  pool = new pg.Pool({ connectionString: database.url, max: 1 });
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

const preparedOnConnection = async () =>
  (await queryPrepared<{ name: string }>({ pool, text: 'SELECT name FROM pg_prepared_statements', values: [] }, 'custom')).rows.map((row) => row.name);

test('a statement is prepared once per connection and then reused with other parameters', async () => {
  const text = 'SELECT $1::int * 2 AS doubled';
  expect((await queryPrepared<{ doubled: number }>({ pool, text, values: [21] })).rows).toEqual([{ doubled: 42 }]);
  expect((await queryPrepared<{ doubled: number }>({ pool, text, values: [5] })).rows).toEqual([{ doubled: 10 }]);
  expect((await preparedOnConnection()).filter((name) => name === statementName(text))).toHaveLength(1);
});

test('custom statements are not prepared', async () => {
  const text = 'SELECT $1::int + 1 AS next';
  expect((await queryPrepared<{ next: number }>({ pool, text, values: [1] }, 'custom')).rows).toEqual([{ next: 2 }]);
  expect(await preparedOnConnection()).not.toContain(statementName(text));
});

test('a connection keeps at most PREPARED_STATEMENTS_PER_CONNECTION statements, the least recently used leaving first', async () => {
  const shapes = PREPARED_STATEMENTS_PER_CONNECTION + 20;
  const text = (index: number) => `SELECT $1::int + ${index} AS shape`;
  for (let index = 0; index < shapes; index++) {
    expect((await queryPrepared<{ shape: number }>({ pool, text: text(index), values: [1] })).rows).toEqual([{ shape: index + 1 }]);
  }
  const prepared = await preparedOnConnection();
  expect(prepared.length).toBeLessThanOrEqual(PREPARED_STATEMENTS_PER_CONNECTION);
  expect(prepared).toContain(statementName(text(shapes - 1)));
  expect(prepared).not.toContain(statementName(text(0)));
  // A text pushed out is prepared afresh when it comes back.
  expect((await queryPrepared<{ shape: number }>({ pool, text: text(0), values: [2] })).rows).toEqual([{ shape: 2 }]);
  expect(await preparedOnConnection()).toContain(statementName(text(0)));
});

test('a failing statement leaves the connection usable and is prepared afresh', async () => {
  const text = 'SELECT 1 / $1::int AS quotient';
  await expect(queryPrepared({ pool, text, values: [0] })).rejects.toThrow(/division by zero/);
  expect((await queryPrepared<{ quotient: number }>({ pool, text, values: [1] })).rows).toEqual([{ quotient: 1 }]);
});

describe('statements sent through Prisma', () => {
  test('with parameters: prepared once per connection, in and out of a transaction', async () => {
    const db = createDatabase({ url: database.url, poolSize: 1 });
    try {
      const sql = 'SELECT $1::int * 3 AS tripled';
      const named = writeStatementName({ sql, args: [1] });
      expect(named).toMatch(/^ngw_/);
      expect(await db.$queryRawUnsafe(sql, 2)).toEqual([{ tripled: 6 }]);
      expect(await db.$transaction((tx) => tx.$queryRawUnsafe(sql, 5))).toEqual([{ tripled: 15 }]);
      const prepared = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pg_prepared_statements WHERE name = $1`, named);
      expect(prepared).toHaveLength(1);
    } finally {
      await db.$disconnect();
    }
  });

  test('without parameters: unnamed, so that several statements can go in one message', async () => {
    const db = createDatabase({ url: database.url, poolSize: 1 });
    try {
      expect(writeStatementName({ sql: 'SELECT 1; SELECT 2', args: [] })).toBe('');
      await db.$executeRawUnsafe('CREATE TEMPORARY TABLE shapes (n int); INSERT INTO shapes VALUES (1), (2)');
      expect(await db.$queryRawUnsafe('SELECT count(*)::int AS n FROM shapes')).toEqual([{ n: 2 }]);
    } finally {
      await db.$disconnect();
    }
  });

  test('only the first PREPARED_WRITE_SHAPES shapes of the process are named', () => {
    const names = Array.from({ length: PREPARED_WRITE_SHAPES + 5 }, (_, index) => writeStatementName({ sql: `SELECT $1::int + ${index} AS shape`, args: [1] }));
    const named = names.filter((name) => name !== '');
    expect(named.length).toBeLessThanOrEqual(PREPARED_WRITE_SHAPES);
    expect(names.at(-1)).toBe('');
    // A shape named before keeps its name.
    expect(writeStatementName({ sql: 'SELECT $1::int * 3 AS tripled', args: [1] })).toMatch(/^ngw_/);
  });
});
