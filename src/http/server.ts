// The HTTP service: GraphQL on /graphql (Apollo Server; POST /graphql straight from node:http, the
// rest through Express), liveness on /healthz, readiness (database reachable and migrated) on
// /readyz, and Prometheus metrics on /metrics.
import http from 'node:http';
import { ApolloServer, ApolloServerPlugin, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { GraphQLFormattedError } from 'graphql';
import type { Database } from '../data/prisma';
import { pendingMigrations, QueryRunner, readMigrations } from '../data/migrate';
import { authenticate, unauthenticated } from '../schema/auth';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE,
  DATABASE_UNAVAILABLE_MESSAGE,
  databaseUnavailable,
  isDatabaseUnavailableError,
} from '../schema/errors';
import { Context, createContext } from '../schema/context';
import { budgetResponse, countResponseText, graphqlLimits, httpServerOptions, Limits, resolveLimits } from '../schema/limits';
import type { ResponseCache } from './response-cache';
import type { CountryDirectory } from '../data/country-directory';
import { ExtractionPool, type ExtractionOptions } from '../extraction/pool';
import { getSchema } from '../schema/build';
import { jitExecution } from '../schema/jit-execution';
import type { Logger } from '../logger';
import type { Metrics } from './metrics';
import { dashboard } from './dashboard';
import { playground } from './playground';
import { graphqlHandler, sendRequestError } from './graphql-handler';
import { JSON_MEDIA_TYPE, negotiateGraphQLMediaType } from './media-types';

export interface ServerOptions {
  db: Database;
  logger: Logger;
  /** Show internal error messages and stack traces to clients. */
  development: boolean;
  /** Refuse anonymous requests, reads included (UNAUTHENTICATED); by default only writes need a key. */
  requireApiKeyForReads?: boolean;
  /** Limits against abusive requests; each one missing takes its default from schema/limits.ts. */
  limits?: Partial<Limits>;
  /** Serves `/metrics` and times every request. */
  metrics?: Metrics;
  /** Answers repeated anonymous reads from memory; started and stopped by the caller. */
  responseCache?: ResponseCache;
  /** The countries in memory (the country lookups read the database without it). */
  countryDirectory?: CountryDirectory;
  /** Serves the GraphQL playground to browsers on GET /graphql (http/playground.ts). */
  playground?: boolean;
  /** Serves the dashboard to browsers on / (http/dashboard.ts). */
  dashboard?: boolean;
  /** How articles given as text are read (extractor, time bound, workers); defaults in extraction/pool.ts. */
  extraction?: Partial<ExtractionOptions>;
  /** Compile the root fields the compiler answers into one SQL statement each (default true; src/schema/compiled.ts). */
  compileReads?: boolean;
  /** Execute queries with graphql-jit (default true; src/schema/jit-execution.ts); graphql-js executes them otherwise. */
  jitQueries?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The workers that read articles given as text. */
  extraction: ExtractionPool;
  stop(): Promise<void>;
}

/**
 * GraphQL request errors on a well-formed GraphQL-over-HTTP request: the document does not parse
 * or validate, the variables do not coerce, or the named operation is not in the document.
 * Invalid request parameters (`BAD_REQUEST`: no query, query not a string, ...) are not among them.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * graphql-over-http: a response sent as `application/json` (the legacy media type) has status 200
 * for a well-formed request whose GraphQL request failed to parse, validate or coerce variables,
 * with the errors in the body; Apollo answers 400 there. Responses sent as
 * `application/graphql-response+json` keep the 4xx codes, and so does any request that is not
 * well-formed (invalid parameters, CSRF-blocked, malformed JSON) whatever the client accepts.
 * It also fixes the response's content type to the negotiated one so status and media
 * type cannot disagree.
 */
function legacyJsonStatus(accept: string | undefined, response: GraphQLResponse): void {
  if (response.body.kind !== 'single') return;
  const mediaType = negotiateGraphQLMediaType(accept);
  if (!mediaType) return; // Apollo answers 406.
  if (!response.http.headers.get('content-type')) response.http.headers.set('content-type', `${mediaType}; charset=utf-8`);
  const { errors, data } = response.body.singleResult;
  const requestErrorOnly =
    data === undefined &&
    !!errors?.length &&
    errors.every((error) => REQUEST_ERROR_CODES.has(error.extensions?.code as string));
  if (mediaType === JSON_MEDIA_TYPE && response.http.status === 400 && requestErrorOnly) response.http.status = 200;
}

