// Reads that go to the pool directly with node-postgres: the read path's SQL is already written by
// hand (Prisma.sql), and passing it through Prisma costs 1–3 ms of CPU per statement (its query
// pipeline and result mapping) against about 0.3 ms here. Rows come back as Prisma's would, so the
// services cannot tell the difference. Statements are prepared (src/data/prepared-statements.ts):
// PostgreSQL plans each shape once per connection.
import pg from 'pg';
import { PlanMode, queryPrepared } from './prepared-statements';
import { Prisma } from '../generated/prisma/client';
import { ModelTable, modelColumns, prefixedModelColumns } from './sql';

/** What Prisma's `$queryRaw` accepts and a direct read needs: SQL with `$n` placeholders and their values. */
export interface Reader {
  query(sql: Prisma.Sql, mode?: PlanMode): Promise<Record<string, unknown>[]>;
}

/** What every statement is reported to (counting, logging), as Prisma reports its own. */
export type StatementListener = (sql: string, durationMs: number, params: string) => void;

const { builtins } = pg.types;

/** PostgreSQL values parsed to what Prisma returns for the same columns. */
const PRISMA_COMPATIBLE_PARSERS = new Map<number, (text: string) => unknown>([
  // int8: counts and BigInt IDs as bigint.
  [builtins.INT8, (text) => BigInt(text)],
  // numeric: exact decimals (money) as Prisma.Decimal.
  [builtins.NUMERIC, (text) => new Prisma.Decimal(text)],
  // date: the calendar day at UTC midnight (node-postgres would use the process's time zone).
  [builtins.DATE, (text) => new Date(`${text}T00:00:00Z`)],
  // timestamp without time zone: stored in UTC (Prisma's convention).
  [builtins.TIMESTAMP, (text) => new Date(`${text.replace(' ', 'T')}Z`)],
]);

/** node-postgres's parsers, but Prisma's values where they differ (PRISMA_COMPATIBLE_PARSERS). */
export const prismaCompatibleTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return PRISMA_COMPATIBLE_PARSERS.get(oid) ?? pg.types.getTypeParser(oid, format);
  },
};

/** Parameters as node-postgres sends them unambiguously: dates in UTC, decimals and bigints as text. */
export function prismaCompatibleParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint' || Prisma.Decimal.isDecimal(value)) return String(value);
  return value;
}

export function createReader(pool: pg.Pool, onStatement?: StatementListener): Reader {
  return {
    async query(sql, mode = 'prepared') {
      // Read once: Prisma.Sql joins its parts anew on every read of `text` (a list's statement has hundreds).
      const text = sql.text;
      const values = sql.values.map(prismaCompatibleParameter);
      const started = performance.now();
      try {
        const result = await queryPrepared({ pool, text, values, types: prismaCompatibleTypes }, mode);
        return result.rows as Record<string, unknown>[];
      } finally {
        onStatement?.(text, performance.now() - started, JSON.stringify(values));
      }
    },
  };
}

/** Each client's reader, on its own pool; a transaction's client has none and reads through Prisma. */
const readers = new WeakMap<object, Reader>();

export function registerReader(db: object, reader: Reader): void {
  readers.set(db, reader);
}

/** A Prisma client (or transaction): what a read falls back on when it has no reader. */
export interface Queryable {
  $queryRaw<R = unknown>(query: Prisma.Sql): Promise<R>;
}

/**
 * The rows of a read-only statement, straight from the pool (prepared unless `mode` is `custom`)
 * when `db` has a reader.
 */
export function readRows<T>(db: Queryable, sql: Prisma.Sql, mode?: PlanMode): Promise<T[]> {
  const reader = readers.get(db);
  // The reader's promise itself, not awaited in an async function of its own: every read of a request pays for each such layer.
  return reader ? (reader.query(sql, mode) as Promise<T[]>) : db.$queryRaw<T[]>(sql);
}

/** Whole modelled rows of `table` (alias `t`) matching `where`, as Prisma's `findMany` returns them. */
export function readModelRows<T>(db: Queryable, table: ModelTable, where: Prisma.Sql, orderBy: Prisma.Sql = Prisma.empty): Promise<T[]> {
  return readRows<T>(db, Prisma.sql`SELECT ${modelColumns(table, 't')} FROM ${Prisma.raw(`"${table}"`)} t WHERE ${where} ${orderBy}`);
}

/**
 * Rows of a link table (alias `j`) with the row each links to (alias `r`) nested under `relation`, as
 * Prisma's `findMany({ include })` returns them, in one statement.
 */
export async function readLinkedRows<T>(
  db: Queryable,
  link: { table: ModelTable; foreignKey: string },
  related: { table: ModelTable; relation: string },
  where: Prisma.Sql,
  orderBy: Prisma.Sql,
): Promise<T[]> {
  const prefix = `${related.relation}.`;
  const rows = await readRows<Record<string, unknown>>(db, Prisma.sql`
    SELECT ${modelColumns(link.table, 'j')}, ${prefixedModelColumns(related.table, 'r', related.relation)}
    FROM ${Prisma.raw(`"${link.table}" j JOIN "${related.table}" r ON r."id" = j."${link.foreignKey}"`)}
    WHERE ${where} ${orderBy}`);
  return rows.map((row) => {
    const linkRow: Record<string, unknown> = {};
    const relatedRow: Record<string, unknown> = {};
    for (const key in row) {
      if (key.startsWith(prefix)) relatedRow[key.slice(prefix.length)] = row[key];
      else linkRow[key] = row[key];
    }
    linkRow[related.relation] = relatedRow;
    return linkRow as T;
  });
}
