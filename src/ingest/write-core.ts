// The write core of ingestion: an article with its graph, given as data or read from its text, written
// in one transaction with its audit entry. The GraphQL mutations, the seed, the command-line ingest
// and re-extraction all call these; none of them runs GraphQL to write.
import type { Database } from '../data/prisma';
import type { ArticleFormat, Extraction, ExtractionWarning } from '../extraction';
import { ExtractionFailed, ExtractionTimedOut, type ExtractionPool } from '../extraction/pool';
import { readArticleText } from '../extraction/read';
import { type UserError, UserErrorCode, UserInputFailure, userError } from '../domain/user-errors';
import type { ArticleInput, ArticleTextInput } from './article-input';
import { type IngestResult, ingestArticle, ingestPrepared, type PreparedIngest, prepareIngest } from './service';
import { ingestExtraction, type PreparedExtraction, prepareExtraction, type TextIngestResult } from './text';
import { recordWrite } from './audit';
import { runWrite, type Transaction } from './transaction';

/** Who writes, for the audit trail: an API key, or null for the command-line tools. */
export interface Writer {
  apiKeyId: number | null;
}

export const COMMAND_LINE_WRITER: Writer = { apiKeyId: null };

export { prepareExtraction, type PreparedExtraction } from './text';
export type { PreparedIngest } from './service';

/**
 * An article given as data made ready to write before its transaction (`prepareIngest`: its
 * countries found, its natural keys listed); a transaction that takes `keys` first (runWrite's
 * `keys`) then writes it with writePreparedArticle, so that no lock waits on that work.
 */
export const prepareArticle = (db: Database, input: ArticleInput): Promise<PreparedIngest> => prepareIngest(db, input);

/** Audits an article's ingest when it changed anything. */
async function auditIngest(tx: Transaction, ingested: IngestResult, writer: Writer): Promise<IngestResult> {
  if (ingested.changes > 0) {
    await recordWrite(tx, writer.apiKeyId, { action: 'ingestArticle', entityType: 'Article', entityId: ingested.article.id, after: ingested.graph });
  }
  return ingested;
}

/** Writes an article given as data (as a person's: MANUAL) in the caller's transaction, audited when it changed anything. */
export async function writeArticle(tx: Transaction, input: ArticleInput, writer: Writer): Promise<IngestResult> {
  return auditIngest(tx, await ingestArticle(tx, input), writer);
}

/** writeArticle of a prepared article, in a transaction that holds its `keys`. */
export async function writePreparedArticle(tx: Transaction, prepared: PreparedIngest, writer: Writer): Promise<IngestResult> {
  return auditIngest(tx, await ingestPrepared(tx, prepared), writer);
}

/**
 * Writes what the extractor read (as EXTRACTED, with provenance), prepared by prepareExtraction,
 * in the caller's transaction, which holds its keys (`prepared.ingest.keys`); audited when it changed anything.
 */
export async function writeExtraction(tx: Transaction, prepared: PreparedExtraction, writer: Writer): Promise<TextIngestResult> {
  const { extraction } = prepared;
  const ingested = await ingestExtraction(tx, prepared);
  if (ingested.changes > 0) {
    await recordWrite(tx, writer.apiKeyId, {
      action: 'ingestArticleText',
      entityType: 'Article',
      entityId: ingested.article.id,
      after: { ...ingested.graph, extractorVersion: extraction.version, abandoned: ingested.abandoned },
    });
  }
  return ingested;
}

/** An article as text (which wins over the text's own metadata), and how it is written. */
export interface ArticleText extends ArticleTextInput {
  format?: ArticleFormat;
}

/**
 * Reads an article's text in one of the pool's workers — before any transaction, so no lock is held
 * while the extractor works — and refuses what cannot be written (too slow to read, no headline,
 * nothing left once boilerplate is removed) as user errors on the input's fields.
 */
export async function readText(pool: ExtractionPool, article: ArticleText): Promise<Extraction> {
  const { text, format, ...metadata } = article;
  const stated = Object.fromEntries(Object.entries(metadata).filter(([, value]) => value != null));
  let extraction: Extraction;
  try {
    extraction = await pool.extract({ ...readArticleText(text, format), ...stated });
  } catch (error) {
    if (error instanceof ExtractionTimedOut) {
      throw refusal(['input', 'text'], `${error.message}: split the text into articles, or raise EXTRACTION_TIMEOUT_MS`, UserErrorCode.TIMED_OUT);
    }
    if (error instanceof ExtractionFailed) throw refusal(['input', 'text'], error.message, UserErrorCode.INVALID);
    throw error;
  }
  if (!extraction.article.title.trim()) throw refusal(['input', 'title'], 'no headline was found in the text: give a title', UserErrorCode.REQUIRED);
  if (!extraction.article.body.trim()) throw refusal(['input', 'text'], 'no article text is left once boilerplate is removed', UserErrorCode.INVALID);
  return extraction;
}

function refusal(field: string[], message: string, code: UserErrorCode): UserInputFailure {
  return new UserInputFailure([userError(field, message, code)]);
}

/** What a command-line write did: the article's ID, or why it was refused, and warnings about what was written. */
export interface WriteOutcome {
  articleId?: number;
  created?: boolean;
  /** User errors as "input.events.0.title: …". */
  problems: string[];
  warnings: ExtractionWarning[];
}

function refused(userErrors: UserError[]): WriteOutcome {
  return { problems: userErrors.map((error) => `${error.field.join('.')}: ${error.message}`), warnings: [] };
}

/** An article given as data, in its own transaction (the seed, the import). */
export async function ingestArticleData(db: Database, input: ArticleInput, writer: Writer = COMMAND_LINE_WRITER): Promise<WriteOutcome> {
  try {
    const ingested = await runWrite(db, (tx) => writeArticle(tx, input, writer), { sqlOnly: true });
    return { articleId: ingested.article.id, created: ingested.created, problems: [], warnings: [] };
  } catch (error) {
    if (error instanceof UserInputFailure) return refused(error.userErrors);
    throw error;
  }
}

/** An article given as text: read in `pool`, then written in its own transaction (the command-line ingest, re-extraction). */
export async function ingestArticleText(db: Database, pool: ExtractionPool, article: ArticleText, writer: Writer = COMMAND_LINE_WRITER): Promise<WriteOutcome> {
  try {
    const extraction = await readText(pool, article);
    const prepared = await prepareExtraction(db, extraction);
    const ingested = await runWrite(db, (tx) => writeExtraction(tx, prepared, writer), { keys: prepared.ingest.keys, sqlOnly: true });
    return { articleId: ingested.article.id, created: ingested.created, problems: [], warnings: extraction.warnings };
  } catch (error) {
    if (error instanceof UserInputFailure) return refused(error.userErrors);
    throw error;
  }
}
