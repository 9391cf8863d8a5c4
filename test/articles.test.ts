// Articles: `article(id|url)`, `articles` filters and orders, what an article mentions and the articles behind each fact.
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;

const SEED_URL = 'https://www.independent.co.uk/news/world/americas/us-politics/blinken-south-korea-japan-france-trip-b2673524.html';
const SEED = 'Blinken heads to Asia, Europe on last expected trip as top US diplomat';
const IMPEACHMENT_VOTE = 'Yoon impeachment vote passes';
const CARTER = 'Carter remembered in Washington';
const MISSILES_FR = 'Vente de missiles au Japon';
const PARIS_TALKS = 'Paris talks on Ukraine';
const PARIS_TALKS_BODY = 'Zephyrine delegates sat until dawn.';
const MISSILES_FR_BODY = 'Quillwort texte intégral.';

/**
 * Four more articles beside the founding one, each with its own publisher, language, publication
 * time and mentions. Titles start with distinct letters so title order holds in any collation.
 */
beforeAll(async () => {
  app = await startTestApp();
  const person = async (slug: string) => (await app.db.person.findUniqueOrThrow({ where: { slug } })).id;
  const country = async (code: string) => (await app.db.country.findUniqueOrThrow({ where: { code } })).id;
  const event = async (slug: string) => (await app.db.event.findUniqueOrThrow({ where: { slug } })).id;
  const sale = (await app.db.armsSale.findFirstOrThrow()).id;

  await app.db.article.create({
    data: {
      url: 'https://example.com/yoon-impeachment-vote',
      title: IMPEACHMENT_VOTE,
      subtitle: 'Lawmakers in Seoul remove the president from office',
      source: 'Reuters',
      language: 'en',
      publishedAt: new Date('2024-12-14T08:30:00Z'),
      ingestedAt: new Date('2030-01-04T00:00:00Z'),
      personMentions: { create: [{ personId: await person('yoon-suk-yeol') }] },
      countryMentions: { create: [{ countryId: await country('KR') }] },
      eventMentions: { create: [{ eventId: await event('yoon-suk-yeol-impeachment') }] },
    },
  });
  await app.db.article.create({
    data: {
      url: 'https://www.independent.co.uk/carter-remembered',
      title: CARTER,
      summary: 'Funeral services for the former president, attended by the Secretary of State.',
      source: 'The Independent',
      language: 'en',
      // The last second of 9 January: still "published on" that day.
      publishedAt: new Date('2025-01-09T23:59:59Z'),
      ingestedAt: new Date('2030-01-02T00:00:00Z'),
      personMentions: { create: [{ personId: await person('jimmy-carter') }, { personId: await person('antony-blinken') }] },
      countryMentions: { create: [{ countryId: await country('US') }] },
      eventMentions: { create: [{ eventId: await event('jimmy-carter-funeral-2025-01-09') }] },
    },
  });
  await app.db.article.create({
    data: {
      url: null,
      contentHash: 'c'.repeat(64),
      title: MISSILES_FR,
      body: MISSILES_FR_BODY,
      summary: 'Washington approuve une vente de missiles de moyenne portée.',
      source: 'Le Monde',
      language: 'fr',
      publishedAt: null,
      ingestedAt: new Date('2030-01-03T00:00:00Z'),
      countryMentions: { create: [{ countryId: await country('JP') }, { countryId: await country('US') }] },
      armsSaleMentions: { create: [{ armsSaleId: sale }] },
    },
  });
  await app.db.article.create({
    data: {
      url: 'https://example.com/paris-talks',
      title: PARIS_TALKS,
      body: PARIS_TALKS_BODY,
      source: 'Reuters',
      language: 'en',
      publishedAt: new Date('2025-01-10T00:00:00Z'),
      ingestedAt: new Date('2030-01-02T00:00:00Z'),
      countryMentions: { create: [{ countryId: await country('FR') }, { countryId: await country('UA') }] },
      eventMentions: { create: [{ eventId: await event('blinken-final-trip-2025-01-paris') }] },
    },
  });
});
afterAll(() => app.close());

