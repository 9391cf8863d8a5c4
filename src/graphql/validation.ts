// Validates arguments and inputs with class-validator; a failure is a BAD_USER_INPUT error naming
// the first offending field by its path (e.g. `filter.text`). Mutation inputs are the exception:
// their failures are `userErrors` (inputUserErrors below), so the global check leaves them alone.
import { validate, ValidationError } from 'class-validator';
import { badUserInput } from './errors';
import { UserError, userError, UserErrorCode } from './mutations';

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

export async function validateArgument(argument: unknown): Promise<void> {
  if (argument == null || typeof argument !== 'object') return;
  const values = Array.isArray(argument) ? argument : [argument];
  for (const value of values) {
    if (value == null || typeof value !== 'object') continue;
    const failure = firstFailure(await validate(value, { forbidUnknownValues: false, skipMissingProperties: true }), '');
    if (failure) throw badUserInput(failure.path, failure.message.replace(/^\S+ /, ''));
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
  return userErrors;
}
