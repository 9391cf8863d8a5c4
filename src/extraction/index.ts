// The article-text extractor: raw article in, cleaned article plus its graph (people, countries,
// events, arms sales) out, every element with the evidence it was read from. Synchronous, no I/O
// beyond loading the reference data once.
import { articleText, cleanArticle } from './clean';
import { findCountryMentions, namesItsCountry, placeNamed, type CountryMention } from './countries';
import { forgetParsedDates } from './dates';
import { type ArticleDocument, documentOf, sentenceAt } from './document';
import { findArmsSales } from './arms-sales';
import { findEvents } from './events';
import { findPeople } from './people';
import { mergeReadings, partsOf, type Reading, type Share, shareOf, WHOLE_TEXT } from './parts';
import { publicationOf } from './publication-date';
import type { ArticleSource, CleanArticle, ExtractedFact, Extraction } from './types';

export { articleText, cleanArticle } from './clean';
export { readArticleFile } from './read';
export type * from './types';
export { FACT_KINDS } from './types';

/** Bump when the output for the same input changes (stored facts record the version that read them). */
export const EXTRACTOR_VERSION = '1.43.0';

/**
 * "WASHINGTON (Newsgraph Wire) —", "SEOUL, March 3 (Reuters) -", and a capitalised place opening the copy without a wire's
 * name ("PARIS —", "MOSCOW:", "JAKARTA (JP):", "TEGUCIGALPA, Honduras —", "BISHKEK, September 16. /TASS/."): where the report
 * was filed from. (not two places at once, "MOSCOW/MINSK", which names no one place)
 */
const DATELINE = /^([\p{Lu}][\p{Lu}.'-]*(?: [\p{Lu}][\p{Lu}.'-]*){0,2})(?:,\s*[^\n—–:()/]{1,40}?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:[—–:]|-{1,2}\s|\/[\p{L} ]{1,30}\/)/u;
function datelineCountry(body: string): string | null {
  const match = DATELINE.exec(body);
  if (!match) return null;
  const place = match[1].replace(/\s+D\.?C\.?$/, '').toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase());
  return placeNamed(place)?.code ?? null;
}

/** Publishers that speak for one government, by name or web address ("GOV.UK", "whitehouse.gov", "mofa.go.jp"). */
const PUBLISHER_MARKS: [RegExp, string][] = [
  [/\b(?:GOV\.UK|Downing Street|Whitehall)\b|\.gov\.uk\b|\.mod\.uk\b/i, 'GB'],
  [/\.gov\.au\b/i, 'AU'], [/\.go\.jp\b/i, 'JP'], [/\.gov\.in\b|\.nic\.in\b/i, 'IN'], [/\.gc\.ca\b/i, 'CA'], [/\.go\.kr\b/i, 'KR'],
  [/\b(?:White House|State Department|Department of State|Pentagon|Department of Defense|Congressional Record|Federal Register|DSCA)\b|\.(?:gov|mil)(?:\/|$)/i, 'US'],
];
/**
 * Whether the text is a government's own release (its publisher or web address is one of PUBLISHER_MARKS),
 * not a news report about it: a release's itinerary lists each engagement as its own (events.ts, stopMeetings).
 */
function isGovernmentRelease(source: string | null, url: string | null): boolean {
  return PUBLISHER_MARKS.some(([pattern]) => pattern.test(source ?? '') || pattern.test(url ?? ''));
}

/** A publisher that is a state body ("UK Ministry of Defence", "Office of the President of Russia"), not a paper named after its country. */
const GOVERNMENT_PUBLISHER = /\b(?:Ministry|Minister|Department|Government|Office|Embassy|Mission|Command|Presidency|President|Kremlin|Parliament(?:ary)?|State House)\b/;

/**
 * The government whose officials a text names by office alone: the one a release speaks for (its publisher or web
 * address marks it, or a state body publishing it names it: "Ministry of Foreign Affairs of Japan"), and the home
 * government of a news site named after its country when the text names that country too ("Defence Minister …" in a
 * Croatian paper's report on Croatia). A site's report on another country only ("VOA Zimbabwe" on Mali's coup) is no
 * report of its home government.
 */
function publishingGovernment(source: string | null, url: string | null, home: string | null, mentions: CountryMention[]): string | null {
  const marked = PUBLISHER_MARKS.find(([pattern]) => pattern.test(source ?? '') || pattern.test(url ?? ''));
  if (marked) return marked[1];
  return GOVERNMENT_PUBLISHER.test(source ?? '') || mentions.some((mention) => mention.code === home) ? home : null;
}

/** The publisher's country: the one a release speaks for, or the one a news site is named after ("The New Zealand Herald": its "$" is NZD). */
function publisherCountry(source: string | null, url: string | null): string | null {
  for (const [pattern, code] of PUBLISHER_MARKS) if (pattern.test(source ?? '')) return code;
  const words = (source ?? '').split(/[\s,()/]+/).filter(Boolean);
  for (let length = 3; length >= 1; length--) {
    for (let at = 0; at + length <= words.length; at++) {
      const place = placeNamed(words.slice(at, at + length).join(' '));
      if (place && place.kind !== 'city') return place.code;
    }
  }
  for (const [pattern, code] of PUBLISHER_MARKS) if (pattern.test(url ?? '')) return code;
  return null;
}

