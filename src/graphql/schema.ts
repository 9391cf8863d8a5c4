// Builds the GraphQL schema from the type-graphql resolvers, and prints it as SDL.
import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ArmsSaleResolver } from '../modules/arms-sale/resolver';
import { ArticleResolver } from '../modules/article/resolver';
import { CountryResolver } from '../modules/country/resolver';
import { EventResolver } from '../modules/event/resolver';
import { NodeResolver } from '../modules/node/resolver';
import { PersonResolver } from '../modules/person/resolver';
import { DateTimeScalar } from './scalars';
import { validateArgument } from './validation';

let schema: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process; resolvers are stateless. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [NodeResolver, ArticleResolver, EventResolver, PersonResolver, CountryResolver, ArmsSaleResolver],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateArgument,
  }).then((built) => {
    built.getQueryType()!.description =
      'Entry points into the news graph: look up one object by ID or natural key, or list any kind with filters, ordering and cursor pagination.';
    return built;
  });
  return schema;
}

/** The SDL committed as schema.graphql (sorted, so it diffs cleanly). */
export async function printSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

