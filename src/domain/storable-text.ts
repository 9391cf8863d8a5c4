// Text PostgreSQL cannot store: a NUL character (`text` refuses it, so the statement fails) or a lone
// UTF-16 surrogate (UTF-8 cannot encode it; the driver would silently store U+FFFD instead).
import { type UserError, userError, UserErrorCode } from './user-errors';

const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const UNSTORABLE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired UTF-16 surrogates';

/** Whether PostgreSQL can store this string as it is. */
export function isStorableText(text: string): boolean {
  return !UNSTORABLE_TEXT.test(text);
}

/** The paths of every string in `value` (a string, array or input object) that PostgreSQL cannot store. */
export function unstorableTextPaths(value: unknown, path: (string | number)[], found: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'string') {
    if (!isStorableText(value)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorableTextPaths(item, [...path, index], found));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) unstorableTextPaths(item, [...path, key], found);
  }
  return found;
}

/**
 * Adds to `userErrors` an INVALID error for each string of `input` PostgreSQL cannot store, on its
 * own field, unless that field (or one holding it) already has an error.
 */
export function addUnstorableTextErrors(input: unknown, path: (string | number)[], userErrors: UserError[]): UserError[] {
  for (const textPath of unstorableTextPaths(input, path)) {
    const field = textPath.map(String);
    const reported = userErrors.some((error) => `${field.join('.')}.`.startsWith(`${error.field.join('.')}.`));
    const property = [...field].reverse().find((part) => !/^\d+$/.test(part));
    if (!reported) userErrors.push(userError(field, `${property} ${UNSTORABLE_TEXT_MESSAGE}`, UserErrorCode.INVALID));
  }
  return userErrors;
}
