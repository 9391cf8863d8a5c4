// CAMEO-class sentences written here (test/extraction-events-cameo.cases.ts): each gives an event of the expected type
// family, day and place (null: not checked); the non-events give none of their family. Reported statements are read as
// a government's publication (its publisher named), the rest as a news report.
import { CAMEO_NON_EVENTS, CAMEO_OTHER, RELEASE_SOURCE, REPORTED_NON_STATEMENTS, REPORTED_STATEMENTS, QUOTE_THEN_SPEAKER, SELF_STATEMENTS, TWO_SPEAKERS } from './extraction-events-cameo.cases';
import { eventFamily } from '../src/extraction/score';
import { eventsOfSentence, testSentenceCases } from './support/sentence-events';

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

describe('CAMEO-class sentences', () => {
  testSentenceCases(CAMEO_OTHER, CAMEO_NON_EVENTS, 'Report');

  describe('in a government publication', () => {
    test.each(REPORTED_STATEMENTS.map((each) => [each.text, each] as const))('STATEMENT: %s', (_text, expected) => {
      const found = eventsOfSentence(expected.text, 'Report', RELEASE_SOURCE).map((event) => `${eventFamily(event.type)} ${day(event.startDate)} ${event.location}`);
      const matches = eventsOfSentence(expected.text, 'Report', RELEASE_SOURCE).some((event) => eventFamily(event.type) === 'STATEMENT' && (expected.location === null || event.location === expected.location));
      expect({ matches, found }).toEqual({ matches: true, found });
    });

    test.each(REPORTED_NON_STATEMENTS.map((each) => [each.text] as const))('no STATEMENT: %s', (text) => {
      expect(eventsOfSentence(text, 'Report', RELEASE_SOURCE).filter((event) => event.type === 'STATEMENT').map((event) => event.title)).toEqual([]);
    });

    test('two officials reported in one paragraph make two statements', () => {
      expect(eventsOfSentence(TWO_SPEAKERS, 'Report', RELEASE_SOURCE).filter((event) => event.type === 'STATEMENT')).toHaveLength(2);
    });

    test('a quotation closing a sentence ends it: the next official makes another statement', () => {
      expect(eventsOfSentence(QUOTE_THEN_SPEAKER, 'Report', RELEASE_SOURCE).filter((event) => event.type === 'STATEMENT')).toHaveLength(2);
    });
  });

  test.each(SELF_STATEMENTS.map((each) => [each.heading, each] as const))('no STATEMENT under the headline %s', (_heading, { heading, text }) => {
    expect(eventsOfSentence(text, heading, RELEASE_SOURCE).filter((event) => event.type === 'STATEMENT').map((event) => event.title)).toEqual([]);
  });
});
