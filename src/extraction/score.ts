// Scores extractions against gold annotations: precision, recall and F1 per kind of graph element,
// with the misses and false positives of each article for `npm run eval -- --verbose`.
import type { ExtractedGraph } from './types';

/** A gold annotation file: the fields of IngestArticleInput the scorer compares (extra fields are ignored). */
export interface GoldGraph {
  people?: { name: string }[];
  countries?: { country: string }[];
  events?: GoldEvent[];
  armsSales?: { supplier: string; recipient: string; valueUsd?: string | number | null }[];
}

export interface GoldEvent {
  type: string;
  startDate?: string | null;
  location?: string | null;
  children?: GoldEvent[];
}

export const KINDS = ['people', 'countries', 'events', 'armsSales'] as const;

/**
 * Event types that name the same happening at a different grain, compared as one under the real-document
 * counting rules: a trip and a visit (the corpus annotates an itinerary as a DIPLOMATIC_VISIT, the
 * extractor as a DIPLOMATIC_TRIP with stops), a meeting and a summit (the corpus types the G20 as a
 * SUMMIT and the Shangri-La Dialogue as a MEETING), an announcement and a statement (the corpus's
 * convention: "I'm pleased to announce" is an ANNOUNCEMENT, "said in a statement" a STATEMENT, and
 * the seed's announcement with its quoted statement is one ANNOUNCEMENT). Every other type is its
 * own family, OTHER included (the corpus annotates it).
 */
export const EVENT_FAMILIES: Readonly<Record<string, string>> = {
  DIPLOMATIC_TRIP: 'VISIT',
  DIPLOMATIC_VISIT: 'VISIT',
  MEETING: 'MEETING',
  SUMMIT: 'MEETING',
  ANNOUNCEMENT: 'STATEMENT',
  STATEMENT: 'STATEMENT',
};

export const eventFamily = (type: string): string => EVENT_FAMILIES[type] ?? type;

/**
 * How elements are matched. `strict` (the written-here sets): events by exact type + start date +
 * location, OTHER ignored on both sides (those sets do not annotate it), sales with the same value
 * or both without one. `corpus` (the real documents, as ../shared/corpus/README.md counts): events by
 * type family, by start date only when the gold has one and by location only when the gold has one;
 * sales by value within 1% only when the gold has a USD value.
 */
export type CountingRules = 'strict' | 'corpus';
export type Kind = (typeof KINDS)[number];

export interface KindScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  article: string;
  counts: Record<Kind, { truePositives: number; falsePositives: number; falseNegatives: number }>;
  misses: Record<Kind, string[]>;
  falsePositives: Record<Kind, string[]>;
}

/** Names compare without case, accents or punctuation ("Ferdinand Marcos Jr." = "ferdinand marcos jr"). */
export function normalizedName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const day = (value: Date | string | null | undefined): string => {
  if (value == null) return 'undated';
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
};

/** Events with those inside them (a trip's stops), depth first. */
export function flatten<T extends { children?: T[] | null }>(events: T[]): T[] {
  return events.flatMap((event) => [event, ...flatten(event.children ?? [])]);
}

/** Each gold key matched at most once (a multiset comparison). */
function compareKeys(extracted: string[], gold: string[]) {
  const remaining = [...gold];
  const falsePositives: string[] = [];
  for (const key of extracted) {
    const index = remaining.indexOf(key);
    if (index >= 0) remaining.splice(index, 1);
    else falsePositives.push(key);
  }
  return { truePositives: extracted.length - falsePositives.length, falsePositives, misses: remaining };
}

interface SaleKey {
  supplier: string;
  recipient: string;
  value: number | null;
}

const saleLabel = (sale: SaleKey): string => `${sale.supplier}→${sale.recipient} ${sale.value ?? 'no value'}`;

/** Sales match on supplier and recipient, and on value within 1% (or both without a value). */
function compareSales(extracted: SaleKey[], gold: SaleKey[]) {
  const remaining = [...gold];
  const falsePositives: string[] = [];
  for (const sale of extracted) {
    const index = remaining.findIndex(
      (candidate) =>
        candidate.supplier === sale.supplier &&
        candidate.recipient === sale.recipient &&
        (candidate.value === null
          ? sale.value === null
          : sale.value !== null && Math.abs(sale.value - candidate.value) <= 0.01 * candidate.value),
    );
    if (index >= 0) remaining.splice(index, 1);
    else falsePositives.push(saleLabel(sale));
  }
  return { truePositives: extracted.length - falsePositives.length, falsePositives, misses: remaining.map(saleLabel) };
}

