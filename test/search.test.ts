// `search`: ranked full-text hits over the seed graph, typo-tolerant names, weighting, types, paging,
// snippets, writes searchable at once, and input that must not break the query; on generated coverage,
// the bound on ranked matches (the newest of each kind) and the count, against totals computed here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCoverage } from '../src/generate/coverage';
import type { CoverageArticle } from '../src/generate/types';
import { createApiKey } from '../src/data/api-keys';
import { importFile } from '../src/ingest/import';
import { SEARCH_RANKED_PER_TYPE } from '../src/schema/search/type';
import { SEARCH_MONTHS_YEARS } from '../src/data/search';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
let editorKey: string;

beforeAll(async () => {
  app = await startTestApp();
  editorKey = (await createApiKey(app.db, { name: 'search editor', role: 'EDITOR' })).key;
});
afterAll(() => app.close());

const SEARCH = `query ($query: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $query, types: $types, first: $first, after: $after) {
    totalCount
    totalCountIsExact
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges {
      cursor
      node {
        score type snippet
        result {
          __typename
          ... on Article { id title }
          ... on Event { id title }
          ... on Person { id name }
          ... on Country { id code name }
        }
      }
    }
  }
}`;

interface Hit {
  score: number;
  type: string;
  snippet: string;
  result: { __typename: string; id: string; title?: string; name?: string; code?: string };
}

interface SearchPage {
  totalCount: number;
  totalCountIsExact: boolean;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Hit }[];
}

