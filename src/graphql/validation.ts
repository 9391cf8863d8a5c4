// Validates arguments and inputs with class-validator; a failure is a BAD_USER_INPUT error naming
// the first offending field by its path (e.g. `filter.text`).
import { validate, ValidationError } from 'class-validator';
import { badUserInput } from './errors';

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
