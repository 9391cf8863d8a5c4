// The one way every write of the graph runs: in one transaction, run again from the start (a few
// times, after a short random pause) when PostgreSQL aborts it to break a deadlock or a
// serialization conflict.
import { Prisma } from '../generated/prisma/client';
import type { Database } from '../data/prisma';
import { inSqlTransaction, type SqlTransaction } from '../data/sql-transaction';
import { lockWholeGraphAndKeys, type NaturalKey, wholeGraphAndKeysLockText } from './locks';

export type Transaction = Prisma.TransactionClient;

/**
 * How many times a write runs when PostgreSQL aborts its transaction (P2034: deadlock or
 * serialization failure). Writes lock natural keys in one order (ingest/locks.ts), but the counts
 * triggers keep (CountryEventCount, …) and rows matched by content are locked as they are found,
 * so two writes about the same country or event can still meet in opposite orders; the aborted
 * one runs again and then sees the other's committed rows.
 */
export const WRITE_ATTEMPTS = 5;

/** Longest a write's transaction may wait for a connection, and may last. */
const TRANSACTION_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

/** SQLSTATEs of a transaction PostgreSQL aborted to let another go on: serialization failure, deadlock. */
const CONFLICT_STATES = ['40001', '40P01'];

/**
 * Whether the transaction was aborted for a conflict: P2034, or (from a raw statement, P2010) its
 * SQLSTATE; or, on a transaction run without Prisma (`sqlOnly`), node-postgres's error's SQLSTATE.
 */
export function isTransactionConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return isPostgresConflict(error);
  if (error.code === 'P2034') return true;
  const meta = error.meta as { code?: string; driverAdapterError?: { cause?: { originalCode?: string } } } | undefined;
  const state = meta?.code ?? meta?.driverAdapterError?.cause?.originalCode;
  return state !== undefined && CONFLICT_STATES.includes(state);
}

/** node-postgres's error for a statement PostgreSQL aborted for a conflict (its SQLSTATE in `code`). */
function isPostgresConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // Not `instanceof Error`: under Jest the driver's errors may come from another realm.
  return typeof code === 'string' && CONFLICT_STATES.includes(code);
}

/** What a write locks before its work, when it knows: the natural keys it may create or change; and how it runs. */
export interface WriteLocks {
  keys?: NaturalKey[];
  /**
   * The work sends only hand-written SQL (`$queryRaw`, `$executeRaw`: the ingests), so its
   * transaction runs straight on node-postgres (src/data/sql-transaction.ts), without Prisma's
   * per-statement cost; any other use of the transaction fails at once.
   */
  sqlOnly?: boolean;
}

/**
 * Runs `work` in one transaction, again (bounded) when it was aborted by a conflict; any other error
 * propagates. The transaction holds the whole graph shared (ingest/locks.ts): a bulk load waits for
 * it; and, taken in the same statement, the `keys` the write named beforehand.
 */
export async function runWrite<T>(db: Database, work: (tx: Transaction) => Promise<T>, { keys = [], sqlOnly = false }: WriteLocks = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lockedTransaction(db, work, keys, sqlOnly);
    } catch (error) {
      if (!isTransactionConflict(error) || attempt === WRITE_ATTEMPTS) throw error;
      // A short random pause, growing with the attempts, so the two transactions do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, attempt * (5 + Math.random() * 20)));
    }
  }
}

/**
 * One attempt, its locks taken first: through Prisma, or (`sqlOnly`, when the client's pool can be
 * reached) on node-postgres directly, the locks sent with BEGIN.
 */
async function lockedTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>, keys: NaturalKey[], sqlOnly: boolean): Promise<T> {
  if (sqlOnly) {
    const options = { timeoutMs: TRANSACTION_OPTIONS.timeout, opening: wholeGraphAndKeysLockText(keys) };
    const direct = await inSqlTransaction(db, (tx) => work(onlyRawSql(tx)), options);
    if (direct) return direct.result;
  }
  return db.$transaction(async (tx) => {
    await lockWholeGraphAndKeys(tx, keys);
    return work(tx);
  }, TRANSACTION_OPTIONS);
}

/**
 * A transaction without Prisma, typed as Prisma's for the write core: its two raw methods work,
 * anything else (a model call such as `tx.article.update`) throws naming what was used, so a write
 * marked `sqlOnly` that is not fails on its first run, in the tests.
 */
function onlyRawSql(tx: SqlTransaction): Transaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === '$queryRaw' || property === '$executeRaw') return Reflect.get(target, property, receiver).bind(target);
      if (property === 'then' || typeof property === 'symbol') return undefined;
      throw new Error(`tx.${String(property)} is not available in a sqlOnly write (src/ingest/transaction.ts): use $queryRaw`);
    },
  }) as unknown as Transaction;
}
