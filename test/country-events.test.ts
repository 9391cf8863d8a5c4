// The events of a country (its timeline, dashboard counts, event stats by country) follow every write
// to an event's location and country roles: the CountryEvent read model behind them is kept by
// triggers, so it is right after API mutations, ingestion and plain SQL alike.
import { Client } from 'pg';
import { createApiKey } from '../src/data/api-keys';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
let editorKey: string;
let adminKey: string;

beforeAll(async () => {
  app = await startTestApp();
  editorKey = (await createApiKey(app.db, { name: 'country events editor', role: 'EDITOR' })).key;
  adminKey = (await createApiKey(app.db, { name: 'country events admin', role: 'ADMIN' })).key;
});
afterAll(() => app.close());

async function mutate(mutation: string, input: Record<string, unknown>, apiKey = editorKey) {
  const response = await app.graphql(mutation, { input }, { apiKey });
  expect(response.errors).toBeUndefined();
  const payload = Object.values(response.data!)[0] as { userErrors: unknown[] } & Record<string, any>;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

/** Titles of a country's events as its timeline shows them, with its dashboard's count of them. */
async function eventsOf(code: string): Promise<{ titles: string[]; totalCount: number; counted: number }> {
  const response = await app.graphql<{ events: { totalCount: number; edges: { node: { title: string } }[] }; country: { eventCountsByType: { count: number }[] } }>(
    `query ($code: String!) {
      events(first: 100, filter: { country: $code }, orderBy: { field: TITLE, direction: ASC }) { totalCount edges { node { title } } }
      country(code: $code) { eventCountsByType { count } }
    }`,
    { code },
  );
  expect(response.errors).toBeUndefined();
  return {
    titles: response.data!.events.edges.map((edge) => edge.node.title),
    totalCount: response.data!.events.totalCount,
    counted: response.data!.country.eventCountsByType.reduce((sum, row) => sum + row.count, 0),
  };
}

/** The read model equals what it is derived from: locations and country roles. */
async function expectReadModelConsistent(): Promise<void> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`
      (SELECT "countryId", "eventId" FROM "CountryEvent"
       EXCEPT (SELECT "locationId", id FROM "Event" WHERE "locationId" IS NOT NULL UNION SELECT "countryId", "eventId" FROM "EventCountry"))
      UNION ALL
      ((SELECT "locationId", id FROM "Event" WHERE "locationId" IS NOT NULL UNION SELECT "countryId", "eventId" FROM "EventCountry")
       EXCEPT SELECT "countryId", "eventId" FROM "CountryEvent")`);
    expect(rows).toEqual([]);
  } finally {
    await client.end();
  }
}

test('the seed graph: every country lists the events located there or involving it', async () => {
  await expectReadModelConsistent();
  const japan = await eventsOf('JP');
  expect(japan.totalCount).toBeGreaterThan(0);
  expect(japan.titles).toHaveLength(japan.totalCount);
  expect(japan.counted).toBe(japan.totalCount);
});

test('location and country roles changed through the API move the event between countries at once', async () => {
  const title = 'Read model probe summit';
  const { event } = await mutate(
    `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } userErrors { message } } }`,
    { title, type: 'SUMMIT', startDate: '2024-05-01', location: 'IS' },
  );
  expect((await eventsOf('IS')).titles).toContain(title);

  await mutate(
    `mutation ($input: AddEventCountryInput!) { addEventCountry(input: $input) { event { id } userErrors { message } } }`,
    { event: event.id, country: 'NO', role: 'PARTICIPANT' },
  );
  await mutate(
    `mutation ($input: AddEventCountryInput!) { addEventCountry(input: $input) { event { id } userErrors { message } } }`,
    { event: event.id, country: 'NO', role: 'SUBJECT' },
  );
  expect((await eventsOf('NO')).titles).toContain(title);

  // One of two roles removed: still involved.
  await mutate(
    `mutation ($input: RemoveEventCountryInput!) { removeEventCountry(input: $input) { event { id } userErrors { message } } }`,
    { event: event.id, country: 'NO', role: 'PARTICIPANT' },
  );
  expect((await eventsOf('NO')).titles).toContain(title);

  // The location moves: gone from the old country, listed in the new one.
  await mutate(
    `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } userErrors { message } } }`,
    { event: event.id, location: 'FI' },
  );
  expect((await eventsOf('IS')).titles).not.toContain(title);
  expect((await eventsOf('FI')).titles).toContain(title);
  await expectReadModelConsistent();

  await mutate(
    `mutation ($input: DeleteEventInput!) { deleteEvent(input: $input) { deletedEventId userErrors { message } } }`,
    { event: event.id },
    adminKey,
  );
  expect((await eventsOf('NO')).titles).not.toContain(title);
  expect((await eventsOf('FI')).titles).not.toContain(title);
  await expectReadModelConsistent();
});

test('writes in plain SQL (another process, a migration, psql) keep it right too', async () => {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows: [event] } = await client.query<{ id: number }>(`
      INSERT INTO "Event" (title, type, "startDate", "locationId", "updatedAt")
      VALUES ('Plain SQL probe', 'MEETING', '2024-06-01', (SELECT id FROM "Country" WHERE code = 'PT'), now()) RETURNING id`);
    await client.query(`INSERT INTO "EventCountry" ("eventId", "countryId", role) SELECT $1, id, 'HOST' FROM "Country" WHERE code = 'ES'`, [event.id]);
    await client.query('COMMIT');
    expect((await eventsOf('PT')).titles).toContain('Plain SQL probe');
    expect((await eventsOf('ES')).titles).toContain('Plain SQL probe');

    await client.query(`UPDATE "Event" SET "locationId" = NULL WHERE id = $1`, [event.id]);
    await client.query(`DELETE FROM "EventCountry" WHERE "eventId" = $1`, [event.id]);
    expect((await eventsOf('PT')).titles).not.toContain('Plain SQL probe');
    expect((await eventsOf('ES')).titles).not.toContain('Plain SQL probe');
    await expectReadModelConsistent();
  } finally {
    await client.end();
  }
});
