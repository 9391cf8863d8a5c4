// The benchmark's operations (bench/operations.ts) read their big tables through indexes, checked
// with EXPLAIN on a graph large enough for PostgreSQL to prefer a sequential scan wherever no index
// fits: no plan may read Event, Article, a link table or the CountryEvent read model whole. Whole
// reads of small tables are what they are: the 250 countries, the people (a cast that grows far
// slower than the coverage: 548 at 500 generated articles, 4,697 at 100,000; matching names by
// trigram reads them all when PostgreSQL estimates that cheaper), and stats over every arms sale.
import { Client } from 'pg';
import { operations, pickSubjects, Subjects } from '../bench/operations';
import { DEFAULT_RANDOM_PAGE_COST, plannerOptions } from '../src/data/prisma';
import { startTestApp, TestApp } from './support/harness';

jest.setTimeout(120_000);

let app: TestApp;
let client: Client;
let statements: { sql: string; params: unknown[] }[] = [];

/** Tables that grow with the coverage: a page or profile must never read one of them whole. */
const GROWING_TABLES = ['Event', 'Article', 'EventParticipant', 'EventCountry', 'CountryEvent', 'ArticleEvent', 'ArticlePerson', 'ArticleCountry'];

/**
 * A synthetic graph of 20,000 events and articles, 4,000 people (with names as varied as real ones) and 4,000 arms
 * sales, written set-wise; every trip is reported by 2,000 more articles, a tenth of them undated.
 */
