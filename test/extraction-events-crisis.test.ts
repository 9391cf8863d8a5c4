// Crisis sentences and short texts written here (test/extraction-events-crisis.cases.ts): each sentence
// gives an event of the expected family, day and place; the non-events give none of their family; the
// short texts give one event per distinct happening.
import { eventFamily } from '../src/extraction/score';
import { CRISIS_CASES, CRISIS_COUNTS, CRISIS_NON_EVENTS } from './extraction-events-crisis.cases';
import { eventsOfSentence, testSentenceCases } from './support/sentence-events';

describe('crisis event patterns', () => {
  testSentenceCases(CRISIS_CASES, CRISIS_NON_EVENTS, 'Report');

  test.each(CRISIS_COUNTS.map((each) => [each.count, each.family, each.text] as const))('%i %s: %s', (count, family, text) => {
    const found = eventsOfSentence(text, 'Report')
      .filter((event) => eventFamily(event.type) === eventFamily(family))
      .map((event) => `${event.title} ${event.startDate?.toISOString().slice(0, 10) ?? 'undated'} ${event.location}`);
    expect(found).toHaveLength(count);
  });
});
