// The one way every write of the graph runs: in one transaction, run again from the start (a few
// times, after a short random pause) when PostgreSQL aborts it to break a deadlock or a
// serialization conflict.
import { Prisma } from '../generated/prisma/client';
import type { Database } from '../data/prisma';
import { lockWholeGraphAndKeys, type NaturalKey } from './locks';

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

/** Whether the transaction was aborted for a conflict: P2034, or (from a raw statement, P2010) its SQLSTATE. */
export function isTransactionConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2034') return true;
  const meta = error.meta as { code?: string; driverAdapterError?: { cause?: { originalCode?: string } } } | undefined;
  const state = meta?.code ?? meta?.driverAdapterError?.cause?.originalCode;
  return state !== undefined && CONFLICT_STATES.includes(state);
}

/** What a write locks before its work, when it knows: the natural keys it may create or change. */
export interface WriteLocks {
  keys?: NaturalKey[];
}

/**
 * Runs `work` in one transaction, again (bounded) when it was aborted by a conflict; any other error
 * propagates. The transaction holds the whole graph shared (ingest/locks.ts): a bulk load waits for
 * it; and, taken in the same statement, the `keys` the write named beforehand.
 */
export async function runWrite<T>(db: Database, work: (tx: Transaction) => Promise<T>, { keys = [] }: WriteLocks = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        await lockWholeGraphAndKeys(tx, keys);
        return work(tx);
      }, TRANSACTION_OPTIONS);
    } catch (error) {
      if (!isTransactionConflict(error) || attempt === WRITE_ATTEMPTS) throw error;
      // A short random pause, growing with the attempts, so the two transactions do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, attempt * (5 + Math.random() * 20)));
    }
  }
}