const eventKey = (event: { type: string; startDate?: Date | string | null; location?: string | null }) =>
  `${event.type} ${day(event.startDate)} ${event.location ?? 'nowhere'}`;

/**
 * A maximum matching between extracted and gold elements when a gold element may match several
 * extracted ones (a gold event without a date matches any date): augmenting paths (Kuhn), so that
 * the order of the output cannot lose a hit.
 */
function matchAll<E, G>(extracted: E[], gold: G[], matches: (found: E, expected: G) => boolean, label: (value: E | G) => string) {
  const goldOwner: number[] = gold.map(() => -1);
  const tryAssign = (index: number, seen: boolean[]): boolean => {
    for (let candidate = 0; candidate < gold.length; candidate++) {
      if (seen[candidate] || !matches(extracted[index], gold[candidate])) continue;
      seen[candidate] = true;
      if (goldOwner[candidate] < 0 || tryAssign(goldOwner[candidate], seen)) {
        goldOwner[candidate] = index;
        return true;
      }
    }
    return false;
  };
  const matched = new Set<number>();
  for (let index = 0; index < extracted.length; index++) if (tryAssign(index, gold.map(() => false))) matched.add(index);
  // Augmenting paths may move a hit to another extracted element; the matched set is the owners.
  const owners = new Set(goldOwner.filter((owner) => owner >= 0));
  return {
    truePositives: owners.size,
    falsePositives: extracted.filter((_, index) => !owners.has(index)).map(label),
    misses: gold.filter((_, index) => goldOwner[index] < 0).map(label),
  };
}

interface EventKeyParts {
  type: string;
  startDate?: Date | string | null;
  location?: string | null;
}

const corpusEventMatch = (found: EventKeyParts, expected: EventKeyParts) =>
  eventFamily(found.type) === eventFamily(expected.type) &&
  (expected.startDate == null || day(found.startDate) === day(expected.startDate)) &&
  (expected.location == null || found.location === expected.location);

const corpusSaleMatch = (found: SaleKey, expected: SaleKey) =>
  found.supplier === expected.supplier &&
  found.recipient === expected.recipient &&
  (expected.value === null || (found.value !== null && Math.abs(found.value - expected.value) <= 0.01 * expected.value));

export function scoreArticle(article: string, extracted: ExtractedGraph, gold: GoldGraph, rules: CountingRules = 'strict'): ArticleScore {
  const saleKeys = (sales: { supplier: string; recipient: string; valueUsd?: string | number | null }[]): SaleKey[] =>
    sales.map((sale) => ({ supplier: sale.supplier, recipient: sale.recipient, value: sale.valueUsd != null ? Number(sale.valueUsd) : null }));
  const results = {
    people: compareKeys(
      [...new Set(extracted.people.map((person) => normalizedName(person.name)))],
      [...new Set((gold.people ?? []).map((person) => normalizedName(person.name)))],
    ),
    countries: compareKeys(
      [...new Set(extracted.countries.map((mention) => mention.country))],
      [...new Set((gold.countries ?? []).map((mention) => mention.country))],
    ),
    // OTHER is the type of whatever fits no type: the labelled set does not annotate it, so it is ignored on both sides.
    events:
      rules === 'corpus'
        ? matchAll(flatten(extracted.events), flatten(gold.events ?? []), corpusEventMatch, eventKey)
        : compareKeys(
            flatten(extracted.events).filter((event) => event.type !== 'OTHER').map(eventKey),
            flatten(gold.events ?? []).filter((event) => event.type !== 'OTHER').map(eventKey),
          ),
    armsSales:
      rules === 'corpus'
        ? matchAll(saleKeys(extracted.armsSales), saleKeys(gold.armsSales ?? []), corpusSaleMatch, saleLabel)
        : compareSales(saleKeys(extracted.armsSales), saleKeys(gold.armsSales ?? [])),
  };
  const score: ArticleScore = {
    article,
    counts: {} as ArticleScore['counts'],
    misses: {} as ArticleScore['misses'],
    falsePositives: {} as ArticleScore['falsePositives'],
  };
  for (const kind of KINDS) {
    const result = results[kind];
    score.counts[kind] = { truePositives: result.truePositives, falsePositives: result.falsePositives.length, falseNegatives: result.misses.length };
    score.misses[kind] = result.misses;
    score.falsePositives[kind] = result.falsePositives;
  }
  return score;
}