async function searchPage(variables: Record<string, unknown>, on: TestApp = app): Promise<SearchPage> {
  const response = await on.graphql(SEARCH, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.search as SearchPage;
}

async function hits(query: string, variables: Record<string, unknown> = {}): Promise<Hit[]> {
  return (await searchPage({ query, first: 100, ...variables })).edges.map((edge) => edge.node);
}

const label = (hit: Hit) => `${hit.result.__typename}: ${hit.result.title ?? hit.result.name}`;

async function mutate(query: string, variables: Record<string, unknown>) {
  const response = await app.graphql(query, variables, { apiKey: editorKey });
  expect(response.errors).toBeUndefined();
  const payload = Object.values(response.data!)[0] as { userErrors: unknown[] };
  expect(payload.userErrors).toEqual([]);
  return payload;
}

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id title } userErrors { field message code } } }`;

describe('search over the seed graph', () => {
  test('"Blinken" finds the person first, then his article and events', async () => {
    const found = await hits('Blinken');
    expect(label(found[0])).toBe('Person: Antony Blinken');
    expect(found[0].score).toBe(1);
    expect(found.map(label)).toEqual(expect.arrayContaining([
      'Article: Blinken heads to Asia, Europe on last expected trip as top US diplomat',
      "Event: Blinken's final overseas trip as Secretary of State",
      'Event: Blinken visits Seoul',
    ]));
    // Best first, ties by type then ID.
    const scores = found.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test('"blinkn" (a typo) finds Blinken', async () => {
    const found = await hits('blinkn');
    expect(found.map(label)).toContain('Person: Antony Blinken');
    expect(label(found[0])).toBe('Person: Antony Blinken');
    expect(found[0].snippet).toContain('<b>Antony Blinken</b>');
  });

  test('a country by a misspelt name, by alias, by demonym and by ISO code', async () => {
    expect(label((await hits('Japna', { types: ['COUNTRY'] }))[0])).toBe('Country: Japan');
    expect((await hits('Japanese', { types: ['COUNTRY'] })).map(label)).toContain('Country: Japan');
    expect(label((await hits('jpn'))[0])).toBe('Country: Japan');
    expect(label((await hits('US', { types: ['COUNTRY'] }))[0])).toBe('Country: United States');
  });

  test('"missiles" finds the article, the arms-sale event and the Tokyo stop', async () => {
    const found = (await hits('missiles')).map(label);
    expect(found).toEqual(expect.arrayContaining([
      'Article: Blinken heads to Asia, Europe on last expected trip as top US diplomat',
      'Event: US approves missile sale to Japan',
      'Event: Blinken visits Tokyo',
    ]));
    // The event with "missile" in its title ranks above those that mention missiles in a summary.
    expect(found.indexOf('Event: US approves missile sale to Japan')).toBe(0);
  });

  test('snippets are HTML with the matched words in <b>…</b>', async () => {
    const [sale] = await hits('missiles', { types: ['EVENT'] });
    expect(sale.snippet).toContain('<b>missile</b>');
    expect(sale.snippet).toMatch(/medium-range <b>missiles<\/b>/);
    const [person] = await hits('Secretary of State', { types: ['PERSON'] });
    expect(person.snippet).toContain('<b>Secretary</b>');
  });

  test('types narrows the kinds of object', async () => {
    const events = await hits('Blinken', { types: ['EVENT'] });
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((hit) => hit.type))).toEqual(new Set(['EVENT']));
    expect(new Set(events.map((hit) => hit.result.__typename))).toEqual(new Set(['Event']));
    const two = await hits('Blinken', { types: ['PERSON', 'ARTICLE'] });
    expect(new Set(two.map((hit) => hit.type))).toEqual(new Set(['PERSON', 'ARTICLE']));
    expect(await hits('Blinken', { types: [] })).toEqual([]);
    expect(await searchPage({ query: 'Blinken', types: [] })).toMatchObject({ totalCount: 0, totalCountIsExact: true });
  });

  test('pages follow one another without gaps or repeats, and totalCount counts all hits', async () => {
    const all = await searchPage({ query: 'Blinken', first: 100 });
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.totalCount).toBeGreaterThan(5);
    expect(all.totalCountIsExact).toBe(true);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await searchPage({ query: 'Blinken', first: 2, after });
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(after != null);
      seen.push(...page.edges.map((edge) => edge.node.result.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.result.id));
    // The same cursor gives the same page.
    const again = await searchPage({ query: 'Blinken', first: 2, after: all.edges[1].cursor });
    expect(again.edges.map((edge) => edge.node.result.id)).toEqual(seen.slice(2, 4));
  });

  test('a search is within the cost limit with pages of 100', async () => {
    const response = await app.graphql(`{
      search(query: "Japan", first: 100) {
        totalCount
        edges { node { score snippet result {
          ... on Article { title events(first: 5) { edges { node { title } } } }
          ... on Event { title location { name } }
          ... on Person { name country { name } }
          ... on Country { name }
        } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
  });
});

describe('ranking', () => {
  test('a word in the title outranks the same word in the body', async () => {
    await mutate(INGEST, {
      input: { url: 'https://example.com/zorblax-body', title: 'A quiet week in Geneva', body: 'Diplomats discussed the zorblax treaty at length.' },
    });
    await mutate(INGEST, {
      input: { url: 'https://example.com/zorblax-title', title: 'Zorblax treaty signed', body: 'Diplomats signed it at last.' },
    });
    const found = await hits('zorblax');
    expect(found.map(label)).toEqual(['Article: Zorblax treaty signed', 'Article: A quiet week in Geneva']);
    expect(found[0].score).toBeGreaterThan(found[1].score);
    expect(found[1].snippet).toContain('<b>zorblax</b>');
  });
});

describe('writes are searchable at once', () => {
  test('an event renamed through updateEvent is found by its new title, not the old one', async () => {
    await mutate(`mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { title } userErrors { field message code } } }`, {
      input: { event: 'yoon-suk-yeol-martial-law', title: 'Yoon Suk Yeol proclaims emergency quokkarule' },
    });
    expect((await hits('quokkarule')).map(label)).toEqual(['Event: Yoon Suk Yeol proclaims emergency quokkarule']);
    expect((await hits('declares', { types: ['EVENT'] })).map(label)).not.toContain('Event: Yoon Suk Yeol declares martial law');
  });
});

