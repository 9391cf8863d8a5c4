// The statement compiler's rules, without a database: what a selection becomes, what it refuses.
import { compileById, compileList, FieldSelection, hydrate, NotCompilable } from '../src/data/compile';
import { OrderDirection } from '../src/data/keyset';
import { Prisma } from '../src/generated/prisma/client';

const field = (name: string, selections: FieldSelection[] = [], key = name, args: Record<string, unknown> = {}): FieldSelection => ({
  key, field: name, args, selections,
});

const articlesPage = (size: number): FieldSelection => ({
  ...field('articles', [field('totalCount'), field('edges', [field('cursor'), field('node', [field('title')])])], 'articles', { first: size }),
  connection: {
    page: { size, backward: false, cursor: null, hasCursor: false },
    sort: { column: 'publishedAt', kind: 'timestamp', nullable: true },
    direction: OrderDirection.DESC,
  },
});

test('reads only the selected columns, the keys, and passes every value as a parameter', () => {
  const small = compileById('Event', 7, [field('title'), field('location', [field('name')]), articlesPage(5)]);
  const large = compileById('Event', 8, [field('title'), field('location', [field('name')]), articlesPage(50)]);
  expect(small.sql.text).toBe(large.sql.text);
  expect(small.sql.values).toContain(7);
  // No pageInfo selected: the page's rows and not the one after it, which only tells hasNextPage.
  expect(large.sql.values).toContain(50);
  expect(large.sql.values).not.toContain(50 + 1);
  const withPageInfo = articlesPage(50);
  withPageInfo.selections.push(field('pageInfo', [field('hasNextPage')]));
  expect(compileById('Event', 8, [field('title'), withPageInfo]).sql.values).toContain(50 + 1);
  expect(small.sql.text).toContain('"title"');
  expect(small.sql.text).not.toContain('"summary"');
  expect(small.sql.text).not.toContain('"body"');
  // The page scan of an undated-last order: the dated rows, then the undated ones.
  expect(small.sql.text).toContain('UNION ALL');
  expect(small.sql.text).toMatch(/count\(\*\)/);
});

test('a selection asked about another row is the statement compiled before, with that row\'s value; other values are another statement\'s', () => {
  const articlesAfter = (cursor: number): FieldSelection => {
    const page = articlesPage(5);
    return { ...page, connection: { ...page.connection!, where: [Prisma.sql`t."id" > ${cursor}`] } };
  };
  const first = compileById('Event', 7, [field('title'), articlesAfter(100)]);
  const again = compileById('Event', 8, [field('title'), articlesAfter(100)]);
  // The same text, made once: the prepared-statement cache finds it without hashing a new string.
  expect(again.sql.text).toBe(first.sql.text);
  expect(again.plan).toBe(first.plan);
  // The root's condition ends the statement: only its value differs.
  expect(first.sql.values.at(-1)).toBe(7);
  expect(again.sql.values).toEqual([...first.sql.values.slice(0, -1), 8]);
  // A value of the selection (a filter's, a page's) is never taken from another request's statement.
  const other = compileById('Event', 8, [field('title'), articlesAfter(200)]);
  expect(other.sql.values).toContain(200);
  expect(other.sql.values).not.toContain(100);
});

test('a root list whose selection every request shares builds its rows once: the same statement as built anew, with each request\'s page and filter', () => {
  // The timeline's rows: location, participants, three articles each.
  const rows = () => [field('totalCount'), field('edges', [field('cursor'), field('node', [
    field('title'), field('location', [field('code')]), field('participants', [field('role'), field('person', [field('name')])], 'participants', { first: 100 }),
    articlesPage(3),
  ])])];
  const events = (selections: FieldSelection[], size: number, country: number): FieldSelection => ({
    ...field('events', selections, 'events', { first: size }),
    connection: {
      page: { size, backward: false, cursor: null, hasCursor: false },
      sort: { column: 'startDate', kind: 'date', nullable: true },
      direction: OrderDirection.DESC,
      where: [Prisma.sql`t."locationId" = ${country}`],
    },
  });
  const shared = Object.freeze(rows()) as FieldSelection[];
  const first = compileList('Event', events(shared, 20, 7));
  const again = compileList('Event', events(shared, 50, 8));
  const anew = compileList('Event', events(rows(), 50, 8));
  expect(again.sql.text).toBe(anew.sql.text);
  expect(again.sql.values).toEqual(anew.sql.values);
  expect(again.leftOut).toEqual(anew.leftOut);
  // The rows' plan is the one built first; the page and filter are each request's own.
  expect(again.plan).toBe(first.plan);
  expect(again.sql.values).toContain(8);
  expect(again.sql.values).not.toContain(7);
  expect(first.sql.values).toContain(7);
  // A field left to its loader under shared rows is left out every time, not only when they are built.
  const facts = Object.freeze([field('edges', [field('node', [field('fact'), field('subject', [field('__typename')])])])]) as FieldSelection[];
  const factsPage = (): FieldSelection => ({
    ...field('extractedFacts', facts, 'extractedFacts', { first: 5 }),
    connection: { page: { size: 5, backward: false, cursor: null, hasCursor: false }, sort: { column: 'spanStart', kind: 'integer', nullable: false }, direction: OrderDirection.ASC },
  });
  expect(compileList('ExtractedFact', factsPage()).leftOut).toEqual(['ExtractedFact.subject']);
  expect(compileList('ExtractedFact', factsPage()).leftOut).toEqual(['ExtractedFact.subject']);
});

