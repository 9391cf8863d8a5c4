// Articles given as JSON (one IngestArticleInput per seed file or import line) checked as the API
// checks its input (ingest/article-input.ts) and written through the write core
// (ingest/write-core.ts), without running a GraphQL operation.
import type { Database } from '../data/prisma';
import { articleInputOf } from './article-input';
import { ingestArticleData } from './write-core';

export interface IngestOutcome {
  /** The article's database ID when it was written. */
  articleId?: number;
  created?: boolean;
  /** Why it was refused: "input.events.0.title: …", one per problem. */
  problems: string[];
}

/** An article given as JSON (an IngestArticleInput), checked and written as a person's (the seed, the import). */
export async function ingestArticleJson(db: Database, json: unknown): Promise<IngestOutcome> {
  const parsed = articleInputOf(json);
  if ('problems' in parsed) return { problems: parsed.problems };
  const { articleId, created, problems } = await ingestArticleData(db, parsed.input);
  return { articleId, created, problems };
}
