// Validates arguments and inputs with class-validator; a failure is a BAD_USER_INPUT error naming
// the first offending field by its path (e.g. `filter.text`). Mutation inputs are the exception:
// their failures are `userErrors` (inputUserErrors below), so the global check leaves them alone.
import { validate, ValidationError } from 'class-validator';
import { LRUCache } from 'lru-cache';
import { badUserInput } from './errors';
import { UserError, userError, UserErrorCode } from './mutations';
import { addUnstorableTextErrors, UNSTORABLE_TEXT_MESSAGE, unstorableTextPaths } from '../domain/storable-text';

function firstFailure(errors: ValidationError[], prefix: string): { path: string; message: string } | null {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints && Object.values(error.constraints)[0];
    if (message) return { path, message };
    const nested = firstFailure(error.children ?? [], path);
    if (nested) return nested;
  }
  return null;
}

/** The same scalar, or a list of the same items (type-graphql hands resolvers a copy of lists). */
function sameArgument(value: unknown, argument: unknown): boolean {
  if (Array.isArray(value) && Array.isArray(argument)) return value.length === argument.length && value.every((item, index) => item === argument[index]);
  return value === argument;
}

/**
 * Arguments already found valid, by class and value: class-validator's checks depend on nothing
 * else, and a page repeats the same arguments for every parent (`articles(first: 3)` of 20 events
 * is validated 20 times), which cost a millisecond of a request's CPU.
 */
const validArguments = new LRUCache<string, true>({ max: 10_000, maxSize: 4_000_000, sizeCalculation: (_valid, key) => key.length + 1 });

/** Classes by identity (two classes may share a name). */
const classNumbers = new WeakMap<object, number>();
let classesNumbered = 0;

function validArgumentKey(value: object): string {
  let number = classNumbers.get(value.constructor);
  if (number === undefined) classNumbers.set(value.constructor, (number = classesNumbered++));
  return `${number}\0${JSON.stringify(value)}`;
}

export async function validateArgument(
  argument: unknown,
  _type?: unknown,
  resolverData?: { args?: Record<string, unknown> },
): Promise<void> {
  // A scalar or list argument is reported by its name; an input object or `@Args` class by its fields.
  const [unstorable] = unstorableTextPaths(argument, []);
  if (unstorable) {
    const name = typeof argument === 'object' && !Array.isArray(argument)
      ? []
      : [Object.entries(resolverData?.args ?? {}).find(([, value]) => sameArgument(value, argument))?.[0] ?? 'argument'];
    const path = [...name, ...(Array.isArray(argument) ? [] : unstorable)].join('.');
    throw badUserInput(path, UNSTORABLE_TEXT_MESSAGE);
  }
  if (argument == null || typeof argument !== 'object') return;
  const values = Array.isArray(argument) ? argument : [argument];
  for (const value of values) {
    if (value == null || typeof value !== 'object') continue;
    const key = validArgumentKey(value);
    if (validArguments.has(key)) continue;
    const failure = firstFailure(await validate(value, { forbidUnknownValues: false, skipMissingProperties: true }), '');
    if (failure) throw badUserInput(failure.path, failure.message.replace(/^\S+ /, ''));
    validArguments.set(key, true);
  }
}

/**
 * Options for the `@Arg` of a mutation input: skips the global validateFn, because the mutation
 * validates the input itself with `inputUserErrors` and reports failures as `userErrors`.
 */
export const VALIDATED_AS_USER_ERRORS = { validateFn: () => undefined };

/** class-validator constraint names → what the client is told; anything else is INVALID. */
const USER_ERROR_CODES: Record<string, UserErrorCode> = {
  maxLength: UserErrorCode.TOO_LONG,
  arrayMaxSize: UserErrorCode.TOO_LONG,
  min: UserErrorCode.OUT_OF_RANGE,
  max: UserErrorCode.OUT_OF_RANGE,
  notBlank: UserErrorCode.REQUIRED,
  minLength: UserErrorCode.REQUIRED,
  isNotEmpty: UserErrorCode.REQUIRED,
};

/**
 * Validates a mutation input with class-validator: one user error per offending field, with its
 * path (`["input", "name"]`) and the first constraint it breaks. Null and absent fields are not
 * checked here (GraphQL's non-null types require what must be present).
 */
export async function inputUserErrors(input: object, path: (string | number)[] = ['input']): Promise<UserError[]> {
  const userErrors: UserError[] = [];
  const collect = (errors: ValidationError[], prefix: (string | number)[]) => {
    for (const error of errors) {
      const field = [...prefix, error.property];
      const [constraint, message] = Object.entries(error.constraints ?? {})[0] ?? [];
      if (constraint) userErrors.push(userError(field, message!, USER_ERROR_CODES[constraint] ?? UserErrorCode.INVALID));
      else collect(error.children ?? [], field);
    }
  };
  collect(await validate(input, { forbidUnknownValues: false, skipMissingProperties: true }), path);
  // Text PostgreSQL cannot store is INVALID on its own field (unless that field already has an error).
  return addUnstorableTextErrors(input, path, userErrors);
}
