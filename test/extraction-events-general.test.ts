// Sentences and short texts written here for the fourth events round (test/extraction-events-general.cases.ts):
// each sentence gives an event of the expected type family, day and place (null: not checked); the
// non-events give none of their family; the short texts give the expected number of events of a family.
import { eventFamily } from '../src/extraction/score';
import { GENERAL_CASES, GENERAL_COUNTS, GENERAL_NON_EVENTS } from './extraction-events-general.cases';
import { eventsOfSentence, testSentenceCases } from './support/sentence-events';

describe('general event patterns', () => {
  testSentenceCases(GENERAL_CASES, GENERAL_NON_EVENTS, 'Report');

  test.each(GENERAL_COUNTS.map((each) => [each.count, each.family, each.text, each.location] as const))('%i %s: %s', (count, family, text, location) => {
    const events = eventsOfSentence(text, 'Report').filter((event) => eventFamily(event.type) === eventFamily(family));
    const found = events.map((event) => `${event.title} ${event.startDate?.toISOString().slice(0, 10) ?? 'undated'} ${event.location}`);
    expect(found).toHaveLength(count);
    if (location) expect(events.map((event) => event.location)).toEqual(events.map(() => location));
  });
});
