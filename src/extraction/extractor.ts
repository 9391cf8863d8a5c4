// What reads an article: text and metadata in, a graph with the evidence of every fact out. The
// rules are the one implementation today; a model-backed extractor is added here beside them (a
// new entry of EXTRACTORS) and chosen with EXTRACTOR (src/config.ts). Ingestion only sees this
// interface, through the worker pool (pool.ts), so an extractor may be as slow or as large as it
// needs without holding up the service.
import { combineShares, type Share } from './parts';
import type { ArticleSource, Extraction } from './types';

export interface Extractor {
  /** How it is chosen (EXTRACTOR). */
  readonly name: string;
  /** Recorded with everything it reads; bump it when the output for the same input changes. */
  readonly version: string;
  /**
   * Reads one article. The source's metadata (title, URL, publication date, …) wins over what the
   * text says; the returned `extraction.version` is `version`. Runs in a worker thread: it may be
   * synchronous and CPU-bound, and must return plain data (structured-cloneable).
   */
  extract(source: ArticleSource): Extraction | Promise<Extraction>;
  /**
   * Optional, for long texts: reads one of `share.count` consecutive shares of the text, so that the
   * pool reads a long text on several threads at once. `combine` of every share's extraction, in
   * order, must equal `extract`'s.
   */
  readonly shares?: {
    extract(source: ArticleSource, share: Share): Extraction | Promise<Extraction>;
    combine(extractions: Extraction[]): Extraction;
  };
}

/**
 * The rules' module, loaded on first use: it brings the NLP libraries (compromise, linkedom), 2–3 s
 * of CPU at start-up that the tools which only name an extractor through the configuration (the
 * bulk import) never need.
 */
const rules = (): typeof import('./index') => require('./index') as typeof import('./index');

/** The hand-written rules of src/extraction (people, countries, dates, events, arms sales). */
const RULES: Extractor = {
  name: 'rules',
  get version() {
    return rules().EXTRACTOR_VERSION;
  },
  extract: (source) => rules().extractArticle(source),
  shares: {
    extract: (source, share) => rules().extractArticleShare(source, share),
    combine: (extractions) => combineShares(extractions),
  },
};

const EXTRACTORS = { rules: RULES } as const satisfies Record<string, Extractor>;

export type ExtractorName = keyof typeof EXTRACTORS;
export const EXTRACTOR_NAMES = Object.keys(EXTRACTORS) as ExtractorName[];
export const DEFAULT_EXTRACTOR: ExtractorName = 'rules';

export function extractorNamed(name: string): Extractor {
  const extractor = (EXTRACTORS as Record<string, Extractor>)[name];
  if (!extractor) throw new Error(`no extractor is named "${name}" (known: ${EXTRACTOR_NAMES.join(', ')})`);
  return extractor;
}
