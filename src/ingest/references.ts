// References to existing objects, by global ID or natural key, resolved inside a write's
// transaction: each one not found is a NOT_FOUND user error on the input field that named it.
import { fromGlobalId, type NodeTypeName } from '../data/global-id';
import { type UserError, userError, UserErrorCode, UserInputFailure } from '../domain/user-errors';
import { countryNames } from './country-names';
import type { Transaction } from './transaction';

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

/** REQUIRED user errors for fields of an update input that were sent as null but cannot be cleared. */
export function nullsOfRequired<T extends object>(input: T, keys: (keyof T & string)[]): UserError[] {
  return keys
    .filter((key) => input[key] === null)
    .map((key) => userError(['input', key], `${key} cannot be null`, UserErrorCode.REQUIRED));
}
