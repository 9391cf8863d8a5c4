// Statement, announcement and OTHER sentences written here (test/extraction-events-statements.cases.ts): each gives an event
// of the expected type family, day and place (null: not checked); the non-events give none of their family.
import { ANNOUNCED_WORDS, BROADCAST_COUNTS, LEAD_SAID_DAYS, NON_EVENTS, PRONOUN_SPEAKERS, QUOTE_SPEAKERS, OTHER_CASES, RELEASE_SOURCE, RELEASE_STATEMENTS, SPEECH_COUNTS, STATEMENT_CASES, UNDATED_WORDS } from './extraction-events-statements.cases';
import { extractArticle } from '../src/extraction';
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

  test.each(BROADCAST_COUNTS.map((each) => [each.announcements, each.text] as const))('%i ANNOUNCEMENT: %s', (announcements, text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.type === 'ANNOUNCEMENT')).toHaveLength(announcements);
  });

  test.each(ANNOUNCED_WORDS)('one ANNOUNCEMENT, the words given in it no statement beside it: %s', (text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => eventFamily(event.type) === 'STATEMENT').map((event) => event.type)).toEqual(['ANNOUNCEMENT']);
  });

  test.each(UNDATED_WORDS)('STATEMENT without a date: %s', (text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.type === 'STATEMENT').map((event) => event.startDate)).toEqual([null]);
  });

  test.each(LEAD_SAID_DAYS.map((each) => [each.text, each] as const))("the lead's day of saying, for its speaker only: %s", (_text, expected) => {
    const found = eventsOfSentence(expected.text, 'Report')
      .filter((event) => event.type === 'STATEMENT')
      .map((event) => ({ speaker: event.participants.find(({ role }) => role === 'SPEAKER')?.person, date: event.startDate?.toISOString().slice(0, 10) ?? null }));
    expect(found).toEqual(expected.statements);
  });

  test.each(PRONOUN_SPEAKERS.map((each) => [each.text, each] as const))('a comment verb after "he"/"she" is the words of the one it stands for: %s', (_text, expected) => {
    const found = eventsOfSentence(expected.text, 'Report')
      .filter((event) => event.type === 'STATEMENT')
      .map((event) => ({ speaker: event.participants.find(({ role }) => role === 'SPEAKER')?.person, date: event.startDate?.toISOString().slice(0, 10) ?? null }));
    expect(found).toEqual(expected.statements);
  });

  test.each(QUOTE_SPEAKERS.map((each) => [each.text, each] as const))('a quote is never its own named person\'s words: %s', (_text, expected) => {
    const speakers = eventsOfSentence(expected.text, 'Report')
      .filter((event) => event.type === 'STATEMENT')
      .flatMap((event) => event.participants.filter(({ role }) => role === 'SPEAKER').map(({ person }) => person));
    expect(speakers).toEqual(expected.speakers);
  });

  // session 30: a report without a publication date cannot resolve "on Monday", but the organ's day of saying is still written
  test('without a publication date, an organ that "said on Monday" speaks, undated', () => {
    const statements = (text: string) =>
      extractArticle({ text: `Report\n\n${text}`, publishedAt: null }).graph.events.filter((event) => event.type === 'STATEMENT').map((event) => [event.startDate, event.location]);
    expect(statements("Norway will buy 40 howitzers from a French maker, Norway's Defence Ministry said on Monday.")).toEqual([[null, 'NO']]);
    // (no day written: an attribution of the news told before it, no statement of its own)
    expect(statements("Norway will buy 40 howitzers from a French maker, Norway's Defence Ministry said.")).toEqual([]);
  });

  test("a statement is named after its speaker, and undated words after the day of the report that tells them", () => {
    const statementSlugs = (text: string, publishedAt: Date) =>
      extractArticle({ text: `Report\n\n${text}`, publishedAt }).graph.events.filter((event) => event.type === 'STATEMENT').map((event) => event.slug);
    const about = 'Opposition leader Marta Ruiz said President Tomas Berg had failed the country.';
    const own = 'President Tomas Berg said the economy would recover.';
    expect(statementSlugs(about, new Date('2025-03-04T00:00:00Z'))).toEqual(['statement-marta-ruiz-reported-2025-03-04']);
    // (two reports on two days: two statements, neither rewriting the other when both are ingested)
    expect(statementSlugs(own, new Date('2025-03-04T00:00:00Z'))).toEqual(['statement-tomas-berg-reported-2025-03-04']);
    expect(statementSlugs(own, new Date('2025-03-09T00:00:00Z'))).toEqual(['statement-tomas-berg-reported-2025-03-09']);
  });
});
