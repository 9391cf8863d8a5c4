// Input a request cannot be answered with: a malformed ID or cursor, a value out of range, a range
// whose ends are swapped. One error type for every layer: graphql-js keeps a thrown error's
// `extensions`, so clients see BAD_USER_INPUT with the field named, and nothing below the schema
// needs to know GraphQL to report it.

export const BAD_USER_INPUT = 'BAD_USER_INPUT';

export class InputError extends Error {
  readonly extensions: { code: typeof BAD_USER_INPUT; field: string };

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InputError';
    this.extensions = { code: BAD_USER_INPUT, field };
  }
}

/** The client sent something invalid for `field` (an argument or input path such as `filter.date`). */
export function badUserInput(field: string, message: string): InputError {
  return new InputError(field, message);
}