/**
 * A response whose errors say the database is unavailable and that carries no data (`data` absent
 * or null, or every root field null) is sent as HTTP 503 with `Retry-After`, so load balancers and
 * clients see a temporary failure rather than a 200 or 500.
 */
function databaseUnavailableStatus(response: GraphQLResponse): void {
  if (response.body.kind !== 'single') return;
  const { errors, data } = response.body.singleResult;
  if (!errors?.some((error) => error.extensions?.code === DATABASE_UNAVAILABLE)) return;
  const noData = data == null || Object.values(data).every((value) => value === null);
  if (!noData) return;
  response.http.status = 503;
  response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
}

/**
 * The status and media type of every answer (legacyJsonStatus, then databaseUnavailableStatus):
 * one plugin, so a request pays one more hook, not two. Its listener keeps no state of the request
 * (the hook is given the request), so every request shares the one object and no promise is made
 * for it: Apollo awaits whatever a hook returns.
 */
const responseStatusListener: GraphQLRequestListener<Context> = {
  willSendResponse({ request, response }) {
    legacyJsonStatus(request.http?.headers.get('accept'), response);
    databaseUnavailableStatus(response);
    return Promise.resolve();
  },
};
const responseStatusPlugin: ApolloServerPlugin<Context> = {
  requestDidStart: () => Promise.resolve(responseStatusListener),
};

/**
 * `/graphql` exactly, with or without a query string: the one path answered without Express. Any
 * other spelling Express's router would also take for it (`/graphql/`, `/GraphQL`) still reaches
 * the same handler through Express.
 */
function isGraphQLPath(url: string | undefined): boolean {
  return url === '/graphql' || (url !== undefined && url.startsWith('/graphql?'));
}

/** How long an idle client connection stays open for its next request. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Longest wait for the readiness query; a database that does not answer within it is not ready. */
export const READINESS_TIMEOUT_MS = 2_000;

/**
 * Errors the client caused keep their message; errors saying the database is unreachable become
 * DATABASE_UNAVAILABLE ("try again shortly"); anything else is masked outside development.
 */
export function formatError(development: boolean, logger: Logger) {
  const clientCodes = new Set([
    'BAD_USER_INPUT',
    'NOT_FOUND',
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_REQUEST',
    'PERSISTED_QUERY_NOT_FOUND',
    'PERSISTED_QUERY_NOT_SUPPORTED',
    'OPERATION_RESOLUTION_FAILURE',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    DATABASE_UNAVAILABLE,
  ]);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && clientCodes.has(code)) return formatted;
    if (isDatabaseUnavailableError(error)) {
      logger.warn({ err: error, path: formatted.path }, 'request failed: database unavailable');
      return { message: DATABASE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: DATABASE_UNAVAILABLE } };
    }
    logger.error({ err: error, path: formatted.path }, 'request failed');
    if (development) return formatted;
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

