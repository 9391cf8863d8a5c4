// Test harness: a private database cloned from the seeded template, the real HTTP service on it,
// and a client that sends GraphQL over HTTP and counts the SQL statements each request issues.
import crypto from 'node:crypto';
import { Client } from 'pg';
import { createDatabase, Database, poolStats } from '../../src/data/prisma';
import { DataChanges } from '../../src/data/data-changes';
import { ResponseCache } from '../../src/http/response-cache';
import { CountryDirectory } from '../../src/data/country-directory';
import { logger } from '../../src/logger';
import { Metrics } from '../../src/http/metrics';
import type { ExtractionOptions } from '../../src/extraction/pool';
import type { Limits } from '../../src/schema/limits';
import { RunningServer, startServer } from '../../src/http/server';
import { createApiKey } from '../../src/data/api-keys';
import { generateCoverage } from '../../src/generate/coverage';

export interface GraphQLResponse<TData = Record<string, any>> {
  status: number;
  data?: TData;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestApp {
  db: Database;
  databaseUrl: string;
  server: RunningServer;
  /**
   * POSTs a GraphQL operation; `sqlStatements` is how many statements it cost. `apiKey` is sent as
   * `Authorization: Bearer <key>`; `headers` are added to (or replace) the default ones.
   */
  graphql<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { apiKey?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData> & { sqlStatements: number }>;
  /** The same request, answered by a second server on the same database whose queries graphql-js executes (option `graphqlJs`), as its raw JSON text. */
  graphqlJs(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<{ status: number; text: string; sqlStatements: number }>;
  /** The request answered by the first server, as its raw JSON text. */
  graphqlText(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<{ status: number; text: string; sqlStatements: number }>;
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `newsgraph_test_${crypto.randomBytes(6).toString('hex')}`;
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${process.env.TEST_TEMPLATE_DATABASE}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** What the service runs with in production besides the API (main.ts); off unless a test asks. */
export interface TestAppOptions {
  /** The response cache of anonymous reads, with this much memory. */
  responseCacheBytes?: number;
  /** `/metrics`. */
  metrics?: boolean;
  /** Sees every SQL statement with its parameters (a JSON array). */
  onQuery?: (sql: string, params: string) => void;
  /** The GraphQL playground for browsers on GET /graphql. */
  playground?: boolean;
  /** The dashboard for browsers on / (needs `npm run build`'s bundle). */
  dashboard?: boolean;
  /** Limits other than the defaults (schema/limits.ts). */
  limits?: Partial<Limits>;
  /** How articles given as text are read, other than by default (extraction/pool.ts). */
  extraction?: Partial<ExtractionOptions>;
  /** A second server on the same database, without graphql-jit (`graphqlJs`), to compare answers with. */
  graphqlJs?: boolean;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  let statements = 0;
  let metrics: Metrics | undefined;
  const db = createDatabase({
    url: database.url,
    poolSize: 5,
    onQuery: (sql, _durationMs, params) => {
      statements++;
      options.onQuery?.(sql, params);
      metrics?.sqlStatements.inc();
      if (process.env.DEBUG_SQL) console.log(sql.slice(0, 150));
    },
  });
  if (options.metrics) metrics = new Metrics(() => poolStats(db));
  // As the service runs: the countries in memory while change notifications flow; the response cache when asked for.
  const changes = new DataChanges({ databaseUrl: database.url, logger });
  await changes.start();
  const countryDirectory = new CountryDirectory(db, changes);
  await countryDirectory.countries();
  const responseCache = options.responseCacheBytes
    ? new ResponseCache({ changes, maxBytes: options.responseCacheBytes, metrics })
    : undefined;
  responseCache?.start();
  const server = await startServer({
    db, logger, development: false, port: 0, host: '127.0.0.1', metrics, responseCache, countryDirectory,
    playground: options.playground,
    dashboard: options.dashboard,
    limits: options.limits, extraction: options.extraction,
  });
  const graphqlJsServer = options.graphqlJs
    ? await startServer({ db, logger, development: false, port: 0, host: '127.0.0.1', countryDirectory, limits: options.limits, jitQueries: false })
    : undefined;
  const postText = async (url: string, query: string, variables?: Record<string, unknown>, operationName?: string) => {
    const before = statements;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return { status: response.status, text: await response.text(), sqlStatements: statements - before };
  };
  return {
    db,
    databaseUrl: database.url,
    server,
    async graphql(query, variables, options) {
      const before = statements;
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(options?.apiKey !== undefined ? { authorization: `Bearer ${options.apiKey}` } : {}),
          ...options?.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<any>;
      return { ...body, status: response.status, sqlStatements: statements - before };
    },
    graphqlText: (query, variables, operationName) => postText(server.url, query, variables, operationName),
    graphqlJs(query, variables, operationName) {
      if (!graphqlJsServer) throw new Error('startTestApp({ graphqlJs: true }) starts the graphql-js server');
      return postText(graphqlJsServer.url, query, variables, operationName);
    },
    async close() {
      await graphqlJsServer?.stop();
      await server.stop();
      responseCache?.stop();
      countryDirectory.close();
      await changes.stop();
      await db.$disconnect();
      await database.drop();
    },
  };
}

/** Generated coverage (src/generate/coverage.ts) ingested through the API with an editor's key, as a client sends it. */
export async function ingestCoverage(app: TestApp, options: { articles: number; seed: number }): Promise<void> {
  const editor = (await createApiKey(app.db, { name: `coverage ${options.seed}`, role: 'EDITOR' })).key;
  const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { userErrors { message } } }`;
  for (const input of generateCoverage(options)) {
    const response = await app.graphql(ingest, { input }, { apiKey: editor });
    if (response.errors) throw new Error(`ingesting coverage: ${JSON.stringify(response.errors)}`);
  }
}
