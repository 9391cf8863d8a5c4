// The founding article's graph, as DESIGN.md states it, read back through the API.
import { runSeed } from '../src/cli/seed';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test("Japan's arms purchases include the US sale of 3.64 billion dollars", async () => {
  const response = await app.graphql(`{
    country(code: "jp") {
      name
      armsSales(role: RECIPIENT) {
        totalCount
        edges { node { supplier { code } valueUsd valueUsdExact valueFormatted items status announcedDate } }
      }
    }
  }`);
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({
    country: {
      name: 'Japan',
      armsSales: {
        totalCount: 1,
        edges: [
          {
            node: {
              supplier: { code: 'US' },
              valueUsd: 3640000000,
              valueUsdExact: '3640000000.00',
              valueFormatted: 'US$3.64 billion',
              items: 'medium-range missiles, related equipment and training',
              status: 'APPROVED',
              announcedDate: '2025-01-03',
            },
          },
        ],
      },
    },
  });
});

const ARTICLE_URL =
  'https://www.independent.co.uk/news/world/americas/us-politics/blinken-south-korea-japan-france-trip-b2673524.html';

/** The fields every event test reads, so the expectations below show an event whole. */
const EVENT_FIELDS = `
  slug title type startDate endDate datePrecision position
  location { code }
  parent { slug }
  participants { role person { slug } }
  countries { role country { code } }
`;

/** One event of the seed graph, found by its type (each type but DIPLOMATIC_VISIT occurs once). */
async function eventOfType(type: string, fields = EVENT_FIELDS) {
  const response = await app.graphql(`query ($types: [EventType!]) { events(filter: { types: $types }) { totalCount edges { node { ${fields} } } } }`, {
    types: [type],
  });
  expect(response.errors).toBeUndefined();
  expect(response.data!.events.totalCount).toBe(1);
  return response.data!.events.edges[0].node;
}

