// Date scalars: `Date` is a calendar day (YYYY-MM-DD), `DateTime` an ISO 8601 instant.
import { DateResolver, DateTimeResolver } from 'graphql-scalars';

export const DateScalar = DateResolver;
export const DateTimeScalar = DateTimeResolver;
