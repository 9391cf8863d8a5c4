// Reads an article file into an ArticleSource: YAML front matter of .txt/.md files (gray-matter),
// meta tags of .html files (linkedom), the rest as the raw text.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parseHTML } from 'linkedom';
import { looksLikeHtml } from './clean';
import { escapeRegExp } from './regexp';
import type { ArticleFormat, ArticleSource } from './types';

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export const ARTICLE_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

function stringOrNull(value: unknown): string | null {
  if (value == null) return null;
  const text = String(value).trim();
  return text ? text : null;
}

function dateOrNull(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const text = stringOrNull(value);
  if (!text) return null;
  // A bare calendar day is the publication day in UTC, as the seed data stores it.
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Front matter fields the extractor understands; others (notes, tags) are ignored. */
function fromFrontMatter(raw: string, format: ArticleFormat): ArticleSource {
  const { data, content } = matter(raw);
  return {
    text: content.replace(/^\s*\n/, ''),
    format,
    title: stringOrNull(data.title),
    subtitle: stringOrNull(data.subtitle),
    url: stringOrNull(data.url),
    source: stringOrNull(data.source),
    author: stringOrNull(data.author),
    publishedAt: dateOrNull(data.publishedAt ?? data.date),
  };
}

/** The page's own description of itself: Open Graph and article meta tags, then <title>. */
type HtmlDocument = ReturnType<typeof parseHTML>['document'];

export function htmlMetadata(html: string | HtmlDocument): Omit<ArticleSource, 'text'> {
  const document = typeof html === 'string' ? parseHTML(html).document : html;
  const meta = (...names: string[]): string | null => {
    for (const name of names) {
      const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
      const content = stringOrNull(element?.getAttribute('content'));
      if (content) return content;
    }
    return null;
  };
  const source = meta('og:site_name', 'application-name');
  let title = meta('og:title', 'twitter:title') ?? stringOrNull(document.querySelector('title')?.textContent);
  if (title && source) title = title.replace(new RegExp(`\\s*[|–—-]\\s*${escapeRegExp(source)}\\s*$`), '');
  return {
    format: 'html',
    title,
    subtitle: meta('og:description', 'description', 'twitter:description'),
    url: stringOrNull(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('og:url'),
    source,
    author: meta('author', 'article:author'),
    publishedAt: dateOrNull(meta('article:published_time', 'datePublished', 'date')),
  };
}


/** A .txt/.md (YAML front matter: title, subtitle, source, url, publishedAt, author) or .html (meta tags) file. */
export function readArticleFile(file: string): ArticleSource {
  const format = FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()];
  if (!format) throw new Error(`${file}: not an article file (expected ${ARTICLE_EXTENSIONS.join(', ')})`);
  return readArticleText(fs.readFileSync(file, 'utf8'), format);
}

/**
 * An article's text as submitted, with the metadata it carries: YAML front matter of plain text
 * and Markdown, meta tags of HTML (guessed from the text when no format is given).
 */
export function readArticleText(raw: string, format: ArticleFormat = looksLikeHtml(raw) ? 'html' : 'text'): ArticleSource {
  if (format === 'html') return { text: raw, ...htmlMetadata(raw) };
  return fromFrontMatter(raw, format);
}
