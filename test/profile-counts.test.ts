// The read models and counts kept by triggers (migration 20261127070000_profile_counts) stay exact: after writes
// through the API — one at a time and concurrently, updates moving an event to another country and type, deletes —
// after a merge of two people, the importer and a TRUNCATE, every count equals the one this test computes from the
// base tables, and profiles and dashboards show those numbers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCoverage } from '../src/generate/coverage';
import { importFile } from '../src/ingest/import';
import { startTestAppWithKeys, Keys, mutate } from './mutations-helpers';
import { emptyGraph, maintainedCountMismatches, NO_MISMATCHES } from './support/graph';
import type { TestApp } from './support/harness';

jest.setTimeout(120_000); // many writes and an import, on a machine that may be busy

let app: TestApp;
let keys: Keys;
beforeAll(async () => ({ app, keys } = await startTestAppWithKeys()));
afterAll(() => app.close());


/** What a country's dashboard must show, computed from the base tables. */
async function expectedCountry(code: string) {
  const [row] = await app.db.$queryRawUnsafe<any[]>(`
    WITH country AS (SELECT id FROM "Country" WHERE code = $1),
    involved AS (
      SELECT e.* FROM "Event" e, country WHERE e."locationId" = country.id
        OR EXISTS (SELECT 1 FROM "EventCountry" ec WHERE ec."eventId" = e.id AND ec."countryId" = country.id))
    SELECT (SELECT count(*)::int FROM involved) AS events,
      (SELECT count(*)::int FROM involved WHERE type = 'MEETING') AS meetings,
      (SELECT COALESCE(json_agg(json_build_object('type', type, 'count', n) ORDER BY n DESC, type), '[]')
        FROM (SELECT type, count(*)::int AS n FROM involved GROUP BY type) t) AS "byType",
      (SELECT to_char(min("startDate"), 'YYYY-MM-DD') FROM involved) AS first,
      (SELECT to_char(max(COALESCE("endDate", "startDate")), 'YYYY-MM-DD') FROM involved) AS last,
      (SELECT count(*)::int FROM "ArmsSale" s, country WHERE s."supplierId" = country.id) AS supplied,
      (SELECT sum("valueUsd")::text FROM "ArmsSale" s, country WHERE s."supplierId" = country.id) AS "suppliedValue",
      (SELECT count(*)::int FROM "ArmsSale" s, country WHERE s."recipientId" = country.id) AS received,
      (SELECT sum("valueUsd")::text FROM "ArmsSale" s, country WHERE s."recipientId" = country.id) AS "receivedValue"`, code);
  return row;
}

async function expectDashboardOf(code: string): Promise<void> {
  const expected = await expectedCountry(code);
  const response = await app.graphql(`query ($code: String!) {
    country(code: $code) {
      firstEventDate lastEventDate eventCountsByType { type count }
      armsSalesAsSupplier { count totalValueUsdExact } armsSalesAsRecipient { count totalValueUsdExact }
      supplied: armsSales(role: SUPPLIER) { totalCount } received: armsSales(role: RECIPIENT) { totalCount }
      events { totalCount } meetings: events(filter: { types: [MEETING] }) { totalCount }
    }
    events(filter: { country: $code }) { totalCount }
  }`, { code });
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({
    country: {
      firstEventDate: expected.first, lastEventDate: expected.last, eventCountsByType: expected.byType,
      armsSalesAsSupplier: { count: expected.supplied, totalValueUsdExact: expected.suppliedValue },
      armsSalesAsRecipient: { count: expected.received, totalValueUsdExact: expected.receivedValue },
      supplied: { totalCount: expected.supplied }, received: { totalCount: expected.received },
      events: { totalCount: expected.events }, meetings: { totalCount: expected.meetings },
    },
    events: { totalCount: expected.events },
  });
}

