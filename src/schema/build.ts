// Builds the GraphQL schema from the type-graphql resolvers, and prints it as SDL.
import 'reflect-metadata';
import { GraphQLSchema, isAbstractType, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ApiKeyResolver } from './api-key/resolver';
import { ArmsSaleMutations } from './arms-sale/mutations';
import { ArmsSaleResolver } from './arms-sale/resolver';
import { ArticleMutations } from './article/mutations';
import { ArticleResolver } from './article/resolver';
import { CountryMutations } from './country/mutations';
import { CountryResolver } from './country/resolver';
import { EventMutations } from './event/mutations';
import { EventResolver } from './event/resolver';
import { EXTRACTED_FACTS_RESOLVERS, ExtractedFactResolver } from './extracted-fact/resolver';
import { IngestResolver } from './ingest/resolver';
import { NodeResolver } from './node/resolver';
import { PersonMutations } from './person/mutations';
import { PersonResolver } from './person/resolver';
import { RELATION_RESOLVERS } from './relations';
import { SearchResolver } from './search/resolver';
import { ArmsSaleStatsResolver, ArmsSaleTotalsResolver, CoParticipantResolver, EventStatsResolver } from './stats/resolver';
import { DateTimeScalar } from './scalars';
import { validateArgument } from './validation';
import { answerCompiledFields } from './compiled';
import { typenameOf } from './relay';

let schema: Promise<GraphQLSchema> | undefined;

/**
 * The schema is built once per process; resolvers are stateless. The read-only object types declare
 * `simpleResolvers`: their plain properties resolve with graphql's default resolver instead of
 * type-graphql's wrapper (middleware chain, auth check) on every field of every object —
 * authorization here is per operation, and there is no per-field middleware. The field resolvers of
 * relations are skipped where a compiled statement brought their answer (answerCompiledFields).
 */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [
      NodeResolver, ArticleResolver, EventResolver, PersonResolver, CountryResolver, ArmsSaleResolver, ApiKeyResolver, IngestResolver,
      SearchResolver,
      ArmsSaleStatsResolver, ArmsSaleTotalsResolver, EventStatsResolver, CoParticipantResolver,
      PersonMutations, ArticleMutations, EventMutations, ArmsSaleMutations, CountryMutations,
      ExtractedFactResolver, ...EXTRACTED_FACTS_RESOLVERS,
      ...RELATION_RESOLVERS,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateArgument,
  }).then((built) => {
    built.getQueryType()!.description =
      'Entry points into the news graph: look up one object by ID or natural key, or list any kind with filters, ordering and cursor pagination.';
    const mutationType = built.getMutationType();
    if (mutationType && !mutationType.description) {
      mutationType.description =
        'Writes, each returning a payload with `userErrors`. They need an API key (`Authorization: Bearer <key>`) with the role each one names.';
    }
    answerCompiledFields(built);
    resolveTypesSynchronously(built);
    return built;
  });
  return schema;
}

/**
 * The interface and unions (Node, SearchResult) resolve an object's type from its `__typename`, as
 * they declare, but called directly: type-graphql wraps every `resolveType` in an async function, a
 * promise per object (each `node`, `nodes` item and search hit) for graphql-js to settle, and one a
 * compiled executor such as graphql-jit, which takes the type resolver's answer as it comes, cannot
 * read (bench/results/2026-12-03-compiled-executor.md).
 */
function resolveTypesSynchronously(built: GraphQLSchema): void {
  for (const type of Object.values(built.getTypeMap())) if (isAbstractType(type)) type.resolveType = typenameOf;
}

/** The SDL committed as schema.graphql (sorted, so it diffs cleanly). */
export async function printSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

