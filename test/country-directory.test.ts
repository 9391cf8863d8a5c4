// The countries in memory: lookups cost no SQL, and no change to a country, through the service or
// behind its back, goes unseen; while change notifications are lost, lookups read the database.
import { Client } from 'pg';
import { createKeys, Keys, mutate } from './mutations-helpers';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
let keys: Keys;
let sql: Client;

beforeAll(async () => {
  app = await startTestApp();
  keys = await createKeys(app);
  sql = new Client({ connectionString: app.databaseUrl });
  await sql.connect();
});
afterAll(async () => {
  await sql.end();
  await app.close();
});

const ALIASES = `query ($code: String!) { country(code: $code) { code aliases } }`;

/**
 * Polls `read` until `done` holds (a notification is on its way), for at most twenty seconds: a
 * notification arrives within milliseconds on an idle machine, but a machine loaded many deep can
 * hold the listening connection's turn for seconds. A pass costs no more for the longer bound.
 */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('country lookups, by code and through relations, cost no SQL statement', async () => {
  const byCode = await app.graphql(`{ country(code: "fra") { code name } }`);
  expect(byCode.data).toEqual({ country: { code: 'FR', name: 'France' } });
  expect(byCode.sqlStatements).toBe(0);

  const unknown = await app.graphql(`{ country(code: "ZZ") { name } }`);
  expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(unknown.sqlStatements).toBe(0);

  // The seed trip's stops: their locations and their people's countries come from memory.
  const events = await app.graphql(`{ events(first: 10, filter: { country: "KR" }) { edges { node { location { code } participants { person { country { code } } } } } } }`);
  expect(events.errors).toBeUndefined();
  const withoutCountries = await app.graphql(`{ events(first: 10, filter: { country: "KR" }) { edges { node { participants { person { name } } } } } }`);
  expect(events.data!.events.edges.some((edge: any) => edge.node.location?.code === 'KR')).toBe(true);
  // Asking for the countries adds no statement to the same list without them.
  expect(events.sqlStatements).toBe(withoutCountries.sqlStatements);
});

test('a change through the service shows in its own answer and the next read', async () => {
  const { country } = await mutate(app, keys.editor, `mutation ($input: UpdateCountryInput!) {
    updateCountry(input: $input) { country { code aliases } userErrors { field message code } } }`, { input: { code: 'NO', aliases: ['Norge'] } });
  expect(country).toEqual({ code: 'NO', aliases: ['Norge'] });
  expect((await app.graphql(ALIASES, { code: 'NO' })).data).toEqual({ country: { code: 'NO', aliases: ['Norge'] } });
});

test('a change made behind the service, straight in the database, shows once its notification arrives', async () => {
  await sql.query(`UPDATE "Country" SET aliases = ARRAY['Suomi'] WHERE code = 'FI'`);
  const seen = await eventually(() => app.graphql(ALIASES, { code: 'FI' }), (response) => response.data?.country.aliases[0] === 'Suomi');
  expect(seen.data).toEqual({ country: { code: 'FI', aliases: ['Suomi'] } });
  // Read once more from the database after the change, then from memory again.
  expect((await app.graphql(ALIASES, { code: 'FI' })).sqlStatements).toBe(0);
});

test('while notifications are lost, lookups read the database; after they resume, memory again', async () => {
  const listeners = await sql.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
  );
  expect(listeners.rowCount).toBeGreaterThan(0);
  // The service notices the lost connection (its error event comes a moment later) and reads the database.
  const noticed = await eventually(() => app.graphql(ALIASES, { code: 'SE' }), (response) => response.sqlStatements > 0);
  expect(noticed.sqlStatements).toBeGreaterThan(0);
  // Changed while nobody listens: a copy kept in memory would miss it.
  await sql.query(`UPDATE "Country" SET aliases = ARRAY['Sverige'] WHERE code = 'SE'`);
  const during = await app.graphql(ALIASES, { code: 'SE' });
  expect(during.data).toEqual({ country: { code: 'SE', aliases: ['Sverige'] } });

  const resumed = await eventually(() => app.graphql(ALIASES, { code: 'SE' }), (response) => response.sqlStatements === 0);
  expect(resumed).toMatchObject({ data: { country: { code: 'SE', aliases: ['Sverige'] } }, sqlStatements: 0 });
});
