// Meeting texts written here (test/extraction-events-meetings.cases.ts): every meeting a readout or
// itinerary tells, each in its own country and with its own day; the non-events give no meeting.
import { GUEST_VISIT_TEXTS, MEETING_ROUND_TEXTS, NO_MEETING_TEXTS, RETOLD_MEETING_PARTAKERS, UNDATED_TEXT_MEETINGS } from './extraction-events-meetings.cases';
import { extractArticle, type ExtractedEvent } from '../src/extraction';
import { eventFamily } from '../src/extraction/score';
import { eventsOfSentence } from './support/sentence-events';

const meetingsOf = (text: string, release?: boolean) =>
  eventsOfSentence(text, 'Report', release ? 'U.S. Department of State media note' : undefined)
    .filter((event) => eventFamily(event.type) === 'MEETING')
    .map((event) => `${event.datePrecision === 'DAY' ? event.startDate!.toISOString().slice(0, 10) : '-'} ${event.location ?? '-'}`);

describe('meetings of a readout or itinerary', () => {
  test.each(MEETING_ROUND_TEXTS.map((each) => [each.release ? 'release' : 'news', each.text, each] as const))('meetings (%s): %s', (_kind, text, expected) => {
    expect(meetingsOf(text, expected.release).sort()).toEqual([...expected.meetings].sort());
  });

  test.each(GUEST_VISIT_TEXTS.map((each) => [each.text, each] as const))('guest visit: %s', (text, expected) => {
    const visits = eventsOfSentence(text, 'Report', 'Ministry of Foreign Affairs of Japan (mofa.go.jp)').filter((event) => eventFamily(event.type) === eventFamily('DIPLOMATIC_VISIT'));
    expect(visits.map((event) => event.location)).toEqual(expected.visits);
  });

  test.each(NO_MEETING_TEXTS)('no meeting: %s', (text) => {
    expect(meetingsOf(text)).toEqual([]);
  });

  test.each(RETOLD_MEETING_PARTAKERS.map((each) => [each.text, each] as const))('people of a meeting told again: %s', (text, expected) => {
    const meetings = eventsOfSentence(text, 'Report').filter((event) => eventFamily(event.type) === 'MEETING');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].participants.map((participant) => participant.person).sort()).toEqual([...expected.participants].sort());
  });
});

describe('a text without a publication date', () => {
  const flat = (events: ExtractedEvent[]): ExtractedEvent[] => events.flatMap((event) => [event, ...flat(event.children)]);
  test.each(UNDATED_TEXT_MEETINGS.map((each) => [each.text, each] as const))('%s', (text, expected) => {
    const meetings = flat(extractArticle({ text: `Report\n\n${text}` }).graph.events)
      .filter((event) => eventFamily(event.type) === 'MEETING')
      .map((event) => `${event.datePrecision === 'DAY' ? event.startDate!.toISOString().slice(0, 10) : '-'} ${event.location ?? '-'}`);
    expect(meetings.sort()).toEqual([...expected.meetings].sort());
  });
});
