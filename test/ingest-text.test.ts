// ingestArticleText: an article as raw text in, a sourced graph out — the same graph the curated
// seed states for the founding article, every fact traceable to its sentence, idempotent, and
// never overwriting what a person stated.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/paths';
import { createApiKey } from '../src/data/api-keys';
import { seedGraph } from '../src/ingest/seed';
import { emptyGraph, graphCounts } from './support/graph';
import { startTestApp, TestApp } from './support/harness';

const SEED = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'prisma', 'seed', 'blinken-final-trip.json'), 'utf8'));
/** The publisher's text, kept beside the repository (shared/), never in it. */
const SEED_TEXT_FILE = path.resolve(PROJECT_ROOT, '..', 'shared', 'seed-article.txt');
const seedText = fs.existsSync(SEED_TEXT_FILE) ? fs.readFileSync(SEED_TEXT_FILE, 'utf8') : null;
const withSeedText = seedText === null ? test.skip : test;
if (seedText === null) console.warn(`${SEED_TEXT_FILE} is missing: the tests that read the seed article's text are skipped`);

const SEED_SOURCE = { url: SEED.url, source: SEED.source, publishedAt: SEED.publishedAt };

const INGEST_TEXT = `mutation($input: IngestArticleTextInput!) {
  ingestArticleText(input: $input) {
    created
    article { id url title subtitle origin extractorVersion }
    extraction { extractorVersion factCount removed { reason text } }
    warnings { code message }
    userErrors { field message code }
  }
}`;

const EVENT_FIELDS = `type startDate endDate datePrecision location { code }
  participants { role person { name } } countries { role country { code } }`;

/** The graph an article reports, as a client reads it. */
const ARTICLE_GRAPH = `query($url: String!) { article(url: $url) {
  people(first: 50) { edges { node { name title country { code } } } }
  countries(first: 50) { edges { node { code } } }
  events(first: 50) { edges { node { ${EVENT_FIELDS} parent { type } children { ${EVENT_FIELDS} } } } }
  armsSales(first: 20) { edges { node { supplier { code } recipient { code } valueUsdExact items status announcedDate event { type startDate } } } }
} }`;

let app: TestApp;
let editor: string;

beforeAll(async () => {
  app = await startTestApp();
  editor = (await createApiKey(app.db, { name: 'newsroom', role: 'EDITOR' })).key;
  // The extraction worker starts (and, under Jest, compiles the extractor) once, before the tests time anything.
  await app.server.extraction.warmUp();
}, 60_000);
afterAll(() => app.close());

/** Ingests as the editor, or anonymously with `null`. */
function ingestText(input: Record<string, unknown>, apiKey: string | null = editor) {
  return app.graphql(INGEST_TEXT, { input }, apiKey === null ? undefined : { apiKey });
}

const counts = () => graphCounts(app.db, { audits: true, updateTimes: true });

const emptied = () => emptyGraph(app.db);

