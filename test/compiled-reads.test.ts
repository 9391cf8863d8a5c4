// Compiled reads: `event(id:)` and everything selected under it in ONE SQL statement
// (src/data/compile.ts), answering exactly what the DataLoader path answers — on the seed, on a trip
// built here, and on generated coverage — and falling back to that path for what it does not compile.
import { execute, parse } from 'graphql';
import { generateCoverage } from '../src/generate/coverage';
import { createContext } from '../src/schema/context';
import { getSchema } from '../src/schema/build';
import { toGlobalId } from '../src/schema/relay';
import { createApiKey } from '../src/data/api-keys';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;

/** The benchmark's event detail operation (bench/operations.ts), with the page size a variable. */
const EVENT_DETAIL = `query Event($id: ID!, $articles: Int!) { event(id: $id) { ... on Event {
  title startDate endDate children(first: 100) { title position location { name } participants { role person { name title country { name } } } }
  countries { role country { name } } articles(first: $articles) { edges { node { title source publishedAt } } } } } }`;

/** Fragments, aliases with other arguments, variables, @include/@skip, cursors, counts, parents. */
const VARIANTS = [
  EVENT_DETAIL,
  `query($id: ID!, $articles: Int!, $withStops: Boolean!, $noCountries: Boolean!) { event(id: $id) {
    id __typename ...Head
    stops: children @include(if: $withStops) { id ...Head parent { id title } participants { person { id slug aliases } p2: person { name } } }
    countries @skip(if: $noCountries) { role country { code code3 capitals } }
    newest: articles(first: $articles) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id title publishedAt ingestedAt } } }
    byTitle: articles(first: 2, orderBy: { field: TITLE, direction: ASC }) { totalCount edges { cursor node { title } } }
    none: articles(first: 0) { totalCount pageInfo { hasNextPage endCursor } }
    oldest: articles(last: 2) { pageInfo { hasPreviousPage hasNextPage } edges { node { title } } }
  } }
  fragment Head on Event { title type summary startDate endDate datePrecision position origin slug location { name region } }`,
  `query($id: ID!, $articles: Int!, $withStops: Boolean!, $noCountries: Boolean!) { event(id: $id) {
    children @skip(if: $withStops) { title } countries @include(if: $noCountries) { role }
    articles(first: $articles) { edges { node { title } } } } }`,
  // Filtered connections and a person's connections (from maintained counts) compile too.
  `query($id: ID!) { event(id: $id) { title articles(first: 3, filter: { source: "Reuters" }) { totalCount edges { node { title } } } } }`,
  `query($id: ID!) { event(id: $id) { title participants { person { name events(first: 2) { totalCount edges { node { title } } } } } } }`,
  // An article's relations and mentions compile too.
  `query($id: ID!) { event(id: $id) { title articles(first: 3) { edges { node { title people(first: 2) { edges { node { name } } } personMentions { person { name } } } } } } }`,
  // And a person's co-participants. (What does not compile, and why: test/compiled-coverage.test.ts.)
  `query($id: ID!) { event(id: $id) { title children { participants { person { name topCoParticipants(first: 2) { person { name } sharedEvents } } } } } }`,
];

beforeAll(async () => {
  app = await startTestApp();
});
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

/** Every variant for the event, compiled and not, and the cursors of one page carried to the next. */
async function expectSameAnswers(eventId: number) {
  const id = toGlobalId('Event', eventId);
  // Each variant's two ways of asking run side by side (they are independent reads).
  await Promise.all(VARIANTS.flatMap((query) => [[true, false], [false, true]].map(async ([withStops, noCountries]) => {
    const variables = { id, articles: 3, withStops, noCountries };
    const { compiled, loaded } = await bothWays(query, variables);
    expect(compiled).toEqual(loaded);
    expect(compiled.errors).toBeUndefined();
  })));
  const page = `query($id: ID!, $after: String, $before: String) { event(id: $id) {
    next: articles(first: 1, after: $after) { edges { cursor node { title } } pageInfo { hasNextPage hasPreviousPage } }
    previous: articles(last: 1, before: $before) { edges { cursor node { title } } pageInfo { hasNextPage hasPreviousPage } } } }`;
  const first = await bothWays(page, { id });
  expect(first.compiled).toEqual(first.loaded);
  const cursor = first.compiled.data.event?.next.edges[0]?.cursor;
  if (cursor) {
    const second = await bothWays(page, { id, after: cursor, before: cursor });
    expect(second.compiled).toEqual(second.loaded);
  }
}

// Before the trips below are built: the seed's events, each unlike the others.
test('answers exactly what the DataLoader path answers for every seeded event', async () => {
  const events = await app.db.event.findMany({ select: { id: true } });
  expect(events.length).toBeGreaterThan(0);
  for (const { id } of events) await expectSameAnswers(id);
});