describe('input', () => {
  test.each([
    ['&|!():*\'\\'],
    ['Blinken & (Tokyo | !Seoul):*'],
    ['"unclosed phrase'],
    ['-'],
    ['the of and'],
    ["O'Brien <script>"],
  ])('%s returns cleanly', async (query) => {
    const response = await app.graphql(SEARCH, { query });
    expect(response.errors).toBeUndefined();
    expect(Array.isArray(response.data!.search.edges)).toBe(true);
  });

  test('web-search syntax: phrases and exclusions', async () => {
    expect((await hits('"approved a sale"', { types: ['EVENT'] })).map(label)).toEqual(['Event: US approves missile sale to Japan']);
    expect((await hits('approved sale', { types: ['EVENT'] })).map(label)).toEqual(
      expect.arrayContaining(['Event: US approves missile sale to Japan', 'Event: Blinken visits Tokyo']),
    );
    expect((await hits('missiles -Tokyo', { types: ['EVENT'] })).map(label)).not.toContain('Event: Blinken visits Tokyo');
  });

  test.each([
    ['an empty query', { query: '' }, 'query'],
    ['a blank query', { query: '   ' }, 'query'],
    ['a query too long', { query: 'x'.repeat(201) }, 'query'],
    ['first above 100', { query: 'Blinken', first: 101 }, 'first'],
    ['a negative first', { query: 'Blinken', first: -1 }, 'first'],
    ['a foreign cursor', { query: 'Blinken', after: 'bm90IGEgY3Vyc29y' }, 'after'],
  ])('%s is a BAD_USER_INPUT naming the argument', async (_name, variables, field) => {
    const response = await app.graphql(SEARCH, variables);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) })]);
  });
});

describe('articles(filter: { text })', () => {
  test('finds words anywhere through the full-text index, stemmed, and parts of titles', async () => {
    const titles = async (text: string) =>
      ((await app.graphql(`query ($text: String) { articles(filter: { text: $text }) { edges { node { title } } } }`, { text }))
        .data!.articles.edges as { node: { title: string } }[]).map((edge) => edge.node.title);
    const seed = 'Blinken heads to Asia, Europe on last expected trip as top US diplomat';
    expect(await titles('missile')).toContain(seed);
    expect(await titles('Indo-Pacific strategy')).toContain(seed);
    expect(await titles('expected tri')).toContain(seed);
    expect(await titles('nonexistentword')).toEqual([]);
  });
});

