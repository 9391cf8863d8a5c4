// Answers written as JSON text by their statement (compileAnswer in src/data/compile.ts, answerAsText in
// src/schema/jit-execution.ts): what a client receives is byte for byte what graphql-js answers — aliases,
// fragments, variables, @include/@skip, __typename, global IDs, enums, days, instants, nulls, errors — sent to
// this service and to a second one on the same database whose queries graphql-js executes, with the same
// statements; and which operations take that way (`graphql_text_answers_total`) and which keep the ordinary one.
import { Client } from 'pg';
import { operations, pickSubjects, Subjects } from '../bench/operations';
import { createApiKey } from '../src/data/api-keys';
import { startServer } from '../src/http/server';
import { logger } from '../src/logger';
import { AnswerText, stringifyResult } from '../src/schema/answer-text';
import { toGlobalId } from '../src/schema/relay';
import { ingestCoverage, startTestApp, TestApp } from './support/harness';

jest.setTimeout(120_000);

let app: TestApp;
let subjects: Subjects;
let tripId: string;
let client: Client;

beforeAll(async () => {
  app = await startTestApp({ graphqlJs: true, metrics: true });
  await ingestCoverage(app, { articles: 120, seed: 12 });
  client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  subjects = await pickSubjects(client);
  tripId = subjects.trip;
}, 180_000);
afterAll(async () => {
  await client?.end();
  await app?.close();
});

/** How many answers were written as text so far (`/metrics`). */
async function textAnswers(): Promise<number> {
  const text = await (await fetch(new URL('/metrics', app.server.url))).text();
  return Number(/graphql_text_answers_total (\d+)/.exec(text)?.[1] ?? 0);
}

/** Sends the operation to both servers: the same status and JSON text; whether it was written as text; its statements. */
async function answerBothWays(query: string, variables?: Record<string, unknown>) {
  const before = await textAnswers();
  const service = await app.graphqlText(query, variables);
  const graphqlJs = await app.graphqlJs(query, variables);
  expect(service.text).toBe(graphqlJs.text);
  expect(service.status).toBe(graphqlJs.status);
  return {
    asText: (await textAnswers()) - before === 1,
    statements: service.sqlStatements,
    graphqlJsStatements: graphqlJs.sqlStatements,
    answer: JSON.parse(service.text) as { data?: Record<string, any>; errors?: { message: string }[] },
  };
}

/** As answerBothWays, and written as text in one statement. */
async function expectWrittenAsText(query: string, variables?: Record<string, unknown>) {
  const result = await answerBothWays(query, variables);
  expect(result).toMatchObject({ asText: true, statements: 1, graphqlJsStatements: 1 });
  expect(result.answer.errors).toBeUndefined();
  return result.answer;
}