export async function startServer(options: ServerOptions & { port: number; host?: string }): Promise<RunningServer> {
  const { db, logger, development } = options;
  const limits = resolveLimits(options.limits);
  const { validationRules, plugins: limitPlugins, parseOptions, allowBatchedHttpRequests, stringifyResult, costLimit } = graphqlLimits(limits, development);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(httpServerOptions(limits));
  // Load balancers and benchmark clients reuse connections; Node's 5 s default closes idle ones
  // sooner than most proxies (60 s and more) expect, which costs a reconnect and can race a request.
  httpServer.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  const schema = await getSchema();
  countResponseText(schema);
  // Articles given as text are read in worker threads, started on first use, stopped with the server.
  const extraction = new ExtractionPool(options.extraction);
  const jit = options.jitQueries === false ? undefined : jitExecution(schema, options.metrics && ((outcome, asText, withoutApollo) => {
    options.metrics!.jitQueries.inc({ outcome });
    if (asText) options.metrics!.textAnswers.inc();
    if (withoutApollo) options.metrics!.answersWithoutApollo.inc();
  }));
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    // Apollo's default, stated: a GET (or a POST with a form/text content type) must carry a
    // header a browser cannot send cross-site without a CORS preflight (`apollo-require-preflight`
    // or `x-apollo-operation-name`), or a non-simple content type. `Accept` is CORS-safelisted, so
    // it is no such signal.
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM and stops the server, then the database, in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: development,
    formatError: formatError(development, logger),
    // Depth, aliases, directives, tokens, cost, field suggestions, batching: schema/limits.ts.
    validationRules,
    parseOptions,
    allowBatchedHttpRequests,
    // The answer as JSON; one larger than MAX_RESPONSE_BYTES is replaced by its error (schema/limits.ts).
    stringifyResult,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default cache-control plugin wraps every field resolver to collect @cacheControl
      // hints, which this schema does not give (the response cache works without them): a third of
      // the CPU of a read of a few hundred fields, for nothing.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's own landing page loads Apollo Sandbox from a CDN: blank without internet. The
      // playground below is served from this process instead.
      ApolloServerPluginLandingPageDisabled(),
      // Apollo adds federation's inline tracing by default, which traces only a subgraph's requests
      // (this schema is none) but still costs every request a hook call to find that out.
      ApolloServerPluginInlineTraceDisabled(),
      responseStatusPlugin,
      ...limitPlugins,
      ...(options.responseCache ? [options.responseCache.plugin()] : []),
      // Queries executed by graphql-jit, without graphql-js's work for every field of every row; last,
      // so the response cache and the limits have had their say.
      ...(jit ? [jit.plugin] : []),
    ],
  });
  await apollo.start();

  const migrations = readMigrations();
  const database: QueryRunner = { query: async (sql) => ({ rows: await db.$queryRawUnsafe<Record<string, unknown>[]>(sql) }) };
  const graphql = graphqlHandler({
    apollo,
    limits,
    logger,
    responseCache: options.responseCache,
    textAnswers: jit && { jit, schema, costLimit, stringifyResult },
    // A GraphQLError thrown here (extensions.http.status 401) ends the request before execution:
    // HTTP 401, an `errors` array and no `data`.
    // Looking the key up needs the database: when it is unreachable the request ends here with
    // HTTP 503 and DATABASE_UNAVAILABLE, not "Context creation failed" and a 500.
    context: async (request) => {
      const viewer = await authenticate(db, request.headers.authorization).catch((error: unknown) => {
        throw isDatabaseUnavailableError(error) ? databaseUnavailable() : error;
      });
      if (!viewer && options.requireApiKeyForReads) throw unauthenticated();
      const context = createContext(db, viewer, options.countryDirectory, {
        extraction,
        compileReads: options.compileReads,
        onCompileFallback: options.metrics && ((field) => options.metrics!.compiledReadFallbacks.inc({ field })),
      });
      budgetResponse(context, limits.maxResponseBytes);
      return context;
    },
  });
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      // Bounded on its own: a database that does not answer (a dropped network, a full pool) makes
      // the check fail within READINESS_TIMEOUT_MS instead of hanging the probe.
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`readiness query took over ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
      });
      const pending = await Promise.race([pendingMigrations(database, migrations), timeout]);
      if (pending.length) {
        response.status(503).json({ status: 'unavailable', reason: 'pending migrations', pending });
        return;
      }
      response.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      response.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    } finally {
      clearTimeout(timer);
    }
  });
  if (options.metrics) app.get('/metrics', options.metrics.handler());
  if (options.playground) app.use(playground('/graphql'));
  if (options.dashboard) app.use(dashboard());
  // GraphQL's GETs, CORS preflights and anything else on /graphql, after the playground's page.
  app.use('/graphql', (request, response) => graphql(request, response));
  app.use(((error, request, response, _next) => sendRequestError(request, response, error, logger)) as express.ErrorRequestHandler);

  const timeRequest = options.metrics?.timeRequest();
  httpServer.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    timeRequest?.(request, response);
    // POST /graphql, nearly every request, is answered without Express: its router (a dozen layers
    // matched and prefix-trimmed), its request and response extensions and `res.send`'s ETag
    // (a hash of every answer, useless for a POST) were a fifth of a small request's JavaScript.
    if (request.method === 'POST' && isGraphQLPath(request.url)) graphql(request, response);
    else app(request, response);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    extraction,
    // Draining lets requests in progress finish (their extractions too); then the workers stop.
    stop: async () => {
      try {
        await apollo.stop();
      } finally {
        await extraction.close();
      }
    },
  };
}
