// Loads the seed graph (prisma/seed/*.json: one IngestArticleInput per file), checked as the API's
// `ingestArticle` checks its input and written through the same write core, so that a first start
// shows the founding article as data. Idempotent: ingestion matches everything by natural keys and
// rewrites only what differs.
import fs from 'node:fs';
import path from 'node:path';
import { ingestArticleJson } from './run';
import { PRISMA_DIR } from '../paths';
import type { Database } from '../data/prisma';

export const SEED_DIR = path.join(PRISMA_DIR, 'seed');

export interface SeedResult {
  /** False when skipped because articles exist (with `onlyIfEmpty`). */
  seeded: boolean;
  /** Seed articles that were new. */
  created: number;
  /** Seed articles that existed and were ingested again (changing only what differed). */
  existing: number;
}

export function readSeedInputs(directory = SEED_DIR): { file: string; input: unknown }[] {
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: name, input: JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) }));
}

export async function seedGraph(
  db: Database,
  options: { onlyIfEmpty?: boolean; directory?: string } = {},
): Promise<SeedResult> {
  const result: SeedResult = { seeded: false, created: 0, existing: 0 };
  if (options.onlyIfEmpty && (await db.article.count({ take: 1 })) > 0) return result;
  for (const { file, input } of readSeedInputs(options.directory)) {
    const outcome = await ingestArticleJson(db, input);
    if (outcome.problems.length) throw new Error(`seed ${file} was refused: ${outcome.problems.join('; ')}`);
    if (outcome.created) result.created++;
    else result.existing++;
  }
  result.seeded = true;
  return result;
}
