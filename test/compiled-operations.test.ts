// Compiled reads of the benchmark's operations and of the root lists: ONE SQL statement per root
// field at page sizes 5 and 50, answering exactly what the DataLoader path answers (COMPILE_READS
// off) for varied subjects, filters, orders and cursors — on generated coverage.
import { execute, parse } from 'graphql';
import { generateCoverage } from '../src/generate/coverage';
import { createContext } from '../src/schema/context';
import { getSchema } from '../src/schema/build';
import { toGlobalId } from '../src/schema/relay';
import { createApiKey } from '../src/data/api-keys';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
/** The countries and people with the most events, busiest first, and the page sizes of the benchmark's tests. */
let countries: string[];
let people: string[];

/** The benchmark's operations (bench/operations.ts) with their page size a variable. */
const TIMELINE = `query Timeline($country: String!, $size: Int!) { events(first: $size, filter: { country: $country }) { totalCount edges { node {
  title startDate location { code } participants { role person { name } } articles(first: 3) { edges { node { title } } } } } } }`;

const PERSON = `query Person($slug: String!, $size: Int!) { person(slug: $slug) { name title country { name }
  events(first: $size) { totalCount edges { node { title type startDate } } }
  articles(first: $size) { totalCount edges { node { title publishedAt } } } } }`;

const DASHBOARD = `query Dashboard($code: String!, $size: Int!) { country(code: $code) { name firstEventDate lastEventDate eventCountsByType { type count }
  armsSalesAsSupplier { count totalValueUsd } armsSalesAsRecipient { count totalValueUsd }
  supplied: armsSales(role: SUPPLIER, first: $size, orderBy: { field: VALUE_USD, direction: DESC }) { totalCount edges { node { recipient { code } valueUsd status } } }
  received: armsSales(role: RECIPIENT, first: $size) { totalCount edges { node { supplier { code } valueUsd status } } }
  events(first: $size) { totalCount edges { node { title type startDate } } } } }`;

const ARMS_SALE_STATS = `query ArmsSaleStats { armsSaleStats(groupBy: [SUPPLIER, YEAR]) { supplier { code name } year count totalValueUsd } }`;

/** Root lists with their filters, orders, pages and counts, and objects by global ID. */
const LISTS = `query Lists($size: Int!, $country: String!) {
  people(first: $size, filter: { country: $country }) { totalCount edges { cursor node { id name country { code } events(first: 2) { totalCount edges { node { title } } } } } }
  articles(first: $size, orderBy: { field: TITLE, direction: ASC }) { totalCount pageInfo { hasNextPage endCursor } edges { node { title source publishedAt } } }
  armsSales(first: $size, orderBy: { field: VALUE_USD, direction: DESC }) { totalCount edges { cursor node { id valueUsd valueUsdExact valueFormatted announcedDate supplier { code } recipient { name } event { title } } } }
  countries(first: $size, filter: { region: "Europe" }) { totalCount edges { node { code name people(first: 2) { totalCount } } } }
}`;

const NODES = `query Nodes($ids: [ID!]!, $id: ID!) {
  node(id: $id) { id __typename ... on Country { name events(first: 3) { edges { node { title } } } } }
  nodes(ids: $ids) { id __typename ... on Event { title location { name } } ... on Person { name } ... on Country { code } ... on ArmsSale { valueUsd } ... on Article { title } }
}`;