const ARTICLE_TITLES = `query ($filter: ArticleFilter, $orderBy: ArticleOrder) {
  articles(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }
}`;

/** The titles of `articles(filter, orderBy)`, checking the count agrees with the page. */
async function articleTitles(filter?: object, orderBy?: object): Promise<string[]> {
  const response = await app.graphql(ARTICLE_TITLES, { filter, orderBy });
  expect(response.errors).toBeUndefined();
  const titles = response.data!.articles.edges.map((edge: { node: { title: string } }) => edge.node.title);
  expect(response.data!.articles.totalCount).toBe(titles.length);
  return titles;
}

async function articleId(title: string): Promise<string> {
  const response = await app.graphql(`query ($text: String) { articles(filter: { text: $text }) { edges { node { id title } } } }`, {
    text: title,
  });
  return response.data!.articles.edges.find((edge: any) => edge.node.title === title).node.id;
}

const SEED_ARTICLE = {
  url: SEED_URL,
  title: SEED,
  subtitle:
    'Secretary of State Antony Blinken will embark on what is expected to be his final overseas trip in office this weekend, traveling to South Korea, Japan and France',
  body: null,
  source: 'The Independent',
  author: null,
  publishedAt: '2025-01-03T00:00:00.000Z',
  language: 'en',
};

describe('article bodies', () => {
  const LIST = (withBody: boolean) => `{ articles(first: 10, orderBy: { field: TITLE, direction: ASC }) {
    edges { node { title ${withBody ? 'body' : ''} events(first: 3) { edges { node { title } } } } } } }`;

  test('a list gives each article its own full text, read in the statement of the page', async () => {
    const without = await app.graphql(LIST(false));
    const withBodies = await app.graphql(LIST(true));
    expect(withBodies.errors).toBeUndefined();
    const bodies = Object.fromEntries(withBodies.data!.articles.edges.map((edge: any) => [edge.node.title, edge.node.body]));
    expect(bodies).toEqual({
      [SEED]: null,
      [IMPEACHMENT_VOTE]: null,
      [CARTER]: null,
      [MISSILES_FR]: MISSILES_FR_BODY,
      [PARIS_TALKS]: PARIS_TALKS_BODY,
    });
    // Compiled: the texts are columns of the page's one statement (the DataLoader path reads them in one more for the page).
    expect(withBodies.sqlStatements).toBe(without.sqlStatements);
    expect(withBodies.sqlStatements).toBe(1);
  });

  test('an article reached through an event has its text too', async () => {
    const response = await app.graphql(`{ events(filter: { text: "Paris" }, first: 5) { edges { node {
      articles(first: 5) { edges { node { title body } } } } } } }`);
    expect(response.errors).toBeUndefined();
    const articles = response.data!.events.edges.flatMap((edge: any) => edge.node.articles.edges.map((article: any) => article.node));
    expect(articles).toContainEqual({ title: SEED, body: null });
    expect(articles).toContainEqual({ title: PARIS_TALKS, body: PARIS_TALKS_BODY });
  });
});

