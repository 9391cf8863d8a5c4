// Articles as text: the extractor reads the graph out of the text, which is then written exactly as
// `ingestArticle` writes a graph given as data, as the extractor's (never over what a person
// stated), with where each fact was read.
import type { Extraction } from '../extraction';
import type { Database } from '../data/prisma';
import type { Transaction } from './transaction';
import { replaceExtractedFacts } from './extracted-facts';
import type { ArticleInput } from './article-input';
import { deleteUnsupportedFacts } from './unsupported';
import { type IngestResult, ingestPrepared, type PreparedIngest, prepareIngest } from './service';

export interface TextIngestResult extends IngestResult {
  /** Extracted facts recorded for the article. */
  factCount: number;
  /** Events and arms sales only this article's earlier reading had stated, deleted as no longer read. */
  abandoned: { eventIds: number[]; armsSaleIds: number[] };
}

/** The extraction as the input `ingestArticle` takes. */
export function ingestInputOf(extraction: Extraction): ArticleInput {
  const { article, graph } = extraction;
  return {
    url: article.url,
    title: article.title,
    subtitle: article.subtitle,
    body: article.body,
    source: article.source,
    author: article.author,
    publishedAt: article.publishedAt,
    language: 'en',
    ...graph,
  };
}

/** What the extractor read, made ready to write before any transaction (countries found, keys listed: `prepareIngest`). */
export interface PreparedExtraction {
  extraction: Extraction;
  ingest: PreparedIngest;
}

export async function prepareExtraction(reader: Transaction | Database, extraction: Extraction): Promise<PreparedExtraction> {
  return { extraction, ingest: await prepareIngest(reader, ingestInputOf(extraction), { origin: 'EXTRACTED', extractorVersion: extraction.version }) };
}

/**
 * Writes what the extractor read in one article, in the caller's transaction, which holds the
 * prepared keys: the article, its graph (as EXTRACTED), and its facts, which replace those of any
 * earlier reading. Events and sales that an earlier reading of this article alone had stated, and
 * that this reading no longer finds, are deleted, so re-extracting never leaves stale copies behind.
 */
export async function ingestExtraction(tx: Transaction, { extraction, ingest }: PreparedExtraction): Promise<TextIngestResult> {
  // The earlier reading's mentions are read with the article, under its lock, before this reading replaces them.
  const ingested = await ingestPrepared(tx, ingest);
  const factCount = await replaceExtractedFacts(tx, ingested.article.id, extraction.facts, ingested.ids, extraction.version);

  const dropped = <T>(before: T[], now: T[]) => before.filter((id) => !now.includes(id));
  const eventIds = dropped(ingested.previous.eventIds, ingested.graph.eventIds);
  const armsSaleIds = dropped(ingested.previous.armsSaleIds, ingested.graph.armsSaleIds);
  const deleted = await deleteUnsupportedFacts(tx, { eventIds, armsSaleIds }, { extractedOnly: true });
  const abandoned = { eventIds: deleted.events.map((row) => row.id), armsSaleIds: deleted.armsSales.map((row) => row.id) };
  const changes = ingested.changes + abandoned.eventIds.length + abandoned.armsSaleIds.length;
  return { ...ingested, changes, factCount, abandoned };
}
