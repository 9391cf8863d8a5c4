// The response cache of anonymous reads: a repeated read costs no SQL, and every write empties it,
// whether made through this service's mutations or by another process straight into PostgreSQL.
import { Client } from 'pg';
import { createApiKey } from '../src/data/api-keys';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
let editorKey: string;

beforeAll(async () => {
  app = await startTestApp({ responseCacheBytes: 8 * 1024 * 1024, metrics: true });
  editorKey = (await createApiKey(app.db, { name: 'cache editor', role: 'EDITOR' })).key;
});
afterAll(() => app.close());

const PERSON = `query ($slug: String!) { person(slug: $slug) { name title } }`;
const BLINKEN = { slug: 'antony-blinken' };

/** Reads until `done` holds for the answer: a notification from another connection arrives shortly after its commit. */
async function readUntil(done: (title: string) => boolean): Promise<{ title: string; sqlStatements: number }> {
  for (let attempt = 0; ; attempt++) {
    const response = await app.graphql<{ person: { title: string } }>(PERSON, BLINKEN);
    if (done(response.data!.person.title) || attempt === 200) return { title: response.data!.person.title, sqlStatements: response.sqlStatements };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test('a repeated anonymous read is answered from memory, byte for byte', async () => {
  const first = await app.graphql(PERSON, BLINKEN);
  const second = await app.graphql(PERSON, BLINKEN);
  expect(first.sqlStatements).toBeGreaterThan(0);
  expect(second).toEqual({ ...first, sqlStatements: 0 });
});

test('different variables, reads with an API key, and failed reads are not shared', async () => {
  await app.graphql(PERSON, BLINKEN);
  expect((await app.graphql(PERSON, { slug: 'sergey-lavrov' })).sqlStatements).toBeGreaterThan(0);
  const withKey = await app.graphql(PERSON, BLINKEN, { apiKey: editorKey });
  expect(withKey.sqlStatements).toBeGreaterThan(0);
  const missing = `{ person(slug: "nobody-of-that-name") { name } }`;
  expect((await app.graphql(missing)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await app.graphql(missing)).sqlStatements).toBeGreaterThan(0);
});

test('a miss answered without Apollo\'s pipeline (an operation answered as text before) is kept as Apollo\'s answer is', async () => {
  const withoutApollo = async () => Number(/^graphql_answers_without_apollo_total (\d+)/m.exec(await (await fetch(new URL('/metrics', app.server.url))).text())?.[1]);
  // Answered as text, and not kept: it was asked with a key.
  await app.graphql(PERSON, BLINKEN, { apiKey: editorKey });
  const before = await withoutApollo();
  const miss = await app.graphql(PERSON, { slug: 'yoon-suk-yeol' });
  expect(miss.data).toEqual({ person: expect.objectContaining({ name: expect.any(String) }) });
  expect(await withoutApollo()).toBe(before + 1);
  expect(await app.graphql(PERSON, { slug: 'yoon-suk-yeol' })).toEqual({ ...miss, sqlStatements: 0 });
});

test('a mutation sent to the service empties the cache before its answer arrives', async () => {
  await app.graphql(PERSON, BLINKEN);
  const update = await app.graphql(
    `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { message } } }`,
    { input: { person: 'antony-blinken', title: 'Secretary of State (cache test)' } },
    { apiKey: editorKey },
  );
  expect(update.data?.updatePerson.userErrors).toEqual([]);
  const after = await app.graphql<{ person: { title: string } }>(PERSON, BLINKEN);
  expect(after.data!.person.title).toBe('Secretary of State (cache test)');
  expect(after.sqlStatements).toBeGreaterThan(0);
});

test('a write from another process (psql, the import CLI) empties the cache through NOTIFY', async () => {
  await app.graphql(PERSON, BLINKEN);
  expect((await app.graphql(PERSON, BLINKEN)).sqlStatements).toBe(0);
  const other = new Client({ connectionString: app.databaseUrl });
  await other.connect();
  try {
    await other.query(`UPDATE "Person" SET title = 'Written by another process' WHERE slug = 'antony-blinken'`);
  } finally {
    await other.end();
  }
  const fresh = await readUntil((title) => title === 'Written by another process');
  expect(fresh.title).toBe('Written by another process');
  // Cached again: a read that no further notification follows is answered from memory. (Notifications
  // travel on their own connection: on a loaded machine one can arrive after the read that stored a
  // response, which is then forgotten and read again. Seen once in CI, session 15.)
  let cached = false;
  for (let attempt = 0; attempt < 200 && !cached; attempt++) {
    const read = await app.graphql<{ person: { title: string } }>(PERSON, BLINKEN);
    expect(read.data!.person.title).toBe('Written by another process');
    cached = read.sqlStatements === 0;
    if (!cached) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(cached).toBe(true);
});

test('/metrics reports requests, SQL statements, the pool and cache hits', async () => {
  await app.graphql(PERSON, BLINKEN);
  await app.graphql(PERSON, BLINKEN);
  const response = await fetch(app.server.url.replace('/graphql', '/metrics'));
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} [1-9]/m);
  expect(text).toMatch(/^db_sql_statements_total [1-9]/m);
  expect(text).toMatch(/^db_pool_connections\{state="total"\} \d+/m);
  expect(text).toMatch(/^graphql_response_cache_lookups_total\{result="hit"\} [1-9]/m);
  expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
});

/** Runs `sql` from another connection, as psql or the import CLI would. */
async function fromAnotherProcess(sql: string): Promise<void> {
  const other = new Client({ connectionString: app.databaseUrl });
  await other.connect();
  try {
    await other.query(sql);
  } finally {
    await other.end();
  }
}

/** Whether the read is still answered from memory a while after something happened. */
async function stillCached(): Promise<boolean> {
  // A notification arrives a few milliseconds after its commit; 300 ms leaves room on a busy machine.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return (await app.graphql(PERSON, BLINKEN)).sqlStatements === 0;
}

async function cacheTheRead(): Promise<void> {
  await app.graphql(PERSON, BLINKEN);
  expect((await app.graphql(PERSON, BLINKEN)).sqlStatements).toBe(0);
}

test('requests that change nothing do not empty the cache: refused for want of a key, invalid, or not mutations', async () => {
  await cacheTheRead();
  expect((await app.graphql('mutation { __typename }')).data).toEqual({ __typename: 'Mutation' });
  const anonymousWrite = await app.graphql(`mutation { revokeApiKey(input: { id: 1 }) { userErrors { message } } }`);
  expect(anonymousWrite.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const badKey = await app.graphql('mutation { __typename }', undefined, { apiKey: 'ng_not-a-key' });
  expect(badKey.status).toBe(401);
  const invalid = await app.graphql('mutation { noSuchMutation }', undefined, { apiKey: editorKey });
  expect(invalid.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  await app.graphql(`{ person(slug: "sergey-lavrov") { name } }`, undefined, { apiKey: editorKey });
  expect(await stillCached()).toBe(true);
});

test('bookkeeping writes (an API key\'s lastUsedAt, the audit log) do not empty it; any write to data does', async () => {
  await cacheTheRead();
  // A key's first use writes its lastUsedAt.
  const freshKey = (await createApiKey(app.db, { name: 'cache bookkeeping', role: 'READER' })).key;
  expect((await app.graphql(`{ viewer { name lastUsedAt } }`, undefined, { apiKey: freshKey })).status).toBe(200);
  await cacheTheRead(); // creating the key was a write the service did not make: it may have notified
  await app.graphql(`{ viewer { name } }`, undefined, { apiKey: (await createApiKey(app.db, { name: 'second', role: 'READER' })).key });
  // Statement-level triggers fire even when no row changes: these would have notified before.
  await fromAnotherProcess(`UPDATE "ApiKey" SET "lastUsedAt" = now() WHERE false`);
  await fromAnotherProcess(`DELETE FROM "AuditEntry" WHERE false`);
  expect(await stillCached()).toBe(true);
  // The same kind of statement on a data table does empty it (and shows the wait above is long enough).
  await fromAnotherProcess(`UPDATE "Person" SET title = title WHERE false`);
  expect(await stillCached()).toBe(false);
});

test('variables nested 200,000 deep are refused with 400 before any other work; a reasonable depth is served', async () => {
  const depth = 200_000;
  const body = `{"query":"query ($slug: String!) { person(slug: $slug) { name } }","variables":{"slug":"antony-blinken","deep":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
  const response = await fetch(app.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({
    errors: [{ message: 'The JSON body nests deeper than 32 levels (MAX_JSON_DEPTH).', extensions: { code: 'BAD_REQUEST' } }],
  });
  const nested = await app.graphql(PERSON, { ...BLINKEN, extra: JSON.parse(`${'['.repeat(20)}${']'.repeat(20)}`) });
  expect(nested.data).toEqual({ person: { name: 'Antony Blinken', title: expect.any(String) } });
});

test('the cache tells queries from mutations within the token limit: a longer document is refused by it, not parsed whole', async () => {
  const long = `{ ${'__typename '.repeat(5_000)}}`;
  const response = await app.graphql(long);
  expect(response.status).toBe(400);
  expect(response.errors?.[0].message).toMatch(/more that 2000 tokens/);
});
