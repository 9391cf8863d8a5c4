// Military actions, visits and meetings written here (test/extraction-events-actions.cases.ts): wordings of news and
// official writing the further development documents showed missed; the non-events give none of their family.
import { ACTION_EVENTS, ACTION_NON_EVENTS, ACTION_TEXTS } from './extraction-events-actions.cases';
import { eventFamily } from '../src/extraction/score';
import { eventsOfSentence, testSentenceCases } from './support/sentence-events';

describe('military actions, visits and meetings in one sentence', () => {
  testSentenceCases(ACTION_EVENTS, ACTION_NON_EVENTS, 'Report');
});

describe('military actions, visits and meetings of a text', () => {
  test.each(ACTION_TEXTS.map((each) => [each.family, each.text, each] as const))('%s: %s', (_family, text, expected) => {
    const found = eventsOfSentence(text, 'Report', expected.release ? 'U.S. Department of State media note' : undefined)
      .filter((event) => eventFamily(event.type) === eventFamily(expected.family === 'VISIT' ? 'DIPLOMATIC_VISIT' : expected.family))
      .map((event) => `${event.datePrecision === 'DAY' ? event.startDate!.toISOString().slice(0, 10) : '-'} ${event.location ?? '-'}`);
    expect(found.sort()).toEqual([...expected.events].sort());
  });
});
