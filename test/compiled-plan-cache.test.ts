// Compiled reads reuse per document what depends only on it (its selection shapes): one parsed
// document run with other variables — countries, slugs, page sizes, cursors, @include/@skip —
// after the caches are warm answers as the DataLoader path does.
import { DocumentNode, execute, parse } from 'graphql';
import { generateCoverage } from '../src/generate/coverage';
import { createContext } from '../src/schema/context';
import { getSchema } from '../src/schema/build';
import { createApiKey } from '../src/data/api-keys';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
let countries: string[];
let people: string[];

const TIMELINE_TEXT = `query Timeline($country: String!, $size: Int!, $after: String, $withArticles: Boolean!, $noLocation: Boolean!) {
  events(first: $size, after: $after, filter: { country: $country }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    title startDate location @skip(if: $noLocation) { code } participants { role person { name } }
    ...Articles @include(if: $withArticles) } } } }
  fragment Articles on Event { articles(first: $size) { totalCount edges { node { title } } } }`;
const TIMELINE = parse(TIMELINE_TEXT);

const PERSON_TEXT = `query Person($slug: String!, $size: Int!, $withEvents: Boolean!) { person(slug: $slug) { name country { name }
  events(first: $size) @include(if: $withEvents) { totalCount edges { node { title } } }
  articles(first: $size) { totalCount edges { node { title } } } } }`;
const PERSON = parse(PERSON_TEXT);

beforeAll(async () => {
  app = await startTestApp();
  const editor = (await createApiKey(app.db, { name: 'compiled-plan-cache', role: 'EDITOR' })).key;
  const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { userErrors { message } } }`;
  for (const input of generateCoverage({ articles: 40, seed: 5 })) {
    const response = await app.graphql(ingest, { input }, { apiKey: editor });
    expect(response.errors).toBeUndefined();
  }
  countries = (await app.db.$queryRaw<{ code: string }[]>`
    SELECT c.code FROM "CountryEvent" ce JOIN "Country" c ON c.id = ce."countryId" GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 3`)
    .map((row) => row.code.trim());
  people = (await app.db.$queryRaw<{ slug: string }[]>`
    SELECT p.slug FROM "Person" p JOIN "EventParticipant" ep ON ep."personId" = p.id GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 3`)
    .map((row) => row.slug);
}, 120_000);
afterAll(() => app?.close());

/**
 * The document (the same object every time, as Apollo's document cache hands it) answered compiled
 * and not, and over HTTP through that cache in one statement: a plan missing a selected relation
 * (a wrong directive value reused) would leave it to its loader, one more statement.
 */
async function expectSame(document: DocumentNode, variables: Record<string, unknown>) {
  const text = document === TIMELINE ? TIMELINE_TEXT : PERSON_TEXT;
  const schema = await getSchema();
  const run = async (compileReads: boolean) => {
    const result = await execute({ schema, document, variableValues: variables, contextValue: createContext(app.db, null, undefined, { compileReads }) });
    return JSON.parse(JSON.stringify(result));
  };
  const compiled = await run(true);
  expect(compiled.errors).toBeUndefined();
  expect(compiled).toEqual(await run(false));
  const response = await app.graphql(text, variables);
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual(compiled.data);
  expect(response.sqlStatements).toBe(1);
  return compiled.data;
}

test('one document with other countries, page sizes, cursors and directive values answers each rightly', async () => {
  expect(countries.length).toBeGreaterThan(1);
  const answers = new Map<string, string>();
  // Twice over: the second round runs on warm caches, interleaved so no plan is reused by accident.
  for (let round = 0; round < 2; round++) {
    for (const country of countries) {
      for (const size of [1, 3]) {
        for (const [withArticles, noLocation] of [[true, false], [false, true], [true, true]]) {
          const variables = { country, size, withArticles, noLocation };
          const data = await expectSame(TIMELINE, variables);
          const node = data.events.edges[0]?.node;
          if (node) {
            expect('articles' in node).toBe(withArticles);
            expect('location' in node).toBe(!noLocation);
          }
          expect(data.events.edges.length).toBeLessThanOrEqual(size);
          const key = JSON.stringify(variables);
          if (round === 1) expect(JSON.stringify(data)).toBe(answers.get(key));
          answers.set(key, JSON.stringify(data));
          // The next page, by the cursor this page ended at.
          if (data.events.pageInfo.hasNextPage) {
            const next = await expectSame(TIMELINE, { ...variables, after: data.events.pageInfo.endCursor });
            expect(next.events.edges[0].cursor).not.toBe(data.events.edges[0].cursor);
          }
        }
      }
    }
  }
  // Different countries, different answers: nothing of one was reused for another.
  const first = countries.map((country) => answers.get(JSON.stringify({ country, size: 3, withArticles: true, noLocation: false })));
  expect(new Set(first).size).toBe(countries.length);
});

test('a lookup by slug is made per request, and a directive variable flipping back and forth is honoured', async () => {
  const seen = new Set<string>();
  for (let round = 0; round < 2; round++) {
    for (const slug of people) {
      for (const withEvents of [true, false, true]) {
        const data = await expectSame(PERSON, { slug, size: 2, withEvents });
        expect('events' in data.person).toBe(withEvents);
        seen.add(data.person.name);
      }
    }
  }
  expect(seen.size).toBe(people.length);
});