/** Micro-averaged scores over the corpus: every element of every article counts once. */
export function totals(scores: ArticleScore[]): Record<Kind, KindScore> {
  const result = {} as Record<Kind, KindScore>;
  for (const kind of KINDS) {
    const truePositives = scores.reduce((sum, score) => sum + score.counts[kind].truePositives, 0);
    const falsePositives = scores.reduce((sum, score) => sum + score.counts[kind].falsePositives, 0);
    const falseNegatives = scores.reduce((sum, score) => sum + score.counts[kind].falseNegatives, 0);
    const precision = truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 1;
    const recall = truePositives + falseNegatives ? truePositives / (truePositives + falseNegatives) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    result[kind] = { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
  }
  return result;
}

/** The table `npm run eval` prints. */
export function formatTable(result: Record<Kind, KindScore>, articles: number): string {
  const rows = KINDS.map((kind) => {
    const score = result[kind];
    return `| ${kind.padEnd(10)} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} | ${score.f1.toFixed(3)} | ${String(score.truePositives).padStart(3)} | ${String(score.falsePositives).padStart(3)} | ${String(score.falseNegatives).padStart(3)} |`;
  });
  return [
    `${articles} articles`,
    '| kind       | precision | recall | F1    |  TP |  FP |  FN |',
    '|------------|-----------|--------|-------|-----|-----|-----|',
    ...rows.map((row) => row.replace(/\| (\d\.\d{3}) \| (\d\.\d{3}) \|/, '| $1     | $2  |')),
  ].join('\n');
}

/** Why a gold event was missed, as `eventMissCauses` tells it from the scorer's labels. */
export const MISS_CAUSES = [
  'none of its family found',
  'fewer of its family found than the gold has',
  'found without a date',
  'found on another day',
  'found in another place',
  'found on another day and in another place',
] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

/** Why an extracted event matched no gold one. */
export const FALSE_POSITIVE_CAUSES = ['beside an unfound gold event of its family', 'of a family the gold lacks'] as const;
export type FalsePositiveCause = (typeof FALSE_POSITIVE_CAUSES)[number];

/**
 * The misses and false positives of one article's events, each given its likely cause, by comparing
 * the scorer's labels (`TYPE day place`): a missed gold event beside an unmatched extracted event of
 * its family that has the right place was found on the wrong day (or undated); with the right day, in
 * the wrong place. Counts only, so that a part measured on (never developed on) can be read in
 * aggregate: which kind of work the misses ask for, not which sentence.
 */
export function eventMissCauses(score: ArticleScore, extractedTypes: readonly string[]): { misses: MissCause[]; falsePositives: FalsePositiveCause[] } {
  const parse = (label: string) => {
    const [type, date, place] = label.split(' ');
    return { family: eventFamily(type), date, place };
  };
  const unmatched = score.falsePositives.events.map(parse);
  const missed = score.misses.events.map(parse);
  const misses = missed.map((gold): MissCause => {
    const family = unmatched.filter((found) => found.family === gold.family);
    if (!family.length) {
      return extractedTypes.some((type) => eventFamily(type) === gold.family) ? 'fewer of its family found than the gold has' : 'none of its family found';
    }
    const placeFits = family.filter((found) => gold.place === 'nowhere' || found.place === gold.place);
    if (placeFits.length) return placeFits.some((found) => found.date === 'undated') ? 'found without a date' : 'found on another day';
    const dayFits = family.some((found) => gold.date === 'undated' || found.date === gold.date);
    return dayFits ? 'found in another place' : 'found on another day and in another place';
  });
  const falsePositives = unmatched.map((found): FalsePositiveCause =>
    missed.some((gold) => gold.family === found.family) ? 'beside an unfound gold event of its family' : 'of a family the gold lacks');
  return { misses, falsePositives };
}

/** Why a gold sale was missed, as `saleMissCauses` tells it from the scorer's labels. */
export const SALE_MISS_CAUSES = [
  'no sale extracted from the document',
  'fewer sales of its parties found than the gold has',
  'only sales of other parties extracted',
  'found with supplier and recipient swapped',
  'found with another supplier',
  'found with another recipient',
  'found with a value off by more than 1%',
  'found without a value',
] as const;
export type SaleMissCause = (typeof SALE_MISS_CAUSES)[number];

/** Why an extracted sale matched no gold one. */
export const SALE_FALSE_POSITIVE_CAUSES = [
  'beside an unfound gold sale it nearly matches',
  'split or duplicated: a second sale of a pair the gold has',
  'extracted but not in the gold',
] as const;
export type SaleFalsePositiveCause = (typeof SALE_FALSE_POSITIVE_CAUSES)[number];

/**
 * The misses and false positives of one article's arms sales, each given its likely cause, from the
 * scorer's labels (`SUPPLIER→RECIPIENT value`): a missed gold sale beside an unmatched extracted one
 * of the same parties was found with the wrong value (or none); of one party in common, with the other
 * party wrong; of the two parties reversed, backwards; beside a matched one of its parties, one sale of several
 * found. An extracted sale near no missed one is a split
 * or a duplicate when the gold has a sale of its parties, else a sale the gold lacks. Counts only, like
 * `eventMissCauses`: a part measured on is read in aggregate.
 */
export function saleMissCauses(
  score: ArticleScore,
  goldSales: readonly { supplier: string; recipient: string }[],
  extractedSales: readonly { supplier: string; recipient: string }[],
): { misses: SaleMissCause[]; falsePositives: SaleFalsePositiveCause[] } {
  const parse = (label: string) => {
    const [parties, value] = label.split(' ');
    const [supplier, recipient] = parties.split('→');
    return { supplier, recipient, valued: value !== 'no' };
  };
  const unmatched = score.falsePositives.armsSales.map(parse);
  const missed = score.misses.armsSales.map(parse);
  const pair = (sale: { supplier: string; recipient: string }) => `${sale.supplier}→${sale.recipient}`;
  const extractedPairs = new Set(extractedSales.map(pair));
  type Sale = ReturnType<typeof parse>;
  // Nearest first: the same parties, the parties swapped, then one party in common.
  const nearness: [(gold: Sale, found: Sale) => boolean, (gold: Sale, found: Sale) => SaleMissCause][] = [
    [(gold, found) => gold.supplier === found.supplier && gold.recipient === found.recipient,
      (_, found) => (found.valued ? 'found with a value off by more than 1%' : 'found without a value')],
    [(gold, found) => gold.supplier === found.recipient && gold.recipient === found.supplier, () => 'found with supplier and recipient swapped'],
    [(gold, found) => gold.recipient === found.recipient, () => 'found with another supplier'],
    [(gold, found) => gold.supplier === found.supplier, () => 'found with another recipient'],
  ];
  const near = new Set<number>();
  const misses = missed.map((gold): SaleMissCause => {
    for (const [fits, cause] of nearness) {
      const index = unmatched.findIndex((found, at) => !near.has(at) && fits(gold, found));
      if (index >= 0) {
        near.add(index);
        return cause(gold, unmatched[index]);
      }
    }
    if (extractedPairs.has(pair(gold))) return 'fewer sales of its parties found than the gold has';
    return extractedSales.length ? 'only sales of other parties extracted' : 'no sale extracted from the document';
  });
  const goldPairs = new Set(goldSales.map(pair));
  const falsePositives = unmatched.map((found, index): SaleFalsePositiveCause => {
    if (near.has(index)) return 'beside an unfound gold sale it nearly matches';
    return goldPairs.has(pair(found)) ? 'split or duplicated: a second sale of a pair the gold has' : 'extracted but not in the gold';
  });
  return { misses, falsePositives };
}

/** Misses and false positives by cause summed over a part's articles, as the lines `npm run eval` prints. */
export function causeRows<M extends string, F extends string>(
  causes: { misses: M[]; falsePositives: F[] }[],
  missCauses: readonly M[],
  falsePositiveCauses: readonly F[],
): string[] {
  const count = <T extends string>(names: readonly T[], lists: T[][]) =>
    names.map((name) => [name, lists.reduce((sum, list) => sum + list.filter((cause) => cause === name).length, 0)] as const).filter(([, n]) => n > 0);
  return [
    ...count(missCauses, causes.map((cause) => cause.misses)).map(([name, n]) => `gold       ${String(n).padStart(3)}  ${name}`),
    ...count(falsePositiveCauses, causes.map((cause) => cause.falsePositives)).map(([name, n]) => `extracted  ${String(n).padStart(3)}  ${name}`),
  ];
}