/** A person's profile: totals, and the newest events and articles in the order the base tables give. */
async function expectProfileOf(slug: string): Promise<void> {
  const [expected] = await app.db.$queryRawUnsafe<any[]>(`
    WITH person AS (SELECT id FROM "Person" WHERE slug = $1),
    own AS (SELECT e.* FROM "Event" e, person WHERE EXISTS (
      SELECT 1 FROM "EventParticipant" ep WHERE ep."eventId" = e.id AND ep."personId" = person.id)),
    mentioning AS (SELECT a.* FROM "Article" a, person WHERE EXISTS (
      SELECT 1 FROM "ArticlePerson" ap WHERE ap."articleId" = a.id AND ap."personId" = person.id))
    SELECT (SELECT count(*)::int FROM own) AS events, (SELECT count(*)::int FROM mentioning) AS articles,
      (SELECT COALESCE(json_agg(id ORDER BY "startDate" DESC NULLS LAST, id DESC), '[]')
        FROM (SELECT id, "startDate" FROM own ORDER BY "startDate" DESC NULLS LAST, id DESC LIMIT 4) o) AS "eventIds",
      (SELECT COALESCE(json_agg(id ORDER BY "publishedAt" DESC NULLS LAST, id DESC), '[]')
        FROM (SELECT id, "publishedAt" FROM mentioning ORDER BY "publishedAt" DESC NULLS LAST, id DESC LIMIT 4) m) AS "articleIds",
      (SELECT to_char(min("startDate"), 'YYYY-MM-DD') FROM own) AS first,
      (SELECT to_char(max(COALESCE("endDate", "startDate")), 'YYYY-MM-DD') FROM own) AS last`, slug);
  const response = await app.graphql(`query ($slug: String!) {
    person(slug: $slug) {
      firstEventDate lastEventDate
      events(first: 4) { totalCount edges { node { id } } }
      articles(first: 4) { totalCount edges { node { id } } }
    }
  }`, { slug });
  expect(response.errors).toBeUndefined();
  const ids = (connection: any) => connection.edges.map((edge: any) => Number(Buffer.from(edge.node.id, 'base64').toString().split(':')[1]));
  const person = response.data!.person;
  expect({
    first: person.firstEventDate, last: person.lastEventDate, events: person.events.totalCount, articles: person.articles.totalCount,
    eventIds: ids(person.events), articleIds: ids(person.articles),
  }).toEqual({
    first: expected.first, last: expected.last, events: expected.events, articles: expected.articles,
    eventIds: expected.eventIds, articleIds: expected.articleIds,
  });
}

const CREATE_EVENT = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { field message code } } }`;
const UPDATE_EVENT = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } userErrors { field message code } } }`;
const DELETE_EVENT = `mutation ($input: DeleteEventInput!) { deleteEvent(input: $input) { deletedEventId userErrors { field message code } } }`;
const ADD_PARTICIPANT = `mutation ($input: AddEventParticipantInput!) { addEventParticipant(input: $input) { event { id } userErrors { field message code } } }`;
const REMOVE_PARTICIPANT = `mutation ($input: RemoveEventParticipantInput!) {
  removeEventParticipant(input: $input) { event { id } userErrors { field message code } } }`;
const ADD_COUNTRY = `mutation ($input: AddEventCountryInput!) { addEventCountry(input: $input) { event { id } userErrors { field message code } } }`;
const REMOVE_COUNTRY = `mutation ($input: RemoveEventCountryInput!) { removeEventCountry(input: $input) { event { id } userErrors { field message code } } }`;
const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } userErrors { field message code } } }`;
const DELETE_PERSON = `mutation ($input: DeletePersonInput!) { deletePerson(input: $input) { deletedPersonId userErrors { field message code } } }`;
const CREATE_ARTICLE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id } userErrors { field message code } } }`;
const UPDATE_ARTICLE = `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { id } userErrors { field message code } } }`;
const DELETE_ARTICLE = `mutation ($input: DeleteArticleInput!) { deleteArticle(input: $input) { deletedArmsSaleIds userErrors { field message code } } }`;
const ADD_MENTION = `mutation ($input: AddArticleMentionInput!) { addArticleMention(input: $input) { article { id } userErrors { field message code } } }`;
const REMOVE_MENTION = `mutation ($input: RemoveArticleMentionInput!) {
  removeArticleMention(input: $input) { article { id } userErrors { field message code } } }`;
const CREATE_SALE = `mutation ($input: CreateArmsSaleInput!) { createArmsSale(input: $input) { armsSale { id } userErrors { field message code } } }`;
const UPDATE_SALE = `mutation ($input: UpdateArmsSaleInput!) { updateArmsSale(input: $input) { armsSale { id } userErrors { field message code } } }`;
const DELETE_SALE = `mutation ($input: DeleteArmsSaleInput!) { deleteArmsSale(input: $input) { deletedArmsSaleId userErrors { field message code } } }`;