describe('the founding article', () => {
  test('its headline, publisher and publication day', async () => {
    const response = await app.graphql(`query ($url: String!) {
      article(url: $url) { url title source author language publishedAt body }
    }`, { url: ARTICLE_URL });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      article: {
        url: ARTICLE_URL,
        title: 'Blinken heads to Asia, Europe on last expected trip as top US diplomat',
        source: 'The Independent',
        author: null,
        language: 'en',
        publishedAt: '2025-01-03T00:00:00.000Z',
        // The publisher's text is not kept.
        body: null,
      },
    });
  });

  test('it is the only article, and the newest', async () => {
    const response = await app.graphql(`{ articles { totalCount edges { node { url } } } }`);
    expect(response.data).toEqual({ articles: { totalCount: 1, edges: [{ node: { url: ARTICLE_URL } }] } });
  });

  test('the people it mentions, with their titles and countries', async () => {
    const response = await app.graphql(`query ($url: String!) {
      article(url: $url) { people { totalCount edges { node { name title country { code } } } } }
    }`, { url: ARTICLE_URL });
    expect(response.errors).toBeUndefined();
    expect(response.data!.article.people).toEqual({
      totalCount: 4,
      edges: [
        { node: { name: 'Antony Blinken', title: 'Secretary of State', country: { code: 'US' } } },
        { node: { name: 'Jimmy Carter', title: 'Former President', country: { code: 'US' } } },
        { node: { name: 'Joe Biden', title: 'President', country: { code: 'US' } } },
        { node: { name: 'Yoon Suk Yeol', title: 'President', country: { code: 'KR' } } },
      ],
    });
  });

  test('the countries it mentions', async () => {
    const response = await app.graphql(`query ($url: String!) {
      article(url: $url) { countries(orderBy: { field: CODE, direction: ASC }) { totalCount edges { node { code name } } } }
    }`, { url: ARTICLE_URL });
    expect(response.errors).toBeUndefined();
    expect(response.data!.article.countries).toEqual({
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
    });
  });

  test('the nine events it reports, with types, dates, precision and locations', async () => {
    const response = await app.graphql(`query ($url: String!) {
      article(url: $url) {
        events(orderBy: { field: START_DATE, direction: ASC }) {
          totalCount
          edges { node { title type startDate endDate datePrecision location { code } } }
        }
      }
    }`, { url: ARTICLE_URL });
    expect(response.errors).toBeUndefined();
    // Dated events first, oldest first; the undated ones follow in the order they were recorded.
    expect(response.data!.article.events).toEqual({
      totalCount: 9,
      edges: [
        { node: { title: "State Department announces Blinken's final trip", type: 'ANNOUNCEMENT', startDate: '2025-01-03', endDate: '2025-01-03', datePrecision: 'DAY', location: { code: 'US' } } },
        { node: { title: 'US approves missile sale to Japan', type: 'ARMS_SALE', startDate: '2025-01-03', endDate: '2025-01-03', datePrecision: 'DAY', location: { code: 'US' } } },
        { node: { title: "Blinken's final overseas trip as Secretary of State", type: 'DIPLOMATIC_TRIP', startDate: '2025-01-05', endDate: '2025-01-09', datePrecision: 'DAY', location: null } },
        { node: { title: 'Funeral services for former President Jimmy Carter', type: 'FUNERAL', startDate: '2025-01-09', endDate: '2025-01-09', datePrecision: 'DAY', location: { code: 'US' } } },
        { node: { title: 'Blinken visits Seoul', type: 'DIPLOMATIC_VISIT', startDate: null, endDate: null, datePrecision: 'UNKNOWN', location: { code: 'KR' } } },
        { node: { title: 'Blinken visits Tokyo', type: 'DIPLOMATIC_VISIT', startDate: null, endDate: null, datePrecision: 'UNKNOWN', location: { code: 'JP' } } },
        { node: { title: 'Blinken visits Paris', type: 'DIPLOMATIC_VISIT', startDate: null, endDate: null, datePrecision: 'UNKNOWN', location: { code: 'FR' } } },
        { node: { title: 'Yoon Suk Yeol declares martial law', type: 'MARTIAL_LAW', startDate: null, endDate: null, datePrecision: 'UNKNOWN', location: { code: 'KR' } } },
        { node: { title: 'Impeachment of President Yoon Suk Yeol', type: 'IMPEACHMENT', startDate: null, endDate: null, datePrecision: 'UNKNOWN', location: { code: 'KR' } } },
      ],
    });
  });

  test('the arms sale it reports', async () => {
    const response = await app.graphql(`query ($url: String!) {
      article(url: $url) {
        armsSales { totalCount edges { node { supplier { code } recipient { code } valueUsdExact items status announcedDate } } }
      }
    }`, { url: ARTICLE_URL });
    expect(response.errors).toBeUndefined();
    expect(response.data!.article.armsSales).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            supplier: { code: 'US' },
            recipient: { code: 'JP' },
            valueUsdExact: '3640000000.00',
            items: 'medium-range missiles, related equipment and training',
            status: 'APPROVED',
            announcedDate: '2025-01-03',
          },
        },
      ],
    });
  });

  test('the graph holds nothing the article does not report', async () => {
    const response = await app.graphql(`{ events { totalCount } people { totalCount } armsSales { totalCount } }`);
    expect(response.data).toEqual({ events: { totalCount: 9 }, people: { totalCount: 4 }, armsSales: { totalCount: 1 } });
  });
});