describe('written as text, as graphql-js answers', () => {
  test('the benchmark\'s event detail, person profile and country dashboard', async () => {
    for (const key of ['event', 'person', 'dashboard']) {
      const operation = operations(subjects).find((candidate) => candidate.key === key)!;
      const answer = await expectWrittenAsText(operation.query, operation.variables);
      expect(JSON.stringify(answer.data).length).toBeGreaterThan(100);
    }
  });

  test('aliases, the same field twice, __typename at every level, global IDs, enums, days and instants', async () => {
    const answer = await expectWrittenAsText(`query ($id: ID!) { event(id: $id) {
      __typename id a: title b: title type kind: type startDate endDate
      stops: children(first: 2) { __typename id title position location { __typename code name } parent { id } }
      all: children { title }
      participants { role person { __typename id name slug aliases country { code } } }
      c1: countries { role } c2: countries(first: 1) { country { n: name } }
      articles(first: 2) { __typename totalCount edges { __typename node { __typename id t: title publishedAt source } } }
      none: articles(first: 0) { totalCount edges { node { title } } }
      counted: articles(first: 3) { totalCount }
    } }`, { id: tripId });
    expect(answer.data!.event.stops.length).toBeLessThanOrEqual(2);
    expect(answer.data!.event.none.edges).toEqual([]);
  });

  test('named and inline fragments, nested and overlapping, and variables in arguments', async () => {
    await expectWrittenAsText(`query ($id: ID!, $stops: Int!, $articles: Int!) { event(id: $id) {
      ...Head ... on Event { title children(first: $stops) { ...Head } }
      articles(first: $articles) { edges { node { ...Source ... on Article { title } } } }
    } }
    fragment Head on Event { title startDate location { ...Place } }
    fragment Place on Country { name code3 }
    fragment Source on Article { source publishedAt }`, { id: tripId, stops: 3, articles: 4 });
  });

  test('@include and @skip by variables, both ways, on fields and fragment spreads', async () => {
    const query = `query ($id: ID!, $a: Boolean!, $b: Boolean!) { event(id: $id) {
      title @include(if: $a) startDate @skip(if: $a)
      ...Stops @include(if: $b)
      countries @skip(if: $b) { role country { name } }
    } }
    fragment Stops on Event { children(first: 3) { title } }`;
    for (const [a, b] of [[true, true], [true, false], [false, true], [false, false]]) await expectWrittenAsText(query, { id: tripId, a, b });
  });

  test('nulls where the schema allows them: a trip without parent, days and positions not known, people without title or country', async () => {
    const answer = await expectWrittenAsText(`query ($id: ID!) { event(id: $id) { title startDate endDate position location { name } parent { title } } }`,
      { id: tripId });
    expect(answer.data!.event.parent).toBeNull();
    const { rows: [person] } = await client.query('SELECT id, slug, title, "countryId" FROM "Person" ORDER BY id LIMIT 1');
    await client.query('UPDATE "Person" SET title = NULL, "countryId" = NULL WHERE id = $1', [person.id]);
    try {
      const { data } = await expectWrittenAsText(`query ($slug: String!) { person(slug: $slug) { name title country { name } } }`, { slug: person.slug });
      expect(data!.person).toMatchObject({ title: null, country: null });
    } finally {
      await client.query('UPDATE "Person" SET title = $2, "countryId" = $3 WHERE id = $1', [person.id, person.title, person.countryId]);
    }
  });

  test('strings JSON escapes: quotes, backslashes, control characters, line and paragraph separators, non-ASCII', async () => {
    const { rows: [person] } = await client.query('SELECT id, slug, description FROM "Person" ORDER BY id LIMIT 1');
    const text = 'He said "no" \\ then\nleft\t\u0001 \u2028\u2029 Zürich 東京 🙂 </script>';
    await client.query('UPDATE "Person" SET description = $2 WHERE id = $1', [person.id, text]);
    try {
      const { data } = await expectWrittenAsText(`query ($slug: String!) { person(slug: $slug) { description } }`, { slug: person.slug });
      expect(data!.person.description).toBe(text);
    } finally {
      await client.query('UPDATE "Person" SET description = $2 WHERE id = $1', [person.id, person.description]);
    }
  });

  test('a person, a country and an article by their keys', async () => {
    const { rows: [article] } = await client.query('SELECT id FROM "Article" ORDER BY id LIMIT 1');
    await expectWrittenAsText(`query ($slug: String!) { person(slug: $slug) { id name events(first: 3) { totalCount edges { node { title type } } } } }`,
      { slug: subjects.person });
    await expectWrittenAsText(`query ($code: String!) { country(code: $code) { name events(first: 2) { totalCount edges { node { title } } } } }`,
      { code: subjects.country });
    await expectWrittenAsText(`query ($id: ID!) { article(id: $id) { title source publishedAt events(first: 2) { edges { node { title } } } } }`,
      { id: toGlobalId('Article', article.id) });
  });

  test('summaries: first and last days, counts by type, totals on each side, money as numbers and exact text, under aliases', async () => {
    const { rows: [sale] } = await client.query('SELECT id FROM "ArmsSale" WHERE "valueUsd" IS NOT NULL ORDER BY id LIMIT 1');
    await expectWrittenAsText('query ($id: ID!) { armsSale(id: $id) { value: valueUsd valueUsd valueUsdExact valueOriginal status } }',
      { id: toGlobalId('ArmsSale', sale.id) });
    const { rows: [supplier] } = await client.query('SELECT c.code FROM "ArmsSale" s JOIN "Country" c ON c.id = s."supplierId" ORDER BY s.id LIMIT 1');
    const dashboard = await expectWrittenAsText(`query ($code: String!) { country(code: $code) { __typename name since: firstEventDate lastEventDate
      byType: eventCountsByType { __typename count type } eventCountsByType { type }
      armsSalesAsSupplier { __typename count countWithKnownValue totalValueUsd totalValueUsdExact sum: totalValueUsd }
      armsSalesAsRecipient { totalValueUsdExact count } } }`, { code: supplier.code.trim() });
    expect(dashboard.data!.country.armsSalesAsSupplier.count).toBeGreaterThan(0);
    expect(dashboard.data!.country.byType.length).toBeGreaterThan(0);
    // A country without events or sales: no days, no counts, zero sales and no value.
    const quiet = await expectWrittenAsText(`{ country(code: "AQ") { firstEventDate eventCountsByType { type count }
      armsSalesAsSupplier { count countWithKnownValue totalValueUsd totalValueUsdExact } } }`);
    expect(quiet.data!.country).toEqual({
      firstEventDate: null, eventCountsByType: [], armsSalesAsSupplier: { count: 0, countWithKnownValue: 0, totalValueUsd: null, totalValueUsdExact: null },
    });
  });

  test('a value of 10^13 dollars or more: read again the ordinary way, whose JSON number JavaScript writes', async () => {
    const { rows: [sale] } = await client.query('SELECT id, "valueUsd" FROM "ArmsSale" WHERE "valueUsd" IS NOT NULL ORDER BY id LIMIT 1');
    await client.query('UPDATE "ArmsSale" SET "valueUsd" = 98765432101234.56 WHERE id = $1', [sale.id]);
    try {
      const { asText, answer, statements } = await answerBothWays('query ($id: ID!) { armsSale(id: $id) { valueUsd valueUsdExact } }',
        { id: toGlobalId('ArmsSale', sale.id) });
      expect(answer.data).toEqual({ armsSale: { valueUsd: 98765432101234.56, valueUsdExact: '98765432101234.56' } });
      expect({ asText, statements }).toEqual({ asText: false, statements: 2 });
    } finally {
      await client.query('UPDATE "ArmsSale" SET "valueUsd" = $2 WHERE id = $1', [sale.id, sale.valueUsd]);
    }
  });
});

