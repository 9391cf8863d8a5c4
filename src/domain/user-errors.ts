// Why a write refused its input, as every layer reports it: a code, a message, and the input field
// by its path. The write core throws these; the schema exposes them as the `userErrors` of a
// mutation's payload (schema/mutations.ts), the command-line tools print them.

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

/** A problem with the input of a write; nothing was changed. */
export interface UserError {
  /** Path of the input field at fault, e.g. ["input", "participants", "0", "person"]. */
  field: string[];
  message: string;
  code: UserErrorCode;
}

/** Thrown inside a write to abandon it (and its transaction) with user errors. */
export class UserInputFailure extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((error) => `${error.field.join('.')}: ${error.message}`).join('; '));
  }
}

export function userError(field: (string | number)[], message: string, code: UserErrorCode): UserError {
  return { field: field.map(String), message, code };
}