describe("Blinken's final trip", () => {
  test('a DIPLOMATIC_TRIP from 2025-01-05 to 2025-01-09, Blinken the visitor, three host countries', async () => {
    expect(await eventOfType('DIPLOMATIC_TRIP')).toEqual({
      slug: 'blinken-final-trip-2025-01',
      title: "Blinken's final overseas trip as Secretary of State",
      type: 'DIPLOMATIC_TRIP',
      startDate: '2025-01-05',
      endDate: '2025-01-09',
      datePrecision: 'DAY',
      position: null,
      location: null,
      parent: null,
      participants: [{ role: 'VISITOR', person: { slug: 'antony-blinken' } }],
      countries: [
        { role: 'HOST', country: { code: 'FR' } },
        { role: 'HOST', country: { code: 'JP' } },
        { role: 'HOST', country: { code: 'KR' } },
        { role: 'VISITOR', country: { code: 'US' } },
      ],
    });
  });

  test('its stops, in order: Seoul, Tokyo, Paris', async () => {
    const trip = await eventOfType('DIPLOMATIC_TRIP', `children { ${EVENT_FIELDS} }`);
    const stop = (position: number, city: string, code: string) => ({
      slug: `blinken-final-trip-2025-01-${city.toLowerCase()}`,
      title: `Blinken visits ${city}`,
      type: 'DIPLOMATIC_VISIT',
      startDate: null,
      endDate: null,
      datePrecision: 'UNKNOWN',
      position,
      location: { code },
      parent: { slug: 'blinken-final-trip-2025-01' },
      participants: [{ role: 'VISITOR', person: { slug: 'antony-blinken' } }],
      countries: [
        { role: 'HOST', country: { code } },
        { role: 'VISITOR', country: { code: 'US' } },
      ],
    });
    expect(trip.children).toEqual([stop(1, 'Seoul', 'KR'), stop(2, 'Tokyo', 'JP'), stop(3, 'Paris', 'FR')]);
  });
});

describe('the other events', () => {
  test('the State Department announcement, 2025-01-03, about Blinken', async () => {
    expect(await eventOfType('ANNOUNCEMENT')).toEqual({
      slug: 'state-department-announces-blinken-trip-2025-01-03',
      title: "State Department announces Blinken's final trip",
      type: 'ANNOUNCEMENT',
      startDate: '2025-01-03',
      endDate: '2025-01-03',
      datePrecision: 'DAY',
      position: null,
      location: { code: 'US' },
      parent: null,
      participants: [{ role: 'SUBJECT', person: { slug: 'antony-blinken' } }],
      countries: [{ role: 'SUBJECT', country: { code: 'US' } }],
    });
  });

  test("Jimmy Carter's funeral services, 2025-01-09 in the US, Blinken attending", async () => {
    expect(await eventOfType('FUNERAL')).toEqual({
      slug: 'jimmy-carter-funeral-2025-01-09',
      title: 'Funeral services for former President Jimmy Carter',
      type: 'FUNERAL',
      startDate: '2025-01-09',
      endDate: '2025-01-09',
      datePrecision: 'DAY',
      position: null,
      location: { code: 'US' },
      parent: null,
      participants: [
        { role: 'SUBJECT', person: { slug: 'jimmy-carter' } },
        { role: 'ATTENDEE', person: { slug: 'antony-blinken' } },
      ],
      countries: [],
    });
  });

  test.each([
    ['MARTIAL_LAW', 'yoon-suk-yeol-martial-law', 'Yoon Suk Yeol declares martial law'],
    ['IMPEACHMENT', 'yoon-suk-yeol-impeachment', 'Impeachment of President Yoon Suk Yeol'],
  ])('%s in South Korea, undated in the text, about Yoon', async (type, slug, title) => {
    expect(await eventOfType(type)).toEqual({
      slug,
      title,
      type,
      startDate: null,
      endDate: null,
      datePrecision: 'UNKNOWN',
      position: null,
      location: { code: 'KR' },
      parent: null,
      participants: [{ role: 'SUBJECT', person: { slug: 'yoon-suk-yeol' } }],
      countries: [],
    });
  });

  test('the arms-sale approval: US supplier, Japan recipient, China objecting, and the sale it announced', async () => {
    const event = await eventOfType(
      'ARMS_SALE',
      `${EVENT_FIELDS} armsSales { edges { node { slug supplier { code } recipient { code } valueUsd status event { slug } } } }`,
    );
    expect(event).toEqual({
      slug: 'us-approves-missile-sale-to-japan-2025-01-03',
      title: 'US approves missile sale to Japan',
      type: 'ARMS_SALE',
      startDate: '2025-01-03',
      endDate: '2025-01-03',
      datePrecision: 'DAY',
      position: null,
      location: { code: 'US' },
      parent: null,
      participants: [],
      countries: expect.arrayContaining([
        { role: 'SUPPLIER', country: { code: 'US' } },
        { role: 'RECIPIENT', country: { code: 'JP' } },
        { role: 'OBJECTOR', country: { code: 'CN' } },
      ]),
      armsSales: {
        edges: [
          {
            node: {
              slug: 'us-japan-medium-range-missiles-2025-01-03',
              supplier: { code: 'US' },
              recipient: { code: 'JP' },
              valueUsd: 3640000000,
              status: 'APPROVED',
              event: { slug: 'us-approves-missile-sale-to-japan-2025-01-03' },
            },
          },
        ],
      },
    });
    expect(event.countries).toHaveLength(3);
  });
});