describe('the ordinary path, where the answer is not written as text', () => {
  test('errors: no such event, an ID of another type, a bounded list\'s size out of range, a page size out of range', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query ($id: ID!) { event(id: $id) { title } }', { id: toGlobalId('Event', 999_999) }],
      ['query ($id: ID!) { event(id: $id) { title } }', { id: toGlobalId('Person', 1) }],
      ['query ($id: ID!) { event(id: $id) { title children(first: -1) { title } } }', { id: tripId }],
      ['query ($id: ID!) { event(id: $id) { title articles(first: 100000) { edges { node { title } } } } }', { id: tripId }],
    ];
    for (const [query, variables] of cases) {
      const { asText, answer, statements, graphqlJsStatements } = await answerBothWays(query, variables);
      expect({ asText, errors: answer.errors?.length, statements }).toEqual({ asText: false, errors: 1, statements: graphqlJsStatements });
    }
  });

  test('fields a resolver answers, cursors and pageInfo, backward pages, several root fields: rows executed by graphql-jit, one statement each', async () => {
    const { rows: [sale] } = await client.query('SELECT id FROM "ArmsSale" ORDER BY id LIMIT 1');
    const cases: [string, Record<string, unknown>][] = [
      ['query ($id: ID!) { armsSale(id: $id) { valueFormatted status } }', { id: toGlobalId('ArmsSale', sale.id) }],
      ['query ($id: ID!) { event(id: $id) { articles(first: 2) { edges { cursor } pageInfo { hasNextPage } } } }', { id: tripId }],
      ['query ($id: ID!) { event(id: $id) { articles(last: 2) { edges { node { title } } } } }', { id: tripId }],
      ['query ($code: String!) { country(code: $code) { name firstEventDate armsSalesAsSupplier { count totalValueFormatted } } }', { code: subjects.country }],
      ['query ($id: ID!) { event(id: $id) { title } again: event(id: $id) { title } }', { id: tripId }],
    ];
    for (const [query, variables] of cases) {
      const { asText, answer, statements, graphqlJsStatements } = await answerBothWays(query, variables);
      expect({ query, asText, errors: answer.errors, statements }).toEqual({ query, asText: false, errors: undefined, statements: graphqlJsStatements });
    }
  });

  test('a non-null field the database holds null in: read again the ordinary way, which reports the error and the null it leaves', async () => {
    const { rows: [person] } = await client.query('SELECT id, name, slug FROM "Person" WHERE "countryId" IS NOT NULL ORDER BY id LIMIT 1');
    const query = `query ($slug: String!) { person(slug: $slug) { slug name } }`;
    // Answered as text once before: the request below is answered without Apollo's pipeline until the null, then by it.
    expect((await answerBothWays(query, { slug: person.slug })).asText).toBe(true);
    await client.query('ALTER TABLE "Person" ALTER COLUMN "name" DROP NOT NULL');
    await client.query('UPDATE "Person" SET name = NULL WHERE id = $1', [person.id]);
    try {
      const { asText, answer, statements } = await answerBothWays(query, { slug: person.slug });
      // graphql-js's null and error (its message hidden in production, as every internal error's).
      expect(answer.data).toEqual({ person: null });
      expect(answer.errors).toHaveLength(1);
      // The statement writing the text, then the ordinary one.
      expect({ asText, statements }).toEqual({ asText: false, statements: 2 });
    } finally {
      await client.query('UPDATE "Person" SET name = $2 WHERE id = $1', [person.id, person.name]);
      await client.query('ALTER TABLE "Person" ALTER COLUMN "name" SET NOT NULL');
    }
  });
});