const sortedBy = <T>(items: T[], key: (item: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
const nodes = (connection: { edges: { node: any }[] }) => connection.edges.map((edge) => edge.node);

/** Facts of an event, comparable between the seed file and what the API returns. */
function eventFacts(event: any, names: Map<string, string>): any {
  const code = (value: any) => (typeof value === 'string' ? value : (value?.code ?? null));
  return {
    type: event.type,
    startDate: event.startDate ?? null,
    endDate: event.endDate ?? event.startDate ?? null,
    datePrecision: event.datePrecision,
    location: code(event.location),
    participants: sortedBy(
      (event.participants ?? []).map((p: any) => `${p.role} ${typeof p.person === 'string' ? names.get(p.person) : p.person.name}`),
      String,
    ),
    countries: sortedBy((event.countries ?? []).map((c: any) => `${c.role} ${code(c.country)}`), String),
    children: (event.children ?? []).map((child: any) => eventFacts(child, names)),
  };
}

/** The seed file's facts — not its titles, summaries, descriptions or slugs, which are our own words. */
function seedFacts() {
  const names = new Map<string, string>(SEED.people.map((person: any) => [person.slug, person.name]));
  const events = SEED.events.map((event: any) => eventFacts(event, names));
  const saleEvent = (slug: string) => SEED.events.find((event: any) => event.slug === slug);
  return {
    people: sortedBy(SEED.people.map((p: any) => ({ name: p.name, title: p.title, country: p.country })), (p: any) => p.name),
    countries: SEED.countries.map((c: any) => c.country).sort(),
    events: sortedBy(events, (e: any) => `${e.type} ${e.location}`),
    armsSales: SEED.armsSales.map((sale: any) => ({
      supplier: sale.supplier,
      recipient: sale.recipient,
      valueUsd: Number(sale.valueUsd),
      items: sale.items,
      status: sale.status,
      announcedDate: sale.announcedDate,
      event: { type: saleEvent(sale.event).type, startDate: saleEvent(sale.event).startDate },
    })),
  };
}

/** The same facts, read through the API. */
async function articleFacts(url: string) {
  const response = await app.graphql(ARTICLE_GRAPH, { url });
  expect(response.errors).toBeUndefined();
  const article = response.data!.article;
  const events = nodes(article.events).filter((event: any) => event.parent === null);
  return {
    people: sortedBy(nodes(article.people).map((p: any) => ({ name: p.name, title: p.title, country: p.country?.code ?? null })), (p) => p.name),
    countries: nodes(article.countries).map((c: any) => c.code).sort(),
    events: sortedBy(events.map((event: any) => eventFacts(event, new Map())), (e: any) => `${e.type} ${e.location}`),
    armsSales: nodes(article.armsSales).map((sale: any) => ({
      supplier: sale.supplier.code,
      recipient: sale.recipient.code,
      valueUsd: Number(sale.valueUsdExact),
      items: sale.items,
      status: sale.status,
      announcedDate: sale.announcedDate,
      event: sale.event,
    })),
  };
}

describe('the founding article as text, on an empty graph', () => {
  let ingested: Awaited<ReturnType<typeof ingestText>>;
  beforeAll(async () => {
    await emptied();
    if (seedText !== null) ingested = await ingestText({ text: seedText, ...SEED_SOURCE });
  });

  withSeedText('comes out as exactly the graph the curated seed states, fact by fact', async () => {
    expect(ingested.errors).toBeUndefined();
    const payload = ingested.data!.ingestArticleText;
    expect(payload.userErrors).toEqual([]);
    expect(payload.created).toBe(true);
    expect(payload.article).toMatchObject({ url: SEED.url, title: SEED.title, subtitle: SEED.subtitle, origin: 'EXTRACTED' });
    expect(payload.article.extractorVersion).toBe(payload.extraction.extractorVersion);
    expect(await articleFacts(SEED.url)).toEqual(seedFacts());
  });

  withSeedText('drops the donation appeal and the repeated lead', async () => {
    const response = await app.graphql(`query($url: String!) { article(url: $url) { subtitle body } }`, { url: SEED.url });
    const { subtitle, body } = response.data!.article;
    expect(body).not.toContain('Your support');
    expect(body).not.toContain('donation');
    // The lead repeats the standfirst (glued to the appeal's last sentence): it is dropped from the body.
    expect(subtitle).toContain('will embark on what is expected');
    expect(body).not.toContain('will embark on what is expected');
    expect(body.startsWith('The State Department announced Friday')).toBe(true);
  });

  withSeedText('every fact gives the sentence and span it was read from', async () => {
    const response = await app.graphql(`query($url: String!) { article(url: $url) {
      title subtitle body
      extractedFacts(first: 100) { totalCount edges { node { fact value sentence spanStart spanEnd confidence extractorVersion
        article { url } subject { __typename ... on Person { name } ... on Country { code } ... on Event { type } ... on ArmsSale { items } } } } }
    } }`, { url: SEED.url });
    expect(response.errors).toBeUndefined();
    const article = response.data!.article;
    const text = [article.title, article.subtitle, article.body].filter(Boolean).join('\n');
    const facts = nodes(article.extractedFacts);
    expect(article.extractedFacts.totalCount).toBeGreaterThan(facts.length - 1);
    expect(facts.length).toBeGreaterThan(20);
    for (const fact of facts) {
      expect(fact.article.url).toBe(SEED.url);
      expect(text).toContain(fact.sentence);
      expect(fact.spanEnd).toBeGreaterThan(fact.spanStart);
      expect(fact.sentence).toContain(text.slice(fact.spanStart, fact.spanEnd));
      expect(fact.confidence).toBeGreaterThan(0);
      expect(fact.confidence).toBeLessThanOrEqual(1);
    }
    // Facts come in reading order, and every kind of entity has its mentions.
    expect(facts.map((fact: any) => fact.spanStart)).toEqual([...facts.map((fact: any) => fact.spanStart)].sort((a, b) => a - b));
    const mentions = await app.graphql(`query($url: String!) { article(url: $url) {
      extractedFacts(first: 100, filter: { fact: "mention" }) { edges { node { subject { __typename } } } } } }`, { url: SEED.url });
    expect(new Set(nodes(mentions.data!.article.extractedFacts).map((fact: any) => fact.subject.__typename))).toEqual(
      new Set(['Person', 'Country', 'Event', 'ArmsSale']),
    );

    const blinken = await app.graphql(`{ person(slug: "antony-blinken") { origin
      extractedFacts(first: 50, filter: { fact: "title" }) { edges { node { value sentence article { url } } } } } }`);
    expect(blinken.data!.person.origin).toBe('EXTRACTED');
    const titles = nodes(blinken.data!.person.extractedFacts);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles[0].value).toBe('Secretary of State');
    expect(titles[0].sentence).toContain('Secretary of State Antony Blinken');
  });

  withSeedText('the same text again changes nothing: no duplicate, no new fact, no audit entry', async () => {
    const before = await counts();
    const response = await ingestText({ text: seedText, ...SEED_SOURCE });
    expect(response.data!.ingestArticleText).toMatchObject({ created: false, userErrors: [] });
    expect(await counts()).toEqual(before);
  });
});

describe('what a person stated wins', () => {
  beforeAll(emptied);

  test('the extractor fills empty fields of hand-stated rows and never overwrites the others', async () => {
    // A person records the event and its people by hand, with their own titles and slugs.
    const manual = await app.graphql(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { userErrors { field message } } }`,
      {
        input: {
          url: 'https://example.org/desk/carter-funeral',
          title: 'Carter funeral set for Thursday',
          people: [{ name: 'Jimmy Carter', title: '39th President of the United States' }],
          events: [{ slug: 'carter-state-funeral', title: 'State funeral of Jimmy Carter', type: 'FUNERAL', startDate: '2025-01-09',
            location: 'US', participants: [{ person: 'Jimmy Carter', role: 'SUBJECT' }] }],
        },
      },
      { apiKey: editor },
    );
    expect(manual.data!.ingestArticle.userErrors).toEqual([]);

    const text = [
      'Blinken to attend Carter funeral',
      'WASHINGTON (Newsgraph Wire) — Secretary of State Antony Blinken will return to Washington early Thursday in time to attend ' +
        'funeral services for former President Jimmy Carter, the State Department said on Monday.',
    ].join('\n');
    const response = await ingestText({ text, url: 'https://example.org/wire/blinken-carter', publishedAt: '2025-01-06T12:00:00Z' });
    expect(response.data!.ingestArticleText.userErrors).toEqual([]);

    const carter = await app.graphql(`{ person(slug: "jimmy-carter") { title origin country { code } } }`);
    // The hand-stated title stays; the empty affiliation is filled.
    expect(carter.data!.person).toEqual({ title: '39th President of the United States', origin: 'MANUAL', country: { code: 'US' } });
    const funerals = await app.graphql(`{ events(filter: { types: [FUNERAL] }) { totalCount edges { node {
      slug title origin participants { role person { name } } articles { totalCount } } } } }`);
    // One funeral, the hand-recorded one, now also sourced to the wire story, with Blinken added.
    expect(funerals.data!.events.totalCount).toBe(1);
    const funeral = nodes(funerals.data!.events)[0];
    expect(funeral).toMatchObject({ slug: 'carter-state-funeral', title: 'State funeral of Jimmy Carter', origin: 'MANUAL', articles: { totalCount: 2 } });
    expect(sortedBy(funeral.participants.map((p: any) => `${p.role} ${p.person.name}`), String)).toEqual([
      'ATTENDEE Antony Blinken',
      'SUBJECT Jimmy Carter',
    ]);
  });

  test('a sale a person recorded under their own slug is found again, and the facts read about it are kept', async () => {
    const manual = await app.graphql(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { userErrors { field message } } }`,
      {
        input: {
          url: 'https://example.org/desk/japan-missiles',
          title: 'US clears missile sale to Japan',
          armsSales: [{ slug: 'hand-recorded-japan-missiles', supplier: 'US', recipient: 'JP', valueUsd: '3640000000',
            items: 'medium-range missiles', status: 'APPROVED', announcedDate: '2025-01-03' }],
        },
      },
      { apiKey: editor },
    );
    expect(manual.data!.ingestArticle.userErrors).toEqual([]);

    const text = [
      'US approves missile sale to Japan',
      'A major arms sales approval was announced on Friday under which the U.S. will deliver some $3.64 billion dollars ' +
        'in medium-range missiles, related equipment and training to Japan.',
    ].join('\n');
    const response = await ingestText({ text, url: 'https://example.org/wire/japan-missiles', publishedAt: '2025-01-03T15:00:00Z' });
    expect(response.data!.ingestArticleText.userErrors).toEqual([]);

    const sales = await app.graphql(`{ armsSales(first: 5) { totalCount edges { node { slug origin items
      articles { totalCount } extractedFacts(first: 20) { edges { node { fact article { url } } } } } } } }`);
    expect(sales.data!.armsSales.totalCount).toBe(1);
    const sale = nodes(sales.data!.armsSales)[0];
    // The hand-recorded sale keeps its slug and its words, gains the wire story as a source, and
    // what the extractor read about it is recorded against it.
    expect(sale).toMatchObject({ slug: 'hand-recorded-japan-missiles', origin: 'MANUAL', items: 'medium-range missiles', articles: { totalCount: 2 } });
    const facts = nodes(sale.extractedFacts);
    expect(facts.map((fact: any) => fact.fact)).toEqual(expect.arrayContaining(['mention', 'value', 'supplier', 'recipient']));
    expect(new Set(facts.map((fact: any) => fact.article.url))).toEqual(new Set(['https://example.org/wire/japan-missiles']));
  });

  test("a person's edit makes an extracted row hand-stated: extraction no longer changes it", async () => {
    const blinken = await app.graphql(`{ person(slug: "antony-blinken") { origin title } }`);
    expect(blinken.data!.person).toEqual({ origin: 'EXTRACTED', title: 'Secretary of State' });
    const edit = await app.graphql(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { origin title } userErrors { message } } }`,
      { input: { person: 'antony-blinken', title: 'Former Secretary of State' } },
      { apiKey: editor },
    );
    expect(edit.data!.updatePerson).toEqual({ person: { origin: 'MANUAL', title: 'Former Secretary of State' }, userErrors: [] });

    const text = 'Blinken meets Kishida\nSecretary of State Antony Blinken met Japanese Prime Minister Fumio Kishida in Tokyo on Tuesday.';
    const response = await ingestText({ text, url: 'https://example.org/wire/blinken-kishida', publishedAt: '2024-07-29T09:00:00Z' });
    expect(response.data!.ingestArticleText.userErrors).toEqual([]);
    const after = await app.graphql(`{ person(slug: "antony-blinken") { origin title } }`);
    expect(after.data!.person).toEqual({ origin: 'MANUAL', title: 'Former Secretary of State' });
  });
});

describe('metadata carried by the text', () => {
  test('front matter gives headline, date and URL; what the input states wins over it', async () => {
    const text = [
      '---',
      'title: "Macron hosts Scholz in Paris"',
      'url: "https://example.org/wire/macron-scholz"',
      'publishedAt: "2025-02-04"',
      '---',
      'French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Monday for talks on European defence.',
    ].join('\n');
    const response = await ingestText({ text, format: 'MARKDOWN', source: 'Newsgraph Wire' });
    expect(response.data!.ingestArticleText.userErrors).toEqual([]);
    const article = await app.graphql(`{ article(url: "https://example.org/wire/macron-scholz") { title source publishedAt body } }`);
    expect(article.data!.article).toEqual({
      title: 'Macron hosts Scholz in Paris',
      source: 'Newsgraph Wire',
      publishedAt: '2025-02-04T00:00:00.000Z',
      body: 'French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Monday for talks on European defence.',
    });

    const retitled = await ingestText({ text, title: 'Scholz in Paris' });
    expect(retitled.data!.ingestArticleText).toMatchObject({ created: false, article: { title: 'Scholz in Paris' }, userErrors: [] });
  });
});

describe('refused input', () => {
  test('empty text, a text of boilerplate only, and a bad URL are user errors naming the field; nothing is written', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ text: '' }, ['input', 'text']],
      [{ text: 'A headline\nYour support helps us to tell the story. Your donation allows us to keep sending journalists.' }, ['input', 'text']],
      [{ text: 'Headline\nBody sentence about Paris.', url: 'not a url' }, ['input', 'url']],
      [{ text: 'Headline\nBody sentence about Paris.', title: '' }, ['input', 'title']],
    ];
    for (const [input, field] of cases) {
      const response = await ingestText(input);
      expect(response.errors).toBeUndefined();
      expect(response.data!.ingestArticleText).toMatchObject({ article: null, extraction: null });
      expect(response.data!.ingestArticleText.userErrors.map((error: any) => error.field)).toEqual([field]);
    }
    expect(await counts()).toEqual(before);
  });

  test('without an editor key the mutation is refused', async () => {
    const response = await ingestText({ text: 'Headline\nBody.' }, null);
    expect(response.status).toBe(401);
    expect(response.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});

describe('dates you can trust, and the same story twice', () => {
  beforeAll(emptied);
  const JAPAN = `{ country(code: "JP") { armsSalesAsRecipient { count totalValueUsdExact } } }`;
  const story = [
    'US approves missile sale to Japan',
    'A major arms sales approval was announced on Friday under which the U.S. will deliver some $3.64 billion dollars ' +
      'in medium-range missiles, related equipment and training to Japan.',
  ].join('\n');

  test('without a publication date, relative dates stay unresolved and the payload says so; the same story again is the same sale', async () => {
    const dated = await ingestText({ text: story, url: 'https://example.org/wire/japan-sale', publishedAt: '2025-01-03T15:00:00Z' });
    expect(dated.data!.ingestArticleText).toMatchObject({ created: true, warnings: [], userErrors: [] });

    // The same text pasted without its URL nor its date: another article row, the same sale.
    const undated = await app.graphql(
      `mutation($input: IngestArticleTextInput!) { ingestArticleText(input: $input) { created article { publishedAt } warnings { code message } userErrors { message } } }`,
      { input: { text: story } },
      { apiKey: editor },
    );
    const payload = undated.data!.ingestArticleText;
    expect(payload).toMatchObject({ created: true, article: { publishedAt: null }, userErrors: [] });
    expect(payload.warnings).toEqual([{ code: 'PUBLICATION_DATE_UNKNOWN', message: expect.stringContaining('"Friday"') }]);
    const japan = await app.graphql(JAPAN);
    expect(japan.data!.country.armsSalesAsRecipient).toEqual({ count: 1, totalValueUsdExact: '3640000000.00' });
    const sales = await app.graphql(`{ armsSales(first: 5) { totalCount edges { node { announcedDate articles { totalCount } } } } }`);
    expect(sales.data!.armsSales.totalCount).toBe(1);
    expect(nodes(sales.data!.armsSales)[0]).toEqual({ announcedDate: '2025-01-03', articles: { totalCount: 2 } });
  });

  test("a dateline gives the publication date: the text's relative dates are resolved against it", async () => {
    const text = [
      'Blinken meets Kishida',
      'Tuesday, July 30, 2024',
      'Secretary of State Antony Blinken met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.',
    ].join('\n');
    const response = await app.graphql(
      `mutation($input: IngestArticleTextInput!) { ingestArticleText(input: $input) { article { publishedAt } warnings { code } userErrors { message } } }`,
      { input: { text } },
      { apiKey: editor },
    );
    expect(response.data!.ingestArticleText).toEqual({ article: { publishedAt: '2024-07-30T00:00:00.000Z' }, warnings: [], userErrors: [] });
    const meetings = await app.graphql(`{ events(filter: { types: [MEETING] }) { edges { node { startDate location { code } } } } }`);
    expect(nodes(meetings.data!.events)).toContainEqual({ startDate: '2024-07-29', location: { code: 'JP' } });
  });
});

describe('one happening read in two articles', () => {
  beforeAll(emptied);
  const report = (url: string, sentence: string) => ({
    text: ['Blinken meets Kishida', sentence].join('\n'),
    url,
    publishedAt: '2024-07-30T09:00:00Z',
  });
  const first = report('https://example.org/wire/blinken-tokyo', 'Secretary of State Antony Blinken met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.');
  const second = report(
    'https://example.org/daily/blinken-kishida',
    'Secretary of State Antony Blinken met Japanese Prime Minister Fumio Kishida in Washington on Monday to talk about security.',
  );
  const MEETINGS = `{ events(filter: { types: [MEETING] }) { totalCount edges { node { slug startDate location { code } articles { totalCount } } } } }`;

  // Two reports of one meeting that disagree on its place: without a rule, each ingest of either
  // rewrote what the other had stated, and a reader saw the place flip with every re-run.
  test("the first reading stands: a second article completes the event but does not rewrite it, and ingesting both again changes nothing", async () => {
    await ingestText(first);
    const [alone] = nodes((await app.graphql(MEETINGS)).data!.events);
    expect(alone).toEqual({ slug: 'meeting-antony-blinken-2024-07-29', startDate: '2024-07-29', location: { code: 'JP' }, articles: { totalCount: 1 } });

    await ingestText(second);
    const both = (await app.graphql(MEETINGS)).data!.events;
    expect(both.totalCount).toBe(1);
    expect(nodes(both)[0]).toEqual({ ...alone, articles: { totalCount: 2 } });

    // Each article read again, in either order: the event each ingest finds is the one it left.
    for (const input of [second, first, second]) {
      const again = await ingestText(input);
      expect(again.data!.ingestArticleText).toMatchObject({ created: false, userErrors: [] });
      expect(nodes((await app.graphql(MEETINGS)).data!.events)).toEqual([{ ...alone, articles: { totalCount: 2 } }]);
    }
  });
});

describe('the founding article pasted as text into the seeded graph', () => {
  withSeedText("adds no event or sale the curated graph holds: Japan's arms purchases still sum to 3.64 billion", async () => {
    await emptied();
    await seedGraph(app.db);
    const before = await graphCounts(app.db);
    // No URL and no date: another article row, whose relative dates stay unresolved.
    const response = await ingestText({ text: seedText });
    expect(response.data!.ingestArticleText).toMatchObject({ created: true, userErrors: [] });
    const after = await graphCounts(app.db);
    expect({ events: after.events, sales: after.sales }).toEqual({ events: before.events, sales: before.sales });
    const japan = await app.graphql(`{ country(code: "JP") { armsSalesAsRecipient { count totalValueUsdExact } } }`);
    expect(japan.data!.country.armsSalesAsRecipient).toEqual({ count: 1, totalValueUsdExact: '3640000000.00' });
  });
});

describe('statements per ingest', () => {
  // Every statement of a write costs the service's one main thread its building, sending and reading
  // (issue 12: ingests of unrelated articles run side by side only as far as that thread keeps up),
  // and each one inside the transaction holds its locks the longer. A bound on the count, not a timing.
  test('a new article with two people, a meeting and an arms sale costs at most 17 statements; the same text again at most 11', async () => {
    const text = [
      'Ghana and Morocco agree on defence ties',
      '',
      "ACCRA, May 4, 2020 — Ghana's Foreign Minister Ivo Karanko met Morocco's Trade Minister Jana Loranko in Accra on May 3, 2020, to discuss trade and security.",
      '',
      'After the talks, Ghana approved the sale of 10 patrol boats and related equipment to Morocco, worth $100 million, officials said.',
    ].join('\n');
    const input = { text, url: 'https://example.org/statements/ghana-morocco', publishedAt: '2020-05-04T00:00:00Z' };
    // Warm: the countries read once, the key's last use recorded.
    await ingestText({ text: 'Warm-up\n\nNothing happened in Accra.', url: 'https://example.org/statements/warm-up' });
    const first = await ingestText(input);
    expect(first.data!.ingestArticleText).toMatchObject({ created: true, userErrors: [] });
    const again = await ingestText(input);
    expect(again.data!.ingestArticleText).toMatchObject({ created: false, userErrors: [] });
    // Counted: the API key's look-up and the countries' version (before the transaction), its statements and COMMIT.
    expect(first.sqlStatements).toBeLessThanOrEqual(17);
    expect(again.sqlStatements).toBeLessThanOrEqual(11);
  });
});
