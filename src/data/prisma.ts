// Creates the one PrismaClient of the process, over node-postgres through @prisma/adapter-pg.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client';
import { logger } from '../logger';
import { createReader, registerReader } from './read';
import { writeStatementName } from './prepared-statements';

/** No single SQL statement may run longer, unless configured otherwise (DATABASE_STATEMENT_TIMEOUT_MS). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

/**
 * Longest wait to open a connection to PostgreSQL. Short, so that with the database unreachable a
 * request fails fast (DATABASE_UNAVAILABLE) instead of waiting out the request deadline. (A
 * database that is stopped refuses connections at once; this bounds the one that does not answer.)
 * Not shorter: on a machine whose two cores are busy (load average 15), a healthy server's start of
 * a backend with its password exchange was seen to take over 2 s, and a read that opened one of
 * several new connections at once was answered DATABASE_UNAVAILABLE.
 */
export const CONNECT_TIMEOUT_MS = 5_000;
/**
 * Longest wait for a free connection when all of the pool's are in use (serialized ingestions hold
 * theirs while they queue), as long as a mutation's transaction may wait to start.
 */
export const POOL_WAIT_TIMEOUT_MS = 10_000;
/**
 * PostgreSQL's planner cost of a random page read, relative to a sequential one (its default, 4,
 * models spinning disks). Where the data is in memory or on SSD, 1.1 is the usual advice: with 4 the
 * planner reads a 20,000-row table whole to join 160 of its rows instead of fetching them by key.
 */
export const DEFAULT_RANDOM_PAGE_COST = 1.1;

/**
 * An idle pooled connection is closed after this long; the pool opens new ones on demand. Not
 * seconds: a new connection costs PostgreSQL about 10 ms of CPU to start (password exchange, backend
 * start-up) and 35 ms more over its first ten reads (catalog caches, each statement prepared and
 * planned for its first values before a generic plan), some 0.45 s for a pool of ten, so a pool that
 * emptied in every pause of ten seconds paid it again after each (bench/results/2026-12-04-pg-cpu-person.md).
 */
export const IDLE_TIMEOUT_MS = 180_000;

export type Database = PrismaClient<'query'>;

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** PostgreSQL `statement_timeout` of every connection, in ms (0: none). */
  statementTimeoutMs?: number;
  /** `random_page_cost` of every connection (DEFAULT_RANDOM_PAGE_COST); 0 keeps the server's. */
  randomPageCost?: number;
  /** Called with every SQL statement sent (through Prisma or read directly: counting, logging), and its parameters as a JSON array. */
  onQuery?: (sql: string, durationMs: number, params: string) => void;
}

/** A node-postgres client that gives up connecting after CONNECT_TIMEOUT_MS. */
class ConnectTimeoutClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

/** Each client's node-postgres pool, for its statistics (the adapter keeps it private). */
const pools = new WeakMap<Database, pg.Pool>();
/** Each client's statement listener, for what goes to its pool without Prisma. */
const listeners = new WeakMap<Database, NonNullable<DatabaseOptions['onQuery']>>();

/**
 * The client's node-postgres pool and statement listener, for work that sends only hand-written SQL
 * and so can skip Prisma (src/data/sql-transaction.ts); undefined for a client made elsewhere.
 */
export function poolOf(db: Database): { pool: pg.Pool; onQuery?: DatabaseOptions['onQuery'] } | undefined {
  const pool = pools.get(db);
  return pool && { pool, onQuery: listeners.get(db) };
}

/** Connections of the client's pool: open, idle, and requests waiting for one. */
export function poolStats(db: Database): { total: number; idle: number; waiting: number } {
  const pool = pools.get(db);
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : { total: 0, idle: 0, waiting: 0 };
}

/**
 * The pool's connections still open, and a wait for them to close. pg-pool's `end()` resolves once
 * it has asked every connection to end, not once they have: PostgreSQL stopped right after (the
 * service's shutdown does so) would end a session whose socket is still open, and its client would
 * report 57P01 as an idle connection lost. So `$disconnect` also waits for the sockets to close.
 */
function openConnections(pool: pg.Pool): { closed(): Promise<void> } {
  const open = new Set<pg.PoolClient>();
  pool.on('connect', (connection) => {
    open.add(connection);
    connection.once('end', () => open.delete(connection));
  });
  return {
    closed: () => Promise.all([...open].map((connection) => new Promise((resolve) => connection.once('end', resolve)))).then(() => undefined),
  };
}

/** Planner settings sent as startup parameters, so they hold from a connection's first statement. */
export function plannerOptions(randomPageCost: number): { options?: string } {
  return randomPageCost > 0 ? { options: `-c random_page_cost=${randomPageCost}` } : {};
}

export function createDatabase(options: DatabaseOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // node-postgres's pool uses connectionTimeoutMillis both for a free slot and for a new
    // connection; the client class gives the second its own, shorter bound.
    connectionTimeoutMillis: POOL_WAIT_TIMEOUT_MS,
    Client: ConnectTimeoutClient,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    // Sent as a startup parameter, so it holds on every pooled connection from its first statement.
    statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    ...plannerOptions(options.randomPageCost ?? DEFAULT_RANDOM_PAGE_COST),
  });
  // When PostgreSQL stops or restarts, every pooled connection gets an 'error' event. Unhandled,
  // that would crash the process; here it is logged, the pool drops the dead connection and opens
  // a fresh one for the next query, so the service recovers without a restart. (Listened to here,
  // not through the adapter, which listens only once Prisma sends its first query: reads that go to
  // the pool directly may come first.)
  pool.on('error', (error: Error & { code?: string }) =>
    logger.warn({ err: { message: error.message, code: error.code } }, 'idle database connection lost'));
  const adapter = new PrismaPg(pool, {
    // The pool is the client's own, but the adapter would end it only if Prisma itself had connected:
    // $disconnect ends it below.
    disposeExternalPool: false,
    // Named, so PostgreSQL plans each shape once per connection (src/data/prepared-statements.ts).
    statementNameGenerator: writeStatementName,
    onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost during a transaction'),
  });
  const client = new PrismaClient({
    adapter,
    log: [{ emit: 'event', level: 'query' }],
  });
  const open = openConnections(pool);
  const disconnectPrisma = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await disconnectPrisma();
    if (!pool.ended) await pool.end();
    await open.closed();
  };
  pools.set(client, pool);
  registerReader(client, createReader(pool, options.onQuery));
  if (options.onQuery) {
    const onQuery = options.onQuery;
    listeners.set(client, onQuery);
    client.$on('query', (event) => onQuery(event.query, Number(event.duration), event.params));
  }
  return client;
}
