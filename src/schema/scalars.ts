// Scalars: `Date` is a calendar day (YYYY-MM-DD), `DateTime` an ISO 8601 instant, `Decimal` an exact amount.
import { GraphQLScalarType, Kind } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { parseDecimalAmount } from '../domain/money';

export const DateScalar = DateResolver;
export const DateTimeScalar = DateTimeResolver;

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
