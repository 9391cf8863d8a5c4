// The benchmark's dataset: generated coverage (src/generate) imported through the same bulk importer as
// `npm run import`, into an embedded PostgreSQL whose stopped cluster is cached under bench/.cache/,
// one per (articles, seed, migrations), so that a schema change builds a fresh one.
//
//   node dist-bench/bench/dataset.js [articles] [seed]     builds (or finds) one dataset and exits
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeCoverage } from '../src/cli/generate';
import { startEmbeddedPostgres } from '../src/data/embedded-postgres';
import { migrate, readMigrations } from '../src/data/migrate';
import { createDatabase } from '../src/data/prisma';
import { loadCountries } from '../src/ingest/reference-countries';
import { importFileInBulk } from '../src/ingest/bulk-import';
import { PROJECT_ROOT } from '../src/paths';

export const CACHE_DIR = path.join(PROJECT_ROOT, 'bench', '.cache');

export interface Dataset {
  articles: number;
  seed: string;
  /** Holds the stopped cluster in `postgres/` (startEmbeddedPostgres's layout). */
  dataDir: string;
}

/** What a cached dataset records about itself in `dataset.json`. */
interface DatasetRecord {
  articles: number;
  seed: string;
  migrations: { name: string; checksum: string }[];
  generated?: { articles: number; events: number; people: number; armsSales: number };
  importSeconds?: number;
}

function currentMigrations(): DatasetRecord['migrations'] {
  return readMigrations().map(({ name, checksum }) => ({ name, checksum }));
}

/** The migrations hashed: any schema change gives a new cache key. */
function migrationsHash(migrations: DatasetRecord['migrations']): string {
  const hash = crypto.createHash('sha256');
  for (const migration of migrations) hash.update(`${migration.name}:${migration.checksum}\n`);
  return hash.digest('hex').slice(0, 12);
}

const RECORD_FILE = 'dataset.json';

export function datasetDir(articles: number, seed: string): string {
  return path.join(CACHE_DIR, `dataset-${articles}-seed-${seed}-${migrationsHash(currentMigrations())}`);
}

function readRecord(dataDir: string): DatasetRecord | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, RECORD_FILE), 'utf8')) as DatasetRecord;
  } catch {
    return null;
  }
}

/**
 * A cached dataset of the same articles and seed built before the latest migrations: its
 * migrations are a prefix of today's, so migrating a copy forward gives the database an upgraded
 * deployment would have, hours sooner than importing again.
 */
function olderDataset(articles: number, seed: string): string | null {
  if (!fs.existsSync(CACHE_DIR)) return null;
  const migrations = currentMigrations();
  const candidates = fs
    .readdirSync(CACHE_DIR)
    .filter((name) => name.startsWith(`dataset-${articles}-seed-${seed}-`) && !name.endsWith('.building'))
    .map((name) => ({ dir: path.join(CACHE_DIR, name), record: readRecord(path.join(CACHE_DIR, name)) }))
    .filter(({ record }) =>
      record && record.migrations.length < migrations.length &&
      record.migrations.every((migration, index) =>
        migration.name === migrations[index].name && migration.checksum === migrations[index].checksum))
    .sort((a, b) => b.record!.migrations.length - a.record!.migrations.length);
  return candidates[0]?.dir ?? null;
}

/**
 * Returns the cached dataset of `articles` generated articles, building it first when missing. A
 * build happens in a `.building` folder renamed at the end, so an interrupted one is never used.
 */
export async function ensureDataset(options: {
  articles: number;
  seed: string;
  port: number;
  log: (message: string) => void;
}): Promise<Dataset> {
  const { articles, seed, log } = options;
  const dataDir = datasetDir(articles, seed);
  const dataset = { articles, seed, dataDir };
  if (readRecord(dataDir)) return dataset;

  const building = `${dataDir}.building`;
  fs.rmSync(building, { recursive: true, force: true });
  const older = olderDataset(articles, seed);
  if (older) {
    log(`migrating a copy of ${path.basename(older)} forward…`);
    // `cp -a` keeps the owner: the cluster belongs to the postgres user embedded-postgres runs as.
    execFileSync('cp', ['-a', older, building]);
    const postgres = await startEmbeddedPostgres({ dataDir: building, port: options.port, log });
    try {
      await migrate(postgres.url, { log });
      // As a freshly built dataset is: a migration that rewrites a table (a stored column added) leaves its pages
      // not all-visible until a VACUUM, and index-only scans read the table for every row until then.
      await vacuumAnalyze(postgres.url);
    } finally {
      await postgres.stop();
    }
    const record = readRecord(older)!;
    writeRecord(building, { ...record, migrations: currentMigrations() });
  } else {
    writeRecord(building, await buildDataset(building, options));
  }
  fs.renameSync(building, dataDir);
  return dataset;
}

