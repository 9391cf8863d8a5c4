// The process: starts Newsgraph from the environment's configuration (app.ts assembles the service)
// and stops all of it cleanly on SIGINT/SIGTERM.
import 'reflect-metadata';
import { createApp } from './app';
import { loadConfig } from './config';
import { EmbeddedPostgresError } from './data/embedded-postgres';
import { logger } from './logger';

/** Longer than Apollo's 10 s drain grace period; a shutdown that takes more is stuck. */
const SHUTDOWN_TIMEOUT_MS = 20_000;

async function main(): Promise<void> {
  const app = await createApp(loadConfig(), logger);
  logger.info({ url: app.url }, 'Newsgraph is ready');

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
      await app.stop();
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
