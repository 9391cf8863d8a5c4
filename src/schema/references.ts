// What every entity's mutations share: references to existing objects by global ID or natural key
// (resolved inside the write's transaction by the write core), input checks before the
// transaction, and database conflicts turned into user errors.
import { ValidateBy, ValidationOptions } from 'class-validator';
import { Prisma } from '../generated/prisma/client';
import type { Context } from './context';
import { runMutation, Transaction, UserError, userError, UserErrorCode, UserInputFailure } from './mutations';
import { inputUserErrors } from './validation';

// The write core resolves references to existing objects (ingest/references.ts); its helpers are the mutations' too.
export { armsSaleIdOf, articleIdOf, countryIdOf, eventIdOf, failOnUserErrors, nullsOfRequired, personIdOf } from '../ingest/references';

export { SLUG_PATTERN } from '../domain/natural-keys';
export const SLUG_MESSAGE = 'must be lower-case letters and digits in words joined by single hyphens, e.g. "antony-blinken"';

/** A string with something other than white space in it (a failure is REQUIRED). */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim() !== '',
        defaultMessage: (args) => `${args?.property ?? 'value'} must not be empty`,
      },
    },
    options,
  );
}

type Path = (string | number)[];

/**
 * Runs a mutation: validates its input (failures are user errors, no transaction is opened), then
 * does the work in one transaction. A unique violation the work's own checks did not foresee (a
 * concurrent write) is TAKEN on the input field `uniqueFields` names for the column; a missing
 * referenced row is NOT_FOUND. Either way nothing is written.
 */
export async function runValidatedMutation<T>(
  context: Context,
  input: object,
  work: (tx: Transaction) => Promise<T>,
  uniqueFields: Record<string, Path> = {},
): Promise<{ result: T | null; userErrors: UserError[] }> {
  const invalid = await inputUserErrors(input);
  if (invalid.length > 0) return { result: null, userErrors: invalid };
  return runMutation(context, async (tx) => {
    try {
      return await work(tx);
    } catch (error) {
      throw asUserInputFailure(error, uniqueFields) ?? error;
    }
  });
}

/** Prisma's known request errors that are the client's doing, as user errors; null for the rest. */
function asUserInputFailure(error: unknown, uniqueFields: Record<string, Path>): UserInputFailure | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === 'P2002') {
    // Prisma names the columns in `meta.target`, or, through a driver adapter, in the adapter's cause.
    const meta = error.meta as Record<string, any> | undefined;
    const constraint = meta?.driverAdapterError?.cause?.constraint;
    const named = [meta?.target, constraint?.fields, constraint?.index].flat().filter(Boolean).join(' ');
    const column = Object.keys(uniqueFields).find((name) => named.includes(name));
    return new UserInputFailure([
      userError(column ? uniqueFields[column] : ['input'], 'Another object already has this value', UserErrorCode.TAKEN),
    ]);
  }
  if (error.code === 'P2003' || error.code === 'P2025') {
    return new UserInputFailure([userError(['input'], 'An object this change refers to no longer exists', UserErrorCode.NOT_FOUND)]);
  }
  return null;
}
