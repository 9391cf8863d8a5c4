// The check the sentence-family event tests share: does a sentence, read as a short document published
// on PUBLISHED, give an event of the expected type family, day and place (null: not checked)? And the
// two tests every case table runs: its sentences give their event, its non-events give none of their family.
import { extractArticle, type ExtractedEvent } from '../../src/extraction';
import { eventFamily } from '../../src/extraction/score';

export const PUBLISHED = new Date('2025-03-05T12:00:00Z');

/** What a sentence is expected to give. */
export interface SentenceEvent {
  /** An EventType name; compared by family. */
  type: string;
  text: string;
  /** The event's start day (ISO), or null when not checked. */
  date: string | null;
  /** The event's country code, or null when not checked. */
  location: string | null;
}

const flat = (events: ExtractedEvent[]): ExtractedEvent[] => events.flatMap((event) => [event, ...flat(event.children)]);
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Every event (trip stops included) the sentence gives under a one-line `heading`; `source` names its publisher ("U.S. Department of State"). */
export function eventsOfSentence(text: string, heading: string, source?: string): ExtractedEvent[] {
  return flat(extractArticle({ text: `${heading}\n\n${text}`, publishedAt: PUBLISHED, source }).graph.events);
}

/** Whether the sentence gives the expected event, with what it gave (for the failure message). */
export function findSentenceEvent(expected: SentenceEvent, heading: string): { matches: boolean; found: string[] } {
  const events = eventsOfSentence(expected.text, heading);
  const found = events.map((event) => `${eventFamily(event.type)} ${day(event.startDate)} ${event.location}`);
  const matches = events.some(
    (event) =>
      eventFamily(event.type) === eventFamily(expected.type) &&
      (expected.date === null || day(event.startDate) === expected.date) &&
      (expected.location === null || event.location === expected.location),
  );
  return { matches, found };
}

/** A sentence that must give no event of `family`. */
export interface SentenceNonEvent {
  family: string;
  text: string;
}

/** Declares, in the calling `describe`, one test per case and per non-event, each read under `heading`. */
export function testSentenceCases(cases: SentenceEvent[], nonEvents: SentenceNonEvent[], heading: string): void {
  test.each(cases.map((each) => [each.type, each.text, each] as const))('%s: %s', (_type, _text, expected) => {
    const { matches, found } = findSentenceEvent(expected, heading);
    expect({ matches, found }).toEqual({ matches: true, found });
  });

  test.each(nonEvents.map((each) => [each.family, each.text] as const))('no %s: %s', (family, text) => {
    const found = eventsOfSentence(text, heading).filter((event) => eventFamily(event.type) === eventFamily(family)).map((event) => event.title);
    expect(found).toEqual([]);
  });
}
