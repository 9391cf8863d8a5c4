// Scalars: `Date` is a calendar day (YYYY-MM-DD), `DateTime` an ISO 8601 instant, `Decimal` an exact amount.
import { GraphQLScalarType, Kind } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { isExistingDay } from '../domain/iso-dates';
import { parseDecimalAmount } from '../domain/money';

/** A day: a Date, or a day's text (as compiled reads bring it), which graphql-scalars checks and passes through as it is. */
export const DateScalar = DateResolver;

/**
 * An instant, answered as `2025-01-03T10:15:30.000Z`. Compiled reads bring instants as that very text
 * (src/data/compile.ts): it is passed through, after a check of its form, instead of being parsed
 * into a Date that JSON.stringify would print back. Everything else (Dates, other strings) and what
 * clients send are handled by graphql-scalars as before.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize(value) {
    return isInstantText(value) ? value : DateTimeResolver.serialize(value);
  },
});

/** UTC with milliseconds, as Date.prototype.toISOString writes an instant of years 0–9999. */
const INSTANT_TEXT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** The text is an instant as the API writes it, on a day that exists. */
function isInstantText(value: unknown): value is string {
  return typeof value === 'string' && INSTANT_TEXT.test(value) && isExistingDay(value.slice(0, 10));
}

/** An exact decimal amount (domain/money.ts), accepted as a string or a JSON number, returned as a string. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal amount, at most 18 digits before the point and 2 after: "3640000000", "950000.50", or a JSON number.',
  serialize(value) {
    return String(value);
  },
  parseValue(value) {
    return parseDecimalAmount(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimalAmount(ast.value);
    throw new TypeError('Decimal must be a string or a number');
  },
});
