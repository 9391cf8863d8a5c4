// Countries through the API: lookup by code, the ISO 3166-1 reference data, list filters and orders, and relations.
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // A sale in the other direction, so the United States is a supplier and a recipient.
  const [japan, unitedStates] = await Promise.all([
    app.db.country.findUniqueOrThrow({ where: { code: 'JP' } }),
    app.db.country.findUniqueOrThrow({ where: { code: 'US' } }),
  ]);
  await app.db.armsSale.create({
    data: {
      supplierId: japan.id,
      recipientId: unitedStates.id,
      valueUsd: '250000000',
      items: 'Patriot interceptor missiles',
      status: 'CONTRACTED',
      announcedDate: new Date('2024-07-28'),
    },
  });
});
afterAll(() => app.close());

/** Names of the nodes of a connection, in order. */
function names(connection: { edges: { node: { name: string } }[] }): string[] {
  return connection.edges.map((edge) => edge.node.name);
}

describe('country(code)', () => {
  test.each(['jp', 'JP', 'jpn', 'JPN', 'Jpn'])('finds Japan by %p (alpha-2 or alpha-3, any case)', async (code) => {
    const response = await app.graphql(`query ($code: String!) { country(code: $code) { code code3 name } }`, { code });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ country: { code: 'JP', code3: 'JPN', name: 'Japan' } });
  });

  test('ignores whitespace around the code, as pasted from elsewhere', async () => {
    const response = await app.graphql(`{ country(code: " Jp ") { code } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ country: { code: 'JP' } });
  });

  test.each(['XX', 'XXX', 'zz'])('a well-formed code that names no country (%p) is null with NOT_FOUND', async (code) => {
    const response = await app.graphql(`query ($code: String!) { country(code: $code) { code } }`, { code });
    expect(response.data).toEqual({ country: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ['country'], extensions: { code: 'NOT_FOUND' } });
  });

  test.each(['J', 'JAPAN', '1', '', 'J P', 'jp1'])('a malformed code (%p) is BAD_USER_INPUT naming `code`', async (code) => {
    const response = await app.graphql(`query ($code: String!) { country(code: $code) { code } }`, { code });
    expect(response.data).toEqual({ country: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ path: ['country'], extensions: { code: 'BAD_USER_INPUT', field: 'code' } });
  });
});

describe('reference data', () => {
  test('all 250 ISO 3166-1 countries are present', async () => {
    const response = await app.graphql(`{ countries { totalCount } }`);
    expect(response.data).toEqual({ countries: { totalCount: 250 } });
  });

  test('the United States, with the aliases the press uses', async () => {
    const response = await app.graphql(`{
      country(code: "US") { code code3 numericCode name officialName region subregion capitals demonyms aliases }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.country).toEqual({
      code: 'US',
      code3: 'USA',
      numericCode: '840',
      name: 'United States',
      officialName: 'United States of America',
      region: 'Americas',
      subregion: 'North America',
      capitals: ['Washington D.C.'],
      demonyms: ['American'],
      aliases: expect.arrayContaining(['United States', 'United States of America', 'U.S.', 'America', 'Washington']),
    });
    // The codes have their own fields; as aliases they would only add noise.
    expect(response.data!.country.aliases).not.toContain('US');
  });

  test('South Korea and Japan', async () => {
    const response = await app.graphql(`{
      korea: country(code: "KR") { code code3 numericCode name officialName region subregion capitals demonyms aliases }
      japan: country(code: "JPN") { code code3 numericCode name officialName region subregion capitals demonyms }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      korea: {
        code: 'KR',
        code3: 'KOR',
        numericCode: '410',
        name: 'South Korea',
        officialName: 'Republic of Korea',
        region: 'Asia',
        subregion: 'Eastern Asia',
        capitals: ['Seoul'],
        demonyms: ['South Korean'],
        aliases: expect.arrayContaining(['South Korea', 'Republic of Korea', 'Seoul', 'ROK']),
      },
      japan: {
        code: 'JP',
        code3: 'JPN',
        numericCode: '392',
        name: 'Japan',
        officialName: 'Japan',
        region: 'Asia',
        subregion: 'Eastern Asia',
        capitals: ['Tokyo'],
        demonyms: ['Japanese'],
      },
    });
  });

  test('a territory without a subregion, capital or numeric code reads as null and empty lists', async () => {
    const response = await app.graphql(`{ country(code: "BV") { name region subregion capitals } }`);
    expect(response.data).toEqual({ country: { name: 'Bouvet Island', region: 'Antarctic', subregion: null, capitals: [] } });
  });
});

describe('countries(filter, orderBy)', () => {
  const query = `query ($filter: CountryFilter, $orderBy: CountryOrder, $first: Int) {
    countries(filter: $filter, orderBy: $orderBy, first: $first) { totalCount edges { node { code name } } }
  }`;

  test('by region and subregion, by name by default', async () => {
    const response = await app.graphql(query, { filter: { region: 'Asia', subregion: 'Eastern Asia' } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.countries.totalCount).toBe(8);
    expect(names(response.data!.countries)).toEqual([
      'China', 'Hong Kong', 'Japan', 'Macau', 'Mongolia', 'North Korea', 'South Korea', 'Taiwan',
    ]);
  });

  test('region and subregion match exactly', async () => {
    const wrongCase = await app.graphql(query, { filter: { region: 'asia' } });
    expect(wrongCase.data!.countries).toEqual({ totalCount: 0, edges: [] });
    const mismatched = await app.graphql(query, { filter: { region: 'Europe', subregion: 'Eastern Asia' } });
    expect(mismatched.data!.countries).toEqual({ totalCount: 0, edges: [] });
  });

  test.each([
    ['a metonym alias', 'Washington', ['US']],
    ['a press alias', 'ROK', ['KR']],
    ['a demonym', 'South Korean', ['KR']],
    ['an alpha-3 code, any case', 'jpn', ['JP']],
    ['part of the official name', 'Republic of Korea', ['KP', 'KR']],
    ['an alternative spelling', 'nippon', ['JP']],
  ])('text matching %s (%p)', async (_what, text, codes) => {
    const response = await app.graphql(query, { filter: { text }, orderBy: { field: 'CODE', direction: 'ASC' } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.countries.edges.map((edge: any) => edge.node.code)).toEqual(codes);
  });

  test('text combines with region', async () => {
    const response = await app.graphql(query, { filter: { text: 'korea', region: 'Asia' } });
    expect(response.data!.countries).toEqual({
      totalCount: 2,
      edges: [{ node: { code: 'KP', name: 'North Korea' } }, { node: { code: 'KR', name: 'South Korea' } }],
    });
  });

  test('text with LIKE wildcards is taken literally', async () => {
    const response = await app.graphql(query, { filter: { text: '%' } });
    expect(response.data!.countries).toEqual({ totalCount: 0, edges: [] });
  });

  // Names compare by the database's collation ("Åland Islands", "Türkiye" move with it): a subregion
  // with plain ASCII names keeps these expectations true under any of them.
  test.each([
    ['NAME', 'ASC', ['CN', 'HK', 'JP', 'MO', 'MN', 'KP', 'KR', 'TW']],
    ['NAME', 'DESC', ['TW', 'KR', 'KP', 'MN', 'MO', 'JP', 'HK', 'CN']],
    ['CODE', 'ASC', ['CN', 'HK', 'JP', 'KP', 'KR', 'MN', 'MO', 'TW']],
    ['CODE', 'DESC', ['TW', 'MO', 'MN', 'KR', 'KP', 'JP', 'HK', 'CN']],
  ])('ordered by %s %s', async (field, direction, codes) => {
    const response = await app.graphql(query, { filter: { subregion: 'Eastern Asia' }, orderBy: { field, direction } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.countries.totalCount).toBe(8);
    expect(response.data!.countries.edges.map((edge: any) => edge.node.code)).toEqual(codes);
  });

  test('the whole list by code runs from AD to ZW', async () => {
    const ascending = await app.graphql(query, { orderBy: { field: 'CODE', direction: 'ASC' }, first: 2 });
    const descending = await app.graphql(query, { orderBy: { field: 'CODE', direction: 'DESC' }, first: 2 });
    expect(ascending.data!.countries.edges.map((edge: any) => edge.node.code)).toEqual(['AD', 'AE']);
    expect(descending.data!.countries.edges.map((edge: any) => edge.node.code)).toEqual(['ZW', 'ZM']);
  });

  test('ordered by NAME DESC is the reverse of ASC', async () => {
    const ascending = await app.graphql(query, { orderBy: { field: 'NAME', direction: 'ASC' }, first: 100, filter: { region: 'Europe' } });
    const descending = await app.graphql(query, { orderBy: { field: 'NAME', direction: 'DESC' }, first: 100, filter: { region: 'Europe' } });
    const ascendingNames = names(ascending.data!.countries);
    expect(ascendingNames.length).toBe(ascending.data!.countries.totalCount);
    expect(ascendingNames.length).toBeGreaterThan(40);
    expect(names(descending.data!.countries)).toEqual([...ascendingNames].reverse());
  });
});

describe('relations of a country', () => {
  // Oldest first; undated events come last, in the order they were recorded.
  const eventsQuery = `query ($code: String!, $filter: EventFilter) {
    country(code: $code) {
      events(filter: $filter, orderBy: { field: START_DATE, direction: ASC }) { totalCount edges { node { title type location { code } } } }
    }
  }`;

  test('events that took place in the country or involved it', async () => {
    const response = await app.graphql(eventsQuery, { code: 'JP' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.country.events).toEqual({
      totalCount: 3,
      edges: [
        { node: { title: 'US approves missile sale to Japan', type: 'ARMS_SALE', location: { code: 'US' } } },
        { node: { title: "Blinken's final overseas trip as Secretary of State", type: 'DIPLOMATIC_TRIP', location: null } },
        { node: { title: 'Blinken visits Tokyo', type: 'DIPLOMATIC_VISIT', location: { code: 'JP' } } },
      ],
    });
  });

  test('an event the country only objected to counts, as does one it only hosted', async () => {
    const china = await app.graphql(eventsQuery, { code: 'CN' });
    expect(china.data!.country.events.edges.map((edge: any) => edge.node.title)).toEqual(['US approves missile sale to Japan']);
    // Martial law has a location but no involved countries.
    const korea = await app.graphql(eventsQuery, { code: 'KOR' });
    expect(korea.data!.country.events.edges.map((edge: any) => edge.node.title)).toEqual([
      "Blinken's final overseas trip as Secretary of State",
      'Blinken visits Seoul',
      'Yoon Suk Yeol declares martial law',
      'Impeachment of President Yoon Suk Yeol',
    ]);
  });

  test('events of a country, filtered', async () => {
    const response = await app.graphql(eventsQuery, { code: 'KR', filter: { types: ['MARTIAL_LAW', 'IMPEACHMENT'] } });
    expect(response.data!.country.events).toEqual({
      totalCount: 2,
      edges: [
        { node: { title: 'Yoon Suk Yeol declares martial law', type: 'MARTIAL_LAW', location: { code: 'KR' } } },
        { node: { title: 'Impeachment of President Yoon Suk Yeol', type: 'IMPEACHMENT', location: { code: 'KR' } } },
      ],
    });
    const dated = await app.graphql(eventsQuery, { code: 'US', filter: { date: { from: '2025-01-09', to: '2025-01-09' }, hasParent: false } });
    expect(dated.data!.country.events.edges.map((edge: any) => edge.node.title)).toEqual([
      "Blinken's final overseas trip as Secretary of State",
      'Funeral services for former President Jimmy Carter',
    ]);
    const unknownCountry = await app.graphql(eventsQuery, { code: 'KR', filter: { country: 'XX' } });
    expect(unknownCountry.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.country' });
  });

  test('a country nothing happened in has no events', async () => {
    const response = await app.graphql(eventsQuery, { code: 'BR' });
    expect(response.data!.country.events).toEqual({ totalCount: 0, edges: [] });
  });

  test('people affiliated with the country', async () => {
    const response = await app.graphql(`{
      us: country(code: "US") { people { totalCount edges { node { name title } } } }
      kr: country(code: "KR") { people(filter: { text: "yoon" }) { edges { node { slug } } } }
      fr: country(code: "FR") { people { totalCount } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      us: {
        people: {
          totalCount: 3,
          edges: [
            { node: { name: 'Antony Blinken', title: 'Secretary of State' } },
            { node: { name: 'Jimmy Carter', title: 'Former President' } },
            { node: { name: 'Joe Biden', title: 'President' } },
          ],
        },
      },
      kr: { people: { edges: [{ node: { slug: 'yoon-suk-yeol' } }] } },
      fr: { people: { totalCount: 0 } },
    });
  });

  test('arms sales as supplier, as recipient, or both when no role is given', async () => {
    const response = await app.graphql(`{
      country(code: "US") {
        supplied: armsSales(role: SUPPLIER) { totalCount edges { node { recipient { code } items } } }
        received: armsSales(role: RECIPIENT) { totalCount edges { node { supplier { code } items } } }
        all: armsSales(orderBy: { field: ANNOUNCED_DATE, direction: ASC }) { totalCount edges { node { supplier { code } recipient { code } } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.country).toEqual({
      supplied: {
        totalCount: 1,
        edges: [{ node: { recipient: { code: 'JP' }, items: 'medium-range missiles, related equipment and training' } }],
      },
      received: { totalCount: 1, edges: [{ node: { supplier: { code: 'JP' }, items: 'Patriot interceptor missiles' } }] },
      all: {
        totalCount: 2,
        edges: [
          { node: { supplier: { code: 'JP' }, recipient: { code: 'US' } } },
          { node: { supplier: { code: 'US' }, recipient: { code: 'JP' } } },
        ],
      },
    });
  });

  test('articles that mention the country', async () => {
    const response = await app.graphql(`{
      ua: country(code: "UA") { articles { totalCount edges { node { title source } } } }
      br: country(code: "BR") { articles { totalCount edges { node { title } } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      ua: {
        articles: {
          totalCount: 1,
          edges: [{ node: { title: 'Blinken heads to Asia, Europe on last expected trip as top US diplomat', source: 'The Independent' } }],
        },
      },
      br: { articles: { totalCount: 0, edges: [] } },
    });
  });
});