test('refuses what it does not know, so that the caller falls back', () => {
  expect(() => compileById('Event', 1, [field('armsSales', [field('totalCount')])])).toThrow(NotCompilable);
  expect(() => compileById('Event', 1, [field('participants', [field('person', [field('events')])])])).toThrow(NotCompilable);
  expect(() => compileById('Event', 1, [field('title', [], 'title', { unexpected: true })])).toThrow(NotCompilable);
  // A connection without a page parsed by the caller.
  expect(() => compileById('Event', 1, [field('articles', [field('totalCount')])])).toThrow(NotCompilable);
});

test("a link's person asked for under two aliases is one subquery reading both selections", () => {
  const { sql, plan } = compileById('Event', 1, [
    field('participants', [field('person', [field('name')]), field('person', [field('title')], 'p2')]),
  ]);
  // Read once, from the order join (the person is that joined row): no subquery looks it up again.
  expect(sql.text.match(/"Person"/g)).toHaveLength(1);
  expect(sql.text.match(/json_build_object\('name', c1_j\."name", 'title', c1_j\."title"\)/g)).toHaveLength(1);
  const row = hydrate(plan, {
    id: 1,
    '@participants': [{ personId: 3, '@person': { id: 3, name: 'A', title: 'B' } }],
  }, () => undefined);
  expect(row).toEqual({ id: 1 });
  const participants: unknown[] = [];
  hydrate(plan, { id: 1, '@participants': [{ personId: 3, '@person': { id: 3, name: 'A', title: 'B' } }] }, (_row, _relation, value) =>
    participants.push(value));
  // Only what the resolvers read is kept: the person the relation answers, not the key it was read by.
  expect(participants).toEqual([[{ person: { name: 'A', title: 'B' } }]]);
});

test('the JSON carries only what resolvers read: a nested row\'s key when `id` is selected, never the foreign key of a relation it answers', () => {
  const events: FieldSelection = {
    ...field('events', [field('edges', [field('node', [field('title'), field('location', [field('name')])])])], 'events', { first: 10 }),
    connection: {
      page: { size: 10, backward: false, cursor: null, hasCursor: false },
      sort: { column: 'startDate', kind: 'date', nullable: true },
      direction: OrderDirection.DESC,
    },
  };
  const { sql } = compileById('Person', 1, [field('name'), field('country', [field('name')]), events]);
  // The root keeps its key (its resolvers' row); the country is read by `countryId`, which is not sent.
  expect(sql.text).toContain(`json_build_object('id', c0."id", 'name', c0."name", '@country'`);
  expect(sql.text).toContain(`(SELECT json_build_object('name', c1."name") FROM "Country" c1 WHERE c1."id" = c0."countryId")`);
  expect(sql.text).not.toMatch(/'(countryId|locationId)'/);
  // A page's rows carry their key and sort column only for cursors, none selected here; the page
  // scan still reads them for its order, and the location's key for its subquery.
  expect(sql.text).toContain(`json_agg(json_build_object('title', c2."title", '@location'`);
  expect(sql.text).toContain('SELECT t."title", t."id", t."locationId", t."startDate" FROM "PersonEvent" link');
  const withCursors: FieldSelection = { ...events, selections: [field('edges', [field('cursor'), field('node', [field('title')])])] };
  expect(compileById('Person', 1, [withCursors]).sql.text).toContain(`json_agg(json_build_object('id', c1."id", 'startDate', c1."startDate", 'title', c1."title")`);
  // Asked for, a nested row's global ID travels as its key.
  const withId = compileById('Event', 1, [field('participants', [field('person', [field('id'), field('name')])])]);
  expect(withId.sql.text).toContain(`json_build_object('id', c1_j."id", 'name', c1_j."name")`);
  expect(withId.sql.text).not.toContain(`'personId'`);
});

test('dates and timestamps travel as the text the API answers, decimals come back as the DataLoader path returns them', () => {
  const event = compileById('Event', 1, [field('startDate'), field('endDate')]);
  expect(hydrate(event.plan, { id: 1, startDate: '2025-01-03', endDate: null }, () => undefined)).toEqual({ id: 1, startDate: '2025-01-03', endDate: null });
  // A timestamp is written by PostgreSQL as the DateTime scalar answers it; a date's JSON is already its day.
  const article = compileById('Article', 1, [field('publishedAt')]);
  expect(article.sql.text).toContain(`to_char(c0."publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  expect(hydrate(article.plan, { id: 1, publishedAt: '2025-01-03T10:15:30.120Z' }, () => undefined)).toEqual({
    id: 1, publishedAt: '2025-01-03T10:15:30.120Z',
  });
  const sale = compileById('ArmsSale', 1, [field('valueUsdExact')]);
  expect(hydrate(sale.plan, { id: 1, valueUsd: '950000.50' }, () => undefined)).toEqual({ id: 1, valueUsd: new Prisma.Decimal('950000.50') });
});
