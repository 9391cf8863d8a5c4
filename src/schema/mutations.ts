// Mutation conventions (Shopify's): every mutation returns a payload with the changed object and
// `userErrors`; bad input is a user error naming the input field by its path, never an exception.
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Context } from './context';
import { runWrite, type Transaction, type WriteLocks } from '../ingest/transaction';
import type { Writer } from '../ingest/write-core';
import { type UserError as UserErrorValues, UserErrorCode, UserInputFailure, userError } from '../domain/user-errors';

// The write core's user errors (domain/user-errors.ts), exposed here as GraphQL's `UserError`.
export { UserErrorCode, UserInputFailure, userError };

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
export class UserError implements UserErrorValues {
  @Field(() => [String], { description: 'Path of the input field at fault, e.g. ["input", "participants", "0", "person"].' })
  field!: string[];

  @Field({ description: 'What is wrong, for a person.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'What is wrong, for a program.' })
  code!: UserErrorCode;
}

export type { Transaction } from '../ingest/transaction';

/**
 * Runs a write in one transaction (runWrite: retried when PostgreSQL aborts it to break a
 * deadlock). Concurrent writes are kept apart by the locks on the natural keys and rows they touch
 * (ingest/locks.ts), not by one lock for all. User input failures (thrown as UserInputFailure) roll
 * it back and come back as `userErrors`; anything else propagates as an internal error, also rolled back.
 */
export async function runMutation<T>(
  context: Context,
  work: (tx: Transaction) => Promise<T>,
  locks?: WriteLocks,
): Promise<{ result: T | null; userErrors: UserError[] }> {
  try {
    return { result: await runWrite(context.db, work, locks), userErrors: [] };
  } catch (error) {
    if (error instanceof UserInputFailure) return { result: null, userErrors: error.userErrors };
    throw error;
  }
}

/** Who writes, for the write core's audit entries: the request's API key. */
export const writerOf = (context: Context): Writer => ({ apiKeyId: context.viewer?.apiKeyId ?? null });
