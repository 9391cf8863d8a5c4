// Wire-style sentences written here (test/extraction-events-wire.cases.ts): each gives an event of the
// expected type family, on the expected day, at the expected place (null: not checked).
import { extractArticle, type ExtractedEvent } from '../src/extraction';
import { eventFamily } from '../src/extraction/score';
import { PUBLISHED, WIRE_CASES } from './extraction-events-wire.cases';

const flat = (events: ExtractedEvent[]): ExtractedEvent[] => events.flatMap((event) => [event, ...flat(event.children)]);
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

describe('wire-style sentences', () => {
  test.each(WIRE_CASES.map((each) => [each.type, each.text, each] as const))('%s: %s', (_type, _text, expected) => {
    const events = flat(extractArticle({ text: `Report\n\n${expected.text}`, publishedAt: PUBLISHED }).graph.events);
    const found = events.map((event) => `${eventFamily(event.type)} ${day(event.startDate)} ${event.location}`);
    const matches = events.some(
      (event) =>
        eventFamily(event.type) === eventFamily(expected.type) &&
        (expected.date === null || day(event.startDate) === expected.date) &&
        (expected.location === null || event.location === expected.location),
    );
    expect({ matches, found }).toEqual({ matches: true, found });
  });
});
