// ingestArticle: a whole article with its graph in one transaction, idempotent, resolving entities
// by natural key and alias, refusing bad input without writing anything.
import fs from 'node:fs';
import path from 'node:path';
import { createApiKey } from '../src/data/api-keys';
import { emptyGraph, graphCounts } from './support/graph';
import { startTestApp, TestApp } from './support/harness';

const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'prisma', 'seed', 'blinken-final-trip.json'), 'utf8'));

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id url title } userErrors { field message code } }
}`;

/** The whole graph as a client reads it, with database IDs left out, for comparing rebuilds. */
const GRAPH = `{
  articles(first: 5) { totalCount edges { node { url title subtitle summary source publishedAt language
    people(first: 10) { edges { node { slug name title aliases country { code } } } }
    countries(first: 10) { edges { node { code } } }
    armsSales(first: 5) { edges { node { slug items valueUsdExact status announcedDate supplier { code } recipient { code } event { slug } } } }
    events(first: 20, orderBy: { field: TITLE, direction: ASC }) { edges { node { slug title type summary startDate endDate datePrecision position
      location { code } parent { slug } children { slug position }
      participants { role person { slug } } countries { role country { code } } } } } } } }
  people(first: 1) { totalCount }
  events(first: 1) { totalCount }
  armsSales(first: 1) { totalCount }
}`;

let app: TestApp;
let editor: string;
let reader: string;

const counts = () => graphCounts(app.db, { updateTimes: true });

/** Ingests as the editor, or as `apiKey`, or anonymously with `null`. */
function ingest(input: unknown, apiKey: string | null = editor) {
  return app.graphql(INGEST, { input }, apiKey === null ? undefined : { apiKey });
}

beforeAll(async () => {
  app = await startTestApp();
  editor = (await createApiKey(app.db, { name: 'newsroom', role: 'EDITOR' })).key;
  reader = (await createApiKey(app.db, { name: 'dashboard', role: 'READER' })).key;
});
afterAll(() => app.close());

describe('the seed graph', () => {
  test('is rebuilt identically from nothing through ingestArticle alone', async () => {
    const before = await app.graphql(GRAPH);
    expect(before.errors).toBeUndefined();
    await emptyGraph(app.db);
    expect((await app.graphql(GRAPH)).data!.articles.totalCount).toBe(0);

    const response = await ingest(SEED);
    expect(response.data!.ingestArticle).toMatchObject({ created: true, userErrors: [] });
    expect((await app.graphql(GRAPH)).data).toEqual(before.data);
  });

  test('ingesting it again changes nothing and reports the article as existing', async () => {
    const before = await counts();
    const response = await ingest(SEED);
    expect(response.data!.ingestArticle).toMatchObject({ created: false, userErrors: [] });
    expect(await counts()).toEqual(before);
  });
});

describe('matching what exists', () => {
  test('people by alias and countries by press names reach the existing rows', async () => {
    const before = await counts();
    const response = await ingest({
      url: 'https://example.org/wire/blinken-seoul',
      title: 'Blinken lands in Seoul',
      publishedAt: '2025-01-06T02:00:00Z',
      people: [{ name: 'Antony J. Blinken', title: 'Secretary of State' }],
      countries: [{ country: 'U.S.' }, { country: 'South Korea' }, { country: 'kor' }],
      events: [{ slug: 'blinken-final-trip-2025-01-seoul', title: 'Blinken visits Seoul', type: 'DIPLOMATIC_VISIT', datePrecision: 'UNKNOWN', location: 'Seoul' }],
    });
    expect(response.data!.ingestArticle.userErrors).toEqual([]);
    const after = await counts();
    expect(after.people).toBe(before.people);
    expect(after.events).toBe(before.events);
    expect(after.articles).toBe(before.articles + 1n);

    const blinken = await app.graphql(`{ person(slug: "antony-blinken") { articles { totalCount } } }`);
    expect(blinken.data!.person.articles.totalCount).toBe(2);
    const article = await app.graphql(`{ article(url: "https://example.org/wire/blinken-seoul") {
      countries(orderBy: { field: CODE, direction: ASC }) { edges { node { code } } } events { edges { node { slug parent { slug } } } } } }`);
    expect(article.data!.article).toEqual({
      countries: { edges: [{ node: { code: 'KR' } }, { node: { code: 'US' } }] },
      events: { edges: [{ node: { slug: 'blinken-final-trip-2025-01-seoul', parent: { slug: 'blinken-final-trip-2025-01' } } }] },
    });
  });

  test('a new person gets a slug from the name; re-ingesting finds them again', async () => {
    const input = {
      url: 'https://example.org/wire/kishida',
      title: 'Kishida meets Blinken',
      people: [{ name: 'Fumio Kishida', title: 'Former Prime Minister', country: 'Japan' }, { name: 'Blinken' }],
      events: [{ title: 'Kishida meets Blinken', type: 'MEETING', startDate: '2025-01-07', location: 'JP',
        participants: [{ person: 'Fumio Kishida', role: 'HOST' }, { person: 'Blinken', role: 'VISITOR' }] }],
    };
    expect((await ingest(input)).data!.ingestArticle.userErrors).toEqual([]);
    const before = await counts();
    expect((await ingest(input)).data!.ingestArticle).toMatchObject({ created: false, userErrors: [] });
    expect(await counts()).toEqual(before);
    const kishida = await app.graphql(`{ person(slug: "fumio-kishida") { name country { code }
      events { edges { node { slug type startDate endDate participants { role person { slug } } } } } } }`);
    expect(kishida.data!.person).toEqual({
      name: 'Fumio Kishida',
      country: { code: 'JP' },
      events: { edges: [{ node: {
        slug: 'meeting-2025-01-07-kishida-meets-blinken', type: 'MEETING', startDate: '2025-01-07', endDate: '2025-01-07',
        participants: [{ role: 'VISITOR', person: { slug: 'antony-blinken' } }, { role: 'HOST', person: { slug: 'fumio-kishida' } }],
      } }] },
    });
  });

  test('an article without a URL is identified by its body', async () => {
    const input = { title: 'Pasted dispatch', body: 'Officials met in Paris on Tuesday.', countries: [{ country: 'FR' }] };
    const first = await ingest(input);
    const second = await ingest({ ...input, title: 'Pasted dispatch (corrected headline)' });
    expect(first.data!.ingestArticle.created).toBe(true);
    expect(second.data!.ingestArticle.created).toBe(false);
    expect(second.data!.ingestArticle.article.id).toBe(first.data!.ingestArticle.article.id);
    expect(second.data!.ingestArticle.article.title).toBe('Pasted dispatch (corrected headline)');
  });

  test("re-ingesting with fewer mentions drops the article's other mentions", async () => {
    await ingest({ url: 'https://example.org/wire/short', title: 'Short', countries: [{ country: 'FR' }, { country: 'DE' }] });
    await ingest({ url: 'https://example.org/wire/short', title: 'Short', countries: [{ country: 'DE' }] });
    const article = await app.graphql(`{ article(url: "https://example.org/wire/short") { countries { edges { node { code } } } } }`);
    expect(article.data!.article.countries.edges).toEqual([{ node: { code: 'DE' } }]);
  });
});

describe('refused input changes nothing', () => {
  const cases: [string, Record<string, unknown>, { field: string[]; code: string }][] = [
    ['no URL and no body', { title: 'Nothing to key on' }, { field: ['input', 'url'], code: 'REQUIRED' }],
    ['an unknown country', { url: 'https://example.org/x1', title: 'x', countries: [{ country: 'Atlantis' }] },
      { field: ['input', 'countries', '0', 'country'], code: 'NOT_FOUND' }],
    ['an unknown participant', { url: 'https://example.org/x2', title: 'x',
      events: [{ title: 'Meeting', type: 'MEETING', participants: [{ person: 'nobody-at-all', role: 'HOST' }] }] },
      { field: ['input', 'events', '0', 'participants', '0', 'person'], code: 'NOT_FOUND' }],
    ['an event ending before it starts', { url: 'https://example.org/x3', title: 'x',
      events: [{ title: 'Backwards', type: 'SUMMIT', startDate: '2025-02-02', endDate: '2025-02-01' }] },
      { field: ['input', 'events', '0', 'endDate'], code: 'OUT_OF_RANGE' }],
    ['a sale to oneself', { url: 'https://example.org/x4', title: 'x',
      armsSales: [{ supplier: 'US', recipient: 'USA', items: 'rifles', status: 'PROPOSED' }] },
      { field: ['input', 'armsSales', '0', 'recipient'], code: 'INVALID' }],
    ['a negative value', { url: 'https://example.org/x5', title: 'x',
      armsSales: [{ supplier: 'US', recipient: 'JP', items: 'rifles', status: 'PROPOSED', valueUsd: '-5' }] },
      { field: ['input', 'armsSales', '0', 'valueUsd'], code: 'OUT_OF_RANGE' }],
    ['a sale naming an unknown event', { url: 'https://example.org/x6', title: 'x',
      armsSales: [{ supplier: 'US', recipient: 'JP', items: 'rifles', status: 'PROPOSED', event: 'no-such-event' }] },
      { field: ['input', 'armsSales', '0', 'event'], code: 'NOT_FOUND' }],
    ['an empty title', { url: 'https://example.org/x7', title: '' }, { field: ['input', 'title'], code: 'REQUIRED' }],
    ['a bad slug', { url: 'https://example.org/x8', title: 'x', events: [{ slug: 'Not A Slug', title: 't', type: 'OTHER' }] },
      { field: ['input', 'events', '0', 'slug'], code: 'INVALID' }],
    ['a URL that is not http(s)', { url: 'javascript:alert(1)', title: 'x' }, { field: ['input', 'url'], code: 'INVALID' }],
  ];

  test.each(cases)('%s', async (_name, input, expected) => {
    const before = await counts();
    const response = await ingest(input);
    expect(response.errors).toBeUndefined();
    expect(response.data!.ingestArticle.article).toBeNull();
    expect(response.data!.ingestArticle.userErrors).toContainEqual(expect.objectContaining(expected));
    expect(await counts()).toEqual(before);
  });

  test('a failure late in the graph rolls back what was written before it', async () => {
    const before = await counts();
    const response = await ingest({
      url: 'https://example.org/late-failure',
      title: 'Late failure',
      people: [{ name: 'Brand New Person' }],
      events: [{ title: 'Fine event', type: 'MEETING', startDate: '2025-03-01' }],
      armsSales: [{ supplier: 'FR', recipient: 'FR', items: 'ships', status: 'PROPOSED' }],
    });
    expect(response.data!.ingestArticle.userErrors).toHaveLength(1);
    expect(await counts()).toEqual(before);
  });
});

describe('who may ingest', () => {
  test('anonymous callers are refused with UNAUTHENTICATED, readers with FORBIDDEN, and nothing is written', async () => {
    const before = await counts();
    const anonymous = await ingest({ url: 'https://example.org/anon', title: 'x' }, null);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const asReader = await ingest({ url: 'https://example.org/anon', title: 'x' }, reader);
    expect(asReader.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  test('every ingestion that changes something is audited with the key that made it', async () => {
    await ingest({ url: 'https://example.org/audited', title: 'Audited' });
    const [entry] = await app.db.auditEntry.findMany({ where: { action: 'ingestArticle' }, orderBy: { id: 'desc' }, take: 1, include: { apiKey: true } });
    expect(entry.apiKey!.name).toBe('newsroom');
    expect(entry.entityType).toBe('Article');
    expect(entry.after).toMatchObject({ articleId: entry.entityId });
  });
});

test('twenty clients ingesting the same article at once leave one article and one copy of each entity', async () => {
  const input = {
    url: 'https://example.org/wire/concurrent',
    title: 'Summit in Brasília',
    people: [{ name: 'Concurrent Person', title: 'Envoy', country: 'BR' }],
    countries: [{ country: 'BR' }],
    events: [{ title: 'Brasília summit', type: 'SUMMIT', startDate: '2025-05-05', location: 'BR',
      participants: [{ person: 'Concurrent Person', role: 'ATTENDEE' }], children: [{ title: 'Opening session', type: 'MEETING', startDate: '2025-05-05' }] }],
    armsSales: [{ supplier: 'FR', recipient: 'BR', items: 'submarines', status: 'CONTRACTED', valueUsd: 7000000000 }],
  };
  const responses = await Promise.all(Array.from({ length: 20 }, () => ingest(input)));
  for (const response of responses) expect(response.data!.ingestArticle.userErrors).toEqual([]);
  expect(responses.filter((response) => response.data!.ingestArticle.created)).toHaveLength(1);
  const [row] = await app.db.$queryRaw<Record<string, bigint>[]>`SELECT
    (SELECT count(*) FROM "Article" WHERE url = 'https://example.org/wire/concurrent') AS articles,
    (SELECT count(*) FROM "Person" WHERE name = 'Concurrent Person') AS people,
    (SELECT count(*) FROM "Event" WHERE title IN ('Brasília summit', 'Opening session')) AS events,
    (SELECT count(*) FROM "ArmsSale" WHERE items = 'submarines') AS sales`;
  expect(row).toEqual({ articles: 1n, people: 1n, events: 2n, sales: 1n });
});