function writeRecord(dataDir: string, record: DatasetRecord): void {
  fs.writeFileSync(path.join(dataDir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

async function buildDataset(
  building: string,
  options: { articles: number; seed: string; port: number; log: (message: string) => void },
): Promise<DatasetRecord> {
  fs.mkdirSync(building, { recursive: true });
  // The parent must be reachable by the postgres user embedded-postgres creates when run as root.
  fs.chmodSync(building, 0o755);
  const coverage = path.join(building, 'coverage.ndjson');
  options.log(`generating ${options.articles} articles (seed ${options.seed})…`);
  const generated = await writeGeneratedFile(coverage, options.articles, options.seed);
  options.log(`generated ${generated.articles} articles, ${generated.events} events, ${generated.people} people, ${generated.armsSales} arms sales`);

  const postgres = await startEmbeddedPostgres({ dataDir: building, port: options.port, log: options.log });
  let importSeconds = 0;
  try {
    await migrate(postgres.url, { log: options.log });
    await withBulkLoadSettings(postgres.adminUrl, async () => {
      const db = createDatabase({ url: postgres.url, poolSize: 4 });
      try {
        await loadCountries(db);
        let lastReport = 0;
        const summary = await importFileInBulk(db, coverage, ({ linesDone, totalLines, summary: running }) => {
          if (running.seconds - lastReport < 30 && linesDone < totalLines) return;
          lastReport = running.seconds;
          const rate = (running.created + running.existing) / Math.max(running.seconds, 0.001);
          options.log(`imported ${linesDone}/${totalLines} lines, ${rate.toFixed(1)} articles/s, ${running.failed} refused`);
        });
        if (summary.failed) {
          throw new Error(`${summary.failed} generated articles were refused, e.g. line ${summary.problems[0].line}: ${summary.problems[0].reason}`);
        }
        importSeconds = Math.round(summary.seconds);
        options.log(`imported ${summary.created} articles in ${importSeconds} s`);
        await vacuumAnalyze(postgres.url);
      } finally {
        await db.$disconnect();
      }
    });
  } finally {
    await postgres.stop();
  }
  fs.rmSync(coverage);
  const { articles, events, people, armsSales } = generated;
  return {
    articles: options.articles,
    seed: options.seed,
    migrations: currentMigrations(),
    generated: { articles, events, people, armsSales },
    importSeconds,
  };
}

async function writeGeneratedFile(file: string, articles: number, seed: string) {
  const output = fs.createWriteStream(file);
  const summary = await writeCoverage(output, { articles, seed });
  await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return summary;
}

/** VACUUM ANALYZE of the whole database: visibility maps and planner statistics as a settled deployment has them. */
async function vacuumAnalyze(url: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

/**
 * A throwaway cluster being filled needs no durability until it is stopped (a clean stop writes
 * everything out): without an fsync per ingestion's commit the import is several times faster.
 * The settings are reset before the cluster is cached, so benchmarks run with the defaults.
 */
async function withBulkLoadSettings(url: string, work: () => Promise<void>): Promise<void> {
  const { Client } = await import('pg');
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`ALTER SYSTEM SET fsync = off`);
    await admin.query(`ALTER SYSTEM SET synchronous_commit = off`);
    await admin.query(`SELECT pg_reload_conf()`);
    await work();
  } finally {
    await admin.query(`ALTER SYSTEM RESET ALL`);
    await admin.query(`SELECT pg_reload_conf()`);
    await admin.end();
  }
}

if (require.main === module) {
  const articles = Number(process.argv[2] ?? 10_000);
  const seed = process.argv[3] ?? '1';
  ensureDataset({ articles, seed, port: 56_000 + (process.pid % 1000), log: (message) => console.error(`${new Date().toISOString()} ${message}`) })
    .then((dataset) => console.log(dataset.dataDir))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