export function extractArticle(source: ArticleSource): Extraction {
  return extractArticleShare(source, WHOLE_TEXT);
}

/**
 * The reading of one share of a long text's parts (parts.ts): the whole text is cleaned and dated, and
 * only the share's parts are read. `combineShares` of every share's reading, in order, is `extractArticle`'s.
 */
export function extractArticleShare(source: ArticleSource, share: Share): Extraction {
  forgetParsedDates();
  const article = cleanArticle(source);
  // The date relative dates are read against: given, from metadata, or the text's own dateline.
  const publication = publicationOf(article);
  article.publishedAt = publication.publishedAt;
  const text = articleText(article);
  const bodyStart = article.body ? text.length - article.body.length : text.length;
  const dateline = datelineCountry(article.body);
  // A long text is read in parts of whole paragraphs, so the cost grows linearly with its length.
  // A headline given apart from the text (and not printed again at its top) is the page's label, not a line of the text.
  const headlineApart = Boolean(source.title) && !article.removed.some((block) => block.reason === 'repeated title');
  const readings = shareOf(partsOf(documentOf(text, bodyStart)), share).map((document) => readPart(document, article, dateline, headlineApart));
  return { version: EXTRACTOR_VERSION, article, ...mergeReadings(readings), warnings: publication.warnings };
}

/** The graph and facts of one part of an article (all of it unless it is long), offsets in the whole text. */
function readPart(document: ArticleDocument, article: CleanArticle, dateline: string | null, headlineApart: boolean): Reading {
  const preliminary = findCountryMentions(document);
  const publisher = publisherCountry(article.source, article.url);
  const people = findPeople({ document, countries: preliminary, publishedAt: article.publishedAt, datelineCountry: dateline, publisherCountry: publishingGovernment(article.source, article.url, publisher, preliminary), headlineApart });
  // The same mentions, less those inside people's names ("Michael Jordan").
  const names = people.flatMap((person) => person.mentions);
  const countries = preliminary.filter((mention) => !names.some((name) => mention.start < name.end && mention.end > name.start));
  const facts: ExtractedFact[] = [];
  const evidence = (mention: { start: number; end: number; sentence: { text: string } }) => ({
    sentence: mention.sentence.text,
    start: mention.start,
    end: mention.end,
  });

  for (const person of people) {
    const subject = { kind: 'PERSON' as const, name: person.name };
    for (const mention of person.mentions) facts.push({ subject, fact: 'mention', value: document.text.slice(mention.start, mention.end), ...evidence(mention), confidence: 0.9 });
    if (person.title) {
      const mention = person.titleEvidence ?? person.mentions[0];
      facts.push({ subject, fact: 'title', value: person.title, ...evidence(mention), confidence: person.titleEvidence ? 0.9 : 0.6 });
    }
    if (person.country && person.countryEvidence) {
      const { mention, rule } = person.countryEvidence;
      facts.push({ subject, fact: 'country', value: person.country, ...evidence(mention), confidence: rule.startsWith('country written') ? 0.9 : rule === 'curated office holder' ? 0.85 : 0.6 });
    }
  }

  const sentenceOf = (offset: number) => sentenceAt(document, offset);
  const countryCounts = new Map<string, { mentionCount: number; firstOffset: number }>();
  for (const mention of countries.filter((each) => namesItsCountry(each, countries, document.text))) {
    const counted = countryCounts.get(mention.code);
    if (counted) counted.mentionCount++;
    else countryCounts.set(mention.code, { mentionCount: 1, firstOffset: mention.start });
    facts.push({
      subject: { kind: 'COUNTRY', code: mention.code },
      fact: 'mention',
      value: `${mention.kind} ${mention.text}`,
      ...evidence({ ...mention, sentence: sentenceOf(mention.start) }),
      confidence: mention.kind === 'capital' ? 0.7 : 0.95,
    });
  }

  const sales = findArmsSales({ document, countries, people, publishedAt: article.publishedAt, facts, homeCountry: dateline ?? publisher, publisherCountry: publisher });
  const governmentRelease = isGovernmentRelease(article.source, article.url);
  const events = findEvents({ document, people, countries, publishedAt: article.publishedAt, datelineCountry: dateline, facts, sales, governmentRelease });

  return {
    graph: {
      people: people.map((person) => ({
        name: person.name,
        slug: person.slug,
        aliases: person.aliases,
        title: person.title,
        country: person.country,
        mentionCount: person.mentions.length,
        firstOffset: person.mentions[0].start,
      })),
      countries: [...countryCounts.entries()].map(([country, counted]) => ({ country, ...counted })),
      events,
      armsSales: sales.flatMap((found) => (found.sale && found.listed ? [found.sale] : [])),
    },
    facts,
  };
}
