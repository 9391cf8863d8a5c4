// Scores extractions against gold annotations: precision, recall and F1 per kind of graph element,
// with the misses and false positives of each article for `npm run eval -- --verbose`.
import { distance } from 'fastest-levenshtein';
import { countryReferenceRecords } from '../reference/countries';
import { unaccented } from './letters';
import type { ExtractedGraph } from './types';

/** A gold person: the name compared, and the forms the text writes (the real documents' `aliases`). */
export interface GoldPerson {
  name: string;
  aliases?: string[];
}

/** A gold annotation file: the fields of IngestArticleInput the scorer compares (extra fields are ignored). */
export interface GoldGraph {
  people?: GoldPerson[];
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

/**
 * Names compare without case, accents or punctuation ("Ferdinand Marcos Jr." = "ferdinand marcos jr"); an apostrophe
 * between two letters parts no words ("Sare’e" = "saree").
 */
export function normalizedName(name: string): string {
  return unaccented(name)
    .replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '')
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
export function eventMissCauses(score: ArticleScore, extractedTypes: readonly string[]): UnmatchedCauses<MissCause, FalsePositiveCause> {
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
): UnmatchedCauses<SaleMissCause, SaleFalsePositiveCause> {
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

/** Unmatched elements of one article by likely cause: gold ones not found, extracted ones not in the gold. */
export interface UnmatchedCauses<M extends string, F extends string> {
  misses: M[];
  falsePositives: F[];
}

/** Causes (`eventMissCauses`, `peopleMissCauses`, `saleMissCauses`) summed over a part's articles, as the lines `npm run eval` prints, in the order of the names given. */
export function causeRows<M extends string, F extends string>(causes: UnmatchedCauses<M, F>[], missNames: readonly M[], falsePositiveNames: readonly F[]): string[] {
  const count = <T extends string>(names: readonly T[], lists: T[][]) =>
    names.map((name) => [name, lists.reduce((sum, list) => sum + list.filter((cause) => cause === name).length, 0)] as const).filter(([, n]) => n > 0);
  return [
    ...count(missNames, causes.map((cause) => cause.misses)).map(([name, n]) => `gold       ${String(n).padStart(3)}  ${name}`),
    ...count(falsePositiveNames, causes.map((cause) => cause.falsePositives)).map(([name, n]) => `extracted  ${String(n).padStart(3)}  ${name}`),
  ];
}

/**
 * How an extracted name differs from a gold person's name (`nameFormDifference`; from the forms the gold lists as
 * written only when the name is like none of them), nearest first: the gold's words and a title or rank kept; a place's or organization's word kept; a particle or a
 * separator apart ("nasser al wuhaishi", "jae myung" and "jaemyung"); the same words in another order; initials for a
 * name, or an initial kept or dropped; a letter or two apart (a spelling the gold corrects); the gold's words and
 * another name kept; a word in common only (another given name, a nickname); a form the text writes, which the gold
 * lists, under a name like none of the extracted one's (a name the gold knows from outside the text).
 */
export const NAME_FORM_DIFFERENCES = [
  'a title or rank kept',
  "a place's or organization's word kept",
  'a particle or separator apart',
  'the same words in another order',
  'initials for a name, or an initial kept',
  'a letter or two apart',
  'longer: another name kept',
  'a word in common only',
  'a written form the gold lists under an unlike name',
] as const;
export type NameFormDifference = (typeof NAME_FORM_DIFFERENCES)[number];

/** A cause told apart by how the forms differ: "found under another form: a letter or two apart". */
function underAnotherForm<C extends string>(cause: C): `${C}: ${NameFormDifference}`[] {
  return NAME_FORM_DIFFERENCES.map((difference) => `${cause}: ${difference}` as const);
}

/** Why a gold person was missed, as `peopleMissCauses` tells it. */
export const PEOPLE_MISS_CAUSES = [
  'never found, a full name written',
  'never found, written as one word only',
  'found by a part of the name only, a full name written',
  'found by a part of the name only, written as one word only',
  ...underAnotherForm('found under another form'),
  'merged with another person',
] as const;
export type PeopleMissCause = (typeof PEOPLE_MISS_CAUSES)[number];

/** Why an extracted person matched no gold one. */
export const PEOPLE_FALSE_POSITIVE_CAUSES = [
  'a part of a gold name',
  ...underAnotherForm('another form of a gold person found'),
  ...underAnotherForm('another form of a gold person not found'),
  "a country's or capital's name in it",
  "an organization's, ship's or office's word in it",
  'no gold name like it',
] as const;
export type PeopleFalsePositiveCause = (typeof PEOPLE_FALSE_POSITIVE_CAUSES)[number];

/** Words that join a name's parts and tell no one apart ("al", "bin", "van der", "jr"). */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'jr', 'sr', 'ii', 'iii']);

