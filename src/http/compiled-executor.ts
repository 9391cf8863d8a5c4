// Apollo Server's executor replaced by graphql-jit's: each validated query document is compiled once
// into plain JavaScript (fields, arguments, type checks and null handling unrolled), then run for every
// request that sends it. Anything graphql-jit does not compile, and every mutation, runs on graphql-js
// as before; a request whose variables do not coerce is answered by graphql-js too, so its errors read
// as they always have.
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { DocumentNode, execute, ExecutionResult, getOperationAST, GraphQLError, GraphQLSchema } from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger';

/** Apollo's extension point for a custom executor: a "gateway" that loads the schema and executes. */
type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];

/**
 * Compiled documents kept. A client sends a handful of documents (a frontend's or a dashboard's
 * queries, with varying variables); each compiled one costs a few kilobytes to tens of kilobytes.
 */
export const COMPILED_DOCUMENTS_MAX = 500;

/** What a document and operation name compile to; `null`: run it on graphql-js. */
type Compiled = CompiledQuery | null;

/** A gateway for `new ApolloServer({ gateway })`: the schema as it is, executed by compiled queries. */
export function compiledExecutorGateway(schema: GraphQLSchema, logger: Logger): Gateway {
  const execute = compiledExecutor(schema, logger);
  let announce: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => {
        announce = undefined;
      };
    },
    async load() {
      // The schema is fixed; there is no supergraph, so no supergraph SDL to report.
      announce?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: execute };
    },
    async stop() {},
  };
}

/**
 * Executes one request: its compiled query when the document compiles, graphql-js otherwise.
 * The compiled queries are kept per parsed document (Apollo parses and validates each distinct
 * query text once and hands the same document object to every request that sends it) and
 * operation name, in a bounded LRU.
 */
export function compiledExecutor(schema: GraphQLSchema, logger: Logger): Executor {
  const compiled = new LRUCache<DocumentNode, Map<string | undefined, Compiled>>({ max: COMPILED_DOCUMENTS_MAX });

  function compiledFor(document: DocumentNode, operationName: string | undefined): Compiled {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    let query = byOperation.get(operationName);
    if (query === undefined) byOperation.set(operationName, (query = compile(schema, document, operationName, logger)));
    return query;
  }

  return async (requestContext: RequestContext): Promise<ExecutionResult> => {
    const { document, request, context } = requestContext;
    const query = compiledFor(document, request.operationName);
    if (query) {
      const result = await query.query(undefined, context, request.variables ?? {});
      // No data at all: the variables did not coerce (execution itself always gives `data`).
      if (result.data !== undefined) return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
    }
    return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
  };
}

/**
 * graphql-jit's error as graphql-js's class makes it: the same message, locations, path, extensions
 * and original error, but with the writable message plugins rely on (the limits plugin drops
 * "Did you mean" hints from it), which graphql-jit's own error class freezes.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/**
 * The document's query compiled, or null where graphql-js runs it instead: mutations (run once,
 * their time is the database's, and they must run their fields one after another, which graphql-js
 * guarantees), documents with no single operation by that name (graphql-js answers with its own
 * error), and anything graphql-jit refuses.
 */
function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, logger: Logger): Compiled {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query') return null;
  try {
    const query = compileQuery(schema, document, operationName);
    return isCompiledQuery(query) ? query : null;
  } catch (error) {
    logger.warn({ err: error, operationName }, 'graphql-jit could not compile a query; graphql-js runs it');
    return null;
  }
}
