// Mutation conventions (Shopify's): every mutation returns a payload with the changed object and
// `userErrors`; bad input is a user error naming the input field by its path, never an exception.
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Prisma } from '../generated/prisma/client';
import type { Context } from './context';

export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  NOT_FOUND = 'NOT_FOUND',
  TAKEN = 'TAKEN',
  CONFLICT = 'CONFLICT',
  TIMED_OUT = 'TIMED_OUT',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input.',
  valuesConfig: {
    INVALID: { description: 'The value is malformed or not allowed.' },
    REQUIRED: { description: 'A value is missing.' },
    TOO_LONG: { description: 'The value is longer than allowed.' },
    OUT_OF_RANGE: { description: 'The number or date is outside the allowed range.' },
    NOT_FOUND: { description: 'A referenced object does not exist.' },
    TAKEN: { description: 'Another object already has this unique value.' },
    CONFLICT: { description: 'The change contradicts the current state (e.g. an event made its own parent).' },
    TIMED_OUT: { description: 'Processing the value took longer than allowed (e.g. reading a very long text); nothing was written.' },
  },
});

@ObjectType({ description: 'A problem with the input of a mutation; nothing was changed.' })
export class UserError {
  @Field(() => [String], { description: 'Path of the input field at fault, e.g. ["input", "participants", "0", "person"].' })
  field!: string[];

  @Field({ description: 'What is wrong, for a person.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'What is wrong, for a program.' })
  code!: UserErrorCode;
}

/** Thrown inside a mutation's work to abandon it (and its transaction) with user errors. */
export class UserInputFailure extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((error) => `${error.field.join('.')}: ${error.message}`).join('; '));
  }
}

export function userError(field: (string | number)[], message: string, code: UserErrorCode): UserError {
  return { field: field.map(String), message, code };
}

export type Transaction = Prisma.TransactionClient;

/**
 * How many times a write runs when PostgreSQL aborts its transaction to break a deadlock (P2034).
 * Concurrent writes about the same country or person update the same rows of the counts triggers
 * keep (CountryEventCount, …), each statement in key order, but the statements of two transactions
 * can still meet in opposite orders; the aborted one runs again from the start.
 */
const DEADLOCK_ATTEMPTS = 4;

/**
 * The advisory lock every write transaction of the API takes first (the key ingestion has always
 * used). A write that removes shared rows must not run between an ingest's reading of an event or
 * person and its linking to them: `deleteArticle` deleted an event as unsupported while a
 * concurrent ingest, not yet committed, was adding a mention of it, and the ingest then answered
 * `created: true` with its event gone (or failed on a foreign key). Row locks cannot prevent that
 * (the ingest's new mention row is invisible to the delete), so the writes take turns. Reads never
 * wait. Writes from outside the API (psql) do not take it; the deadlock retry below covers them.
 */
export const GRAPH_WRITE_LOCK_KEY = 7_170_002;

/** Waits for the other writes of the graph to finish, until this transaction ends (taking it twice is harmless). */
export async function lockGraphWrites(tx: Transaction): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${GRAPH_WRITE_LOCK_KEY})`;
}

/**
 * Runs a write in one transaction, after the others (lockGraphWrites). User input failures (thrown
 * as UserInputFailure) roll it back and come back as `userErrors`; anything else propagates as an
 * internal error, also rolled back.
 */
export async function runMutation<T>(
  context: Context,
  work: (tx: Transaction) => Promise<T>,
): Promise<{ result: T | null; userErrors: UserError[] }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await context.db.$transaction(async (tx) => {
        await lockGraphWrites(tx);
        return work(tx);
      }, { timeout: 30_000, maxWait: 10_000 });
      return { result, userErrors: [] };
    } catch (error) {
      if (error instanceof UserInputFailure) return { result: null, userErrors: error.userErrors };
      const deadlock = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2034';
      if (!deadlock || attempt === DEADLOCK_ATTEMPTS) throw error;
      // A short random pause, so the two transactions do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, attempt * (5 + Math.random() * 20)));
    }
  }
}

/** Records a write in the audit table, inside the write's own transaction. */
export async function recordAudit(
  tx: Transaction,
  context: Context,
  entry: { action: string; entityType?: string; entityId?: number; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      apiKeyId: context.viewer?.apiKeyId ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

/** Rows as JSON: dates as ISO strings, decimals and bigints as strings. */
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  if (value === undefined || value === null) return Prisma.JsonNull;
  return JSON.parse(
    JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? item.toString() : item)),
  ) as Prisma.InputJsonValue;
}

