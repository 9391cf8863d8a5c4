// The HTTP service: GraphQL on /graphql (Apollo Server on Express), liveness on /healthz and
// readiness (database reachable and migrated) on /readyz.
import http from 'node:http';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLFormattedError } from 'graphql';
import type { Database } from './db/prisma';
import { readMigrations } from './db/migrate';
import { Context, createContext } from './graphql/context';
import { getSchema } from './graphql/schema';
import type { Logger } from './logger';

export interface ServerOptions {
  db: Database;
  logger: Logger;
  /** Show internal error messages and stack traces to clients. */
  development: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * graphql-over-http: a client that accepts only `application/json` (the legacy media type) gets
 * 200 for requests that reach GraphQL but fail to parse or validate, with the errors in the body;
 * Apollo answers 400 there. `application/graphql-response+json` clients keep the 4xx codes.
 */
const legacyJsonStatusPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    return {
      async willSendResponse({ response }) {
        const accept = request.http?.headers.get('accept') ?? '';
        const wantsGraphQLResponse = accept.includes('application/graphql-response+json');
        if (!wantsGraphQLResponse && response.http.status === 400) response.http.status = 200;
      },
    };
  },
};

/** Errors the client caused keep their message; anything else is masked outside development. */
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
  ]);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && clientCodes.has(code)) return formatted;
    logger.error({ err: error, path: formatted.path }, 'request failed');
    if (development) return formatted;
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

export async function startServer(options: ServerOptions & { port: number; host?: string }): Promise<RunningServer> {
  const { db, logger, development } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: development,
    formatError: formatError(development, logger),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), legacyJsonStatusPlugin],
  });
  await apollo.start();

  const migrationNames = readMigrations().map((migration) => migration.name);
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    try {
      const applied = await db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
      const names = new Set(applied.map((row) => row.migration_name));
      const pending = migrationNames.filter((name) => !names.has(name));
      if (pending.length) {
        response.status(503).json({ status: 'unavailable', reason: 'pending migrations', pending });
        return;
      }
      response.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      response.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(db) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}
