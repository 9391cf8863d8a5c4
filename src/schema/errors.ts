// The error kinds a client can see. Each carries a stable `extensions.code`; user errors also name
// the argument or input field (`extensions.field`) that caused them.
import { GraphQLError } from 'graphql';
import { BAD_USER_INPUT } from '../domain/input-error';

export { badUserInput } from '../domain/input-error';

export const ErrorCode = {
  BAD_USER_INPUT,
  NOT_FOUND: 'NOT_FOUND',
} as const;

/** A well-formed ID or key that names nothing. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly';
/** Seconds a client is told to wait (`Retry-After`) when the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The database cannot be reached right now (stopped, restarting, refusing connections): the
 * request may succeed if sent again shortly. Sent with HTTP 503 and `Retry-After` when it ends a
 * request before execution (the context could not be built).
 */
export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: DATABASE_UNAVAILABLE,
      http: { status: 503, headers: new Map([['retry-after', String(DATABASE_RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/**
 * Prisma's codes for a database it cannot reach or that closed the connection, and for a pool too
 * busy to lend a connection in time: P2024 for a statement, P2028 for a transaction that could not
 * start within its `maxWait` or outlived its `timeout` (ingest/transaction.ts) — rolled back either
 * way, so the write may simply be sent again.
 */
const PRISMA_CONNECTION_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024', 'P2028']);
/** The driver adapter's error kinds for the same (ECONNREFUSED/ENOTFOUND, ECONNRESET, ETIMEDOUT, 53300). */
const ADAPTER_CONNECTION_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/**
 * PostgreSQL SQLSTATEs: connection exceptions (class 08), the server shutting down or starting up
 * (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now), too many connections.
 */
const POSTGRES_UNAVAILABLE_CODES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300']);
/** Socket errors, when they reach us unwrapped. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
/**
 * node-postgres's own errors, which carry no code and which @prisma/adapter-pg passes through as
 * plain `Error`s: the server went away mid-session, a pooled connection could not be opened within
 * `connectionTimeoutMillis`, a client whose connection died was used again.
 */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/, // "... unexpectedly", "... due to connection timeout"
  /^timeout expired$/, // connecting took over connectionTimeoutMillis (data/prisma.ts CONNECT_TIMEOUT_MS)
  /^timeout exceeded when trying to connect$/, // no pool connection came free in time
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
];

/**
 * Whether `error` (a GraphQLError, a Prisma error, a driver error, in any nesting) says the
 * database is unreachable rather than that the request or the code is wrong. What Prisma 7 with
 * @prisma/adapter-pg throws, by case:
 * - server stopped (connection refused): PrismaClientKnownRequestError P1001, or P2010 for raw
 *   queries, with `meta.driverAdapterError.cause.kind` `DatabaseNotReachable`;
 * - server shutting down under a running statement: P2010/P2039 with cause `{ kind: 'postgres',
 *   code: '57P01' }`; starting up: the same with `57P03`;
 * - a transaction whose connection the shutdown killed: a plain `Error` from node-postgres ("Client
 *   has encountered a connection error and is not queryable");
 * - connection dropped or not opened in time: a plain `Error` from node-postgres ("Connection
 *   terminated unexpectedly", "timeout expired", "timeout exceeded when trying to connect").
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length) {
    const current = pending.pop();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const candidate = current as {
      code?: unknown;
      errorCode?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: unknown };
      originalError?: unknown;
      /** What graphql-js wraps a thrown value in when it is not an Error of its own realm (driver errors under Jest). */
      thrownValue?: unknown;
      cause?: unknown;
    };
    if (typeof candidate.code === 'string') {
      if (PRISMA_CONNECTION_CODES.has(candidate.code) || POSTGRES_UNAVAILABLE_CODES.has(candidate.code) || SOCKET_CODES.has(candidate.code)) {
        return true;
      }
    }
    if (typeof candidate.errorCode === 'string' && PRISMA_CONNECTION_CODES.has(candidate.errorCode)) return true;
    if (typeof candidate.kind === 'string' && ADAPTER_CONNECTION_KINDS.has(candidate.kind)) return true;
    if (typeof candidate.originalCode === 'string' && POSTGRES_UNAVAILABLE_CODES.has(candidate.originalCode)) return true;
    // Not `instanceof Error`: under Jest the driver's errors may come from another realm.
    const message = candidate.message;
    if (typeof message === 'string' && PG_CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
    pending.push(candidate.meta?.driverAdapterError, candidate.originalError, candidate.thrownValue, candidate.cause);
  }
  return false;
}
