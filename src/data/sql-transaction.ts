// Transactions straight on node-postgres for writes whose every statement is hand-written SQL (the
// ingests): Prisma's pipeline around each `$queryRaw` (its query interpreter, argument nesting and
// result mapping) was the largest part of an ingest's main-thread CPU. Rows come back as Prisma's
// would (src/data/read.ts), and statements are named as Prisma's are (writeStatementName), so the
// work cannot tell the difference, and a connection reuses the plans either path prepared on it.
import type pg from 'pg';
import { Prisma } from '../generated/prisma/client';
import type { Database } from './prisma';
import { poolOf } from './prisma';
import { logger } from '../logger';
import { writeStatementName } from './prepared-statements';
import { prismaCompatibleParameter, prismaCompatibleTypes } from './read';

/** What a write that sends only hand-written SQL uses of a transaction: Prisma's two raw methods. */
export interface SqlTransaction {
  $queryRaw<T = unknown>(query: Prisma.Sql | TemplateStringsArray, ...values: unknown[]): Promise<T>;
  $executeRaw(query: Prisma.Sql | TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

export interface SqlTransactionOptions {
  /** Longest a transaction may last, as Prisma's interactive transactions are bounded (P2028 there). */
  timeoutMs: number;
  /**
   * A statement without parameters to run first, sent with BEGIN in one message (the simple
   * protocol takes several statements at once): a write's locks then cost no round trip of their own.
   */
  opening?: string;
}

/** A statement sent after the transaction outlived its bound: the work is abandoned and rolled back. */
export class SqlTransactionExpired extends Error {
  constructor(timeoutMs: number) {
    super(`Transaction already closed: the transaction ran longer than its timeout of ${timeoutMs} ms`);
    this.name = 'SqlTransactionExpired';
  }
}

/**
 * Whether a failed COMMIT may have left the connection unusable (it is then destroyed, not
 * returned to the pool): anything but PostgreSQL's refusal of the statement (a SQLSTATE outside
 * class 08, connection exceptions, and 57P01, shutdown).
 */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code !== 'string' || code.startsWith('08') || code === '57P01';
}

/** The SQL of a tagged template or of a built `Prisma.Sql`, as `$queryRaw` takes either. */
function sqlOf(query: Prisma.Sql | TemplateStringsArray, values: unknown[]): Prisma.Sql {
  return query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
}

class PooledSqlTransaction implements SqlTransaction {
  expired = false;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly options: SqlTransactionOptions,
    private readonly onQuery?: (sql: string, durationMs: number, params: string) => void,
  ) {}

  /** Sends one statement, named (prepared once per connection) when it has parameters. */
  async send(text: string, rawValues: readonly unknown[] = []): Promise<pg.QueryResult> {
    if (this.expired) throw new SqlTransactionExpired(this.options.timeoutMs);
    const values = rawValues.map(prismaCompatibleParameter);
    const name = writeStatementName({ sql: text, args: values });
    const started = performance.now();
    try {
      return await this.client.query(name ? { name, text, values, types: prismaCompatibleTypes } : { text, values, types: prismaCompatibleTypes });
    } finally {
      this.onQuery?.(text, performance.now() - started, JSON.stringify(values));
    }
  }

  async $queryRaw<T = unknown>(query: Prisma.Sql | TemplateStringsArray, ...values: unknown[]): Promise<T> {
    const sql = sqlOf(query, values);
    return (await this.send(sql.text, sql.values)).rows as T;
  }

  async $executeRaw(query: Prisma.Sql | TemplateStringsArray, ...values: unknown[]): Promise<number> {
    const sql = sqlOf(query, values);
    return (await this.send(sql.text, sql.values)).rowCount ?? 0;
  }
}

/**
 * Runs `work` in one transaction on a connection of `db`'s pool, committed when it resolves and
 * rolled back when it throws (its error propagates, PostgreSQL's with its SQLSTATE in `code`).
 * Undefined when `db` was not made by createDatabase (no pool to reach): the caller uses Prisma.
 */
export async function inSqlTransaction<T>(
  db: Database,
  work: (tx: SqlTransaction) => Promise<T>,
  options: SqlTransactionOptions,
): Promise<{ result: T } | undefined> {
  const direct = poolOf(db);
  if (!direct) return undefined;
  const client = await direct.pool.connect();
  const tx = new PooledSqlTransaction(client, options, direct.onQuery);
  const timer = setTimeout(() => (tx.expired = true), options.timeoutMs);
  let broken: Error | undefined;
  // The pool listens for errors of idle connections only: one lost while checked out (PostgreSQL
  // stopping under the transaction) is an 'error' event that, unheard, would end the process. The
  // statement in flight fails with it; the connection is destroyed on release.
  const onConnectionLost = (error: Error) => {
    broken = error;
    logger.warn({ err: { message: error.message, code: (error as { code?: string }).code } }, 'database connection lost during a transaction');
  };
  client.on('error', onConnectionLost);
  try {
    let result: T;
    try {
      await tx.send(options.opening ? `BEGIN; ${options.opening}` : 'BEGIN');
      result = await work(tx);
      if (tx.expired) throw new SqlTransactionExpired(options.timeoutMs);
    } catch (error) {
      // Whatever failed (the opening, the work's own refusal, a statement, the connection), the
      // transaction ends here; a connection that cannot even roll back is destroyed.
      await rollback(tx).catch((failure: Error) => (broken = failure));
      throw error;
    }
    tx.expired = false;
    await tx.send('COMMIT');
    return { result };
  } catch (error) {
    // COMMIT failed: a conflict found at commit leaves the connection usable, anything else may not.
    if (!broken && isConnectionError(error)) broken = error as Error;
    throw error;
  } finally {
    clearTimeout(timer);
    client.removeListener('error', onConnectionLost);
    client.release(broken);
  }
}

async function rollback(tx: PooledSqlTransaction): Promise<void> {
  tx.expired = false;
  await tx.send('ROLLBACK');
}
