// Starts Newsgraph: configuration → database (embedded unless DATABASE_URL) → migrations →
// reference data and seed → HTTP server; stops all of it cleanly on SIGINT/SIGTERM.
import 'reflect-metadata';
import { loadConfig } from './config';
import { locateDatabase } from './data/connect';
import { EmbeddedPostgresError } from './data/embedded-postgres';
import { migrate } from './data/migrate';
import { DataChanges } from './data/data-changes';
import { createDatabase, poolStats } from './data/prisma';
import { ResponseCache } from './http/response-cache';
import { seedGraph } from './ingest/seed';
import { logger } from './logger';
import { Metrics } from './http/metrics';
import { CountryDirectory } from './data/country-directory';
import { loadCountries } from './reference/countries';
import { startServer } from './http/server';

/** Longer than Apollo's 10 s drain grace period; a shutdown that takes more is stuck. */
const SHUTDOWN_TIMEOUT_MS = 20_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await locateDatabase(config, (message) => logger.info(message));
  const databaseUrl = database.url;
  const migrations = await migrate(databaseUrl, { log: (message) => logger.info(message) });
  logger.info({ applied: migrations.applied.length, alreadyApplied: migrations.alreadyApplied.length }, 'migrations');

  let metrics: Metrics | undefined;
  const db = createDatabase({
    url: databaseUrl,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.limits.statementTimeoutMs,
    randomPageCost: config.databaseRandomPageCost,
    onQuery: (sql) => {
      metrics?.sqlStatements.inc();
      if (config.logSql) logger.debug({ sql }, 'sql');
    },
  });
  if (config.metrics) metrics = new Metrics(() => poolStats(db));
  const countries = await loadCountries(db);
  logger.info(countries, 'country reference data');
  if (config.seedOnStart) {
    const seed = await seedGraph(db, { onlyIfEmpty: true });
    logger.info(seed, seed.seeded ? 'seed graph loaded' : 'seed skipped: articles exist');
  }

  const changes = new DataChanges({ databaseUrl, logger });
  await changes.start();
  const countryDirectory = new CountryDirectory(db, changes);
  await countryDirectory.countries();
  const responseCache = config.responseCacheMb > 0
    ? new ResponseCache({ changes, maxBytes: config.responseCacheMb * 1024 * 1024, metrics })
    : undefined;
  responseCache?.start();

  const server = await startServer({
    db,
    logger,
    development: config.nodeEnv === 'development',
    requireApiKeyForReads: config.requireApiKeyForReads,
    limits: config.limits,
    metrics,
    responseCache,
    countryDirectory,
    playground: config.playground,
    dashboard: config.dashboard,
    extraction: config.extraction,
    compileReads: config.compileReads,
    port: config.port,
    host: config.host,
  });
  logger.info({ url: server.url }, 'Newsgraph is ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const watchdog = setTimeout(() => {
      logger.error({ signal }, 'shutdown did not finish in time');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    watchdog.unref();
    try {
      await server.stop();
      responseCache?.stop();
      countryDirectory.close();
      await changes.stop();
      await db.$disconnect();
      await database.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  // This process owns SIGINT/SIGTERM (Apollo's own handlers are off: stopOnTerminationSignals: false
  // in http/server.ts); the embedded PostgreSQL runs in its own process group, so a terminal's Ctrl-C
  // reaches only this process, which stops the database last.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  // A start that cannot work as configured says why in one line; anything else keeps its stack.
  if (error instanceof EmbeddedPostgresError) logger.fatal(`failed to start: ${error.message}`);
  else logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
});
