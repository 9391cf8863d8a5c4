// People through the API: lookup by ID or slug, list filters and orders, and relations both ways.
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const BLINKEN = {
  name: 'Antony Blinken',
  slug: 'antony-blinken',
  aliases: ['Blinken', 'Antony J. Blinken', 'Tony Blinken'],
  title: 'Secretary of State',
  description: "US Secretary of State in the Biden administration, the country's top diplomat until January 2025.",
  country: { code: 'US', name: 'United States' },
};
const personFields = 'name slug aliases title description country { code name }';

/** Slugs of the nodes of a connection, in order. */
function slugs(connection: { edges: { node: { slug: string } }[] }): string[] {
  return connection.edges.map((edge) => edge.node.slug);
}

describe('person(id | slug)', () => {
  test('by slug', async () => {
    const response = await app.graphql(`{ person(slug: "antony-blinken") { ${personFields} } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ person: BLINKEN });
  });

  test('by ID, the same person', async () => {
    const bySlug = await app.graphql(`{ person(slug: "antony-blinken") { id } }`);
    const id = bySlug.data!.person.id;
    const byId = await app.graphql(`query ($id: ID!) { person(id: $id) { id ${personFields} } }`, { id });
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toEqual({ person: { id, ...BLINKEN } });
    const asNode = await app.graphql(`query ($id: ID!) { node(id: $id) { ... on Person { slug } } }`, { id });
    expect(asNode.data).toEqual({ node: { slug: 'antony-blinken' } });
  });

  test.each([
    ['both', '{ person(id: "UGVyc29uOjE", slug: "antony-blinken") { name } }'],
    ['neither', '{ person { name } }'],
  ])('%s of `id` and `slug` is BAD_USER_INPUT', async (_what, query) => {
    const response = await app.graphql(query);
    expect(response.data).toEqual({ person: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ['person'], extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
  });

  test('an unknown slug is null with NOT_FOUND', async () => {
    const response = await app.graphql(`{ person(slug: "nobody-at-all") { name } }`);
    expect(response.data).toEqual({ person: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ['person'], extensions: { code: 'NOT_FOUND' } });
  });

  test('a well-formed ID of nobody is NOT_FOUND; the ID of something else is BAD_USER_INPUT', async () => {
    const nobody = Buffer.from('Person:999999').toString('base64url');
    const missing = await app.graphql(`query ($id: ID!) { person(id: $id) { name } }`, { id: nobody });
    expect(missing.data).toEqual({ person: null });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });

    const japan = await app.graphql(`{ country(code: "JP") { id } }`);
    const wrongType = await app.graphql(`query ($id: ID!) { person(id: $id) { name } }`, { id: japan.data!.country.id });
    expect(wrongType.data).toEqual({ person: null });
    expect(wrongType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('people(filter, orderBy)', () => {
  const query = `query ($filter: PersonFilter, $orderBy: PersonOrder) {
    people(filter: $filter, orderBy: $orderBy) { totalCount edges { node { slug } } }
  }`;

  test('everyone in the seed graph, by name by default', async () => {
    const response = await app.graphql(query);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      people: {
        totalCount: 4,
        edges: [
          { node: { slug: 'antony-blinken' } },
          { node: { slug: 'jimmy-carter' } },
          { node: { slug: 'joe-biden' } },
          { node: { slug: 'yoon-suk-yeol' } },
        ],
      },
    });
  });

  test.each([
    ['NAME', 'DESC', ['yoon-suk-yeol', 'joe-biden', 'jimmy-carter', 'antony-blinken']],
    ['CREATED_AT', 'ASC', ['antony-blinken', 'yoon-suk-yeol', 'jimmy-carter', 'joe-biden']],
    ['CREATED_AT', 'DESC', ['joe-biden', 'jimmy-carter', 'yoon-suk-yeol', 'antony-blinken']],
  ])('ordered by %s %s', async (field, direction, expected) => {
    const response = await app.graphql(query, { orderBy: { field, direction } });
    expect(response.errors).toBeUndefined();
    expect(slugs(response.data!.people)).toEqual(expected);
  });

  test.each([
    ['country by alpha-2 code', { country: 'US' }, ['antony-blinken', 'jimmy-carter', 'joe-biden']],
    ['country by alpha-3 code, any case', { country: 'kor' }, ['yoon-suk-yeol']],
    ['a country nobody is from', { country: 'FR' }, []],
    ['text in the name', { text: 'carter' }, ['jimmy-carter']],
    ['text in an alias', { text: 'Tony' }, ['antony-blinken']],
    ['text in the title', { text: 'president' }, ['jimmy-carter', 'joe-biden', 'yoon-suk-yeol']],
    ['text in the title, exactly a phrase', { text: 'former president' }, ['jimmy-carter']],
    ['country and text together', { country: 'US', text: 'President' }, ['jimmy-carter', 'joe-biden']],
    ['text that matches nobody', { text: 'Macron' }, []],
  ])('filtered by %s', async (_what, filter, expected) => {
    const response = await app.graphql(query, { filter });
    expect(response.errors).toBeUndefined();
    expect(response.data!.people).toEqual({ totalCount: expected.length, edges: expected.map((slug) => ({ node: { slug } })) });
  });

  test.each(['XX', 'USAA'])('an unknown or malformed country code (%p) is BAD_USER_INPUT naming filter.country', async (country) => {
    const response = await app.graphql(query, { filter: { country } });
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.country' });
  });
});

describe('relations of a person', () => {
  test('country, events (filtered) and articles', async () => {
    const response = await app.graphql(`{
      person(slug: "antony-blinken") {
        country { code }
        events(orderBy: { field: START_DATE, direction: ASC }) { totalCount edges { node { slug } } }
        trips: events(filter: { types: [DIPLOMATIC_TRIP, FUNERAL] }, orderBy: { field: START_DATE, direction: ASC }) {
          edges { node { title type startDate } }
        }
        inJapan: events(filter: { country: "JP", hasParent: true }) { edges { node { title } } }
        articles { totalCount edges { node { title source } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.person).toEqual({
      country: { code: 'US' },
      events: {
        totalCount: 6,
        edges: [
          { node: { slug: 'state-department-announces-blinken-trip-2025-01-03' } },
          { node: { slug: 'blinken-final-trip-2025-01' } },
          { node: { slug: 'jimmy-carter-funeral-2025-01-09' } },
          { node: { slug: 'blinken-final-trip-2025-01-seoul' } },
          { node: { slug: 'blinken-final-trip-2025-01-tokyo' } },
          { node: { slug: 'blinken-final-trip-2025-01-paris' } },
        ],
      },
      trips: {
        edges: [
          { node: { title: "Blinken's final overseas trip as Secretary of State", type: 'DIPLOMATIC_TRIP', startDate: '2025-01-05' } },
          { node: { title: 'Funeral services for former President Jimmy Carter', type: 'FUNERAL', startDate: '2025-01-09' } },
        ],
      },
      inJapan: { edges: [{ node: { title: 'Blinken visits Tokyo' } }] },
      articles: {
        totalCount: 1,
        edges: [{ node: { title: 'Blinken heads to Asia, Europe on last expected trip as top US diplomat', source: 'The Independent' } }],
      },
    });
  });

  test("Yoon's events are the martial law and the impeachment, in which he is the subject", async () => {
    const response = await app.graphql(`{
      person(slug: "yoon-suk-yeol") {
        country { code name }
        events(orderBy: { field: CREATED_AT, direction: ASC }) {
          edges { node { type participants { role person { slug } } } }
        }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.person).toEqual({
      country: { code: 'KR', name: 'South Korea' },
      events: {
        edges: [
          { node: { type: 'MARTIAL_LAW', participants: [{ role: 'SUBJECT', person: { slug: 'yoon-suk-yeol' } }] } },
          { node: { type: 'IMPEACHMENT', participants: [{ role: 'SUBJECT', person: { slug: 'yoon-suk-yeol' } }] } },
        ],
      },
    });
  });

  test('Joe Biden is mentioned but took part in no event', async () => {
    const response = await app.graphql(`{
      person(slug: "joe-biden") { title country { code } events { totalCount } articles { totalCount } }
    }`);
    expect(response.data).toEqual({
      person: { title: 'President', country: { code: 'US' }, events: { totalCount: 0 }, articles: { totalCount: 1 } },
    });
  });

  test('an unknown person in an event filter is BAD_USER_INPUT naming filter.person', async () => {
    const response = await app.graphql(`{ person(slug: "antony-blinken") { events(filter: { person: "nobody" }) { totalCount } } }`);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.person' });
  });
});

describe('the way back: country, event and article to people', () => {
  test('Country.people', async () => {
    const response = await app.graphql(`{
      country(code: "KR") { people { totalCount edges { node { name title } } } }
    }`);
    expect(response.data).toEqual({
      country: { people: { totalCount: 1, edges: [{ node: { name: 'Yoon Suk Yeol', title: 'President' } }] } },
    });
  });

  test('Event.participants, with their roles', async () => {
    const response = await app.graphql(`{
      events(filter: { types: [FUNERAL] }) {
        edges { node { title participants { role person { name country { code } } } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.events.edges).toEqual([
      {
        node: {
          title: 'Funeral services for former President Jimmy Carter',
          participants: expect.arrayContaining([
            { role: 'SUBJECT', person: { name: 'Jimmy Carter', country: { code: 'US' } } },
            { role: 'ATTENDEE', person: { name: 'Antony Blinken', country: { code: 'US' } } },
          ]),
        },
      },
    ]);
    expect(response.data!.events.edges[0].node.participants).toHaveLength(2);
  });

  test('Article.people, filtered and ordered', async () => {
    const response = await app.graphql(`{
      articles {
        edges {
          node {
            people { totalCount edges { node { name title country { code } } } }
            americans: people(filter: { country: "USA" }, orderBy: { field: NAME, direction: DESC }) { edges { node { slug } } }
          }
        }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.articles.edges).toEqual([
      {
        node: {
          people: {
            totalCount: 4,
            edges: [
              { node: { name: 'Antony Blinken', title: 'Secretary of State', country: { code: 'US' } } },
              { node: { name: 'Jimmy Carter', title: 'Former President', country: { code: 'US' } } },
              { node: { name: 'Joe Biden', title: 'President', country: { code: 'US' } } },
              { node: { name: 'Yoon Suk Yeol', title: 'President', country: { code: 'KR' } } },
            ],
          },
          americans: {
            edges: [{ node: { slug: 'joe-biden' } }, { node: { slug: 'jimmy-carter' } }, { node: { slug: 'antony-blinken' } }],
          },
        },
      },
    ]);
  });
});
