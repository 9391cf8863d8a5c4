// Named prepared statements for the read path and for the statements sent through Prisma (the
// writes): PostgreSQL parses and plans a statement's shape once per connection instead of on every
// request, since every value travels as a parameter.
//
// node-postgres prepares a query that has a `name` and remembers, per connection, the names it has
// prepared, but without a bound. Here each pooled connection keeps its own least-recently-used cache
// of statement texts → names (as PostGraphile and Hasura do); a text pushed out is DEALLOCATEd on
// the server and forgotten by node-postgres, so a connection never holds more than
// PREPARED_STATEMENTS_PER_CONNECTION plans, whatever shapes clients send.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';

/**
 * Statement shapes kept prepared on one connection. The benchmark's six operations send about
 * fifteen; a playground's varied selections and filters more. Each plan costs PostgreSQL some
 * tens of kilobytes of backend memory.
 */
export const PREPARED_STATEMENTS_PER_CONNECTION = 250;

/**
 * How a statement is planned:
 * - `prepared`: named, planned once per connection; after five executions PostgreSQL keeps a
 *   generic plan when it costs no more than the custom ones (test/query-plans.test.ts checks that
 *   the generic plans of the benchmark's statements read the growing tables through indexes, for
 *   the busiest country as for a small one).
 * - `custom`: unnamed, planned for its parameters every time: for statements whose best plan
 *   depends on the value itself, as full-text search does (a rare word is best found through the
 *   GIN index, a common one by walking the date index), which a generic plan cannot know.
 */
export type PlanMode = 'prepared' | 'custom';

/**
 * Shapes of statements sent through Prisma that are named, per process: each connection then holds
 * at most this many of their plans besides the reads' (an ingest sends about fifteen shapes, the
 * mutations a few each). Prisma's adapter names a statement before it knows the connection, so the
 * bound is on the shapes, not an eviction per connection: a shape first seen after it is sent
 * unnamed, planned every time as before.
 */
export const PREPARED_WRITE_SHAPES = 100;

/** Statement texts sent through Prisma → their names, the first PREPARED_WRITE_SHAPES of them. */
const writeStatementNames = new Map<string, string>();

/**
 * The name of a statement Prisma sends (adapter-pg's `statementNameGenerator`), or '' (unnamed).
 * An ingest's statements cost PostgreSQL about 2 ms per article of planning alone when planned every
 * time. A statement without parameters stays unnamed: it carries its values inline (the bulk
 * import's batch write, several statements in one message, which only the simple protocol
 * accepts) or needs no plan (BEGIN, COMMIT).
 */
export function writeStatementName(query: { sql: string; args: unknown[] }): string {
  if (!query.args.length) return '';
  let name = writeStatementNames.get(query.sql);
  if (name === undefined) {
    if (writeStatementNames.size >= PREPARED_WRITE_SHAPES) return '';
    name = `ngw_${createHash('sha1').update(query.sql).digest('hex').slice(0, 24)}`;
    writeStatementNames.set(query.sql, name);
  }
  return name;
}

/** The part of node-postgres's connection that remembers prepared names (not in its typings). */
interface ConnectionWithStatements {
  parsedStatements?: Record<string, string>;
}

/** Each pooled connection's cache of text → statement name. */
const cachesByClient = new WeakMap<pg.PoolClient, LRUCache<string, string>>();

/** A stable name for a text: the same shape gets the same name on every connection (easy to trace in pg_prepared_statements). */
export function statementName(text: string): string {
  return `ng_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
}

function cacheOf(client: pg.PoolClient): LRUCache<string, string> {
  let cache = cachesByClient.get(client);
  if (!cache) {
    cache = new LRUCache<string, string>({
      max: PREPARED_STATEMENTS_PER_CONNECTION,
      dispose: (name, _text, reason) => {
        // Pushed out by a newer shape, or dropped after it failed; replaced by `set` keeps it.
        if (reason === 'set') return;
        // Queued on this connection before the next statement; its result (or that there was
        // nothing to deallocate, when the statement failed to parse) is of no interest.
        client.query(`DEALLOCATE "${name}"`).catch(() => undefined);
        const connection = (client as unknown as { connection?: ConnectionWithStatements }).connection;
        if (connection?.parsedStatements) delete connection.parsedStatements[name];
      },
    });
    cachesByClient.set(client, cache);
  }
  return cache;
}

/** The query config for `text` on `client`: named (and remembered) when prepared, unnamed when custom. */
export function preparedQuery(client: pg.PoolClient, text: string, values: unknown[], mode: PlanMode = 'prepared'): pg.QueryConfig {
  if (mode === 'custom') return { text, values };
  const cache = cacheOf(client);
  let name = cache.get(text);
  if (name === undefined) {
    name = statementName(text);
    cache.set(text, name);
  }
  return { name, text, values };
}

/**
 * Runs one read on a connection of `pool`, prepared unless `mode` says custom. A connection whose
 * statement failed forgets that statement, so a plan PostgreSQL rejected (its table changed under
 * it) is prepared afresh next time.
 */
export async function queryPrepared<R extends pg.QueryResultRow>(
  query: { pool: pg.Pool; text: string; values: unknown[]; types?: pg.CustomTypesConfig },
  mode: PlanMode = 'prepared',
): Promise<pg.QueryResult<R>> {
  const client = await query.pool.connect();
  let failed: Error | undefined;
  try {
    const config = preparedQuery(client, query.text, query.values, mode);
    return await client.query<R>({ ...config, types: query.types });
  } catch (error) {
    failed = error as Error;
    if (mode === 'prepared' && !isConnectionError(failed)) cacheOf(client).delete(query.text);
    throw error;
  } finally {
    // A connection that broke is destroyed rather than returned to the pool (as pool.query does).
    client.release(failed && isConnectionError(failed) ? failed : undefined);
  }
}

/** Errors that leave the connection unusable, as opposed to errors of the statement. */
function isConnectionError(error: Error & { code?: string }): boolean {
  return !error.code || error.code.startsWith('08') || error.code === '57P01';
}