beforeAll(async () => {
  app = await startTestApp();
  const editor = (await createApiKey(app.db, { name: 'compiled-operations', role: 'EDITOR' })).key;
  const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { userErrors { message } } }`;
  for (const input of generateCoverage({ articles: 120, seed: 11 })) {
    const response = await app.graphql(ingest, { input }, { apiKey: editor });
    expect(response.errors).toBeUndefined();
  }
  countries = (await app.db.$queryRaw<{ code: string }[]>`
    SELECT c.code FROM "CountryEvent" ce JOIN "Country" c ON c.id = ce."countryId" GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 8`)
    .map((row) => row.code.trim());
  people = (await app.db.$queryRaw<{ slug: string }[]>`
    SELECT p.slug FROM "Person" p JOIN "EventParticipant" ep ON ep."personId" = p.id GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 8`)
    .map((row) => row.slug);
}, 120_000);
afterAll(() => app?.close());

/** The same operation answered with compiled reads and without. */
async function bothWays(query: string, variables: Record<string, unknown>) {
  const schema = await getSchema();
  const document = parse(query);
  const run = (compileReads: boolean) =>
    execute({ schema, document, variableValues: variables, contextValue: createContext(app.db, null, undefined, { compileReads }) });
  const [compiled, loaded] = await Promise.all([run(true), run(false)]);
  return { compiled: JSON.parse(JSON.stringify(compiled)), loaded: JSON.parse(JSON.stringify(loaded)) };
}

async function expectSame(query: string, variables: Record<string, unknown>) {
  const { compiled, loaded } = await bothWays(query, variables);
  expect(compiled).toEqual(loaded);
  return compiled;
}

describe.each([5, 50])('at page size %i, one SQL statement per root field', (size) => {
  test('country timeline', async () => {
    const response = await app.graphql(TIMELINE, { country: countries[0], size });
    expect(response.errors).toBeUndefined();
    expect(response.data!.events.edges.length).toBe(Math.min(size, response.data!.events.totalCount));
    expect(response.sqlStatements).toBe(1);
  });

  test('person profile', async () => {
    const response = await app.graphql(PERSON, { slug: people[0], size });
    expect(response.errors).toBeUndefined();
    expect(response.data!.person.events.edges.length).toBe(Math.min(size, response.data!.person.events.totalCount));
    expect(response.sqlStatements).toBe(1);
  });

  test('country dashboard', async () => {
    const response = await app.graphql(DASHBOARD, { code: countries[0], size });
    expect(response.errors).toBeUndefined();
    expect(response.data!.country.events.totalCount).toBeGreaterThan(0);
    expect(response.sqlStatements).toBe(1);
  });

  test('arms-sale stats', async () => {
    const response = await app.graphql(ARMS_SALE_STATS);
    expect(response.errors).toBeUndefined();
    expect(response.sqlStatements).toBe(1);
  });

  test('root lists: four root fields, four statements', async () => {
    const response = await app.graphql(LISTS, { size, country: countries[0] });
    expect(response.errors).toBeUndefined();
    expect(response.data!.articles.edges.length).toBe(Math.min(size, response.data!.articles.totalCount));
    expect(response.sqlStatements).toBe(4);
  });

  test('node and nodes: two root fields, two statements', async () => {
    const events = await app.db.event.findMany({ select: { id: true }, take: size, orderBy: { id: 'asc' } });
    const ids = events.map(({ id }) => toGlobalId('Event', id));
    const response = await app.graphql(NODES, { ids, id: toGlobalId('Country', 1) });
    expect(response.errors).toBeUndefined();
    expect(response.data!.nodes).toHaveLength(events.length);
    expect(response.sqlStatements).toBe(2);
  });
});

describe('answers exactly what the DataLoader path answers', () => {
  test('the timeline, for the busiest countries, with filters and orders, page after page', async () => {
    const query = `query($country: String!, $size: Int!, $after: String, $types: [EventType!], $order: EventOrder) {
      events(first: $size, after: $after, filter: { country: $country, types: $types }, orderBy: $order) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id title type startDate endDate location { code } participants { role person { name } }
          countries { role country { code } } articles(first: 3) { totalCount edges { node { title } } } } } } }`;
    for (const country of countries) {
      for (const variables of [
        { size: 5 }, { size: 50 }, { size: 3, types: ['MEETING', 'DIPLOMATIC_VISIT'] },
        { size: 4, order: { field: 'TITLE', direction: 'ASC' } }, { size: 4, order: { field: 'START_DATE', direction: 'ASC' } },
      ]) {
        let after: string | null = null;
        for (let page = 0; page < 3; page++) {
          const answer = await expectSame(query, { country, ...variables, after });
          expect(answer.errors).toBeUndefined();
          after = answer.data.events.pageInfo.endCursor;
          if (!answer.data.events.pageInfo.hasNextPage) break;
        }
      }
    }
  });

  test('backward pages and other filters of the root lists', async () => {
    const query = `query($before: String, $country: String!) {
      events(last: 4, before: $before, filter: { hasParent: false, date: { from: "2000-01-01" } }) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor } edges { cursor node { title startDate } } }
      people(last: 3, filter: { text: "a" }, orderBy: { field: NAME, direction: DESC }) { totalCount edges { cursor node { name slug aliases } } }
      articles(first: 3, filter: { country: $country }) { totalCount edges { cursor node { title publishedAt ingestedAt } } }
      armsSales(first: 3, filter: { supplier: $country }) { totalCount edges { cursor node { valueUsd status supplier { code } } } }
      countries(last: 2, orderBy: { field: CODE, direction: ASC }) { totalCount edges { cursor node { code demonyms } } }
    }`;
    for (const country of countries.slice(0, 4)) {
      const first = await expectSame(query, { country });
      expect(first.errors).toBeUndefined();
      const before = first.data.events.pageInfo.startCursor;
      if (before) await expectSame(query, { country, before });
    }
  });

  test('person profiles, with filters, orders and cursors', async () => {
    const query = `query($slug: String!, $size: Int!, $after: String, $types: [EventType!]) { person(slug: $slug) {
      id name title slug aliases description origin country { name code } firstEventDate lastEventDate eventCountsByType { type count }
      events(first: $size, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { title type startDate } } }
      typed: events(first: $size, filter: { types: $types }) { totalCount edges { node { title } } }
      byTitle: events(last: 2, orderBy: { field: TITLE, direction: ASC }) { totalCount edges { cursor node { title } } }
      articles(first: $size) { totalCount edges { cursor node { title publishedAt } } }
      reuters: articles(first: 2, filter: { source: "Reuters" }) { totalCount edges { node { title } } } } }`;
    for (const slug of people) {
      for (const size of [1, 5, 50]) {
        const first = await expectSame(query, { slug, size, types: ['MEETING'] });
        expect(first.errors).toBeUndefined();
        const after = first.data.person.events.pageInfo.endCursor;
        if (after) await expectSame(query, { slug, size, after, types: ['MEETING'] });
      }
    }
    await expectSame(query, { slug: 'nobody-at-all', size: 5 });
    await expectSame(`query($id: ID!) { person(id: $id) { name } }`, { id: toGlobalId('Person', 999999) });
  });

  test('country dashboards, by either code, with cursors into the sales', async () => {
    const query = `query($code: String!, $size: Int!, $after: String) { country(code: $code) {
      id name code3 capitals firstEventDate lastEventDate eventCountsByType { type count }
      armsSalesAsSupplier { count countWithKnownValue totalValueUsd totalValueUsdExact totalValueFormatted }
      armsSalesAsRecipient { count totalValueUsd totalValueFormatted }
      supplied: armsSales(role: SUPPLIER, first: $size, after: $after, orderBy: { field: VALUE_USD, direction: DESC }) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { recipient { code } valueUsd valueUsdExact valueOriginal currency status } } }
      received: armsSales(role: RECIPIENT, first: $size) { totalCount edges { cursor node { supplier { code } valueUsd status announcedDate } } }
      both: armsSales(first: $size) { totalCount edges { node { items } } }
      events(first: $size) { totalCount edges { cursor node { title type startDate } } }
      byTitle: events(first: $size, orderBy: { field: TITLE, direction: DESC }, filter: { types: [MEETING] }) { totalCount edges { cursor node { title } } }
      people(first: $size) { totalCount edges { node { name } } }
      articles(first: 2) { totalCount edges { node { title } } } } }`;
    for (const code of [...countries, 'US', 'usa', 'VA', 'ZZ']) {
      for (const size of [2, 10]) {
        const first = await expectSame(query, { code, size });
        const after = first.data?.country?.supplied.pageInfo.endCursor;
        if (after) await expectSame(query, { code, size, after });
      }
    }
  });

  test('node and nodes, with IDs that name nothing or are not IDs', async () => {
    const sale = await app.db.armsSale.findFirst({ orderBy: { id: 'asc' } });
    const article = await app.db.article.findFirst({ orderBy: { id: 'asc' } });
    const ids = [toGlobalId('Country', 2), toGlobalId('Event', 1), 'not-an-id', toGlobalId('Event', 1), toGlobalId('Person', 999999)];
    if (sale) ids.push(toGlobalId('ArmsSale', sale.id));
    if (article) ids.push(toGlobalId('Article', article.id));
    await expectSame(NODES, { ids, id: toGlobalId('Country', 3) });
    await expectSame(NODES, { ids: [], id: 'nonsense' });
  });

  test('the lists of the LISTS operation, at both page sizes', async () => {
    for (const size of [5, 50]) await expectSame(LISTS, { size, country: countries[1] });
  });
});

test('fields and root fields the compiler does not answer are answered the DataLoader way, and counted', async () => {
  const schema = await getSchema();
  const fellBack: string[] = [];
  // What a person's facts are about is left to its loader, the rest of the person compiles; a page
  // size over the limit is left to the DataLoader path, which reports it.
  const query = `query($slug: String!) { person(slug: $slug) { name extractedFacts(first: 2) { edges { node { subject { id } } } } }
    countries(first: 1) { totalCount } articles(first: 500) { totalCount } }`;
  const result = await execute({
    schema,
    document: parse(query),
    variableValues: { slug: people[0] },
    contextValue: createContext(app.db, null, undefined, { onCompileFallback: (field) => fellBack.push(field) }),
  });
  expect(result.errors?.map((error) => error.path)).toEqual([['articles']]);
  expect(fellBack.sort()).toEqual(['ExtractedFact.subject', 'Query.articles']);
  const { compiled, loaded } = await bothWays(query, { slug: people[0] });
  expect(compiled).toEqual(loaded);
});
