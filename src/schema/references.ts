// What every entity's mutations share: references to existing objects by global ID or natural key
// (resolved inside the write's transaction), input checks before the transaction, and database
// conflicts turned into user errors.
import { ValidateBy, ValidationOptions } from 'class-validator';
import { Prisma } from '../generated/prisma/client';
import type { Context } from './context';
import {
  runMutation,
  Transaction,
  UserError,
  userError,
  UserErrorCode,
  UserInputFailure,
} from './mutations';
import { fromGlobalId, NodeTypeName } from './relay';
import { countryNames } from '../ingest/country-names';
import { inputUserErrors } from './validation';

/** A natural key: lower-case ASCII words joined by single hyphens ("antony-blinken"). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
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

/** The database ID in a global ID of `type`, or null when the text is not one. */
function databaseIdIn(reference: string, type: NodeTypeName): number | null {
  try {
    const decoded = fromGlobalId(reference);
    return decoded.type === type ? decoded.id : null;
  } catch {
    return null;
  }
}

function notFound(field: Path, message: string): UserError {
  return userError(field, message, UserErrorCode.NOT_FOUND);
}

/** A person by global ID or slug; null (and a NOT_FOUND user error) when there is none. */
export async function personIdOf(tx: Transaction, reference: string, field: Path, errors: UserError[]): Promise<number | null> {
  const id = databaseIdIn(reference, 'Person');
  const row = await tx.person.findUnique({ where: id != null ? { id } : { slug: reference }, select: { id: true } });
  if (!row) errors.push(notFound(field, `No person has the ID or slug "${reference}"`));
  return row?.id ?? null;
}

/** A country by ISO 3166-1 alpha-2 or alpha-3 code, in any case. */
export async function countryIdOf(tx: Transaction, reference: string, field: Path, errors: UserError[]): Promise<number | null> {
  const row = (await countryNames(tx)).byCode(reference);
  if (!row) errors.push(notFound(field, `"${reference}" is not an ISO 3166-1 alpha-2 or alpha-3 country code`));
  return row?.id ?? null;
}

/** An article by global ID or URL. */
export async function articleIdOf(tx: Transaction, reference: string, field: Path, errors: UserError[]): Promise<number | null> {
  const id = databaseIdIn(reference, 'Article');
  const row = await tx.article.findUnique({ where: id != null ? { id } : { url: reference }, select: { id: true } });
  if (!row) errors.push(notFound(field, `No article has the ID or URL "${reference}"`));
  return row?.id ?? null;
}

/** An event by global ID or slug. */
export async function eventIdOf(tx: Transaction, reference: string, field: Path, errors: UserError[]): Promise<number | null> {
  const id = databaseIdIn(reference, 'Event');
  const row = await tx.event.findUnique({ where: id != null ? { id } : { slug: reference }, select: { id: true } });
  if (!row) errors.push(notFound(field, `No event has the ID or slug "${reference}"`));
  return row?.id ?? null;
}

/** An arms sale by global ID or slug. */
export async function armsSaleIdOf(tx: Transaction, reference: string, field: Path, errors: UserError[]): Promise<number | null> {
  const id = databaseIdIn(reference, 'ArmsSale');
  const row = await tx.armsSale.findUnique({ where: id != null ? { id } : { slug: reference }, select: { id: true } });
  if (!row) errors.push(notFound(field, `No arms sale has the ID or slug "${reference}"`));
  return row?.id ?? null;
}

/** Abandons the write (rolling back its transaction) when any user error was collected. */
export function failOnUserErrors(errors: UserError[]): void {
  if (errors.length > 0) throw new UserInputFailure(errors);
}

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
    return new UserInputFailure([notFound(['input'], 'An object this change refers to no longer exists')]);
  }
  return null;
}

/** REQUIRED user errors for fields of an update input that were sent as null but cannot be cleared. */
export function nullsOfRequired<T extends object>(input: T, keys: (keyof T & string)[]): UserError[] {
  return keys
    .filter((key) => input[key] === null)
    .map((key) => userError(['input', key], `${key} cannot be null`, UserErrorCode.REQUIRED));
}
