// Statement, announcement and OTHER sentences written here (test/extraction-events-statements.cases.ts): each gives an event
// of the expected type family, day and place (null: not checked); the non-events give none of their family.
import { NON_EVENTS, OTHER_CASES, RELEASE_SOURCE, RELEASE_STATEMENTS, SPEECH_COUNTS, STATEMENT_CASES, UNDATED_WORDS } from './extraction-events-statements.cases';
import { eventFamily } from '../src/extraction/score';
import { eventsOfSentence, testSentenceCases } from './support/sentence-events';

describe('statement, announcement and OTHER sentences', () => {
  testSentenceCases([...STATEMENT_CASES, ...OTHER_CASES], NON_EVENTS, 'Report');

  test.each(RELEASE_STATEMENTS.map((each) => [each.text, each] as const))('in a government release, STATEMENT: %s', (_text, expected) => {
    const found = eventsOfSentence(expected.text, 'Report', RELEASE_SOURCE).map((event) => `${eventFamily(event.type)} ${event.location}`);
    expect({ matches: found.some((each) => each.startsWith('STATEMENT')), found }).toEqual({ matches: true, found });
  });

  test.each(SPEECH_COUNTS.map((each) => [each.statements, each.text] as const))('%i STATEMENT: %s', (statements, text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.type === 'STATEMENT')).toHaveLength(statements);
  });

  test.each(UNDATED_WORDS)('STATEMENT without a date: %s', (text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.type === 'STATEMENT').map((event) => event.startDate)).toEqual([null]);
  });
});