test('the seed graph as migrated and seeded', async () => {
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectDashboardOf('US');
  await expectDashboardOf('KR');
  await expectProfileOf('antony-blinken');
});

test('writes one at a time: links added and removed, an event moved to another country, type and dates, deletes', async () => {
  const editor = keys.editor;
  await mutate(app, editor, CREATE_PERSON, { input: { name: 'Counts Tester', slug: 'counts-tester', country: 'FR' } });
  const { event } = await mutate(app, editor, CREATE_EVENT, {
    input: { title: 'Counting meeting', type: 'MEETING', slug: 'counting-meeting', startDate: '2031-05-02', location: 'US' },
  });
  await mutate(app, editor, ADD_COUNTRY, { input: { event: 'counting-meeting', country: 'JP', role: 'HOST' } });
  await mutate(app, editor, ADD_COUNTRY, { input: { event: 'counting-meeting', country: 'US', role: 'VISITOR' } });
  // Two roles in one event: one event for the person, whichever role goes first.
  await mutate(app, editor, ADD_PARTICIPANT, { input: { event: 'counting-meeting', person: 'counts-tester', role: 'HOST' } });
  await mutate(app, editor, ADD_PARTICIPANT, { input: { event: 'counting-meeting', person: 'counts-tester', role: 'SPEAKER' } });
  await mutate(app, editor, ADD_PARTICIPANT, { input: { event: 'counting-meeting', person: 'antony-blinken', role: 'VISITOR' } });
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectProfileOf('counts-tester');
  await expectProfileOf('antony-blinken');
  await expectDashboardOf('US');
  await mutate(app, editor, REMOVE_PARTICIPANT, { input: { event: 'counting-meeting', person: 'counts-tester', role: 'HOST' } });
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);

  // Moved: from the US (still a VISITOR) to France, a summit now, over two days ending earlier.
  await mutate(app, editor, UPDATE_EVENT, {
    input: { event: event.id, type: 'SUMMIT', location: 'FR', startDate: '2015-03-01', endDate: '2015-03-02' },
  });
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectDashboardOf('FR');
  await expectDashboardOf('US');
  await expectProfileOf('counts-tester');
  await mutate(app, editor, REMOVE_COUNTRY, { input: { event: 'counting-meeting', country: 'US' } });
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectDashboardOf('US');

  // Articles: a mention, a new publication time, the mention gone, an article deleted with its mentions.
  const { article } = await mutate(app, editor, CREATE_ARTICLE, {
    input: { url: 'https://counts.example/one', title: 'Counting', publishedAt: '2031-05-03T10:00:00.000Z' },
  });
  const { article: other } = await mutate(app, editor, CREATE_ARTICLE, {
    input: { url: 'https://counts.example/two', title: 'Counting again', publishedAt: '2031-05-04T10:00:00.000Z' },
  });
  for (const id of [article.id, other.id]) {
    await mutate(app, editor, ADD_MENTION, { input: { article: id, person: 'counts-tester' } });
    await mutate(app, editor, ADD_MENTION, { input: { article: id, person: 'antony-blinken' } });
    await mutate(app, editor, ADD_MENTION, { input: { article: id, event: 'counting-meeting' } });
  }
  await expectProfileOf('counts-tester');
  await mutate(app, editor, UPDATE_ARTICLE, { input: { article: other.id, publishedAt: '2001-01-01T00:00:00.000Z' } });
  await mutate(app, editor, UPDATE_ARTICLE, { input: { article: article.id, publishedAt: null } });
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectProfileOf('counts-tester');
  await expectProfileOf('antony-blinken');
  await mutate(app, editor, REMOVE_MENTION, { input: { article: other.id, person: 'counts-tester' } });
  await mutate(app, keys.admin, DELETE_ARTICLE, { input: { article: article.id } });
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectProfileOf('counts-tester');

  // Arms sales: values known and unknown, a change of value, of supplier, a delete.
  const { armsSale } = await mutate(app, editor, CREATE_SALE, {
    input: { supplier: 'FR', recipient: 'IN', valueUsd: '1234567890123.45', items: 'Jets', status: 'APPROVED' },
  });
  await mutate(app, editor, CREATE_SALE, { input: { supplier: 'FR', recipient: 'JP', items: 'Radars', status: 'PROPOSED' } });
  await expectDashboardOf('FR');
  await mutate(app, editor, UPDATE_SALE, { input: { armsSale: armsSale.id, valueUsd: '0.05' } });
  await expectDashboardOf('FR');
  await mutate(app, editor, UPDATE_SALE, { input: { armsSale: armsSale.id, supplier: 'DE', valueUsd: null } });
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectDashboardOf('FR');
  await expectDashboardOf('DE');
  await mutate(app, keys.admin, DELETE_SALE, { input: { armsSale: armsSale.id } });
  await expectDashboardOf('DE');
  await expectDashboardOf('IN');

  // Deletes cascade to the links, and the counts follow.
  await mutate(app, keys.admin, DELETE_EVENT, { input: { event: event.id } });
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectDashboardOf('FR');
  await mutate(app, keys.admin, DELETE_PERSON, { input: { person: 'counts-tester' } });
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectProfileOf('antony-blinken');
});