// The example queries of README.md, exactly as printed there.
describe('README examples', () => {
  test("Blinken's trip with its stops in order and the countries visited", async () => {
    const response = await app.graphql(`{
  events(filter: { person: "antony-blinken", types: [DIPLOMATIC_TRIP] }) {
    edges {
      node {
        title
        startDate
        endDate
        children {
          position
          title
          location { code name }
        }
      }
    }
  }
}`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      events: {
        edges: [
          {
            node: {
              title: "Blinken's final overseas trip as Secretary of State",
              startDate: '2025-01-05',
              endDate: '2025-01-09',
              children: [
                { position: 1, title: 'Blinken visits Seoul', location: { code: 'KR', name: 'South Korea' } },
                { position: 2, title: 'Blinken visits Tokyo', location: { code: 'JP', name: 'Japan' } },
                { position: 3, title: 'Blinken visits Paris', location: { code: 'FR', name: 'France' } },
              ],
            },
          },
        ],
      },
    });
  });

  test("Japan's arms purchases with supplier and value", async () => {
    const response = await app.graphql(`{
  country(code: "JP") {
    name
    armsSales(role: RECIPIENT) {
      totalCount
      edges {
        node {
          supplier { name }
          items
          valueUsd
          valueFormatted
          status
          announcedDate
        }
      }
    }
  }
}`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      country: {
        name: 'Japan',
        armsSales: {
          totalCount: 1,
          edges: [
            {
              node: {
                supplier: { name: 'United States' },
                items: 'medium-range missiles, related equipment and training',
                valueUsd: 3640000000,
                valueFormatted: 'US$3.64 billion',
                status: 'APPROVED',
                announcedDate: '2025-01-03',
              },
            },
          ],
        },
      },
    });
  });

  test('the articles that mention a person', async () => {
    const response = await app.graphql(`{
  person(slug: "antony-blinken") {
    name
    articles {
      totalCount
      edges {
        node {
          title
          source
          publishedAt
          url
        }
      }
    }
  }
}`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      person: {
        name: 'Antony Blinken',
        articles: {
          totalCount: 1,
          edges: [
            {
              node: {
                title: 'Blinken heads to Asia, Europe on last expected trip as top US diplomat',
                source: 'The Independent',
                publishedAt: '2025-01-03T00:00:00.000Z',
                url: ARTICLE_URL,
              },
            },
          ],
        },
      },
    });
  });
});

test('running the seed again (npm run seed) changes nothing', async () => {
  const snapshot = () =>
    app.db.$queryRaw<Record<string, bigint>[]>`SELECT
      (SELECT count(*) FROM "Country") AS countries, (SELECT count(*) FROM "Person") AS people,
      (SELECT count(*) FROM "Article") AS articles, (SELECT count(*) FROM "Event") AS events,
      (SELECT count(*) FROM "ArmsSale") AS sales, (SELECT count(*) FROM "EventParticipant") AS participants,
      (SELECT count(*) FROM "EventCountry") AS "eventCountries", (SELECT count(*) FROM "ArticleEvent") AS "eventMentions",
      (SELECT max("updatedAt") FROM "Event") AS "lastEventUpdate", (SELECT max("updatedAt") FROM "Country") AS "lastCountryUpdate"`;
  const before = await snapshot();
  const result = await runSeed(app.db, () => undefined);
  expect(result.countries).toEqual({ inserted: 0, updated: 0 });
  expect(result.graph).toMatchObject({ seeded: true, created: 0, existing: 1 });
  expect(await snapshot()).toEqual(before);
});