describe('the event detail operation', () => {
  let tripId: number;

  /** A trip of `stops` stops, each in a country with two participants, reported by `stops` articles. */
  async function buildTrip(stops: number, name: string): Promise<number> {
    const countries = await app.db.country.findMany({ where: { code: { in: ['FR', 'DE', 'IN', 'BR', 'ZA', 'AU', 'JP'] } } });
    const people = await Promise.all(
      [0, 1, 2].map((index) =>
        app.db.person.create({ data: { name: `${name} envoy ${index}`, slug: `${name}-envoy-${index}`, aliases: [`Envoy ${index}`], countryId: countries[index].id } })),
    );
    const trip = await app.db.event.create({
      data: { title: `${name} trip`, type: 'DIPLOMATIC_TRIP', startDate: new Date(Date.UTC(2024, 0, 1)), endDate: new Date(Date.UTC(2024, 2, 1)) },
    });
    for (let index = 0; index < stops; index++) {
      await app.db.event.create({
        data: {
          title: `${name} stop ${index}`, type: 'DIPLOMATIC_VISIT', parentId: trip.id, position: index + 1,
          startDate: index % 7 === 3 ? null : new Date(Date.UTC(2024, 0, 1 + index)),
          datePrecision: index % 7 === 3 ? 'UNKNOWN' : 'DAY',
          locationId: countries[index % countries.length].id,
          participants: { create: [{ personId: people[0].id, role: 'VISITOR' }, { personId: people[1 + (index % 2)].id, role: 'HOST' }] },
        },
      });
    }
    await app.db.eventCountry.createMany({
      data: countries.slice(0, 3).map((country, index) => ({ eventId: trip.id, countryId: country.id, role: index ? 'HOST' : 'VISITOR' })),
    });
    for (let index = 0; index < stops; index++) {
      await app.db.article.create({
        data: {
          title: `${name} dispatch ${index}`, url: `https://example.org/${name}-${index}`, source: index % 2 ? 'Reuters' : 'AP',
          publishedAt: index % 5 === 2 ? null : new Date(Date.UTC(2024, 0, 1 + (index % 9), 12, index)),
          eventMentions: { create: { eventId: trip.id } },
        },
      });
    }
    return trip.id;
  }

  beforeAll(async () => {
    tripId = await buildTrip(50, 'long');
  });

  test.each([5, 50])('costs exactly one SQL statement at page size %i (as many stops and articles)', async (size) => {
    const id = size === 50 ? tripId : await buildTrip(size, 'short');
    const response = await app.graphql(EVENT_DETAIL, { id: toGlobalId('Event', id), articles: size });
    expect(response.errors).toBeUndefined();
    const event = response.data!.event;
    expect(event.children).toHaveLength(size);
    expect(event.articles.edges).toHaveLength(size);
    for (const stop of event.children) {
      expect(stop.location.name).toEqual(expect.any(String));
      expect(stop.participants).toHaveLength(2);
      expect(stop.participants[0].person.country.name).toEqual(expect.any(String));
    }
    expect(event.countries).toHaveLength(3);
    expect(response.sqlStatements).toBe(1);
  });

  test('fragments, aliases, variables, @include/@skip and filters compile to one statement', async () => {
    const variables = { id: toGlobalId('Event', tripId), articles: 5, withStops: true, noCountries: false };
    const counts = [];
    for (const query of VARIANTS) {
      const response = await app.graphql(query, variables);
      expect(response.errors).toBeUndefined();
      counts.push(response.sqlStatements);
    }
    expect(counts).toEqual(VARIANTS.map(() => 1));
  });

  test('an event that does not exist is NOT_FOUND, in one statement', async () => {
    const response = await app.graphql(EVENT_DETAIL, { id: toGlobalId('Event', 999999999), articles: 5 });
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(response.data?.event).toBeNull();
    expect(response.sqlStatements).toBe(1);
  });

  test('answers exactly what the DataLoader path answers, for every way of asking', async () => {
    await expectSameAnswers(tripId);
    // Stops are alike but for their dates: one dated, one of unknown date (every seventh from the fourth).
    const stops = await app.db.event.findMany({ where: { parentId: tripId, position: { in: [3, 4] } }, select: { id: true } });
    expect(stops).toHaveLength(2);
    for (const { id } of stops) await expectSameAnswers(id);
  });

  test('bad page arguments are reported as the DataLoader path reports them', async () => {
    const query = `query($id: ID!) { event(id: $id) { articles(first: 500) { edges { node { title } } } } }`;
    const { compiled, loaded } = await bothWays(query, { id: toGlobalId('Event', tripId) });
    expect(compiled).toEqual(loaded);
    expect(compiled.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

test('answers exactly what the DataLoader path answers on generated coverage', async () => {
  const editor = (await createApiKey(app.db, { name: 'compiled-reads', role: 'EDITOR' })).key;
  const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { userErrors { message } } }`;
  for (const input of generateCoverage({ articles: 60, seed: 7 })) {
    const response = await app.graphql(ingest, { input }, { apiKey: editor });
    expect(response.errors).toBeUndefined();
  }
  // Trips (with stops) first, then other events, two dozen in all.
  const events = await app.db.$queryRaw<{ id: number }[]>`
    SELECT e.id FROM "Event" e ORDER BY (SELECT count(*) FROM "Event" s WHERE s."parentId" = e.id) DESC, e.id LIMIT 25`;
  for (const { id } of events) await expectSameAnswers(id);
}, 120_000); // 60 ingests and 25 events asked every way: 10 s idle, near 30 s on a machine loaded fifteen deep