test('concurrent writes on the same country, person, event and article', async () => {
  const editor = keys.editor;
  await mutate(app, editor, CREATE_PERSON, { input: { name: 'Busy Person', slug: 'busy-person' } });
  const created = await Promise.all(Array.from({ length: 12 }, (_, index) => mutate(app, editor, CREATE_EVENT, {
    input: { title: `Busy ${index}`, type: index % 2 ? 'MEETING' : 'STATEMENT', slug: `busy-${index}`, startDate: `2032-01-${String(index + 1).padStart(2, '0')}`,
      location: index % 3 ? 'DE' : 'PL' },
  })));
  expect(created).toHaveLength(12);
  const roles = ['HOST', 'VISITOR', 'SPEAKER', 'ATTENDEE'];
  await Promise.all([
    // Every role of one person in each event at once; several roles of one pair race each other.
    ...Array.from({ length: 12 }, (_, index) => index).flatMap((index) => roles.map((role) =>
      mutate(app, editor, ADD_PARTICIPANT, { input: { event: `busy-${index}`, person: 'busy-person', role } }))),
    ...Array.from({ length: 12 }, (_, index) => mutate(app, editor, ADD_COUNTRY, { input: { event: `busy-${index}`, country: 'PL', role: 'SUBJECT' } })),
    ...Array.from({ length: 6 }, (_, index) => mutate(app, editor, CREATE_SALE, {
      input: { supplier: 'DE', recipient: index % 2 ? 'PL' : 'UA', valueUsd: `${index + 1}000000.10`, items: `Lot ${index}`, status: 'APPROVED' },
    })),
    ...Array.from({ length: 6 }, (_, index) => mutate(app, editor, UPDATE_EVENT, { input: { event: `busy-${index}`, type: 'SUMMIT' } })),
  ]);
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectProfileOf('busy-person');
  await expectDashboardOf('PL');
  await expectDashboardOf('DE');

  // Removing roles concurrently, the last of each pair among them, moving events while they go, and deleting
  // others (with their participants and countries).
  await Promise.all([
    ...Array.from({ length: 8 }, (_, index) => index).flatMap((index) => roles.slice(index % 2 ? 0 : 1).map((role) =>
      mutate(app, editor, REMOVE_PARTICIPANT, { input: { event: `busy-${index}`, person: 'busy-person', role } }))),
    ...Array.from({ length: 8 }, (_, index) => mutate(app, editor, UPDATE_EVENT, {
      input: { event: `busy-${index}`, location: index % 2 ? 'PL' : 'CZ', type: 'PROTEST', startDate: `2033-02-${String(index + 1).padStart(2, '0')}` },
    })),
    ...Array.from({ length: 4 }, (_, index) => mutate(app, keys.admin, DELETE_EVENT, { input: { event: `busy-${index + 8}` } })),
  ]);
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectProfileOf('busy-person');
  for (const code of ['PL', 'DE', 'CZ', 'UA']) await expectDashboardOf(code);
});