async function growGraph(): Promise<void> {
  await client.query(`
    INSERT INTO "Person" (name, slug, title, "countryId", "updatedAt")
    SELECT initcap(translate(substr(md5(n::text), 1, 7), '0123456789', 'aeiouyrstl')) || ' ' || initcap(translate(substr(md5((n * 7)::text), 1, 9), '0123456789', 'aeiouyrstl')),
      'envoy-' || n, 'Envoy', (SELECT id FROM "Country" ORDER BY id OFFSET (n * 7) % 250 LIMIT 1), now()
    FROM generate_series(1, 4000) AS n;
    INSERT INTO "Event" (title, type, "startDate", "locationId", "updatedAt")
    SELECT 'Talks ' || n, (enum_range(NULL::"EventType"))[1 + n % 14], date '2010-01-01' + (n % 5000),
      (SELECT id FROM "Country" ORDER BY id OFFSET (n * 13) % 250 LIMIT 1), now()
    FROM generate_series(1, 20000) AS n;
    INSERT INTO "EventCountry" ("eventId", "countryId", role)
    SELECT e.id, c.id, 'PARTICIPANT' FROM "Event" e JOIN "Country" c ON c.id = (SELECT id FROM "Country" ORDER BY id OFFSET (e.id * 31) % 250 LIMIT 1)
    WHERE e.title LIKE 'Talks %' ON CONFLICT DO NOTHING;
    INSERT INTO "EventParticipant" ("eventId", "personId", role)
    SELECT e.id, p.id, 'PARTICIPANT' FROM "Event" e JOIN "Person" p ON p.slug IN ('envoy-' || (1 + e.id % 4000), 'envoy-' || (1 + (e.id * 31) % 4000))
    WHERE e.title LIKE 'Talks %' ON CONFLICT DO NOTHING;
    INSERT INTO "Article" (url, title, source, "publishedAt", "updatedAt")
    SELECT 'https://example.org/talks/' || n, 'Talks report ' || n, 'Wire', timestamp '2010-01-01' + n * interval '6 hours', now()
    FROM generate_series(1, 20000) AS n;
    INSERT INTO "ArticleEvent" ("articleId", "eventId")
    SELECT a.id, e.id FROM "Article" a JOIN "Event" e ON e.title = 'Talks ' || split_part(a.title, ' ', 3) WHERE a.title LIKE 'Talks report %'
    ON CONFLICT DO NOTHING;
    INSERT INTO "Article" (url, title, source, "publishedAt", "updatedAt")
    SELECT 'https://example.org/trips/' || n, 'Trip report ' || n, 'Wire', CASE WHEN n % 10 <> 0 THEN timestamp '2015-01-01' + n * interval '1 hour' END, now()
    FROM generate_series(1, 2000) AS n;
    INSERT INTO "ArticleEvent" ("articleId", "eventId")
    SELECT a.id, trip.id FROM "Article" a, (SELECT DISTINCT "parentId" AS id FROM "Event" WHERE "parentId" IS NOT NULL) trip
    WHERE a.title LIKE 'Trip report %';
    INSERT INTO "ArticlePerson" ("articleId", "personId")
    SELECT DISTINCT ae."articleId", ep."personId" FROM "ArticleEvent" ae JOIN "EventParticipant" ep ON ep."eventId" = ae."eventId"
    ON CONFLICT DO NOTHING;
    INSERT INTO "ArmsSale" ("supplierId", "recipientId", "valueUsd", items, status, "announcedDate", "updatedAt")
    SELECT (SELECT id FROM "Country" ORDER BY id OFFSET (n * 3) % 250 LIMIT 1), (SELECT id FROM "Country" ORDER BY id OFFSET (n * 11) % 250 LIMIT 1),
      (n::bigint * 12345678) % 9000000000 + 1000000, 'equipment lot ' || n, 'APPROVED', date '2010-01-01' + (n % 5000), now()
    FROM generate_series(1, 4000) AS n;
    ANALYZE;`);
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Sort Key'?: string[];
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

/** Nodes that pass their one input's rows on in the same order. */
const ORDER_KEEPING = ['Subquery Scan', 'Limit', 'Result'];

/** Sorts whose input, through nodes that keep its order, is another sort: rows sorted twice. */
function sortsOfSortedRows(node: PlanNode): string[] {
  const isSort = (candidate: PlanNode) => candidate['Node Type'] === 'Sort' || candidate['Node Type'] === 'Incremental Sort';
  const sortedBelow = (input: PlanNode | undefined): boolean => {
    if (!input) return false;
    if (isSort(input)) return true;
    return ORDER_KEEPING.includes(input['Node Type']) && input.Plans?.length === 1 && sortedBelow(input.Plans[0]);
  };
  const own = isSort(node) && node.Plans?.length === 1 && ORDER_KEEPING.includes(node.Plans[0]['Node Type']) && sortedBelow(node.Plans[0])
    ? [`${node['Sort Key']?.join(', ')}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(sortsOfSortedRows)];
}

/** Rows the plan's scans of `table` returned, over all their loops. */
function rowsReadFrom(node: PlanNode, table: string): number {
  const own = node['Relation Name'] === table ? (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1) : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsReadFrom(child, table), 0);
}

/** How many times the plan read `table`: its scans' loops. */
function readsOf(node: PlanNode, table: string): number {
  const own = node['Relation Name'] === table ? (node['Actual Loops'] ?? 1) : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + readsOf(child, table), 0);
}

function tablesReadWhole(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(tablesReadWhole)];
}

beforeAll(async () => {
  app = await startTestApp({ onQuery: (sql, params) => statements.push({ sql, params: JSON.parse(params) as unknown[] }) });
  // Plans as the service's connections make them.
  client = new Client({ connectionString: app.databaseUrl, ...plannerOptions(DEFAULT_RANDOM_PAGE_COST) });
  await client.connect();
  await growGraph();
});
afterAll(async () => {
  await client.end();
  await app.close();
});

/** Subjects at the other end of the long tail: the least covered country, person and trip that have any coverage. */
async function smallSubjects(): Promise<Subjects> {
  const one = async <T>(sql: string): Promise<T> => (await client.query(sql)).rows[0] as T;
  const country = await one<{ code: string }>(`
    SELECT c.code FROM "Country" c JOIN "Event" e ON e."locationId" = c.id GROUP BY c.id ORDER BY count(*), c.id LIMIT 1`);
  const person = await one<{ slug: string }>(`
    SELECT p.slug FROM "Person" p JOIN "EventParticipant" ep ON ep."personId" = p.id GROUP BY p.id ORDER BY count(*), p.id LIMIT 1`);
  const trip = await one<{ id: number }>(`
    SELECT e."parentId" AS id FROM "Event" e WHERE e."parentId" IS NOT NULL GROUP BY e."parentId" ORDER BY count(*), e."parentId" DESC LIMIT 1`);
  return { country: country.code, person: person.slug, trip: Buffer.from(`Event:${trip.id}`).toString('base64'), tripId: trip.id,
    // The same word: another one may find other kinds of results, whose loading are other statements.
    search: 'meeting' };
}

/** Each statement an operation sends, with its parameters. */
async function statementsOf(query: string, variables: Record<string, unknown>): Promise<{ sql: string; params: unknown[] }[]> {
  statements = [];
  const response = await app.graphql(query, variables);
  expect(response.errors).toBeUndefined();
  expect(statements.length).toBeGreaterThan(0);
  return statements;
}

/** The growing tables a plan reads whole: `generic` plans it as a prepared statement's generic plan, for any parameter values. */
async function growingTablesReadWhole(statement: { sql: string; params: unknown[] }, generic: boolean): Promise<string[]> {
  const { rows } = generic
    ? await client.query(`EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${statement.sql}`)
    : await client.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.params);
  return tablesReadWhole(rows[0]['QUERY PLAN'][0].Plan).filter((table) => GROWING_TABLES.includes(table));
}

test('every statement of every benchmark operation reads the growing tables through indexes', async () => {
  const subjects = await pickSubjects(client);
  const readWhole: Record<string, string[]> = {};
  for (const operation of operations(subjects)) {
    for (const statement of await statementsOf(operation.query, operation.variables)) {
      const whole = await growingTablesReadWhole(statement, false);
      if (whole.length) (readWhole[operation.key] ??= []).push(`${whole.join(', ')}: ${statement.sql.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
  expect(readWhole).toEqual({});
});

// Statements are prepared (src/data/prepared-statements.ts): after five executions on a connection
// PostgreSQL may keep one generic plan for every parameter value. That is safe only if the generic
// plan is an index plan too, for the busiest country as for the smallest, and if the text of a
// statement does not change with the values (else nothing would be planned once).
test('prepared statements: the same texts whatever the subject, and generic plans read the growing tables through indexes', async () => {
  const busy = operations(await pickSubjects(client));
  const small = operations(await smallSubjects());
  const textsDiffer: Record<string, { busy: string[]; small: string[] }> = {};
  const readWhole: Record<string, string[]> = {};
  for (const [index, operation] of busy.entries()) {
    const busyStatements = await statementsOf(operation.query, operation.variables);
    const smallStatements = await statementsOf(small[index].query, small[index].variables);
    const texts = (list: { sql: string }[]) => [...new Set(list.map((statement) => statement.sql))].sort();
    if (JSON.stringify(texts(busyStatements)) !== JSON.stringify(texts(smallStatements))) {
      textsDiffer[operation.key] = { busy: texts(busyStatements), small: texts(smallStatements) };
    }
    // Search's statement too: its plan does not depend on the words (src/data/search.ts), whatever its floor's does.
    for (const statement of [...busyStatements, ...smallStatements]) {
      const whole = await growingTablesReadWhole(statement, true);
      if (whole.length) (readWhole[operation.key] ??= []).push(`${whole.join(', ')}: ${statement.sql.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
  expect(textsDiffer).toEqual({});
  expect(readWhole).toEqual({});
});

// A page of a nullable order is read in two parts and merged by one sort (src/data/keyset.ts); the
// statement then aggregates it in the same order. Spelled the same, PostgreSQL knows the merged page
// is in that order; spelled otherwise, it sorts each page again. Each sort is a tuplesort's memory
// per execution: with a dozen of them the country dashboard's executions outgrew what the C library
// keeps between statements and paid page faults on every request (1.3 ms of PostgreSQL CPU against 0.3).
test('generic plans of the benchmark operations never sort rows a sort below already ordered', async () => {
  const sortedTwice: Record<string, string[]> = {};
  for (const operation of operations(await pickSubjects(client))) {
    for (const statement of await statementsOf(operation.query, operation.variables)) {
      const { rows } = await client.query(`EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${statement.sql}`);
      const twice = sortsOfSortedRows(rows[0]['QUERY PLAN'][0].Plan);
      if (twice.length) (sortedTwice[operation.key] ??= []).push(...twice);
    }
  }
  expect(sortedTwice).toEqual({});
});

// JSON a statement builds is paid for three times: built by PostgreSQL, sent, parsed by Node. Only
// what field resolvers read travels (src/data/compile.ts, buildObject): not the foreign key of a
// relation the statement answers itself (the person profile's `countryId`, every participant's
// `personId`), nor the key of a nested row whose `id` is not asked for.
test('the statements of the benchmark operations send no key no resolver reads', async () => {
  const unread: Record<string, string[]> = {};
  for (const operation of operations(await pickSubjects(client))) {
    for (const statement of await statementsOf(operation.query, operation.variables)) {
      // A key of json_build_object, or of an answer written as text (compileAnswer: `"key":`).
      const keys = statement.sql.match(/'[a-z]+Id', |"[a-z]+Id":/g) ?? [];
      if (keys.length) (unread[operation.key] ??= []).push(...keys);
    }
  }
  expect(unread).toEqual({});
  // The event detail selects no `id` below the event, nor a cursor: its children, their
  // participants, their people and its page of articles carry none; the event carries its own
  // when its row is rebuilt, none when its answer is written as text (which carries what is asked).
  const event = operations(await pickSubjects(client)).find((operation) => operation.key === 'event')!;
  const [statement] = await statementsOf(event.query, event.variables);
  expect(statement.sql.match(/'id', |"id":/g)).toEqual(statement.sql.includes('AS "answer"') ? null : ["'id', "]);
});

// `events(filter: { country })` is that country's `events`: a page is a range of the CountryEvent
// read model's (country, date, event) index, as the dashboard's page is, not every event of the
// country joined and sorted to keep 20 (the SQL floor's plan, which reads them all).
test("the country timeline reads a page's events, not all the country's", async () => {
  const timeline = operations(await pickSubjects(client)).find((operation) => operation.key === 'timeline')!;
  const [statement] = await statementsOf(timeline.query, timeline.variables);
  const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.params);
  const plan: PlanNode = rows[0]['QUERY PLAN'][0].Plan;
  const { rows: [busiest] } = await client.query(`SELECT count(*)::int AS events FROM "CountryEvent" ce JOIN "Country" c ON c.id = ce."countryId" WHERE c.code = $1`, [timeline.variables.country]);
  expect(busiest.events).toBeGreaterThan(100);
  // A page of 20 (and the row telling a next page), from each of the two parts of "undated last".
  expect(rowsReadFrom(plan, 'Event')).toBeLessThanOrEqual(2 * 21);
  expect(rowsReadFrom(plan, 'CountryEvent')).toBeLessThanOrEqual(2 * 21);
});

// An event's articles newest first (undated last) are a range of the ArticleEvent read model's (event, time, article)
// index, in each of the two parts, as a person's are of ArticlePerson's: not every mention of the event joined to its
// article and sorted to keep 5.
test("the event detail reads a page of the event's articles, not all of them", async () => {
  const subjects = await pickSubjects(client);
  const event = operations(subjects).find((operation) => operation.key === 'event')!;
  const [statement] = await statementsOf(event.query, event.variables);
  const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.params);
  const plan: PlanNode = rows[0]['QUERY PLAN'][0].Plan;
  const { rows: [trip] } = await client.query(`SELECT count(*)::int AS articles, count(*) FILTER (WHERE a."publishedAt" IS NULL)::int AS undated,
      count(*) FILTER (WHERE ae."publishedAt" IS DISTINCT FROM a."publishedAt")::int AS "staleCopies"
    FROM "ArticleEvent" ae JOIN "Article" a ON a.id = ae."articleId" WHERE ae."eventId" = $1`, [subjects.tripId]);
  expect(trip).toEqual({ articles: expect.any(Number), undated: expect.any(Number), staleCopies: 0 });
  expect(trip.articles).toBeGreaterThan(1000);
  expect(trip.undated).toBeGreaterThan(100);
  // A page of 5 (and the row telling a next page), from each of the two parts of "undated last".
  expect(rowsReadFrom(plan, 'ArticleEvent')).toBeLessThanOrEqual(2 * 6);
  expect(rowsReadFrom(plan, 'Article')).toBeLessThanOrEqual(2 * 6);
});

// A country's arms-sale totals (its row of CountryArmsSaleTotal, kept by triggers) answer four fields of the
// dashboard: both sides' summaries and both sides' `totalCount`. The registry names it the country's summary table
// and the statement joins the row once for all four (src/data/compile.ts, SummaryRow), as the floor's `totals` does;
// it read it ten times, its JSON computed again for each member read from it.
test('the country dashboard reads its arms-sale totals once, its first answer and the ones written as text alike', async () => {
  const dashboard = operations(await pickSubjects(client)).find((operation) => operation.key === 'dashboard')!;
  const reads: number[] = [];
  for (const request of [1, 2, 3]) {
    const [statement] = await statementsOf(dashboard.query, dashboard.variables);
    expect({ request, statements: statements.length }).toEqual({ request, statements: 1 });
    const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.params);
    reads.push(readsOf(rows[0]['QUERY PLAN'][0].Plan, 'CountryArmsSaleTotal'));
  }
  expect(reads).toEqual([1, 1, 1]);
});
