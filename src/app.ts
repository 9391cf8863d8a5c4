// The whole service from a configuration: database (embedded unless DATABASE_URL) → migrations →
// reference data and seed → change notifications, country directory, response cache → HTTP server.
// `createApp` assembles it and `stop` takes it down in the reverse order; main.ts owns the process.
import type { Config } from './config';
import { locateDatabase } from './data/connect';
import { CountryDirectory } from './data/country-directory';
import { DataChanges } from './data/data-changes';
import { migrate } from './data/migrate';
import { createDatabase, poolStats } from './data/prisma';
import { Metrics } from './http/metrics';
import { ResponseCache } from './http/response-cache';
import { startServer } from './http/server';
import { seedGraph } from './ingest/seed';
import type { Logger } from './logger';
import { loadCountries } from './ingest/reference-countries';

export interface App {
  /** Where the HTTP service listens, e.g. `http://127.0.0.1:4000`. */
  url: string;
  /** Stops taking requests, drains the ones in flight, then closes the database (and stops an embedded one). */
  stop(): Promise<void>;
}

export async function createApp(config: Config, logger: Logger): Promise<App> {
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

  return {
    url: server.url,
    async stop() {
      await server.stop();
      responseCache?.stop();
      countryDirectory.close();
      await changes.stop();
      await db.$disconnect();
      await database.stop();
    },
  };
}
