// Scalars: `Date` is a calendar day (YYYY-MM-DD), `DateTime` an ISO 8601 instant, `Decimal` an exact amount.
import { GraphQLScalarType, Kind } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { digitsAt, isExistingDay, startsWithExistingDay } from '../domain/iso-dates';
import { parseDecimalAmount } from '../domain/money';

/**
 * A day, answered as `2025-01-03`. Compiled reads bring days as that very text (src/data/compile.ts),
 * which is passed through after a check read digit by digit (graphql-scalars would match a regular
 * expression and cut the text in three, on every row); what it does not pass (Dates, other strings)
 * and what clients send are handled by graphql-scalars as before.
 */
export const DateScalar = new GraphQLScalarType({
  ...DateResolver.toConfig(),
  serialize(value) {
    return typeof value === 'string' && isExistingDay(value) ? value : DateResolver.serialize(value);
  },
});

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

/**
 * The text is an instant as the API writes it, on a day that exists: UTC with milliseconds, as
 * Date.prototype.toISOString writes an instant of years 0–9999 (`YYYY-MM-DDTHH:MM:SS.mmmZ`), read
 * digit by digit.
 */
function isInstantText(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 24 || !startsWithExistingDay(value)) return false;
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const second = digitsAt(value, 17, 2);
  return value.charCodeAt(10) === 0x54 /* T */ && value.charCodeAt(13) === 0x3a /* : */ && value.charCodeAt(16) === 0x3a
    && value.charCodeAt(19) === 0x2e /* . */ && value.charCodeAt(23) === 0x5a /* Z */
    && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && digitsAt(value, 20, 3) >= 0;
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
