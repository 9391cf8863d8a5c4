// Scores extractions against gold annotations: precision, recall and F1 per kind of graph element,
// with the misses and false positives of each article for `npm run eval -- --verbose`.
import type { ExtractedGraph } from './types';

/** A gold annotation file: the fields of IngestArticleInput the scorer compares (extra fields are ignored). */
export interface GoldGraph {
  people?: { name: string }[];
  countries?: { country: string }[];
  events?: GoldEvent[];
  armsSales?: { supplier: string; recipient: string; valueUsd?: string | null }[];
}

interface GoldEvent {
  type: string;
  startDate?: string | null;
  location?: string | null;
  children?: GoldEvent[];
}

export const KINDS = ['people', 'countries', 'events', 'armsSales'] as const;
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

function flatten<T extends { children?: T[] | null }>(events: T[]): T[] {
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

const saleLabel = (sale: SaleKey) => `${sale.supplier}→${sale.recipient} ${sale.value ?? 'no value'}`;

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

export function scoreArticle(article: string, extracted: ExtractedGraph, gold: GoldGraph): ArticleScore {
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
    events: compareKeys(
      flatten(extracted.events).filter((event) => event.type !== 'OTHER').map(eventKey),
      flatten(gold.events ?? []).filter((event) => event.type !== 'OTHER').map(eventKey),
    ),
    armsSales: compareSales(
      extracted.armsSales.map((sale) => ({ supplier: sale.supplier, recipient: sale.recipient, value: sale.valueUsd ? Number(sale.valueUsd) : null })),
      (gold.armsSales ?? []).map((sale) => ({ supplier: sale.supplier, recipient: sale.recipient, value: sale.valueUsd ? Number(sale.valueUsd) : null })),
    ),
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
