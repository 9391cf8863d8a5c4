// Text PostgreSQL cannot store: a NUL character (`text` refuses it, so the statement fails) or a lone
// UTF-16 surrogate (UTF-8 cannot encode it; the driver would silently store U+FFFD instead).
import { type UserError, userError, UserErrorCode } from './user-errors';

const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const UNSTORABLE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired UTF-16 surrogates';

/** Any NUL or surrogate at all: a plain character scan, so the lookarounds above run only on the rare text that has one. */
const MAYBE_UNSTORABLE = /[\u0000\ud800-\udfff]/;

/** Whether PostgreSQL can store this string as it is. */
export function isStorableText(text: string): boolean {
  return !MAYBE_UNSTORABLE.test(text) || !UNSTORABLE_TEXT.test(text);
}

/**
 * The paths of every string in `value` (a string, array or input object) that PostgreSQL cannot store.
 * `path` is extended and restored as the walk goes (a bulk import walks every line's input), and
 * copied only for what is found.
 */
export function unstorableTextPaths(value: unknown, path: (string | number)[], found: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'string') {
    if (!isStorableText(value)) found.push([...path]);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      unstorableTextPaths(value[index], path, found);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const key of Object.keys(value)) {
      path.push(key);
      unstorableTextPaths((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
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
