// Verb-class sentences written here (test/extraction-events-classes.cases.ts): each gives an event of the
// expected type family, day and place (null: not checked); the non-events give none of their family.
import { CLASS_CASES, CLASS_COUNTS, CLASS_NON_EVENTS, CLASS_NOT_PLACED, MEETING_TEXTS, RELEASE_STATEMENTS } from './extraction-events-classes.cases';
import { eventFamily } from '../src/extraction/score';
import { eventsOfSentence, testSentenceCases } from './support/sentence-events';

describe('verb-class sentences', () => {
  testSentenceCases(CLASS_CASES, CLASS_NON_EVENTS, 'Report');

  test.each(CLASS_NOT_PLACED.map((each) => [each.code, each.text] as const))('nothing in %s: %s', (code, text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.location === code).map((event) => event.title)).toEqual([]);
  });

  test.each(CLASS_COUNTS.map((each) => [each.count, each.family, each.text] as const))('%i %s: %s', (count, family, text) => {
    const found = eventsOfSentence(text, 'Report').filter((event) => eventFamily(event.type) === eventFamily(family)).map((event) => `${event.title} ${event.location}`);
    expect(found).toHaveLength(count);
  });

  test.each(MEETING_TEXTS.map((each) => [each.release ? 'release' : 'news', each.text, each] as const))('meetings (%s): %s', (_kind, text, expected) => {
    const source = expected.release ? 'U.S. Department of State media note' : undefined;
    const meetings = eventsOfSentence(text, 'Report', source)
      .filter((event) => eventFamily(event.type) === 'MEETING')
      .map((event) => `${event.datePrecision === 'DAY' ? event.startDate!.toISOString().slice(0, 10) : '-'} ${event.location ?? '-'}`);
    expect(meetings.sort()).toEqual([...expected.meetings].sort());
  });

  test.each(RELEASE_STATEMENTS.map((each) => [each.statements, each.heading, each] as const))('%i statements in the release "%s"', (_count, heading, expected) => {
    const statements = eventsOfSentence(expected.text, heading, 'GOV.UK').filter((event) => eventFamily(event.type) === 'STATEMENT');
    expect(statements.map((event) => event.title)).toHaveLength(expected.statements);
  });
});
