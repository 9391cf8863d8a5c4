// `search`: ranked full-text hits over the seed graph, typo-tolerant names, weighting, types, paging,
// snippets, writes searchable at once, and input that must not break the query.
import { createApiKey } from '../src/modules/api-key/service';
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

async function searchPage(variables: Record<string, unknown>) {
  const response = await app.graphql(SEARCH, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.search as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Hit }[];
  };
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
  });

  test('pages follow one another without gaps or repeats, and totalCount counts all hits', async () => {
    const all = await searchPage({ query: 'Blinken', first: 100 });
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.totalCount).toBeGreaterThan(5);
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
