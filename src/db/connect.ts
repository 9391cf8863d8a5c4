// Resolves the database to use: DATABASE_URL when configured, else the embedded PostgreSQL in
// DATA_DIR. Shared by the service and the command-line tools.
import type { Config } from '../config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

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
