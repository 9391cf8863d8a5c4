// Creates the one PrismaClient of the process, over node-postgres through @prisma/adapter-pg.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type Database = PrismaClient<'query'>;

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** Called with every SQL statement Prisma sends (counting, logging). */
  onQuery?: (sql: string) => void;
}

export function createDatabase(options: DatabaseOptions): Database {
  const adapter = new PrismaPg({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
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