test('a merge of two people (their links moved to one) and a re-pointed mention', async () => {
  await mutate(app, keys.editor, CREATE_PERSON, { input: { name: 'Merged Away', slug: 'merged-away' } });
  await mutate(app, keys.editor, ADD_PARTICIPANT, { input: { event: 'busy-1', person: 'merged-away', role: 'HOST' } });
  await mutate(app, keys.editor, ADD_PARTICIPANT, { input: { event: 'busy-3', person: 'merged-away', role: 'HOST' } });
  const { article } = await mutate(app, keys.editor, CREATE_ARTICLE, { input: { url: 'https://counts.example/merge', title: 'Merge' } });
  await mutate(app, keys.editor, ADD_MENTION, { input: { article: article.id, person: 'merged-away' } });
  // No mutation merges people yet: this is what one would do, in one transaction.
  await app.db.$transaction([
    app.db.$executeRawUnsafe(`
      UPDATE "EventParticipant" ep SET "personId" = (SELECT id FROM "Person" WHERE slug = 'busy-person')
      WHERE ep."personId" = (SELECT id FROM "Person" WHERE slug = 'merged-away') AND NOT EXISTS (
        SELECT 1 FROM "EventParticipant" kept WHERE kept."eventId" = ep."eventId" AND kept.role = ep.role
          AND kept."personId" = (SELECT id FROM "Person" WHERE slug = 'busy-person'))`),
    app.db.$executeRawUnsafe(`
      UPDATE "ArticlePerson" SET "personId" = (SELECT id FROM "Person" WHERE slug = 'busy-person')
      WHERE "personId" = (SELECT id FROM "Person" WHERE slug = 'merged-away')`),
    app.db.$executeRawUnsafe(`DELETE FROM "Person" WHERE slug = 'merged-away'`),
  ]);
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectProfileOf('busy-person');
  // An update that moves a mention to another article, and one that changes nothing counted.
  await app.db.$executeRawUnsafe(`UPDATE "ArticlePerson" SET "articleId" = (SELECT min(id) FROM "Article") WHERE "articleId" = (
    SELECT id FROM "Article" WHERE url = 'https://counts.example/merge')`);
  await app.db.$executeRawUnsafe(`UPDATE "EventParticipant" SET role = 'ORGANIZER' WHERE role = 'HOST'
    AND "personId" = (SELECT id FROM "Person" WHERE slug = 'busy-person')`);
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectProfileOf('busy-person');
});

/** Every page of a relation, forwards with `first`/`after` and backwards with `last`/`before`: the IDs in order. */
async function walk(field: 'person' | 'country' | 'event', key: string, relation: string): Promise<{ forwards: number[]; backwards: number[] }> {
  const [argument, type] = { person: ['slug', 'String!'], country: ['code', 'String!'], event: ['id', 'ID!'] }[field];
  const ids = (edges: any[]) => edges.map((edge) => Number(Buffer.from(edge.node.id, 'base64').toString().split(':')[1]));
  const read = async (page: string) => {
    const response = await app.graphql(`query ($key: ${type}) { ${field}(${argument}: $key) {
      ${relation}(${page}) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`, { key });
    expect(response.errors).toBeUndefined();
    return response.data![field][relation];
  };
  const forwards: number[] = [];
  for (let cursor: string | null = null; ;) {
    const page = await read(cursor ? `first: 3, after: "${cursor}"` : 'first: 3');
    forwards.push(...ids(page.edges));
    if (!page.pageInfo.hasNextPage) break;
    cursor = page.pageInfo.endCursor;
  }
  const backwards: number[] = [];
  for (let cursor: string | null = null; ;) {
    const page = await read(cursor ? `last: 4, before: "${cursor}"` : 'last: 4');
    backwards.unshift(...ids(page.edges));
    if (!page.pageInfo.hasPreviousPage) break;
    cursor = page.pageInfo.startCursor;
  }
  return { forwards, backwards };
}

