// Long texts read in parts: the rules look at each sentence's neighbourhood by scanning the mentions
// of the text they are given, so their cost grows with the square of that text's length. A text
// longer than PART_CHARACTERS is cut at paragraph ends into parts of about that size, each read on
// its own, and the readings merged; the cost then grows linearly. News articles (2–20 KB) are one
// part and read exactly as before. Offsets stay those of the whole text: a part is the whole
// text's document with only some of its sentences.
import type { ArticleDocument, Sentence } from './document';
import type { ExtractedArmsSale, ExtractedCountryMention, ExtractedEvent, ExtractedFact, ExtractedGraph, ExtractedPerson, Extraction } from './types';

/** About the longest news article; a part never splits a paragraph shorter than twice this. */
export const PART_CHARACTERS = 24_000;

/** What reading one part gives. */
export interface Reading {
  graph: ExtractedGraph;
  facts: ExtractedFact[];
}

/**
 * The parts of a document: itself when short; else runs of whole paragraphs of about
 * PART_CHARACTERS, a paragraph longer than twice that cut between sentences. The headline and
 * standfirst belong to the first part only (they would be counted once per part otherwise).
 */
export function partsOf(document: ArticleDocument): ArticleDocument[] {
  if (document.text.length <= PART_CHARACTERS) return [document];
  const parts: Sentence[][] = [];
  let current: Sentence[] = [];
  let size = 0;
  for (const sentence of document.sentences) {
    const previous = current[current.length - 1];
    const newParagraph = previous !== undefined && previous.paragraph !== sentence.paragraph;
    if ((size >= PART_CHARACTERS && newParagraph) || size >= 2 * PART_CHARACTERS) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(sentence);
    size += sentence.end - sentence.start;
  }
  if (current.length) parts.push(current);
  // Sentence indexes restart in each part: rules may use them as positions in `sentences`.
  return parts.map((sentences) => ({
    text: document.text,
    bodyStart: document.bodyStart,
    sentences: sentences.map((sentence, index) => ({ ...sentence, index })),
  }));
}

/**
 * One of `count` consecutive runs of a long text's parts, of about equal numbers of parts: the pool
 * reads a long text's shares on several threads at once (pool.ts). The whole text is one share.
 */
export interface Share {
  index: number;
  count: number;
}

export const WHOLE_TEXT: Share = { index: 0, count: 1 };

/** The parts a share reads (none when there are fewer parts than shares). */
export function shareOf<T>(parts: T[], { index, count }: Share): T[] {
  return parts.slice(Math.floor((parts.length * index) / count), Math.floor((parts.length * (index + 1)) / count));
}

/** Merges items found in several parts by their key; `combine` folds a later one into the first. */
function mergeBy<T>(lists: T[][], keyOf: (item: T) => string, combine: (first: T, later: T) => T): T[] {
  const merged = new Map<string, T>();
  for (const list of lists) {
    for (const item of list) {
      const key = keyOf(item);
      const first = merged.get(key);
      merged.set(key, first === undefined ? item : combine(first, item));
    }
  }
  return [...merged.values()];
}

const counted = <T extends { mentionCount: number; firstOffset: number }>(first: T, later: T): T => ({
  ...first,
  mentionCount: first.mentionCount + later.mentionCount,
  firstOffset: Math.min(first.firstOffset, later.firstOffset),
});

/** The readings of an article's parts as one: the same person, country, event or sale (same key) once, mentions added up. */
export function mergeReadings(readings: Reading[]): Reading {
  if (readings.length === 1) return readings[0];
  const graphs = readings.map((reading) => reading.graph);
  const people = mergeBy<ExtractedPerson>(
    graphs.map((graph) => graph.people),
    (person) => person.slug,
    (first, later) => ({
      ...counted(first, later),
      aliases: [...new Set([...first.aliases, ...later.aliases])],
      title: first.title ?? later.title,
      country: first.country ?? later.country,
    }),
  );
  const countries = mergeBy<ExtractedCountryMention>(graphs.map((graph) => graph.countries), (mention) => mention.country, counted);
  const events = mergeBy<ExtractedEvent>(graphs.map((graph) => graph.events), (event) => event.slug, counted);
  const armsSales = mergeBy<ExtractedArmsSale>(graphs.map((graph) => graph.armsSales), (sale) => sale.slug, counted);
  return { graph: { people, countries, events, armsSales }, facts: readings.flatMap((reading) => reading.facts) };
}

/**
 * The readings of a text's shares, in order, as one: the reading of the whole text. Merging is done
 * in the parts' order, each later item folded into the first of its key, so merging the shares' merged
 * readings gives what merging all the parts' readings at once gives. Each share cleaned the same text:
 * its article and warnings are the first's.
 */
export function combineShares(extractions: Extraction[]): Extraction {
  const [first] = extractions;
  return { ...first, ...mergeReadings(extractions.map(({ graph, facts }) => ({ graph, facts }))) };
}
