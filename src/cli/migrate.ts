// `npm run migrate`: applies pending migrations to the configured database, as the service does at start.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { locateDatabase } from '../data/connect';
import { migrate } from '../data/migrate';

async function main(): Promise<void> {
  const database = await locateDatabase(loadConfig(), console.log);
  try {
    const result = await migrate(database.url, { log: console.log });
    console.log(`${result.applied.length} applied, ${result.alreadyApplied.length} already applied`);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
