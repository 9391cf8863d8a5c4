// The extraction worker: one task is one article read by the extractor the pool names. Runs in a
// worker thread of the pool (pool.ts), never on the thread that answers requests.
import { extractorNamed } from './extractor';
import type { Share } from './parts';
import type { ArticleSource, ExtractedFact, Extraction } from './types';

export interface ExtractionTask {
  extractor: string;
  source: ArticleSource;
  /** Only this share of a long text (for an extractor that reads in shares); the whole text when absent. */
  share?: Share;
}

/**
 * An extraction as a worker sends it back: each fact's sentence is its place in `sentences`. Every
 * fact cites the sentence it was read in, and the copy between threads copies a string each time it
 * is given: a 1 MB text's 36,000 facts would carry their few thousand sentences over as 18 MB.
 */
export interface PackedExtraction extends Omit<Extraction, 'facts'> {
  facts: (Omit<ExtractedFact, 'sentence'> & { sentence: number })[];
  sentences: string[];
}

export function packed(extraction: Extraction): PackedExtraction {
  const sentences: string[] = [];
  const places = new Map<string, number>();
  const facts = extraction.facts.map((fact) => {
    let place = places.get(fact.sentence);
    if (place === undefined) places.set(fact.sentence, (place = sentences.push(fact.sentence) - 1));
    return { ...fact, sentence: place };
  });
  return { ...extraction, facts, sentences };
}

/** The facts of a packed extraction with their sentences written out again. */
export function unpackedFacts({ facts, sentences }: Pick<PackedExtraction, 'facts' | 'sentences'>): ExtractedFact[] {
  return facts.map((fact) => ({ ...fact, sentence: sentences[fact.sentence] }));
}

export default async function extract(task: ExtractionTask): Promise<PackedExtraction> {
  const extractor = extractorNamed(task.extractor);
  if (task.share && extractor.shares) return packed(await extractor.shares.extract(task.source, task.share));
  return packed(await extractor.extract(task.source));
}