/** Words of organizations and ships (normalized, as `normalizedName` gives them). */
const ORGANIZATION_WORDS = [
  'ministry', 'department', 'office', 'agency', 'council', 'committee', 'commission', 'company', 'corporation', 'corp', 'inc', 'ltd',
  'group', 'forces', 'force', 'army', 'navy', 'university', 'institute', 'bank', 'party', 'uss', 'hms', 'embassy', 'government',
  'administration', 'parliament', 'assembly', 'congress', 'senate', 'court', 'news', 'times', 'post',
];
const OFFICE_WORDS = ['president', 'minister', 'secretary', 'general', 'ambassador', 'spokesperson', 'spokesman', 'director', 'chairman', 'king', 'queen', 'prince', 'sheikh'];
/** Words of no person's name: organizations, ships, offices. */
const NOT_A_NAME_WORDS = new Set([...ORGANIZATION_WORDS, ...OFFICE_WORDS]);
/** Offices, honorifics and ranks a name may be written after ("lt general", "dr", "his excellency"). */
const TITLE_WORDS = new Set([
  ...OFFICE_WORDS, 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'dame', 'hon', 'honourable', 'honorable', 'rt',
  'his', 'her', 'excellency', 'emir', 'princess', 'sheikha', 'gen', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt',
  'captain', 'adm', 'admiral', 'brig', 'brigadier', 'sgt', 'sergeant', 'marshal', 'field', 'commander', 'chief', 'deputy', 'vice',
  'senator', 'sen', 'rep', 'gov', 'governor', 'mayor', 'justice', 'judge', 'saint', 'st', 'pope', 'cardinal', 'rev', 'reverend',
]);

let placeNames: Set<string> | undefined;
/** Countries' names, official names, spellings, demonyms and capitals, normalized (read once). */
function countryAndCapitalNames(): Set<string> {
  placeNames ??= new Set(
    countryReferenceRecords().flatMap((record) => [record.name, ...record.demonyms, ...record.capitals, ...record.aliases].map(normalizedName)).filter(Boolean),
  );
  return placeNames;
}

const nameWords = (name: string): string[] => name.split(' ').filter((word) => word && !NAME_PARTICLES.has(word));
/** `part`'s words are some of `whole`'s, and fewer ("blinken" of "antony blinken"). */
const isPartOf = (part: string, whole: string): boolean => {
  const partWords = nameWords(part);
  const wholeWords = nameWords(whole);
  return partWords.length > 0 && partWords.length < wholeWords.length && partWords.every((word) => wholeWords.includes(word));
};
/** The same words in another order or spelling of separators ("iwaya takeshi" of "takeshi iwaya"). */
const sameWords = (a: string, b: string): boolean => {
  const aWords = nameWords(a);
  const bWords = nameWords(b);
  return aWords.length === bWords.length && aWords.every((word) => bWords.includes(word));
};
/** A word of three letters or more, no particle, in both ("jae myung lee" and "lee jaemyung" share "lee"). */
const sharesWord = (a: string, b: string): boolean => {
  const bWords = new Set(nameWords(b));
  return nameWords(a).some((word) => word.length >= 3 && bWords.has(word));
};
const containsWords = (name: string, phrase: string): boolean => ` ${name} `.includes(` ${phrase} `);
const isInitialOf = (initial: string, word: string): boolean => initial.length === 1 && word.length > 1 && word.startsWith(initial);

/**
 * How an extracted name differs from one written form of a gold person (both normalized), the nearest of
 * `NAME_FORM_DIFFERENCES` that holds; null when the two are not forms of one name, or when the extracted name is a
 * part of the gold's (its own cause) without being the gold's form with an initial dropped.
 */
export function nameFormDifference(found: string, form: string): NameFormDifference | null {
  if (found === form) return 'a written form the gold lists under an unlike name';
  const foundWords = nameWords(found);
  const formWords = nameWords(form);
  if (isPartOf(form, found)) {
    const kept = foundWords.filter((word) => !formWords.includes(word));
    if (kept.every((word) => TITLE_WORDS.has(word))) return 'a title or rank kept';
    const placeKept = [...countryAndCapitalNames()].some((place) => containsWords(found, place) && !containsWords(form, place));
    if (placeKept || kept.some((word) => NOT_A_NAME_WORDS.has(word))) return "a place's or organization's word kept";
    return kept.every((word) => word.length === 1) ? 'initials for a name, or an initial kept' : 'longer: another name kept';
  }
  if (foundWords.join('') === formWords.join('')) return 'a particle or separator apart';
  if (sameWords(found, form)) return 'the same words in another order';
  const initialsApart =
    foundWords.length === formWords.length &&
    foundWords.every((word, at) => word === formWords[at] || isInitialOf(word, formWords[at]) || isInitialOf(formWords[at], word));
  if (initialsApart || (isPartOf(found, form) && formWords.every((word) => foundWords.includes(word) || word.length === 1))) return 'initials for a name, or an initial kept';
  if (isPartOf(found, form)) return null;
  if (distance(found, form) <= 2 && Math.min(found.length, form.length) > 4) return 'a letter or two apart';
  return sharesWord(found, form) ? 'a word in common only' : null;
}

