// Queries executed by graphql-jit (src/schema/jit-execution.ts) answer what graphql-js answers, byte for byte: the
// benchmark's operations, the playground's examples and error cases, each sent to this service and to a
// second one on the same database whose queries graphql-js executes, with the same statements.
import { parse, type GraphQLObjectType } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { Client } from 'pg';
import { operations, pickSubjects, Subjects } from '../bench/operations';
import { createApiKey } from '../src/data/api-keys';
import { PLAYGROUND_EXAMPLES } from '../src/http/playground-examples';
import { getSchema } from '../src/schema/build';
import { toGlobalId } from '../src/schema/relay';
import { ingestCoverage, startTestApp, TestApp } from './support/harness';

jest.setTimeout(120_000);

let app: TestApp;
let subjects: Subjects;
let personId: string;

beforeAll(async () => {
  app = await startTestApp({ graphqlJs: true, metrics: true });
  await ingestCoverage(app, { articles: 120, seed: 11 });
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  subjects = await pickSubjects(client);
  personId = toGlobalId('Person', (await client.query('SELECT id FROM "Person" WHERE slug = $1', [subjects.person])).rows[0].id as number);
  await client.end();
}, 180_000);
afterAll(() => app?.close());

/** How many queries graphql-jit answered, and gave back to graphql-js, so far (`/metrics`). */
async function jitOutcomes(): Promise<{ answered: number; givenBack: number }> {
  const text = await (await fetch(new URL('/metrics', app.server.url))).text();
  const count = (outcome: string) => Number(new RegExp(`graphql_jit_queries_total\\{outcome="${outcome}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { answered: count('answered'), givenBack: count('given back') };
}

/** As expectSameAnswer, and graphql-jit answered it (graphql-js did not). */
async function expectAnsweredByJit(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const before = await jitOutcomes();
  const answer = await expectSameAnswer(query, variables, operationName);
  expect(await jitOutcomes()).toEqual({ answered: before.answered + 1, givenBack: before.givenBack });
  return answer;
}

/** Sends the operation to both servers: the same status, the same JSON text, the same number of statements. */
async function expectSameAnswer(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const jit = await app.graphqlText(query, variables, operationName);
  const graphqlJs = await app.graphqlJs(query, variables, operationName);
  expect(jit.text).toBe(graphqlJs.text);
  expect(jit.status).toBe(graphqlJs.status);
  expect(jit.sqlStatements).toBe(graphqlJs.sqlStatements);
  return JSON.parse(jit.text) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('the benchmark\'s operations', () => {
  test.each(['timeline', 'event', 'person', 'dashboard', 'armsSaleStats', 'search'])('%s', async (key) => {
    const operation = operations(subjects).find((candidate) => candidate.key === key)!;
    const answer = await expectAnsweredByJit(operation.query, operation.variables);
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data).length).toBeGreaterThan(100);
  });

  test('graphql-jit compiles every one of them (none is left to graphql-js)', async () => {
    const schema = await getSchema();
    for (const operation of operations(subjects)) expect(isCompiledQuery(compileQuery(schema, parse(operation.query)))).toBe(true);
  });
});

describe('the playground\'s examples', () => {
  const names = [...PLAYGROUND_EXAMPLES.matchAll(/^query (\w+)/gm)].map((match) => match[1]);
  test.each(names)('%s', async (name) => {
    await expectAnsweredByJit(PLAYGROUND_EXAMPLES, name === 'NodeById' ? { id: toGlobalId('Event', 1) } : undefined, name);
  });
});

describe('selections', () => {
  /** Fragment spreads kept and dropped by variables, one field kept by one spread and dropped by another: asked with both sets of values. */
  const SPREADS_BY_VARIABLES = `query ($slug: String!, $a: Boolean!, $b: Boolean!) { person(slug: $slug) { ...Names @include(if: $a) ...Country @skip(if: $b)
      events(first: 2) { edges { node { ...Dates @include(if: $b) ... on Event { title @include(if: $a) } ...Title @skip(if: $a) } } } } }
    fragment Names on Person { name slug }
    fragment Country on Person { name country { code } }
    fragment Dates on Event { startDate title }
    fragment Title on Event { title type }`;

  const cases: Array<[string, string, () => Record<string, unknown>]> = [
    ['aliases, fragments on objects and interfaces, __typename everywhere',
      `query ($slug: String!) { __typename
        a: person(slug: $slug) { __typename ...P events(first: 2) { __typename totalCount pageInfo { hasNextPage endCursor __typename } edges { cursor node { ... on Node { id } ...E } } } }
        b: person(slug: $slug) { name n2: name country { ... on Country { code code3 } } }
      }
      fragment P on Person { id name slug aliases title }
      fragment E on Event { title type startDate endDate location { name } }`,
    () => ({ slug: subjects.person })],
    ['@include and @skip by variables, both ways',
      `query ($code: String!, $with: Boolean!, $without: Boolean!) { country(code: $code) { name
        events(first: 3) @include(if: $with) { totalCount edges { node { title @skip(if: $without) type } } }
        armsSalesAsSupplier @skip(if: $with) { count }
        ... on Country @include(if: $without) { code }
      } }`,
    () => ({ code: subjects.country, with: true, without: false })],
    ['@include and @skip by variables, the other way',
      `query ($code: String!, $with: Boolean!, $without: Boolean!) { country(code: $code) { name
        events(first: 3) @include(if: $with) { totalCount edges { node { title @skip(if: $without) type } } }
        armsSalesAsSupplier @skip(if: $with) { count }
        ... on Country @include(if: $without) { code }
      } }`,
    () => ({ code: subjects.country, with: false, without: true })],
    ['@include and @skip on fragment spreads, and one field kept by one spread and dropped by another',
      SPREADS_BY_VARIABLES,
    () => ({ slug: subjects.person, a: true, b: true })],
    ['the same, the other values',
      SPREADS_BY_VARIABLES,
    () => ({ slug: subjects.person, a: false, b: false })],
    ['enums, custom scalars (Date, DateTime, Decimal) and root lists with filters and orders',
      `{ armsSales(first: 5, orderBy: { field: VALUE_USD, direction: DESC }) { edges { node { status valueUsd valueUsdExact valueFormatted announcedDate supplier { code } } } }
        articles(first: 3, orderBy: { field: TITLE, direction: ASC }) { edges { node { title publishedAt source } } }
        eventStats(groupBy: [TYPE, YEAR]) { type year count } }`,
    () => ({})],
    ['node and nodes with fragments on every type',
      `query ($ids: [ID!]!, $id: ID!) { node(id: $id) { id __typename ... on Person { name } }
        nodes(ids: $ids) { id __typename ... on Event { title location { name } } ... on Person { name } ... on Country { code } } }`,
    () => ({ id: personId, ids: [toGlobalId('Event', 1), toGlobalId('Event', 2), personId, toGlobalId('Country', 3)] })],
  ];
  test.each(cases)('%s', async (_name, query, variables) => {
    const answer = await expectAnsweredByJit(query, variables());
    expect(answer.errors).toBeUndefined();
  });

  test('a key dropped where it is first asked for and kept further on: the keys in graphql-js\'s order (graphql-js answers those values)', async () => {
    const query = `query ($code: String!, $with: Boolean!) { events(first: 3, filter: { country: $code }) { edges { node {
      title @include(if: $with) type ... on Event @skip(if: $with) { title } } } } }`;
    const before = await jitOutcomes();
    const answer = await expectSameAnswer(query, { code: subjects.country, with: false });
    expect(Object.keys((answer.data as { events: { edges: { node: object }[] } }).events.edges[0].node)).toEqual(['type', 'title']);
    expect((await jitOutcomes()).givenBack).toBe(before.givenBack + 1);
    // Kept where it is first asked for: graphql-jit's order is graphql-js's, and it answers.
    await expectAnsweredByJit(query, { code: subjects.country, with: true });
  });

  test('while the countries are read again (the groups\' countries are promises), the same answer and one statement', async () => {
    const query = '{ armsSaleStats(groupBy: [SUPPLIER]) { supplier { officialName aliases } count } }';
    const before = await expectSameAnswer(query);
    // A change to Country makes the country directory read the countries again.
    await app.db.$executeRawUnsafe(`UPDATE "Country" SET "name" = "name" WHERE "code" = 'US'`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await app.graphqlText(query);
    expect(after.text.trim()).toBe(JSON.stringify(before));
    expect(after.sqlStatements).toBeLessThanOrEqual(2);
  });
});

describe('relations a statement brought, read as properties', () => {
  /** The relation fields under the event detail that answered with what its statement brought through a field resolver on every row. */
  const RELATIONS: Array<[string, string]> = [['Event', 'children'], ['Event', 'location'], ['Event', 'participants'], ['Person', 'country'], ['Event', 'countries']];

  test('the event detail calls no resolver of its relations under graphql-jit; graphql-js calls them on every row', async () => {
    const schema = await getSchema();
    const calls = new Map<string, number>();
    const restore: Array<() => void> = [];
    for (const [type, name] of RELATIONS) {
      const field = (schema.getType(type) as GraphQLObjectType).getFields()[name];
      const resolve = field.resolve!;
      field.resolve = (...args) => {
        calls.set(`${type}.${name}`, (calls.get(`${type}.${name}`) ?? 0) + 1);
        return resolve(...args);
      };
      restore.push(() => (field.resolve = resolve));
    }
    try {
      const operation = operations(subjects).find((candidate) => candidate.key === 'event')!;
      await expectAnsweredByJit(operation.query, operation.variables);
      const total = [...calls.values()].reduce((sum, count) => sum + count, 0);
      // Only graphql-js's answer called them: the same count again from graphql-js alone.
      calls.clear();
      await app.graphqlJs(operation.query, operation.variables);
      expect([...calls.values()].reduce((sum, count) => sum + count, 0)).toBe(total);
      expect(calls.get('Event.location')).toBeGreaterThan(1);
      expect(calls.get('Person.country')).toBeGreaterThan(1);
    } finally {
      for (const undo of restore) undo();
    }
  });

  test('a relation asked for under aliases too, and bounded lists under two sizes', async () => {
    const answer = await expectAnsweredByJit(`query ($id: ID!) { event(id: $id) { ... on Event {
      location { name } place: location { code } children(first: 2) { title location { code } } stops: children(first: 1) { position }
      participants(first: 1) { role person { name country { code } } } } } }`, { id: subjects.trip });
    expect(answer.errors).toBeUndefined();
  });

  test('a bounded list of another size under every row, and none', async () => {
    await expectAnsweredByJit(`query ($id: ID!) { event(id: $id) { ... on Event { children(first: 0) { title } countries(first: 1) { role } } } }`, { id: subjects.trip });
    await expectAnsweredByJit(`query ($code: String!) { events(first: 5, filter: { country: $code }) { edges { node { participants(first: 2) { person { name } } parent { title location { name } } } } } }`,
      { code: subjects.country });
  });

  /** Runs `body` counting the calls of the resolver of `type.name` (answerCompiledFields's, which graphql-js calls on every row). */
  async function countingCalls(type: string, name: string, body: (calls: () => number) => Promise<void>) {
    const field = ((await getSchema()).getType(type) as GraphQLObjectType).getFields()[name];
    const resolve = field.resolve!;
    let calls = 0;
    field.resolve = (...args) => {
      calls += 1;
      return resolve(...args);
    };
    try {
      await body(() => calls);
    } finally {
      field.resolve = resolve;
    }
  }

  describe.each([5, 50])('connections under the rows of a page of %i', (size) => {
    const query = `query ($code: String!, $first: Int!) { events(first: ${size}, filter: { country: $code }) { totalCount edges { node {
      title articles(first: $first) { totalCount edges { cursor node { title } } pageInfo { hasNextPage } } } } } }`;

    test('checked once by their resolver for a value of their arguments, then read as properties under graphql-jit; graphql-js calls it on every row', async () => {
      await countingCalls('Event', 'articles', async (calls) => {
        // A value of `first` no request asked with before: its resolver checks it once, before the statement.
        const first = size === 5 ? 4 : 6;
        const jit = await app.graphqlText(query, { code: subjects.country, first });
        expect(jit.sqlStatements).toBe(1);
        expect(calls()).toBe(1);
        const rows = (JSON.parse(jit.text) as { data: { events: { edges: unknown[] } } }).data.events.edges.length;
        expect(rows).toBeGreaterThan(1);
        const before = calls();
        const answer = await expectAnsweredByJit(query, { code: subjects.country, first });
        expect(answer.errors).toBeUndefined();
        // graphql-js's answer (expectAnsweredByJit sends both) called it on every row; graphql-jit on none.
        expect(calls() - before).toBe(rows);
        expect(JSON.parse(jit.text)).toEqual(answer);
      });
    });

    test('one statement, the same answer both ways, for the other values and sizes', async () => {
      for (const first of [0, 1, 3, 100]) {
        const jit = await app.graphqlText(query, { code: subjects.country, first });
        expect(jit.sqlStatements).toBe(1);
        await expectAnsweredByJit(query, { code: subjects.country, first });
      }
    });
  });

  test('a connection under aliases, with other arguments, and dropped by @include/@skip', async () => {
    const query = `query ($code: String!, $with: Boolean!) { events(first: 5, filter: { country: $code }) { edges { node {
      articles(first: 2) @include(if: $with) { edges { node { title } } }
      latest: articles(first: 1) { totalCount edges { node { title } } }
      ... on Event @skip(if: $with) { sources: articles(first: 2) { totalCount } } } } } }`;
    for (const values of [true, false]) {
      const answer = await expectAnsweredByJit(query, { code: subjects.country, with: values });
      expect(answer.errors).toBeUndefined();
    }
  });

  test('a connection\'s arguments its resolver refuses, under a row: graphql-js reports them, naming the field, every time', async () => {
    const query = `query ($code: String!, $language: String) { events(first: 5, filter: { country: $code }) { edges { node {
      title articles(first: 2, filter: { language: $language }) { edges { node { title } } } } } } }`;
    for (let round = 0; round < 2; round += 1) {
      const before = await jitOutcomes();
      const answer = await expectSameAnswer(query, { code: subjects.country, language: 'far-too-long-a-language' });
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(answer.errors)).toContain('articles');
      expect((await jitOutcomes()).givenBack).toBe(before.givenBack + 1);
    }
    // The same field with a value it accepts: graphql-jit answers.
    await expectAnsweredByJit(query, { code: subjects.country, language: 'en' });
  });

  test('rows the DataLoader path gave (a fact\'s subject) are no statement\'s rows: graphql-js answers', async () => {
    const editor = (await createApiKey(app.db, { name: 'jit-facts', role: 'EDITOR' })).key;
    const url = 'https://example.org/jit-execution/facts';
    const ingested = await app.graphql(`mutation($input: IngestArticleTextInput!) { ingestArticleText(input: $input) { userErrors { message } } }`, { input: {
      url, source: 'Wire', text: 'Blinken meets Yoon in Seoul\n\nSEOUL, Jan 6, 2025 - U.S. Secretary of State Antony Blinken met South Korean President Yoon Suk Yeol in Seoul on Monday.',
    } }, { apiKey: editor });
    expect(ingested.errors).toBeUndefined();
    const query = `query ($url: String!) { article(url: $url) { extractedFacts(first: 50) { edges { node { fact
      subject { __typename ... on Person { name country { code } } ... on Event { title location { code } } } } } } } }`;
    const before = await jitOutcomes();
    const answer = await expectSameAnswer(query, { url });
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data)).toContain('"__typename":"Person"');
    expect((await jitOutcomes()).givenBack).toBe(before.givenBack + 1);
  });
});

describe('errors are graphql-js\'s own', () => {
  const cases: Array<[string, string, () => Record<string, unknown> | undefined]> = [
    ['a person that does not exist (a nullable root field)', '{ person(slug: "nobody-at-all") { name } }', () => undefined],
    ['one of the nodes does not exist: the null bubbles to the list', `query ($ids: [ID!]!) { nodes(ids: $ids) { id } ok: countries(first: 1) { totalCount } }`,
      () => ({ ids: [toGlobalId('Event', 1), toGlobalId('Event', 999999)] })],
    ['a global ID of no type', '{ node(id: "bm90LWFuLWlk") { id } }', () => undefined],
    ['an argument out of range', '{ events(first: 100000) { totalCount } }', () => undefined],
    ['a bounded list\'s size out of range, under a row', 'query ($id: ID!) { event(id: $id) { ... on Event { children(first: 1000) { title } } } }', () => ({ id: subjects.trip })],
    ['a variable of the wrong type', 'query ($first: Int!) { events(first: $first) { totalCount } }', () => ({ first: 'many' })],
    ['a variable missing', 'query ($code: String!) { country(code: $code) { name } }', () => ({})],
    ['an enum value that does not exist, in a variable', 'query ($g: [ArmsSaleStatsGroup!]!) { armsSaleStats(groupBy: $g) { count } }', () => ({ g: ['DECADE'] })],
    ['refused arguments of the statistics', '{ armsSaleStats(groupBy: [YEAR, YEAR]) { count } }', () => undefined],
    ['an operation name that is not in the document', 'query A { countries(first: 1) { totalCount } }', () => undefined],
  ];
  test.each(cases)('%s', async (name, query, variables) => {
    const before = await jitOutcomes();
    const answer = await expectSameAnswer(query, variables(), name.startsWith('an operation name') ? 'B' : undefined);
    expect(answer.errors?.length).toBeGreaterThan(0);
    // Given back with the root fields' outcomes: graphql-js's answer, from the same statements (expectSameAnswer).
    if (!name.startsWith('an operation name')) expect((await jitOutcomes()).givenBack).toBe(before.givenBack + 1);
  });

  test('mutations stay with graphql-js: the same refusal without a key', async () => {
    await expectSameAnswer('mutation { deleteArticle(id: "QXJ0aWNsZTox") { userErrors { message } } }');
  });
});

describe('the response budget', () => {
  let small: TestApp;
  beforeAll(async () => {
    small = await startTestApp({ graphqlJs: true, limits: { maxResponseBytes: 200 } });
  });
  afterAll(() => small?.close());

  test('an answer over the budget is the same error both ways', async () => {
    const query = '{ countries(first: 50) { edges { node { name officialName } } } }';
    const jit = await small.graphqlText(query);
    const graphqlJs = await small.graphqlJs(query);
    expect(jit.text).toBe(graphqlJs.text);
    expect(jit.status).toBe(graphqlJs.status);
    expect(JSON.parse(jit.text).errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
  });

  test('statistics over the budget too', async () => {
    const query = '{ armsSaleStats(groupBy: [SUPPLIER]) { supplier { name officialName aliases } count } }';
    const jit = await small.graphqlText(query);
    expect(jit.text).toBe((await small.graphqlJs(query)).text);
    expect(JSON.parse(jit.text).errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
  });
});
