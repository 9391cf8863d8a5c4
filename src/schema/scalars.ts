// Scalars: `Date` is a calendar day (YYYY-MM-DD), `DateTime` an ISO 8601 instant, `Decimal` an exact amount.
import { GraphQLScalarType, Kind } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';

export const DateScalar = DateResolver;
export const DateTimeScalar = DateTimeResolver;

const DECIMAL_PATTERN = /^-?\d{1,18}(\.\d{1,2})?$/;

/**
 * An exact decimal amount with at most 18 integer and 2 fractional digits (what `numeric(20,2)`
 * holds), accepted as a string ("3640000000.00") or a JSON number (3640000000), returned as a string.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal amount, at most 18 digits before the point and 2 after: "3640000000", "950000.50", or a JSON number.',
  serialize(value) {
    return String(value);
  },
  parseValue(value) {
    return parseDecimal(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw new TypeError('Decimal must be a string or a number');
  },
});

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text.trim())) {
    throw new TypeError(`Decimal cannot represent ${JSON.stringify(value)}: use at most 18 digits before the point and 2 after`);
  }
  return text.trim();
}