describe('answered again without Apollo\'s pipeline (src/http/graphql-handler.ts, answerAgain)', () => {
  /** A POST to `url`: its status, headers (all but the date) and text; the statements it took; whether it was answered without Apollo. */
  async function post(body: unknown, headers: Record<string, string> = {}, url = app.server.url) {
    const before = await counters();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const text = await response.text();
    const after = await counters();
    const sent = [...response.headers].filter(([name]) => name !== 'date');
    return { status: response.status, headers: sent, text, statements: after.statements - before.statements, withoutApollo: after.withoutApollo - before.withoutApollo };
  }

  async function counters() {
    const text = await (await fetch(new URL('/metrics', app.server.url))).text();
    const count = (name: string) => Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { statements: count('db_sql_statements_total'), withoutApollo: count('graphql_answers_without_apollo_total') };
  }

  /**
   * The request answered without Apollo's pipeline (or not: `direct`), then the same with `extensions: {}`, which Apollo's
   * pipeline answers: the same status, headers, text and statements. The operation is answered once before, as text.
   */
  async function expectAsApollo(body: Record<string, unknown>, headers: Record<string, string> = {}, direct = false, url = app.server.url) {
    await post({ query: body.query, operationName: body.operationName, variables: { id: tripId } }, headers, url);
    const answered = await post(body, headers, url);
    const apollo = await post({ ...body, extensions: {} }, headers, url);
    expect(apollo.withoutApollo).toBe(0);
    expect({ ...answered, withoutApollo: undefined }).toEqual({ ...apollo, withoutApollo: undefined });
    expect(answered.withoutApollo).toBe(direct ? 1 : 0);
    return answered;
  }

  const EVENT = 'query Event($id: ID!) { event(id: $id) { id title type startDate location { name } children(first: 3) { title } } }';

  test('the event detail, for every media type a client may accept: status, headers, text and one statement as Apollo\'s', async () => {
    const event = operations(subjects).find((candidate) => candidate.key === 'event')!;
    for (const accept of [undefined, 'application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9']) {
      const headers: Record<string, string> = accept ? { accept } : {};
      const answered = await expectAsApollo({ query: event.query, variables: event.variables }, headers, true);
      expect({ status: answered.status, statements: answered.statements }).toEqual({ status: 200, statements: 1 });
      expect(JSON.parse(answered.text).data.event.title).toEqual(expect.any(String));
    }
    // By operation name as well: the name sent is part of what was answered before.
    await expectAsApollo({ query: EVENT, operationName: 'Event', variables: { id: tripId } }, {}, true);
  });

  test('the country dashboard, its summaries and totals with it: one statement, the same text as Apollo\'s', async () => {
    const dashboard = operations(subjects).find((candidate) => candidate.key === 'dashboard')!;
    // Answered as text once (or before, by the tests above), then without Apollo's pipeline.
    const first = await post({ query: dashboard.query, variables: dashboard.variables });
    expect({ status: first.status, statements: first.statements }).toEqual({ status: 200, statements: 1 });
    for (const code of [subjects.country, 'AQ']) {
      const answered = await post({ query: dashboard.query, variables: { code } });
      const apollo = await post({ query: dashboard.query, variables: { code }, extensions: {} });
      expect({ ...answered, withoutApollo: undefined }).toEqual({ ...apollo, withoutApollo: undefined });
      expect({ status: answered.status, statements: answered.statements, withoutApollo: answered.withoutApollo }).toEqual({ status: 200, statements: 1, withoutApollo: 1 });
      expect(JSON.parse(answered.text).data.country.armsSalesAsSupplier).toEqual({ count: expect.any(Number), totalValueUsd: code === 'AQ' ? null : expect.any(Number) });
    }
  });

  test('with an API key: the key is looked up once, and a key that is none is refused as Apollo refuses it (401)', async () => {
    const reader = (await createApiKey(app.db, { name: 'text-again', role: 'READER' })).key;
    const withKey = await expectAsApollo({ query: EVENT, variables: { id: tripId } }, { authorization: `Bearer ${reader}` }, true);
    expect(withKey.status).toBe(200);
    const refused = await expectAsApollo({ query: EVENT, variables: { id: tripId } }, { authorization: 'Bearer not-a-key' });
    expect({ status: refused.status, statements: refused.statements, code: JSON.parse(refused.text).errors[0].extensions.code })
      .toEqual({ status: 401, statements: 1, code: 'UNAUTHENTICATED' });
  });

  test('errors are Apollo\'s, the statement run once: no such event, an ID of another type, variables that do not coerce', async () => {
    const cases: [Record<string, unknown>, number][] = [
      [{ id: toGlobalId('Event', 999_999) }, 1], [{ id: toGlobalId('Person', 1) }, 0], [{}, 0], [{ id: { not: 'an ID' } }, 0],
    ];
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      for (const [variables, statements] of cases) {
        const answered = await expectAsApollo({ query: EVENT, variables }, { accept });
        expect({ variables, statements: answered.statements, errors: JSON.parse(answered.text).errors.length }).toEqual({ variables, statements, errors: 1 });
      }
    }
    // A variable the operation does not declare is left aside, by graphql-js as here.
    await expectAsApollo({ query: EVENT, variables: { id: tripId, undeclared: 1 } }, {}, true);
  });

  test('over the cost limit for these variables: refused as Apollo refuses it, before any statement', async () => {
    const query = `query ($id: ID!, $n: Int) { event(id: $id) { title children(first: $n) { title articles(first: $n) { edges { node { title
      events(first: $n) { edges { node { title } } } } } } } } }`;
    await expectAsApollo({ query, variables: { id: tripId, n: 2 } }, {}, true);
    const refused = await expectAsApollo({ query, variables: { id: tripId, n: 100 } });
    expect({ statements: refused.statements, limit: JSON.parse(refused.text).errors[0].extensions.limit }).toEqual({ statements: 0, limit: 'MAX_QUERY_COST' });
  });

  test('where reads need an API key (requireApiKeyForReads): refused without one (401), answered with one', async () => {
    const server = await startServer({ db: app.db, logger, development: false, port: 0, host: '127.0.0.1', requireApiKeyForReads: true });
    try {
      const reader = (await createApiKey(app.db, { name: 'text-again-reads', role: 'READER' })).key;
      const headerSets: Record<string, string>[] = [{}, { authorization: `Bearer ${reader}` }];
      for (const headers of headerSets) {
        await post({ query: EVENT, variables: { id: tripId } }, headers, server.url);
        const answered = await post({ query: EVENT, variables: { id: tripId } }, headers, server.url);
        const apollo = await post({ query: EVENT, variables: { id: tripId }, extensions: {} }, headers, server.url);
        expect(answered).toEqual(apollo);
        expect(answered.status).toBe('authorization' in headers ? 200 : 401);
      }
    } finally {
      await server.stop();
    }
  });

  test('everything else is Apollo\'s: a batch, extensions, a GET, another operation name, a client accepting no JSON, a body with more', async () => {
    const body = { query: EVENT, variables: { id: tripId } };
    await post(body);
    const requests: [unknown, Record<string, string>][] = [
      [[body], {}], [{ ...body, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }, {}], [{ ...body, operationName: '' }, {}],
      [{ ...body, operationName: 'Other' }, {}], [body, { accept: 'text/html' }], [{ ...body, variables: 'not an object' }, {}], [{ ...body, more: 1 }, {}],
    ];
    for (const [request, headers] of requests) expect((await post(request, headers)).withoutApollo).toBe(0);
    const url = new URL(app.server.url);
    url.searchParams.set('query', EVENT);
    url.searchParams.set('variables', JSON.stringify({ id: tripId }));
    const before = await counters();
    expect((await fetch(url, { headers: { 'apollo-require-preflight': '1' } })).status).toBe(200);
    expect((await counters()).withoutApollo).toBe(before.withoutApollo);
  });
});

describe('stringifyResult', () => {
  test('writes what JSON.stringify writes, with each answer written as text in its place', () => {
    const plain = { data: { a: { b: [1, 'x', null] }, c: null }, errors: undefined, extensions: { cost: 3 } };
    expect(stringifyResult(plain)).toBe(JSON.stringify(plain));
    const answer = { title: 'Trip "one"', stops: [{ n: 1 }, { n: null }] };
    const spliced = { errors: undefined, data: { event: new AnswerText(JSON.stringify(answer)), other: 'x' }, extensions: { cost: 3 } };
    expect(stringifyResult(spliced)).toBe(JSON.stringify({ data: { event: answer, other: 'x' }, extensions: { cost: 3 } }));
    expect(JSON.stringify(spliced)).toBe(stringifyResult(spliced));
  });
});
