// Article files (.txt, .md, .html) and folders of them through the write core's `ingestArticleText`
// (ingest/write-core.ts, as the API's mutation of that name), one transaction
// per file, reporting each refused file with its reason without stopping the others; and the
// re-reading of stored articles by the current extractor.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../data/prisma';
import { EXTRACTOR_VERSION, readArticleFile, type ArticleSource } from '../extraction';
import { ExtractionPool, type ExtractionOptions } from '../extraction/pool';
import { ARTICLE_EXTENSIONS } from '../extraction/read';
import { ingestArticleText, type WriteOutcome } from './write-core';
import type { Article as ArticleRow } from '../generated/prisma/client';
import { articleTextInputErrors } from './article-input';

export interface TextIngestProblem {
  /** The file, or the article's URL or ID when re-extracting. */
  item: string;
  reason: string;
}

export interface TextIngestSummary {
  items: number;
  created: number;
  /** Articles that existed; what differs was updated, facts replaced. */
  existing: number;
  failed: number;
  problems: TextIngestProblem[];
  /** Written, but possibly missing facts: e.g. no publication date was known, relative dates unresolved. */
  warnings: TextIngestProblem[];
  seconds: number;
}

/** How the command line reads articles: the service's extraction settings, and a publication date for files that state none. */
export interface TextIngestOptions {
  extraction?: Partial<ExtractionOptions>;
  /** The publication date of every article that gives none itself (`--published-at`). */
  publishedAt?: Date;
}

export type TextIngestProgress = (done: number, total: number, summary: TextIngestSummary) => void;

/**
 * Every article file the paths name, folders walked recursively in a stable (sorted) order; in
 * folders, README files are documentation, not articles.
 */
export function articleFilesIn(paths: string[]): string[] {
  const files: string[] = [];
  const visitFolder = (folder: string) => {
    for (const name of fs.readdirSync(folder).sort()) {
      const entry = path.join(folder, name);
      if (fs.statSync(entry).isDirectory()) visitFolder(entry);
      else if (ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !/^readme\./i.test(name)) files.push(entry);
    }
  };
  for (const entry of paths) {
    // A file named on the command line is read whatever its name.
    if (fs.statSync(entry).isDirectory()) visitFolder(entry);
    else files.push(entry);
  }
  return files;
}

/** Why an article source would be refused as `ingestArticleText`'s input (too long, not a URL, …): the same constraints. */
function problemsOf(source: ArticleSource): string[] {
  const { format: _format, ...input } = source;
  return articleTextInputErrors(input).map((error) => `${error.field.join('.')}: ${error.message}`);
}

async function ingestEach<T>(
  items: T[],
  nameOf: (item: T) => string,
  sourceOf: (item: T) => ArticleSource,
  db: Database,
  onProgress: TextIngestProgress,
  options: TextIngestOptions,
): Promise<TextIngestSummary> {
  const started = process.hrtime.bigint();
  const summary: TextIngestSummary = { items: items.length, created: 0, existing: 0, failed: 0, problems: [], warnings: [], seconds: 0 };
  const extraction = new ExtractionPool(options.extraction);
  try {
    for (const [index, item] of items.entries()) {
      let problem: string | null = null;
      try {
        const source = sourceOf(item);
        const publishedAt = source.publishedAt ?? options.publishedAt ?? null;
        const invalid = problemsOf({ ...source, publishedAt });
        const outcome = invalid.length
          ? { problems: invalid, warnings: [] }
          : await ingestArticleText(db, extraction, { ...source, publishedAt });
        if (outcome.problems.length) problem = outcome.problems.join('; ');
        else if (outcome.created) summary.created++;
        else summary.existing++;
        for (const warning of outcome.warnings) summary.warnings.push({ item: nameOf(item), reason: warning.message });
      } catch (error) {
        problem = `could not be read or written: ${(error as Error).message}`;
      }
      if (problem) {
        summary.failed++;
        summary.problems.push({ item: nameOf(item), reason: problem });
      }
      summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
      onProgress(index + 1, items.length, summary);
    }
  } finally {
    await extraction.close();
  }
  return summary;
}

/** `npm run ingest -- <files or folders>`. */
export function ingestArticleFiles(
  db: Database,
  paths: string[],
  onProgress: TextIngestProgress = () => undefined,
  options: TextIngestOptions = {},
) {
  return ingestEach(articleFilesIn(paths), (file) => file, readArticleFile, db, onProgress, options);
}

/** The stored article as the extractor reads it again: its headline, standfirst and body, with what was stated about it. */
type StoredArticle = Pick<ArticleRow, 'id' | 'url' | 'title' | 'subtitle' | 'body' | 'source' | 'author' | 'publishedAt'>;
const STORED_ARTICLE = { id: true, url: true, title: true, subtitle: true, body: true, source: true, author: true, publishedAt: true } as const;

function reextractionSourceOf({ id: _id, ...article }: StoredArticle): ArticleSource {
  return { ...article, text: article.body!, format: 'text' };
}

/**
 * `npm run reextract`: the articles ingested as text, read again by the current extractor from
 * their stored headline, standfirst and body. Only those an older version read, unless `all`.
 * The same article, people, events and sales are found again by their natural keys, so nothing is
 * duplicated; the article's extracted facts are replaced.
 */
export async function reextractArticles(
  db: Database,
  { all = false } = {},
  onProgress: TextIngestProgress = () => undefined,
  options: TextIngestOptions = {},
) {
  const articles = await db.article.findMany({
    where: { extractorVersion: all ? { not: null } : { not: EXTRACTOR_VERSION }, body: { not: null } },
    select: STORED_ARTICLE,
    orderBy: { id: 'asc' },
  });
  return ingestEach(articles, (article) => article.url ?? `article ${article.id}`, reextractionSourceOf, db, onProgress, options);
}

/** One stored article read again in `pool`, as `npm run reextract` reads each; null when it has no stored body. */
export async function reextractArticle(db: Database, pool: ExtractionPool, articleId: number): Promise<WriteOutcome | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: STORED_ARTICLE });
  if (!article?.body) return null;
  return ingestArticleText(db, pool, reextractionSourceOf(article));
}
