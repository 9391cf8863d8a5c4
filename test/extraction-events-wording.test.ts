// Wire-wording sentences written here (test/extraction-events-wording.cases.ts): each gives an event of the
// expected type family, day and place (null: not checked); the non-events give none of their family.
import { ANNOUNCED_THING_DAYS, ONE_STATEMENT, WORDING_ANNOUNCEMENTS, WORDING_ANNOUNCEMENT_NON_EVENTS, WORDING_CASES, WORDING_MEETINGS, WORDING_MEETING_NON_EVENTS, WORDING_NON_EVENTS, WORDING_OTHER, WORDING_OTHER_NON_EVENTS, WORDING_STATEMENTS, WORDING_STATEMENT_NON_EVENTS, WORDING_VISITS, WORDING_VISIT_NON_EVENTS } from './extraction-events-wording.cases';
import { eventFamily } from '../src/extraction/score';
import { eventsOfSentence, testSentenceCases } from './support/sentence-events';

describe('wire-wording sentences', () => {
  testSentenceCases(WORDING_CASES, WORDING_NON_EVENTS, 'Report');
  testSentenceCases(WORDING_MEETINGS, WORDING_MEETING_NON_EVENTS, 'Report');
  testSentenceCases(WORDING_VISITS, WORDING_VISIT_NON_EVENTS, 'Report');
  testSentenceCases(WORDING_STATEMENTS, WORDING_STATEMENT_NON_EVENTS, 'Report');
  testSentenceCases(WORDING_OTHER, WORDING_OTHER_NON_EVENTS, 'Report');
  testSentenceCases(WORDING_ANNOUNCEMENTS, WORDING_ANNOUNCEMENT_NON_EVENTS, 'Report');

  test.each(ANNOUNCED_THING_DAYS.map((each) => [each.text, each.notDay] as const))('no announcement dated by what was announced: %s', (text, notDay) => {
    const days = eventsOfSentence(text, 'Report').filter((event) => eventFamily(event.type) === 'STATEMENT').map((event) => event.startDate?.toISOString().slice(0, 10) ?? null);
    expect(days).not.toContain(notDay);
  });

  test('one statement from a dated word two rules read', () => {
    expect(eventsOfSentence(ONE_STATEMENT, 'Report').filter((event) => eventFamily(event.type) === 'STATEMENT')).toHaveLength(1);
  });
});
