// Starts Newsgraph: configuration → database (embedded unless DATABASE_URL) → migrations →
// reference data and seed → HTTP server; stops all of it cleanly on SIGINT/SIGTERM.
import { loadConfig } from './config';
import { locateDatabase } from './db/connect';
import { migrate } from './db/migrate';
import { createDatabase } from './db/prisma';
import { seedGraph } from './db/seed';
import { logger } from './logger';
import { loadCountries } from './modules/country/reference-data';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await locateDatabase(config, (message) => logger.info(message));
  const databaseUrl = database.url;
  const migrations = await migrate(databaseUrl, { log: (message) => logger.info(message) });
  logger.info({ applied: migrations.applied.length, alreadyApplied: migrations.alreadyApplied.length }, 'migrations');

  const db = createDatabase({
    url: databaseUrl,
    poolSize: config.databasePoolSize,
    onQuery: config.logSql ? (sql) => logger.debug({ sql }, 'sql') : undefined,
  });
  const countries = await loadCountries(db);
  logger.info(countries, 'country reference data');
  if (config.seedOnStart) {
    const seed = await seedGraph(db, { onlyIfEmpty: true });
    logger.info(seed, seed.seeded ? 'seed graph loaded' : 'seed skipped: articles exist');
  }

  const server = await startServer({
    db,
    logger,
    development: config.nodeEnv === 'development',
    port: config.port,
    host: config.host,
  });
  logger.info({ url: server.url }, 'Newsgraph is ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await server.stop();
      await db.$disconnect();
      await database.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
});
