// Resolves the database to use: DATABASE_URL when configured, else the embedded PostgreSQL in
// DATA_DIR. Shared by the service and the command-line tools.
import type { Config } from '../config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { migrate } from './migrate';
import { createDatabase, Database } from './prisma';

export interface DatabaseLocation {
  url: string;
  /** Stops the embedded PostgreSQL, if one was started. */
  stop(): Promise<void>;
}

export async function locateDatabase(config: Config, log: (message: string) => void): Promise<DatabaseLocation> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  log(`starting embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPostgresPort}`);
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    log,
  });
  return embedded;
}

/**
 * For the command-line tools: the configured database, migrated, with a Prisma client for `work`;
 * the client and any embedded PostgreSQL are stopped afterwards, whatever happens.
 */
export async function withMigratedDatabase<T>(
  config: Config,
  log: (message: string) => void,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const location = await locateDatabase(config, log);
  const db = createDatabase({ url: location.url, poolSize: 2 });
  try {
    await migrate(location.url, { log });
    return await work(db);
  } finally {
    await db.$disconnect();
    await location.stop();
  }
}
