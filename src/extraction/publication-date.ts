// The publication date relative dates are read against ("Friday" is the Friday before it): the one
// given or carried by metadata (front matter, html meta tags), else the text's own dateline
// ("WASHINGTON, Jan. 3, 2025 —", "Friday, January 3, 2025", a date line at the top). When none is
// known, relative dates stay unresolved — a date guessed from when the extractor happens to run
// would make the same text give different graphs — and the reading carries a warning saying so.
import * as chrono from 'chrono-node';
import type { CleanArticle, ExtractionWarning } from './types';

export interface Publication {
  publishedAt: Date | null;
  /** Where the date came from: given (input or metadata), the text's dateline, or nowhere. */
  from: 'given' | 'dateline' | null;
  warnings: ExtractionWarning[];
}

/** The top lines of the body a dateline may stand on. */
const DATELINE_LINES = 3;
/** A dateline's place and date come before the story's first dash or bracket, within this many characters. */
const DATELINE_LENGTH = 100;
/** Words a date line may carry besides the date and the (capitalized) place. */
const DATE_LINE_WORDS = /^(published|updated|posted|last|date|dated|on|at|am|pm|gmt|utc|est|edt|cet|cest|bst|et)$/i;

/**
 * The calendar day a line states as its date, when the line (or its dateline part, before the first
 * dash or bracket) is only a date, optionally after a place or a label: "WASHINGTON, Jan. 3, 2025 —",
 * "Friday, January 3, 2025", "Published: 3 January 2025 10:04 GMT". Only a full date (day, month,
 * year) counts: "WASHINGTON, Jan. 3 (Reuters)" gives none.
 */
export function dateOfDateline(line: string): Date | null {
  // "TOKYO (Newsgraph Wire), July 30, 2024 —": the agency's name is no part of the date line.
  const head = line.slice(0, DATELINE_LENGTH).replace(/\s*\([^)]*\)/g, '');
  const cut = head.search(/\s[—–-]\s|\s[—–]|[—–]\s/);
  const segment = cut >= 0 ? head.slice(0, cut) : line.length <= DATELINE_LENGTH * 0.8 ? line : null;
  if (!segment) return null;
  for (const result of chrono.strict.parse(segment, new Date(0), { forwardDate: false })) {
    const { start } = result;
    if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) continue;
    const rest = segment.slice(0, result.index) + ' ' + segment.slice(result.index + result.text.length);
    const words = rest.match(/\p{L}+/gu) ?? [];
    // Besides the date: capitalized words (a place, a weekday) and a label; no running text.
    if (!words.every((word) => /^\p{Lu}/u.test(word) || DATE_LINE_WORDS.test(word))) continue;
    return new Date(Date.UTC(start.get('year')!, start.get('month')! - 1, start.get('day')!));
  }
  return null;
}

/** Words whose day depends on the publication date: weekdays, "yesterday", "next week", "March 3" without a year. */
const RELATIVE_DATE =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|tomorrow|(?:last|next|this) (?:week|weekend|month|year)|(?:January|February|March|April|June|July|August|September|October|November|December) \d{1,2}\b(?!,? \d{4}))/g;

/** The article's publication date and where it came from, with a warning when none is known. */
export function publicationOf(article: CleanArticle): Publication {
  if (article.publishedAt) return { publishedAt: article.publishedAt, from: 'given', warnings: [] };
  const lines = article.body.split('\n').slice(0, DATELINE_LINES);
  for (const line of [...(article.subtitle ? [article.subtitle] : []), ...lines]) {
    const date = dateOfDateline(line.trim());
    if (date) return { publishedAt: date, from: 'dateline', warnings: [] };
  }
  const relative = [...new Set([article.title, article.subtitle ?? '', article.body].join('\n').match(RELATIVE_DATE) ?? [])];
  const unresolved = relative.length
    ? `relative dates (${relative.slice(0, 5).map((words) => `"${words}"`).join(', ')}${relative.length > 5 ? ', …' : ''}) were left unresolved`
    : 'relative dates would be left unresolved';
  return {
    publishedAt: null,
    from: null,
    warnings: [
      {
        code: 'PUBLICATION_DATE_UNKNOWN',
        message:
          `no publication date is known (none was given, and neither the metadata nor a dateline in the text states one): ${unresolved}; ` +
          'give the publication date (publishedAt, or --published-at on the command line) to resolve them',
      },
    ],
  };
}