test('pages through the read models, both ways, in the order of the base tables (undated last)', async () => {
  // Undated events and an unpublished article among the busy person's.
  await mutate(app, keys.editor, CREATE_EVENT, { input: { title: 'Undated one', type: 'OTHER', slug: 'undated-one', location: 'PL' } });
  await mutate(app, keys.editor, CREATE_EVENT, { input: { title: 'Undated two', type: 'OTHER', slug: 'undated-two', location: 'PL' } });
  for (const slug of ['undated-one', 'undated-two']) {
    await mutate(app, keys.editor, ADD_PARTICIPANT, { input: { event: slug, person: 'busy-person', role: 'HOST' } });
  }
  const { article } = await mutate(app, keys.editor, CREATE_ARTICLE, { input: { url: 'https://counts.example/unpublished', title: 'Unpublished' } });
  await mutate(app, keys.editor, ADD_MENTION, { input: { article: article.id, person: 'busy-person' } });
  // An event reported by articles of one time (ties go by ID), of others, and undated; one dated only after its mention.
  const { event } = await mutate(app, keys.editor, CREATE_EVENT, { input: { title: 'Much reported', type: 'OTHER', slug: 'much-reported' } });
  const times = ['2030-01-02T00:00:00.000Z', '2030-01-02T00:00:00.000Z', '2029-05-05T00:00:00.000Z', null, '2031-01-01T00:00:00.000Z', null];
  for (const [index, publishedAt] of times.entries()) {
    const { article: reporting } = await mutate(app, keys.editor, CREATE_ARTICLE, {
      input: { url: `https://counts.example/reporting-${index}`, title: `Reporting ${index}`, publishedAt },
    });
    await mutate(app, keys.editor, ADD_MENTION, { input: { article: reporting.id, event: 'much-reported' } });
  }
  await mutate(app, keys.editor, ADD_MENTION, { input: { article: article.id, event: 'much-reported' } });
  await mutate(app, keys.editor, UPDATE_ARTICLE, { input: { article: 'https://counts.example/reporting-5', publishedAt: '2030-01-02T00:00:00.000Z' } });
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  const expected = async (sql: string, key: string) => (await app.db.$queryRawUnsafe<{ id: number }[]>(sql, key)).map((row) => row.id);
  const personEvents = await expected(`SELECT e.id FROM "Event" e JOIN "Person" p ON p.slug = $1
    WHERE EXISTS (SELECT 1 FROM "EventParticipant" ep WHERE ep."eventId" = e.id AND ep."personId" = p.id)
    ORDER BY e."startDate" DESC NULLS LAST, e.id DESC`, 'busy-person');
  const personArticles = await expected(`SELECT a.id FROM "Article" a JOIN "Person" p ON p.slug = $1
    WHERE EXISTS (SELECT 1 FROM "ArticlePerson" ap WHERE ap."articleId" = a.id AND ap."personId" = p.id)
    ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC`, 'busy-person');
  const eventArticles = await expected(`SELECT a.id FROM "Article" a JOIN "Event" e ON e.slug = $1
    WHERE EXISTS (SELECT 1 FROM "ArticleEvent" ae WHERE ae."articleId" = a.id AND ae."eventId" = e.id)
    ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC`, 'much-reported');
  const countryEvents = await expected(`SELECT e.id FROM "Event" e JOIN "Country" c ON c.code = $1
    WHERE e."locationId" = c.id OR EXISTS (SELECT 1 FROM "EventCountry" ec WHERE ec."eventId" = e.id AND ec."countryId" = c.id)
    ORDER BY e."startDate" DESC NULLS LAST, e.id DESC`, 'PL');
  expect(personEvents.length).toBeGreaterThan(6);
  expect(countryEvents.length).toBeGreaterThan(6);
  expect(eventArticles.length).toBe(7);
  for (const [field, key, relation, ids] of [
    ['person', 'busy-person', 'events', personEvents], ['person', 'busy-person', 'articles', personArticles], ['country', 'PL', 'events', countryEvents],
    ['event', event.id, 'articles', eventArticles],
  ] as const) {
    expect(await walk(field, key, relation)).toEqual({ forwards: ids, backwards: ids });
  }
});

test('the importer, twice, and a TRUNCATE of the graph', async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-counts-'));
  try {
    const file = path.join(workDir, 'coverage.ndjson');
    const articles = [...generateCoverage({ articles: 60, seed: 11 })];
    fs.writeFileSync(file, `${articles.map((article) => JSON.stringify(article)).join('\n')}\n`);
    expect(await importFile(app.db, file)).toMatchObject({ lines: 60, failed: 0 });
    expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
    expect(await importFile(app.db, file)).toMatchObject({ lines: 60, failed: 0 });
    expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
    const [{ code }] = await app.db.$queryRawUnsafe<{ code: string }[]>(`
      SELECT c.code FROM "CountryEvent" ce JOIN "Country" c ON c.id = ce."countryId" GROUP BY c.code ORDER BY count(*) DESC, c.code LIMIT 1`);
    await expectDashboardOf(code);
    const [{ slug }] = await app.db.$queryRawUnsafe<{ slug: string }[]>(`
      SELECT p.slug FROM "ArticlePerson" ap JOIN "Person" p ON p.id = ap."personId" GROUP BY p.slug ORDER BY count(*) DESC, p.slug LIMIT 1`);
    await expectProfileOf(slug);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  await emptyGraph(app.db);
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  await expectDashboardOf('US');
});
