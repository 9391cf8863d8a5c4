// The extraction worker: one task is one article read by the extractor the pool names. Runs in a
// worker thread of the pool (pool.ts), never on the thread that answers requests.
import { extractorNamed } from './extractor';
import type { ArticleSource, Extraction } from './types';

export interface ExtractionTask {
  extractor: string;
  source: ArticleSource;
}

export default async function extract(task: ExtractionTask): Promise<Extraction> {
  return extractorNamed(task.extractor).extract(task.source);
}