describe('on generated coverage (350 articles, seed 5), against matches computed here', () => {
  // Words whose stems nothing else in the generated text shares, so that a regular expression finds
  // exactly what the full-text index does: "American(s)", "minister(s)", "secretary/secretaries".
  const WORDS = 'american or minister or secretary';
  const WORDS_PATTERN = /\b(americans?|ministers?|secretar(y|ies))\b/i;
  const AMERICAN = /\bamericans?\b/i;
  const ARTICLE_HIT = `query ($query: String!, $types: [SearchType!], $first: Int, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      totalCount totalCountIsExact pageInfo { hasNextPage endCursor }
      edges { node { score type result { ... on Article { url publishedAt } ... on Event { slug } ... on Person { personSlug: slug } } } }
    }
  }`;
  let coverage: TestApp;
  let workDir: string;
  let articles: CoverageArticle[];
  let events: { slug: string; title: string; summary: string }[];
  let people: CoverageArticle['people'];

  beforeAll(async () => {
    coverage = await startTestApp();
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-search-'));
    articles = [...generateCoverage({ articles: 350, seed: 5 })];
    const bySlug = new Map<string, { slug: string; title: string; summary: string }>();
    for (const article of articles) {
      for (const event of article.events) {
        bySlug.set(event.slug, event);
        for (const child of event.children ?? []) bySlug.set(child.slug, child);
      }
    }
    events = [...bySlug.values()];
    people = [...new Map(articles.flatMap((article) => article.people).map((person) => [person.slug, person])).values()];
    // Only the generated coverage: the seed's article and events would be in no expected total.
    await coverage.db.$executeRawUnsafe(`TRUNCATE "Article", "Person", "Event", "ArmsSale", "AuditEntry" RESTART IDENTITY CASCADE`);
    const file = path.join(workDir, 'coverage.ndjson');
    fs.writeFileSync(file, `${articles.map((article) => JSON.stringify(article)).join('\n')}\n`);
    expect(await importFile(coverage.db, file)).toMatchObject({ lines: 350, failed: 0 });
  }, 300_000);
  afterAll(async () => {
    await coverage.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  const articleText = (article: CoverageArticle) => [article.title, article.subtitle, article.summary].filter(Boolean).join(' ');

  /** Every hit of a search, page after page of `first`. */
  async function allHits(variables: Record<string, unknown>, first: number) {
    type Page = { totalCount: number; totalCountIsExact: boolean; pageInfo: SearchPage['pageInfo']; edges: { node: any }[] };
    const pages: Page[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await coverage.graphql(ARTICLE_HIT, { ...variables, first, after });
      expect(response.errors).toBeUndefined();
      const page = response.data!.search as Page;
      pages.push(page);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { pages, nodes: pages.flatMap((page) => page.edges.map((edge) => edge.node)) };
  }

  test(`of more than ${SEARCH_RANKED_PER_TYPE} matching articles, the newest ${SEARCH_RANKED_PER_TYPE} are ranked, counted and paged through; the count says it is capped`, async () => {
    const matching = articles
      .map((article, index) => ({ article, index }))
      .filter(({ article }) => WORDS_PATTERN.test(articleText(article)));
    expect(matching.length).toBeGreaterThan(SEARCH_RANKED_PER_TYPE);
    // Newest first; the same instant is broken by ID, the order of import.
    matching.sort((a, b) => b.article.publishedAt.localeCompare(a.article.publishedAt) || b.index - a.index);
    const newest = matching.slice(0, SEARCH_RANKED_PER_TYPE).map(({ article }) => article.url);

    const { pages, nodes } = await allHits({ query: WORDS, types: ['ARTICLE'] }, 70);
    for (const page of pages) expect(page).toMatchObject({ totalCount: SEARCH_RANKED_PER_TYPE, totalCountIsExact: false });
    expect(nodes).toHaveLength(SEARCH_RANKED_PER_TYPE);
    expect(new Set(nodes.map((node) => node.result.url))).toEqual(new Set(newest));
    // Best first across pages.
    const scores = nodes.map((node) => node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test('fewer matches than the bound: all of them, counted exactly', async () => {
    const matching = articles.filter((article) => AMERICAN.test(articleText(article)));
    expect(matching.length).toBeGreaterThan(100);
    expect(matching.length).toBeLessThanOrEqual(SEARCH_RANKED_PER_TYPE);
    const { pages, nodes } = await allHits({ query: 'American', types: ['ARTICLE'] }, 100);
    expect(pages[0]).toMatchObject({ totalCount: matching.length, totalCountIsExact: true });
    expect(new Set(nodes.map((node) => node.result.url))).toEqual(new Set(matching.map((article) => article.url)));
    // Relevance: the articles saying it in their title come before those saying it only further down.
    const inTitle = new Set(matching.filter((article) => AMERICAN.test(article.title)).map((article) => article.url));
    expect(inTitle.size).toBeGreaterThan(0);
    expect(inTitle.size).toBeLessThan(matching.length);
    expect(nodes.slice(0, inTitle.size).every((node) => inTitle.has(node.result.url))).toBe(true);
  });

  test(`people: of more than ${SEARCH_RANKED_PER_TYPE} matching by title, the ${SEARCH_RANKED_PER_TYPE} recorded last`, async () => {
    const MINISTER = /\bministers?\b/i;
    const matching = new Set(people
      .filter((person) => MINISTER.test([person.name, ...(person.aliases ?? []), person.title, person.description].join(' ')))
      .map((person) => person.slug));
    expect(matching.size).toBeGreaterThan(SEARCH_RANKED_PER_TYPE);
    // The order in which the import recorded them, read from the table itself.
    const recorded = await coverage.db.$queryRawUnsafe<{ slug: string }[]>(`SELECT slug FROM "Person" ORDER BY id DESC`);
    const lastRecorded = recorded.map((row) => row.slug).filter((slug) => matching.has(slug)).slice(0, SEARCH_RANKED_PER_TYPE);
    const { pages, nodes } = await allHits({ query: 'minister', types: ['PERSON'] }, 100);
    // No name is like "minister": the hits are the full-text matches alone.
    expect(pages[0]).toMatchObject({ totalCount: SEARCH_RANKED_PER_TYPE, totalCountIsExact: false });
    expect(new Set(nodes.map((node) => node.result.personSlug))).toEqual(new Set(lastRecorded));
  });

  test('events: every match while there are fewer than the bound, and the count over all kinds', async () => {
    const matchingEvents = events.filter((event) => WORDS_PATTERN.test([event.title, event.summary].filter(Boolean).join(' ')));
    expect(matchingEvents.length).toBeGreaterThan(10);
    expect(matchingEvents.length).toBeLessThanOrEqual(SEARCH_RANKED_PER_TYPE);
    const { pages, nodes } = await allHits({ query: WORDS, types: ['EVENT'] }, 100);
    expect(pages[0]).toMatchObject({ totalCount: matchingEvents.length, totalCountIsExact: true });
    expect(new Set(nodes.map((node) => node.result.slug))).toEqual(new Set(matchingEvents.map((event) => event.slug)));
    // Over articles and events together: the capped articles make the whole count a lower bound.
    const both = await coverage.graphql(ARTICLE_HIT, { query: WORDS, types: ['ARTICLE', 'EVENT'], first: 1 });
    expect(both.data!.search).toMatchObject({ totalCount: SEARCH_RANKED_PER_TYPE + matchingEvents.length, totalCountIsExact: false });
  });
});

describe(`past the newest ${SEARCH_MONTHS_YEARS} years: a word's newest matches month by month, then year by year`, () => {
  // 3,000 articles a day apart (2020 to 2028), article i (1 = oldest) titled with made-up words at known rates,
  // so that each way search reads the periods is taken: "quokka" (every 10th: about three a month, so the months of
  // the newest years hold too few and the older years are read, newest first, until 201 are found), "wombat" (every
  // 100th: 30, all of them over every period), "platypus" (every 25th of the oldest 500 only: none in the newest
  // years' months, found in the oldest years). Whatever the way, the answer is the newest matches, counted.
  const ARTICLES = 3_000;
  const PEOPLE = 1_200;
  const every = (step: number, upTo = ARTICLES) => Array.from({ length: Math.floor(upTo / step) }, (_, index) => (index + 1) * step);
  const TITLE_HITS = `query ($query: String!, $first: Int, $after: String) {
    search(query: $query, types: [ARTICLE], first: $first, after: $after) {
      totalCount totalCountIsExact pageInfo { hasNextPage endCursor }
      edges { node { result { ... on Article { title } } } }
    }
  }`;
  let many: TestApp;

  beforeAll(async () => {
    many = await startTestApp();
    await many.db.$executeRawUnsafe(`
      INSERT INTO "Article" (title, "publishedAt", "updatedAt")
      SELECT concat_ws(' ', 'Report', i, CASE WHEN i % 10 = 0 THEN 'quokka' END, CASE WHEN i % 100 = 0 THEN 'wombat' END,
                       CASE WHEN i % 25 = 0 AND i <= 500 THEN 'platypus' END),
             timestamptz '2020-01-01 00:00:00+00' + i * interval '1 day', now()
      FROM generate_series(1, ${ARTICLES}) AS i`);
    // People i = 1 … 1,200 (recorded in that order, so over three blocks of 500 IDs), every third an envoy.
    await many.db.$executeRawUnsafe(`
      INSERT INTO "Person" (name, slug, aliases, title, "updatedAt")
      SELECT 'Person ' || i, 'person-' || i, '{}', CASE WHEN i % 3 = 0 THEN 'Special envoy' END, now()
      FROM generate_series(1, ${PEOPLE}) AS i`);
  }, 300_000);
  afterAll(() => many.close());

  /** The report numbers of every hit, page after page of 100, with the first page's count. */
  async function reportsFound(query: string) {
    const numbers: number[] = [];
    let first: { totalCount: number; totalCountIsExact: boolean } | undefined;
    let after: string | null = null;
    for (;;) {
      const response = await many.graphql(TITLE_HITS, { query, first: 100, after });
      expect(response.errors).toBeUndefined();
      const page = response.data!.search as {
        totalCount: number; totalCountIsExact: boolean; pageInfo: SearchPage['pageInfo']; edges: { node: { result: { title: string } } }[];
      };
      first ??= { totalCount: page.totalCount, totalCountIsExact: page.totalCountIsExact };
      numbers.push(...page.edges.map((edge) => Number(edge.node.result.title.split(' ')[1])));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ...first!, numbers: numbers.sort((a, b) => b - a) };
  }

  test('a word in every article: its newest matches from the newest months alone', async () => {
    const reports = Array.from({ length: ARTICLES }, (_, index) => ARTICLES - index);
    expect(await reportsFound('report')).toEqual({ totalCount: SEARCH_RANKED_PER_TYPE, totalCountIsExact: false, numbers: reports.slice(0, SEARCH_RANKED_PER_TYPE) });
  });

  test('a word too rare for the newest years\' months: the older years read until the newest matches are found', async () => {
    const matches = every(10).reverse();
    expect(matches.filter((number) => number > ARTICLES - SEARCH_MONTHS_YEARS * 365).length).toBeLessThan(SEARCH_RANKED_PER_TYPE);
    expect(await reportsFound('quokka')).toEqual({ totalCount: SEARCH_RANKED_PER_TYPE, totalCountIsExact: false, numbers: matches.slice(0, SEARCH_RANKED_PER_TYPE) });
  });

  test('a rare word, and one absent from the newest years: every match, over every period, counted exactly', async () => {
    const wombats = every(100).reverse();
    expect(await reportsFound('wombat')).toEqual({ totalCount: wombats.length, totalCountIsExact: true, numbers: wombats });
    const platypuses = every(25, 500).reverse();
    expect(await reportsFound('platypus')).toEqual({ totalCount: platypuses.length, totalCountIsExact: true, numbers: platypuses });
  });

  test('people a word matches: the 200 recorded last, a block of IDs at a time', async () => {
    const query = `query { search(query: "envoy", types: [PERSON], first: 100) { totalCount totalCountIsExact edges { node { result { ... on Person { name } } } } } }`;
    const page = (await many.graphql(query)).data!.search as { totalCount: number; totalCountIsExact: boolean; edges: { node: { result: { name: string } } }[] };
    const envoys = every(3, PEOPLE).reverse().slice(0, SEARCH_RANKED_PER_TYPE);
    expect({ totalCount: page.totalCount, totalCountIsExact: page.totalCountIsExact }).toEqual({ totalCount: SEARCH_RANKED_PER_TYPE, totalCountIsExact: false });
    // Equal scores, so ties go by ID: the first page of 100 is the older half of the 200 recorded last.
    const found = page.edges.map((edge) => Number(edge.node.result.name.split(' ')[1]));
    expect(found).toEqual(envoys.slice(100).reverse());
  });
});
