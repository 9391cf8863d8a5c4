// The one place where environment variables are read: validated once, typed, documented in README.md.
import path from 'node:path';
import v8 from 'node:v8';
import { cleanEnv, port, str, num, bool, url } from 'envalid';
import { DEFAULT_RANDOM_PAGE_COST } from './data/prisma';
import { DEFAULT_LIMITS, Limits, parseCorsOrigins } from './schema/limits';
import { EXTRACTOR_NAMES } from './extraction/extractor';
import { DEFAULT_EXTRACTION_OPTIONS, type ExtractionOptions } from './extraction/pool';

export interface Config {
  /** PostgreSQL connection string; when absent an embedded PostgreSQL runs in `dataDir`. */
  databaseUrl?: string;
  /** Folder holding the embedded database (and nothing else). */
  dataDir: string;
  /** Port of the embedded PostgreSQL. */
  embeddedPostgresPort: number;
  /** HTTP port of the GraphQL service. */
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  /** Connections in the pool Prisma uses. */
  databasePoolSize: number;
  /** PostgreSQL `random_page_cost` of the service's connections; 0 keeps the server's setting. */
  databaseRandomPageCost: number;
  /** Load the seed article's graph on start when the database has no article. */
  seedOnStart: boolean;
  /** Log every SQL statement (development aid). */
  logSql: boolean;
  /** Refuse anonymous reads too: every request needs an API key (writes always do). */
  requireApiKeyForReads: boolean;
  /** Memory for cached anonymous read responses, in MB; 0 turns the cache off. */
  responseCacheMb: number;
  /** Serve Prometheus metrics on /metrics. */
  metrics: boolean;
  /** Serve the GraphQL playground to browsers on GET /graphql. */
  playground: boolean;
  /** Serve the dashboard to browsers on / . */
  dashboard: boolean;
  /** Answer the root fields the statement compiler handles in one SQL statement each. */
  compileReads: boolean;
  /** Limits against abusive requests; defaults and meaning in schema/limits.ts. */
  limits: Limits;
  /** How articles given as text are read: extractor, time bound, worker threads (extraction/pool.ts). */
  extraction: ExtractionOptions;
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const env = cleanEnv(environment, {
    DATABASE_URL: url({ default: undefined, desc: 'PostgreSQL connection string' }),
    DATA_DIR: str({ default: '.data', desc: 'Folder of the embedded PostgreSQL' }),
    EMBEDDED_POSTGRES_PORT: port({ default: 5433 }),
    PORT: port({ default: 4000 }),
    HOST: str({ default: '0.0.0.0' }),
    // Production unless asked otherwise (`npm run dev`): a service started by someone who did not
    // read the configuration table must not show clients stack traces and the server's paths.
    NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'production', desc: "'development' shows clients internal errors with stack traces" }),
    DATABASE_POOL_SIZE: num({ default: 10 }),
    DATABASE_RANDOM_PAGE_COST: num({ default: DEFAULT_RANDOM_PAGE_COST, desc: "Planner cost of a random page read (1.1 for data in memory or on SSD); 0 keeps the server's" }),
    SEED_ON_START: bool({ default: true }),
    LOG_SQL: bool({ default: false }),
    REQUIRE_API_KEY_FOR_READS: bool({ default: false, desc: 'Anonymous reads are refused; every request needs an API key' }),
    RESPONSE_CACHE_MB: num({ default: 64, desc: 'Memory for cached anonymous read responses (MB); 0 turns the cache off' }),
    METRICS: bool({ default: true, desc: 'Serve Prometheus metrics on /metrics' }),
    PLAYGROUND: bool({ default: true, desc: 'Serve the GraphQL playground to browsers on GET /graphql' }),
    DASHBOARD: bool({ default: true, desc: 'Serve the dashboard to browsers on /' }),
    COMPILE_READS: bool({ default: true, desc: 'Answer the root fields the compiler handles in one SQL statement each' }),
    MAX_QUERY_DEPTH: num({ default: DEFAULT_LIMITS.maxDepth, desc: 'Deepest field nesting of an operation' }),
    MAX_ALIASES: num({ default: DEFAULT_LIMITS.maxAliases, desc: 'Aliases in one operation' }),
    MAX_DIRECTIVES: num({ default: DEFAULT_LIMITS.maxDirectives, desc: 'Directives in one operation' }),
    MAX_TOKENS: num({ default: DEFAULT_LIMITS.maxTokens, desc: 'Lexical tokens in one GraphQL document' }),
    MAX_QUERY_COST: num({ default: DEFAULT_LIMITS.maxCost, desc: 'Estimated cost of an operation (lists multiply by first/last)' }),
    MAX_BODY_SIZE: str({ default: DEFAULT_LIMITS.maxBodySize, desc: "Largest JSON request body ('1mb', '100kb')" }),
    MAX_RESPONSE_BYTES: num({ default: DEFAULT_LIMITS.maxResponseBytes, desc: 'Largest response in bytes of JSON; 0: no bound' }),
    MAX_JSON_DEPTH: num({ default: DEFAULT_LIMITS.maxJsonDepth, desc: 'Deepest nesting of arrays and objects in a JSON request body' }),
    BATCH_MAX: num({ default: DEFAULT_LIMITS.batchMax, desc: 'Operations in one batched HTTP request; 0 turns batching off' }),
    REQUEST_TIMEOUT_MS: num({ default: DEFAULT_LIMITS.requestTimeoutMs, desc: 'Time to receive and answer a request' }),
    DATABASE_STATEMENT_TIMEOUT_MS: num({ default: DEFAULT_LIMITS.statementTimeoutMs, desc: 'PostgreSQL statement_timeout' }),
    EXTRACTOR: str({ choices: EXTRACTOR_NAMES, default: DEFAULT_EXTRACTION_OPTIONS.extractor, desc: 'Which extractor reads articles given as text' }),
    EXTRACTION_TIMEOUT_MS: num({ default: DEFAULT_EXTRACTION_OPTIONS.timeoutMs, desc: 'Longest an article given as text may take to be read' }),
    EXTRACTION_WORKERS: num({ default: DEFAULT_EXTRACTION_OPTIONS.workers, desc: 'Worker threads that read articles given as text' }),
    CORS_ORIGINS: str({ default: '*', desc: "Allowed origins, comma-separated, or '*'" }),
  });
  checkResponseCacheFits(env.RESPONSE_CACHE_MB);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR),
    embeddedPostgresPort: env.EMBEDDED_POSTGRES_PORT,
    port: env.PORT,
    host: env.HOST,
    nodeEnv: env.NODE_ENV as Config['nodeEnv'],
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databaseRandomPageCost: env.DATABASE_RANDOM_PAGE_COST,
    seedOnStart: env.SEED_ON_START,
    logSql: env.LOG_SQL,
    requireApiKeyForReads: env.REQUIRE_API_KEY_FOR_READS,
    responseCacheMb: env.RESPONSE_CACHE_MB,
    metrics: env.METRICS,
    playground: env.PLAYGROUND,
    dashboard: env.DASHBOARD,
    compileReads: env.COMPILE_READS,
    limits: {
      maxDepth: env.MAX_QUERY_DEPTH,
      maxAliases: env.MAX_ALIASES,
      maxDirectives: env.MAX_DIRECTIVES,
      maxTokens: env.MAX_TOKENS,
      maxCost: env.MAX_QUERY_COST,
      maxBodySize: env.MAX_BODY_SIZE,
      maxJsonDepth: env.MAX_JSON_DEPTH,
      maxResponseBytes: env.MAX_RESPONSE_BYTES,
      batchMax: env.BATCH_MAX,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    },
    extraction: { extractor: env.EXTRACTOR, timeoutMs: env.EXTRACTION_TIMEOUT_MS, workers: Math.max(1, env.EXTRACTION_WORKERS) },
  };
}

/**
 * The response cache lives in V8's heap, which `npm start` bounds (--max-old-space-size in
 * package.json) to keep the process's memory predictable. A cache that could fill more than half of
 * it would leave requests too little room; that is a configuration mistake, refused at start.
 */
function checkResponseCacheFits(responseCacheMb: number): void {
  const heapLimitMb = Math.floor(v8.getHeapStatistics().heap_size_limit / 2 ** 20);
  if (responseCacheMb > heapLimitMb / 2) {
    throw new Error(
      `RESPONSE_CACHE_MB=${responseCacheMb} is more than half of the ${heapLimitMb} MB heap Node.js was started with: ` +
        "lower it, or raise the heap with --max-old-space-size (in the start script of package.json and the Dockerfile's CMD)",
    );
  }
}