/** `part` is a part of `whole`'s name, not `whole` with an initial dropped ("nordmann" of "kari nordmann", not "kari nordmann" of "kari j nordmann"). */
const isPartOnly = (part: string, whole: string): boolean => isPartOf(part, whole) && !nameFormDifference(part, whole);

/**
 * The nearest difference between any of the extracted names and a gold person's name, or else any of the forms the
 * gold lists as written (`forms` starts with the name), or null.
 */
function nearestDifference(found: readonly string[], forms: readonly string[]): NameFormDifference | null {
  const nearest = (against: readonly string[]) => {
    const ranks = found.flatMap((name) => against.map((form) => nameFormDifference(name, form))).filter((difference) => difference !== null).map((difference) => NAME_FORM_DIFFERENCES.indexOf(difference));
    return ranks.length ? NAME_FORM_DIFFERENCES[Math.min(...ranks)] : null;
  };
  return nearest(forms.slice(0, 1)) ?? nearest(forms);
}

/**
 * The misses and false positives of one article's people, each given its likely cause, from the names
 * and written forms on both sides: a gold person never found at all, found only by a part of the name
 * (a surname alone) — each told apart by whether the text writes a full name or one word only (a
 * surname whose full name only outside knowledge gives, as an office holders' list does) —, found under another form
 * (told apart by `nameFormDifference`: a title kept, another word order, initials, a letter apart …), or merged with
 * another person (a form of theirs among the forms of someone found as another gold person); an extracted name that
 * is a part of a gold name, another form of a gold person (found under the gold name too, or not; told apart as the
 * misses are), a name holding a country's or a
 * capital's name, or an organization's, ship's or office's word, or like no gold name. Counts only, as
 * for events: which kind of work the misses ask for, not which sentence.
 */
export function peopleMissCauses(
  score: ArticleScore,
  extracted: readonly { name: string; aliases: readonly string[] }[],
  gold: readonly GoldPerson[],
): UnmatchedCauses<PeopleMissCause, PeopleFalsePositiveCause> {
  const goldForms = new Map(
    gold.map((person) => [normalizedName(person.name), [...new Set([person.name, ...(person.aliases ?? [])].map(normalizedName))]] as const),
  );
  // The written forms the gold lists (its canonical name when it lists none).
  const goldWritten = new Map(gold.map((person) => [normalizedName(person.name), (person.aliases?.length ? person.aliases : [person.name]).map(normalizedName)] as const));
  const missed = new Set(score.misses.people);
  const unmatched = score.falsePositives.people;
  const unmatchedSet = new Set(unmatched);
  // Each extracted person's written forms other than its name, by its normalized name.
  const extractedForms = extracted.map((person) => ({
    name: normalizedName(person.name),
    aliases: person.aliases.map(normalizedName).filter((alias) => alias !== normalizedName(person.name)),
  }));
  const misses = score.misses.people.map((name): PeopleMissCause => {
    const forms = goldForms.get(name) ?? [name];
    // A surname alone written ("Zelaya") asks for outside knowledge.
    const fullNameWritten = (goldWritten.get(name) ?? [name]).some((form) => nameWords(form).length > 1);
    if (unmatched.some((found) => forms.some((form) => isPartOnly(found, form)))) {
      return fullNameWritten ? 'found by a part of the name only, a full name written' : 'found by a part of the name only, written as one word only';
    }
    const difference = nearestDifference(unmatched, forms);
    if (difference) return `found under another form: ${difference}`;
    const elsewhere = extractedForms.filter((person) => !unmatchedSet.has(person.name));
    if (elsewhere.some((person) => person.aliases.some((alias) => forms.some((form) => alias === form || isPartOf(alias, form))))) return 'merged with another person';
    return fullNameWritten ? 'never found, a full name written' : 'never found, written as one word only';
  });
  const falsePositives = unmatched.map((found): PeopleFalsePositiveCause => {
    if ([...goldForms.values()].some((forms) => forms.some((form) => isPartOnly(found, form)))) return 'a part of a gold name';
    const likeGold = [...goldForms].filter(([, forms]) => nearestDifference([found], forms) !== null);
    const foundGold = likeGold.filter(([name]) => !missed.has(name));
    // Told apart by the first gold person it is like (seldom more than one).
    if (foundGold.length) return `another form of a gold person found: ${nearestDifference([found], foundGold[0][1])!}`;
    if (likeGold.length) return `another form of a gold person not found: ${nearestDifference([found], likeGold[0][1])!}`;
    if ([...countryAndCapitalNames()].some((place) => containsWords(found, place))) return "a country's or capital's name in it";
    if (found.split(' ').some((word) => NOT_A_NAME_WORDS.has(word))) return "an organization's, ship's or office's word in it";
    return 'no gold name like it';
  });
  return { misses, falsePositives };
}
