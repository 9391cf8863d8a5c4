// The write core's description of an article given as data: JSON lines read into its shape, and
// the bounds every path (the API, the seed, the import) checks, named by their input field.
import { articleInputErrors, articleInputOf } from '../src/ingest/article-input';
import { isExistingDay, parseCalendarDay, parseInstant } from '../src/domain/iso-dates';

const problemsOf = (json: unknown) => {
  const read = articleInputOf(json);
  return 'problems' in read ? read.problems : [];
};

test('a JSON line becomes the input, dates as Dates and a single item as a list of one', () => {
  const read = articleInputOf({
    url: 'https://example.org/a',
    title: 'A',
    publishedAt: '2025-01-09T14:30:00+01:00',
    events: { title: 'Visit', type: 'DIPLOMATIC_VISIT', startDate: '2025-01-09', participants: [{ person: 'Ada', role: 'VISITOR' }] },
    armsSales: [{ supplier: 'US', recipient: 'JP', items: 'x', status: 'PROPOSED', valueUsd: 1000 }],
  });
  expect(read).toEqual({
    input: {
      url: 'https://example.org/a',
      title: 'A',
      publishedAt: new Date('2025-01-09T13:30:00Z'),
      events: [{ title: 'Visit', type: 'DIPLOMATIC_VISIT', startDate: new Date('2025-01-09T00:00:00Z'), participants: [{ person: 'Ada', role: 'VISITOR' }] }],
      armsSales: [{ supplier: 'US', recipient: 'JP', items: 'x', status: 'PROPOSED', valueUsd: '1000' }],
    },
  });
});

test('a JSON line of the wrong shape is refused field by field, by path', () => {
  expect(problemsOf({ title: 42 })).toEqual(['input.title: must be a string']);
  expect(problemsOf({ url: 'https://example.org/a' })).toEqual(['input.title: is required']);
  expect(problemsOf({ title: 'A', colour: 'red' })).toEqual(['input.colour: is not a field of this input']);
  expect(problemsOf({ title: 'A', events: [{ title: 'E', type: 'PICNIC', startDate: '2025-02-30' }] })).toEqual([
    'input.events.0.type: must be one of ' + 'DIPLOMATIC_TRIP, DIPLOMATIC_VISIT, MEETING, SUMMIT, ANNOUNCEMENT, STATEMENT, ARMS_SALE, FUNERAL, IMPEACHMENT, MARTIAL_LAW, ELECTION, PROTEST, MILITARY_ACTION, OTHER',
    'input.events.0.startDate: must be a day, YYYY-MM-DD',
  ]);
  expect(problemsOf({ title: 'A', people: [{ name: 'B', mentionCount: 1.5 }] })).toEqual(['input.people.0.mentionCount: must be a whole number (32-bit)']);
});

test('the bounds are user errors on their fields, with the code of the bound broken', () => {
  const errors = articleInputErrors({
    url: `https://example.org/${'a'.repeat(2100)}`,
    title: 't'.repeat(501),
    people: [{ name: 'Ada', slug: 'Not A Slug', aliases: ['x'.repeat(201)], mentionCount: 0 }],
    events: [{ title: 'E', type: 'MEETING', children: [{ title: '', type: 'MEETING' }] }],
    summary: 'nul \u0000 inside',
  });
  expect(errors.map(({ field, code }) => [field.join('.'), code])).toEqual([
    // Past what a URL may be (2,083 characters) the URL check fails first, as the API has always reported it.
    ['input.url', 'INVALID'],
    ['input.title', 'TOO_LONG'],
    ['input.people.0.slug', 'INVALID'],
    ['input.people.0.aliases', 'TOO_LONG'],
    ['input.people.0.mentionCount', 'OUT_OF_RANGE'],
    ['input.events.0.children.0.title', 'REQUIRED'],
    ['input.summary', 'INVALID'],
  ]);
});

test('days and instants are read strictly', () => {
  expect(parseCalendarDay('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
  expect(parseCalendarDay('2025-02-29')).toBeNull();
  expect(parseCalendarDay('2025-1-9')).toBeNull();
  expect(parseInstant('2025-01-09t14:30:00z')).toEqual(new Date('2025-01-09T14:30:00Z'));
  expect(parseInstant('2025-01-09 14:30:00Z')).toBeNull();
  expect(parseInstant('2025-01-09T14:30:00')).toBeNull();
});

test('a day exists when its month has it (the rule the DateTime scalar also checks text by)', () => {
  expect(['2024-02-29', '2000-02-29', '2025-04-30', '2025-12-31', '0000-02-29'].filter(isExistingDay)).toHaveLength(5);
  expect(['1900-02-29', '2025-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-9'].filter(isExistingDay)).toEqual([]);
});
