// Creates the one PrismaClient of the process, over node-postgres through @prisma/adapter-pg.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

/** No single SQL statement may run longer, unless configured otherwise (DATABASE_STATEMENT_TIMEOUT_MS). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

export type Database = PrismaClient<'query'>;

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** PostgreSQL `statement_timeout` of every connection, in ms (0: none). */
  statementTimeoutMs?: number;
  /** Called with every SQL statement Prisma sends (counting, logging). */
  onQuery?: (sql: string) => void;
}

export function createDatabase(options: DatabaseOptions): Database {
  const adapter = new PrismaPg({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    // Sent as a startup parameter, so it holds on every pooled connection from its first statement.
    statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
  });
  const client = new PrismaClient({
    adapter,
    log: [{ emit: 'event', level: 'query' }],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    client.$on('query', (event) => onQuery(event.query));
  }
  return client;
}
