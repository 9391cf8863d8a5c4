// Limits against abuse (OWASP's GraphQL cheat sheet): depth, aliases, tokens, cost, body size,
// batching, timeouts, statement_timeout, error masking, field suggestions, CORS and CSRF.
import net from 'node:net';
import { buildSchema as buildSdl, getIntrospectionQuery, graphql } from 'graphql';
import { Client } from 'pg';
import { createDatabase, Database } from '../src/data/prisma';
import { budgetResponse, countResponseText, DEFAULT_LIMITS, Limits } from '../src/schema/limits';
import { logger } from '../src/logger';
import { createApiKey } from '../src/data/api-keys';
import { RunningServer, startServer } from '../src/http/server';
import { GraphQLResponse, startTestApp, TestApp } from './support/harness';

let app: TestApp;
const extraServers: RunningServer[] = [];
const extraDatabases: Database[] = [];

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const server of extraServers) await server.stop();
  for (const db of extraDatabases) await db.$disconnect();
  await app.close();
});

/** Another service on the test database, with other limits (or in development mode). */
async function startServerWith(options: { limits?: Partial<Limits>; development?: boolean; db?: Database }): Promise<RunningServer> {
  const server = await startServer({
    db: options.db ?? app.db,
    logger,
    development: options.development ?? false,
    limits: options.limits,
    port: 0,
    host: '127.0.0.1',
  });
  extraServers.push(server);
  return server;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as GraphQLResponse & any };
}

/** Holds an exclusive lock on the Country table, so any statement reading it waits. */
async function lockCountries(): Promise<{ release(): Promise<void> }> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE "Country" IN ACCESS EXCLUSIVE MODE');
  return {
    async release() {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

function expectLimitError(response: GraphQLResponse & { status: number }, limit: string) {
  expect(response.status).toBe(400);
  expect(response.data).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit });
}