describe('article(id) and article(url)', () => {
  test('by URL', async () => {
    const response = await app.graphql(`query ($url: String) { article(url: $url) { url title subtitle body source author publishedAt language } }`, {
      url: SEED_URL,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ article: SEED_ARTICLE });
  });

  test('by ID, the same article as by URL', async () => {
    const byUrl = await app.graphql(`query ($url: String) { article(url: $url) { id } }`, { url: SEED_URL });
    const id = byUrl.data!.article.id;
    const response = await app.graphql(`query ($id: ID) { article(id: $id) { id url title subtitle body source author publishedAt language } }`, {
      id,
    });
    expect(response.data).toEqual({ article: { id, ...SEED_ARTICLE } });
  });

  test('a pasted article has no URL and is found by ID', async () => {
    const response = await app.graphql(`query ($id: ID) { article(id: $id) { url title source language publishedAt ingestedAt } }`, {
      id: await articleId(MISSILES_FR),
    });
    expect(response.data).toEqual({
      article: { url: null, title: MISSILES_FR, source: 'Le Monde', language: 'fr', publishedAt: null, ingestedAt: '2030-01-03T00:00:00.000Z' },
    });
  });

  test('both ID and URL is a BAD_USER_INPUT', async () => {
    const id = await articleId(SEED);
    const response = await app.graphql(`query ($id: ID, $url: String) { article(id: $id, url: $url) { title } }`, { id, url: SEED_URL });
    expect(response.data).toEqual({ article: null });
    expect(response.errors).toEqual([expect.objectContaining({ path: ['article'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  test('neither ID nor URL is a BAD_USER_INPUT', async () => {
    const response = await app.graphql(`{ article { title } }`);
    expect(response.data).toEqual({ article: null });
    expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    expect(response.errors![0].message).toMatch(/exactly one/);
  });

  test('an unknown URL gives null and NOT_FOUND', async () => {
    const response = await app.graphql(`{ article(url: "https://example.com/never-published") { title } }`);
    expect(response.data).toEqual({ article: null });
    expect(response.errors).toEqual([expect.objectContaining({ path: ['article'], extensions: { code: 'NOT_FOUND' } })]);
    expect(response.errors![0].message).toContain('https://example.com/never-published');
  });

  test("an event's ID is a BAD_USER_INPUT naming id", async () => {
    const event = await app.graphql(`{ events(first: 1) { edges { node { id } } } }`);
    const response = await app.graphql(`query ($id: ID) { article(id: $id) { title } }`, { id: event.data!.events.edges[0].node.id });
    expect(response.data).toEqual({ article: null });
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } })]);
  });
});

describe('articles(filter)', () => {
  test('without a filter: latest published first, undated last', async () => {
    expect(await articleTitles()).toEqual([PARIS_TALKS, CARTER, SEED, IMPEACHMENT_VOTE, MISSILES_FR]);
  });

  test.each([
    ['text: in the title', { text: 'missiles au' }, [MISSILES_FR]],
    ['text: in the subtitle', { text: 'lawmakers' }, [IMPEACHMENT_VOTE]],
    ['text: in the summary', { text: 'funeral services' }, [CARTER, SEED]],
    ['text: anywhere, any case', { text: 'WASHINGTON' }, [CARTER, SEED, MISSILES_FR]],
    ['text: wildcards are literal', { text: '%' }, []],
    ['source: exactly', { source: 'The Independent' }, [CARTER, SEED]],
    ['source: another publisher', { source: 'Reuters' }, [PARIS_TALKS, IMPEACHMENT_VOTE]],
    ['source: not a prefix match', { source: 'The' }, []],
    ['language: fr', { language: 'fr' }, [MISSILES_FR]],
    ['language: en', { language: 'en' }, [PARIS_TALKS, CARTER, SEED, IMPEACHMENT_VOTE]],
    ['published: both ends inclusive, to the last second of the day', { published: { from: '2025-01-03', to: '2025-01-09' } }, [CARTER, SEED]],
    ['published: a single day', { published: { from: '2025-01-03', to: '2025-01-03' } }, [SEED]],
    ['published: open end', { published: { from: '2025-01-10' } }, [PARIS_TALKS]],
    ['published: open start', { published: { to: '2025-01-02' } }, [IMPEACHMENT_VOTE]],
    ['published: both ends open means dated', { published: {} }, [PARIS_TALKS, CARTER, SEED, IMPEACHMENT_VOTE]],
    ['person: by slug', { person: 'yoon-suk-yeol' }, [SEED, IMPEACHMENT_VOTE]],
    ['person: mentioned nowhere else', { person: 'joe-biden' }, [SEED]],
    ['country: alpha-2 in lower case', { country: 'jp' }, [SEED, MISSILES_FR]],
    ['country: alpha-3', { country: 'FRA' }, [PARIS_TALKS, SEED]],
    ['country: mentioned by no article', { country: 'DE' }, []],
    ['combined: publisher and country', { source: 'Reuters', country: 'KR' }, [IMPEACHMENT_VOTE]],
    ['combined: text, language and date', { text: 'Washington', language: 'en', published: { to: '2025-01-05' } }, [SEED]],
  ])('%s', async (_name, filter, expected) => {
    expect(await articleTitles(filter)).toEqual(expected);
  });

  test('person: by global ID', async () => {
    const person = await app.graphql(`{ person(slug: "jimmy-carter") { id } }`);
    expect(await articleTitles({ person: person.data!.person.id })).toEqual([CARTER, SEED]);
  });

  test.each([
    ['an unknown person', { person: 'nobody-at-all' }, 'filter.person'],
    ['an unknown country', { country: 'XX' }, 'filter.country'],
    ['a published range whose `from` is after its `to`', { published: { from: '2025-01-09', to: '2025-01-03' } }, 'filter.published'],
  ])('%s is a BAD_USER_INPUT naming %s', async (_name, filter, field) => {
    const response = await app.graphql(ARTICLE_TITLES, { filter });
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } })]);
  });
});

