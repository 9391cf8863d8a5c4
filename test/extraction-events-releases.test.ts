// Official-release sentences written here (test/extraction-events-releases.cases.ts): each gives an event
// of the expected type family, day and place (null: not checked); the non-events give none of their family.
import { extractArticle, type ExtractedEvent } from '../src/extraction';
import { eventFamily } from '../src/extraction/score';
import { RELEASE_CASES, RELEASE_NON_EVENTS } from './extraction-events-releases.cases';
import { PUBLISHED } from './extraction-events-wire.cases';

const flat = (events: ExtractedEvent[]): ExtractedEvent[] => events.flatMap((event) => [event, ...flat(event.children)]);
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const eventsOf = (text: string) => flat(extractArticle({ text: `Release\n\n${text}`, publishedAt: PUBLISHED }).graph.events);

describe('official-release sentences', () => {
  test.each(RELEASE_CASES.map((each) => [each.type, each.text, each] as const))('%s: %s', (_type, _text, expected) => {
    const events = eventsOf(expected.text);
    const found = events.map((event) => `${eventFamily(event.type)} ${day(event.startDate)} ${event.location}`);
    const matches = events.some(
      (event) =>
        eventFamily(event.type) === eventFamily(expected.type) &&
        (expected.date === null || day(event.startDate) === expected.date) &&
        (expected.location === null || event.location === expected.location),
    );
    expect({ matches, found }).toEqual({ matches: true, found });
  });

  test.each(RELEASE_NON_EVENTS.map((each) => [each.family, each.text] as const))('no %s: %s', (family, text) => {
    const found = eventsOf(text).filter((event) => eventFamily(event.type) === eventFamily(family)).map((event) => event.title);
    expect(found).toEqual([]);
  });
});