describe('the shape of an operation', () => {
  test('the deepest legitimate query runs', async () => {
    // person → events → edges → node → children → participants → person → country → name: 9 levels.
    const response = await app.graphql(`{
      person(slug: "antony-blinken") {
        events { edges { node { children { participants { person { country { name } } } } } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.person.events.edges.length).toBeGreaterThan(0);
  });

  test('a query deeper than MAX_QUERY_DEPTH is refused, naming the limit', async () => {
    const hop = 'events(first: 1) { edges { node { location { ';
    const query = `{ country(code: "JP") { ${hop.repeat(4)} name ${'} } } } '.repeat(4)} } }`;
    const response = await app.graphql(query);
    expectLimitError(response, 'MAX_DEPTH');
    expect(response.errors![0].message).toBe(`Query depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded, found 18.`);
  });

  test('an alias flood is refused; a handful of aliases is fine', async () => {
    const aliases = (count: number) => Array.from({ length: count }, (_, index) => `c${index}: country(code: "JP") { name }`).join(' ');
    const flood = await app.graphql(`{ ${aliases(100)} }`);
    expectLimitError(flood, 'MAX_ALIASES');
    expect(flood.errors![0].message).toMatch(/Aliases limit of 15 exceeded/);

    const few = await app.graphql(`{ ${aliases(DEFAULT_LIMITS.maxAliases)} }`);
    expect(few.errors).toBeUndefined();
    expect(few.data!.c0).toEqual({ name: 'Japan' });
  });

  test('a directive flood is refused', async () => {
    const response = await app.graphql(`{ country(code: "JP") { ${'name @include(if: true) '.repeat(60)} } }`);
    expectLimitError(response, 'MAX_DIRECTIVES');
  });

  test('a document of more than MAX_TOKENS tokens is not even parsed', async () => {
    const response = await app.graphql(`{ country(code: "JP") { ${'name '.repeat(DEFAULT_LIMITS.maxTokens)} } }`);
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    // graphql-js's own wording, typo included ("more that").
    expect(response.errors![0].message).toMatch(new RegExp(`^Syntax Error: Document contains more th.. ${DEFAULT_LIMITS.maxTokens} tokens\\. Parsing aborted\\.$`));
    expect(response.errors![0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  test('legacy application/json clients get the same errors with status 200 (GraphQL over HTTP)', async () => {
    const aliases = Array.from({ length: 100 }, (_, index) => `c${index}: country(code: "JP") { name }`).join(' ');
    const response = await post(app.server.url, { query: `{ ${aliases} }` }, { accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(response.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_ALIASES' });
  });

  test('Apollo Sandbox’s introspection query is within every limit', async () => {
    const response = await app.graphql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
    expect(response.errors).toBeUndefined();
    expect(response.data!.__schema.queryType.name).toBe('Query');
  });
});

describe('query cost multiplies by page size', () => {
  const threePagesOf100 = `{ countries(first: 100) { edges { node {
    events(first: 100) { edges { node { articles(first: 100) { totalCount } } } } } } } }`;

  test('a page of 100 nested in 100 nested in 100 is refused', async () => {
    const response = await app.graphql(threePagesOf100);
    expectLimitError(response, 'MAX_QUERY_COST');
    expect(response.errors![0].message).toMatch(/^Query cost limit of 50000 exceeded, found \d+\./);
  });

  test('page sizes given as variables count too', async () => {
    const response = await app.graphql(
      `query ($n: Int) { countries(first: $n) { edges { node { events(last: $n) { edges { node { articles(first: $n) { totalCount } } } } } } } }`,
      { n: 100 },
    );
    expectLimitError(response, 'MAX_QUERY_COST');
  });

  test('a remembered cost follows the variables it reads: page sizes and @include, not the others', async () => {
    const query = `query ($code: String!, $n: Int, $deep: Boolean!) { country(code: $code) { name }
      countries(first: $n) { edges { node { events(first: $n) { edges { node { title
        articles(first: $n) @include(if: $deep) { totalCount } } } } } } } }`;
    for (const code of ['JP', 'FR']) {
      const cheap = await app.graphql<{ country: { name: string } }>(query, { code, n: 5, deep: true });
      expect(cheap.errors).toBeUndefined();
      expect(cheap.data!.country.name).toBe(code === 'JP' ? 'Japan' : 'France');
      expectLimitError(await app.graphql(query, { code, n: 100, deep: true }), 'MAX_QUERY_COST');
      expect((await app.graphql(query, { code, n: 100, deep: false })).errors).toBeUndefined();
    }
  });

  test('a page of 100, and a page of 100 in a page of 100, are fine', async () => {
    const flat = await app.graphql(`{ countries(first: 100) { edges { node { code } } } }`);
    expect(flat.errors).toBeUndefined();
    expect(flat.data!.countries.edges).toHaveLength(100);

    const twoLevels = await app.graphql(`{ countries(first: 100) { edges { node { code events(first: 100) { totalCount edges { node { title } } } } } } }`);
    expect(twoLevels.errors).toBeUndefined();
  });

  test('a fragment bomb (fragments spreading fragments many times over) is refused', async () => {
    // Five levels of ten spreads each: 100,000 fields from a document of a few hundred tokens.
    const fragments = Array.from({ length: 5 }, (_, index) =>
      index === 0 ? 'fragment F0 on Query { countries { totalCount } }' : `fragment F${index} on Query { ${`...F${index - 1} `.repeat(10)}}`,
    );
    const response = await app.graphql(`{ ...F4 } ${fragments.join(' ')}`);
    expectLimitError(response, 'MAX_QUERY_COST');
    expect(response.errors![0].message).toMatch(/more than 10000 fields once fragments are expanded/);
  });

  test('an oversized page keeps its own clear error', async () => {
    const response = await app.graphql(`{ countries(first: 100000) { edges { node { events(first: 100000) { totalCount } } } } }`);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('HTTP', () => {
  test('a body over MAX_BODY_SIZE is refused with 413 and a JSON error', async () => {
    const padding = 'x'.repeat(1024 * 1024 + 1);
    const response = await post(app.server.url, { query: '{ __typename }', variables: { padding } });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(response.body).toEqual({ errors: [{ message: 'request entity too large', extensions: { code: 'BAD_REQUEST' } }] });
  });

  test('a smaller MAX_BODY_SIZE applies', async () => {
    const server = await startServerWith({ limits: { maxBodySize: '1kb' } });
    const response = await post(server.url, { query: `{ __typename }`, variables: { padding: 'x'.repeat(2000) } });
    expect(response.status).toBe(413);
  });

  test('batched requests (a JSON array) are refused by default', async () => {
    const response = await post(app.server.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } });
  });

  test('with BATCH_MAX, batches up to the cap run and longer ones are refused', async () => {
    const server = await startServerWith({ limits: { batchMax: 2 } });
    const two = await post(server.url, [{ query: '{ country(code: "JP") { name } }' }, { query: '{ country(code: "FR") { name } }' }]);
    expect(two.status).toBe(200);
    expect(two.body).toEqual([{ data: { country: { name: 'Japan' } } }, { data: { country: { name: 'France' } } }]);

    const three = await post(server.url, Array.from({ length: 3 }, () => ({ query: '{ __typename }' })));
    expect(three.status).toBe(400);
    expect(three.body).toEqual({ errors: [{ message: 'A batch may hold at most 2 operations, got 3.', extensions: { code: 'BAD_REQUEST' } }] });

    // Each operation of a batch still meets every limit.
    const costly = await post(server.url, [{ query: '{ __typename }' }, { query: `{ countries(first: 100) { edges { node { events(first: 100) { edges { node { articles(first: 100) { totalCount } } } } } } } }` }]);
    expect(costly.body[1].errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_COST' });
  });

  test('an answer slower than REQUEST_TIMEOUT_MS is a 503 REQUEST_TIMEOUT, and the server carries on', async () => {
    const server = await startServerWith({ limits: { requestTimeoutMs: 300 } });
    const lock = await lockCountries();
    try {
      const started = Date.now();
      const response = await post(server.url, { query: '{ country(code: "JP") { name } }' });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(response.status).toBe(503);
      expect(response.body).toEqual({ errors: [{ message: 'The request did not complete within 300 ms.', extensions: { code: 'REQUEST_TIMEOUT' } }] });
    } finally {
      await lock.release();
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // the late execution finishes, answering no one
    const after = await post(server.url, { query: '{ country(code: "JP") { name } }' });
    expect(after.status).toBe(200);
    expect(after.body).toEqual({ data: { country: { name: 'Japan' } } });
  });

  test('a client that sends its body too slowly gets 408 from Node', async () => {
    const server = await startServerWith({ limits: { requestTimeoutMs: 400 } });
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(server.port, '127.0.0.1', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"que');
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      setTimeout(() => reject(new Error('no answer within 5 s')), 5_000).unref();
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  test('CORS allows any origin by default', async () => {
    const response = await fetch(app.server.url, { method: 'POST', headers: { origin: 'https://anywhere.example', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('with CORS_ORIGINS, only the listed origins are allowed', async () => {
    const server = await startServerWith({ limits: { corsOrigins: ['https://newsroom.example', 'https://dashboard.example'] } });
    const ask = (origin: string) =>
      fetch(server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await ask('https://dashboard.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    const other = await ask('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('CSRF prevention: a GET query without a preflight header is refused', async () => {
    const response = await fetch(`${app.server.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});

describe('the database and internal errors', () => {
  test('every pooled connection has the statement_timeout', async () => {
    const rows = await Promise.all(Array.from({ length: 3 }, () => app.db.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`));
    for (const [row] of rows) expect(row.statement_timeout).toBe(`${DEFAULT_LIMITS.statementTimeoutMs / 1000}s`);
  });

  test('a statement over the timeout fails, and the client sees only a masked internal error', async () => {
    const db = createDatabase({ url: app.databaseUrl, poolSize: 2, statementTimeoutMs: 200 });
    extraDatabases.push(db);
    const [{ statement_timeout }] = await db.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(statement_timeout).toBe('200ms');
    const server = await startServerWith({ db });
    const lock = await lockCountries();
    let response;
    try {
      response = await post(server.url, { query: '{ country(code: "JP") { name } }' });
    } finally {
      await lock.release();
    }
    expect(response.body.errors).toEqual([{ message: 'Internal server error', path: ['country'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(response.text).not.toMatch(/statement|timeout|cancel|stack|prisma|\.ts/i);
  });
});

describe('field suggestions', () => {
  test('are hidden outside development', async () => {
    const field = await app.graphql(`{ country(code: "JP") { nam } }`);
    expect(field.errors![0].message).toBe('Cannot query field "nam" on type "Country".');
    const argument = await app.graphql(`{ events(filter: { types: [DIPLOMATIC_TRI] }) { totalCount } }`);
    expect(argument.errors![0].message).not.toMatch(/DIPLOMATIC_TRIP|Did you mean/);
  });

  test('are shown in development', async () => {
    const server = await startServerWith({ development: true });
    const response = await post(server.url, { query: `{ country(code: "JP") { nam } }` });
    expect(response.body.errors[0].message).toMatch(/Did you mean "name"/);
  });
});

describe('bounded work per request (issue 13)', () => {
  const PEOPLE = 500;
  let articleId: string;
  /** Other nodes (people): with the article, 100 distinct IDs. */
  let otherNodeIds: string[];

  beforeAll(async () => {
    // An article with as many people as ingestion accepts, made by an editor.
    const editorKey = (await createApiKey(app.db, { name: 'bounded work editor', role: 'EDITOR' })).key;
    const people = Array.from({ length: PEOPLE }, (_, index) => ({ name: `Crowd Member ${index + 1}` }));
    const ingested = await app.graphql<{ ingestArticle: { article: { id: string }; userErrors: unknown[] } }>(
      `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } userErrors { field message } } }`,
      { input: { url: 'https://example.org/limits/crowd', title: 'A crowd', body: 'Many people.', people } },
      { apiKey: editorKey },
    );
    expect(ingested.data?.ingestArticle.userErrors).toEqual([]);
    articleId = ingested.data!.ingestArticle.article.id;
    const someone = await app.graphql<{ people: { edges: Array<{ node: { id: string } }> } }>(`{ people(first: 100) { edges { node { id } } } }`);
    otherNodeIds = someone.data!.people.edges.map((edge) => edge.node.id);
  }, 60_000); // ingesting 500 people takes a few seconds, more on a busy machine

  const amplification = (mentions: string) => `query ($ids: [ID!]!) {
    ${Array.from({ length: 9 }, (_, index) => `a${index}: nodes(ids: $ids) { ... on Article { personMentions${mentions} { mentionCount person { name slug } } } }`).join('\n')}
  }`;

  test('the amplification request of the issue (9 aliases × nodes(ids: one ID × 100) { personMentions }) answers a bounded response', async () => {
    // Before: every article's 500 mentions, 900 times over (28 MB per response; two at once killed the process).
    const response = await app.graphql<Record<string, Array<{ personMentions: unknown[] }>>>(amplification(''), { ids: Array(100).fill(articleId) });
    expect(response.errors).toBeUndefined();
    expect(response.data!.a0).toHaveLength(100);
    expect(response.data!.a0[0].personMentions).toHaveLength(10); // the bounded list's default
    expect(JSON.stringify(response).length).toBeLessThan(1_000_000);
  });

  test('asking for all mentions it is priced at its true size (every position, 100 mentions each) and refused', async () => {
    const duplicates = await app.graphql(amplification('(first: 100)'), { ids: Array(100).fill(articleId) });
    expectLimitError(duplicates, 'MAX_QUERY_COST');
    const distinct = await app.graphql(amplification('(first: 100)'), { ids: [articleId, ...otherNodeIds].slice(0, 100) });
    expectLimitError(distinct, 'MAX_QUERY_COST');
  });

  test('an unpaged list that can grow returns at most `first` items (10 by default; most mentioned first)', async () => {
    const query = `query ($id: ID!, $first: Int) { node(id: $id) { ... on Article { personMentions(first: $first) { person { slug } } all: people { totalCount } } } }`;
    const byDefault = await app.graphql<{ node: { personMentions: unknown[]; all: { totalCount: number } } }>(query, { id: articleId });
    expect(byDefault.data!.node.personMentions).toHaveLength(10);
    expect(byDefault.data!.node.all.totalCount).toBe(PEOPLE); // the connection pages through them all
    const hundred = await app.graphql<{ node: { personMentions: unknown[] } }>(query, { id: articleId, first: 100 });
    expect(hundred.data!.node.personMentions).toHaveLength(100);
    const tooMany = await app.graphql(query, { id: articleId, first: 101 });
    expect(tooMany.errors?.[0]).toMatchObject({ message: 'first: must be between 0 and 100, got 101', extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('text past the budget is not kept, also in the copy of the context Apollo executes with', async () => {
    const schema = buildSdl('type Query { texts: [Item!]! } type Item { text: String! }');
    countResponseText(schema);
    const context = {};
    budgetResponse(context, 25);
    // What Apollo does with the context the server builds: a shallow copy, not the object itself.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context)), context);
    const texts = ['0123456789', '0123456789', '0123456789', '0123456789'].map((text) => ({ text }));
    const result = await graphql({ schema, source: '{ texts { text } }', rootValue: { texts }, contextValue: copy });
    expect(result.data).toEqual({ texts: [{ text: '0123456789' }, { text: '0123456789' }, { text: '0123456789' }, { text: '' }] });
  });

  test('a response larger than MAX_RESPONSE_BYTES ends with one clear error and no partial data', async () => {
    const server = await startServerWith({ limits: { maxResponseBytes: 5_000 } });
    const query = { query: `query ($id: ID!) { node(id: $id) { ... on Article { personMentions(first: 100) { person { name slug } } } } }`, variables: { id: articleId } };
    const response = await post(server.url, query);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      errors: [{
        message: 'The response is larger than 5000 bytes (MAX_RESPONSE_BYTES). Ask for fewer items (first/last, fewer IDs) or fewer fields.',
        extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'MAX_RESPONSE_BYTES' },
      }],
    });
    const small = await post(server.url, { query: `{ country(code: "JP") { name } }` });
    expect(small.body).toEqual({ data: { country: { name: 'Japan' } } });
  });
});