describe('articles(orderBy)', () => {
  test.each([
    ['PUBLISHED_AT', 'ASC', [IMPEACHMENT_VOTE, SEED, CARTER, PARIS_TALKS, MISSILES_FR]],
    ['PUBLISHED_AT', 'DESC', [PARIS_TALKS, CARTER, SEED, IMPEACHMENT_VOTE, MISSILES_FR]],
    ['TITLE', 'ASC', [SEED, CARTER, PARIS_TALKS, MISSILES_FR, IMPEACHMENT_VOTE]],
    ['TITLE', 'DESC', [IMPEACHMENT_VOTE, MISSILES_FR, PARIS_TALKS, CARTER, SEED]],
    // Carter and Paris were ingested at the same instant: the tie goes by ID (Carter was recorded first).
    ['INGESTED_AT', 'ASC', [SEED, CARTER, PARIS_TALKS, MISSILES_FR, IMPEACHMENT_VOTE]],
    ['INGESTED_AT', 'DESC', [IMPEACHMENT_VOTE, MISSILES_FR, PARIS_TALKS, CARTER, SEED]],
  ])('%s %s', async (field, direction, expected) => {
    expect(await articleTitles(undefined, { field, direction })).toEqual(expected);
  });
});

describe('what an article mentions', () => {
  test('the founding article: its events, people, countries and arms sales', async () => {
    const response = await app.graphql(`query ($url: String) {
      article(url: $url) {
        events(filter: { hasParent: false }) { totalCount edges { node { slug } } }
        people { totalCount edges { node { name } } }
        countries(first: 100) { totalCount edges { node { code name } } }
        armsSales { totalCount edges { node { items recipient { code } } } }
      }
    }`, { url: SEED_URL });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      article: {
        events: {
          totalCount: 6,
          edges: [
            'jimmy-carter-funeral-2025-01-09',
            'blinken-final-trip-2025-01',
            'us-approves-missile-sale-to-japan-2025-01-03',
            'state-department-announces-blinken-trip-2025-01-03',
            'yoon-suk-yeol-impeachment',
            'yoon-suk-yeol-martial-law',
          ].map((slug) => ({ node: { slug } })),
        },
        people: {
          totalCount: 4,
          edges: ['Antony Blinken', 'Jimmy Carter', 'Joe Biden', 'Yoon Suk Yeol'].map((name) => ({ node: { name } })),
        },
        countries: {
          totalCount: 7,
          edges: [
            { node: { code: 'CN', name: 'China' } },
            { node: { code: 'FR', name: 'France' } },
            { node: { code: 'JP', name: 'Japan' } },
            { node: { code: 'KP', name: 'North Korea' } },
            { node: { code: 'KR', name: 'South Korea' } },
            { node: { code: 'UA', name: 'Ukraine' } },
            { node: { code: 'US', name: 'United States' } },
          ],
        },
        armsSales: {
          totalCount: 1,
          edges: [{ node: { items: 'medium-range missiles, related equipment and training', recipient: { code: 'JP' } } }],
        },
      },
    });
  });

  test('relations of every article in one list, each with its own mentions', async () => {
    const response = await app.graphql(`{
      articles(orderBy: { field: TITLE, direction: ASC }) {
        edges { node { title
          people { totalCount }
          countries(orderBy: { field: CODE, direction: ASC }) { edges { node { code } } }
          events { totalCount }
          armsSales { totalCount }
        } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const codes = (...list: string[]) => ({ edges: list.map((code) => ({ node: { code } })) });
    expect(response.data!.articles.edges.map((edge: any) => edge.node)).toEqual([
      { title: SEED, people: { totalCount: 4 }, countries: codes('CN', 'FR', 'JP', 'KP', 'KR', 'UA', 'US'), events: { totalCount: 9 }, armsSales: { totalCount: 1 } },
      { title: CARTER, people: { totalCount: 2 }, countries: codes('US'), events: { totalCount: 1 }, armsSales: { totalCount: 0 } },
      { title: PARIS_TALKS, people: { totalCount: 0 }, countries: codes('FR', 'UA'), events: { totalCount: 1 }, armsSales: { totalCount: 0 } },
      { title: MISSILES_FR, people: { totalCount: 0 }, countries: codes('JP', 'US'), events: { totalCount: 0 }, armsSales: { totalCount: 1 } },
      { title: IMPEACHMENT_VOTE, people: { totalCount: 1 }, countries: codes('KR'), events: { totalCount: 1 }, armsSales: { totalCount: 0 } },
    ]);
  });
});

describe('the articles behind a fact', () => {
  const titles = (connection: any) => connection.edges.map((edge: any) => edge.node.title);

  test('Person.articles', async () => {
    const response = await app.graphql(`{ person(slug: "jimmy-carter") { articles { totalCount edges { node { title } } } } }`);
    expect(response.data).toEqual({ person: { articles: { totalCount: 2, edges: [{ node: { title: CARTER } }, { node: { title: SEED } }] } } });
  });

  test('Person.articles with a filter and order', async () => {
    const response = await app.graphql(`{
      person(slug: "antony-blinken") { articles(filter: { published: { from: "2025-01-04" } }, orderBy: { field: TITLE, direction: ASC }) { edges { node { title } } } }
    }`);
    expect(titles(response.data!.person.articles)).toEqual([CARTER]);
  });

  test('Country.articles', async () => {
    const response = await app.graphql(`{
      ukraine: country(code: "UKR") { articles { totalCount edges { node { title } } } }
      japanInFrench: country(code: "jp") { articles(filter: { language: "fr" }) { totalCount edges { node { title } } } }
      germany: country(code: "DE") { articles { totalCount edges { node { title } } } }
    }`);
    expect(response.data).toEqual({
      ukraine: { articles: { totalCount: 2, edges: [{ node: { title: PARIS_TALKS } }, { node: { title: SEED } }] } },
      japanInFrench: { articles: { totalCount: 1, edges: [{ node: { title: MISSILES_FR } }] } },
      germany: { articles: { totalCount: 0, edges: [] } },
    });
  });

  test('Event.articles', async () => {
    const response = await app.graphql(`{
      events(filter: { types: [FUNERAL, DIPLOMATIC_VISIT, MARTIAL_LAW] }, orderBy: { field: TITLE, direction: ASC }) {
        edges { node { title articles(orderBy: { field: PUBLISHED_AT, direction: ASC }) { totalCount edges { node { title } } } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const byEvent = Object.fromEntries(response.data!.events.edges.map((edge: any) => [edge.node.title, titles(edge.node.articles)]));
    expect(byEvent).toEqual({
      'Blinken visits Paris': [SEED, PARIS_TALKS],
      'Blinken visits Seoul': [SEED],
      'Blinken visits Tokyo': [SEED],
      'Funeral services for former President Jimmy Carter': [SEED, CARTER],
      'Yoon Suk Yeol declares martial law': [SEED],
    });
  });

  test('ArmsSale.articles: undated articles come last', async () => {
    const response = await app.graphql(`{ armsSales { edges { node { articles { totalCount edges { node { title url } } } } } } }`);
    expect(response.data).toEqual({
      armsSales: {
        edges: [
          {
            node: {
              articles: {
                totalCount: 2,
                edges: [{ node: { title: SEED, url: SEED_URL } }, { node: { title: MISSILES_FR, url: null } }],
              },
            },
          },
        ],
      },
    });
  });
});
