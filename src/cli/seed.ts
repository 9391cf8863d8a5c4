// `npm run seed`: loads the ISO 3166-1 country reference data, then the seed graph of the founding
// article. Safe to repeat: both steps only write what differs from the database.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { withMigratedDatabase } from '../data/connect';
import type { Database } from '../data/prisma';
import { seedGraph, type SeedResult } from '../ingest/seed';
import { loadCountries } from '../ingest/reference-countries';

export async function runSeed(
  db: Database,
  log: (message: string) => void,
): Promise<{ countries: { inserted: number; updated: number }; graph: SeedResult }> {
  // Countries first: the seed graph refers to them by code and fails naming any that are missing.
  const countries = await loadCountries(db);
  log(`countries: ${countries.inserted} inserted, ${countries.updated} updated`);
  const graph = await seedGraph(db);
  log(`seed graph: ${graph.created} articles created, ${graph.existing} already there (updated where they differ)`);
  return { countries, graph };
}

async function main(): Promise<void> {
  await withMigratedDatabase(loadConfig(), console.log, (db) => runSeed(db, console.log));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
