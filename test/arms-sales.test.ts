// Arms sales through the API: lookup, filters, orders with unknown values last, exact money, relations both ways, bad input.
import { GraphQLResponse, startTestApp, TestApp } from './support/harness';

let app: TestApp;

/** Slugs of the sales, as the tests name them: the seed sale plus the fixtures below. */
const US_JP = 'us-japan-medium-range-missiles-2025-01-03';
const FR_IN = 'fr-in-rafale-2016';
const US_TW = 'us-tw-radars-2024';
const RU_IN = 'ru-in-s400-2018';
const GB_UA = 'gb-ua-spare-parts';

beforeAll(async () => {
  app = await startTestApp();
  const countries = await app.db.country.findMany({ where: { code: { in: ['FR', 'IN', 'US', 'TW', 'RU', 'GB', 'UA'] } } });
  const idOf = (code: string) => countries.find((country) => country.code === code)!.id;
  // One at a time, so `createdAt` follows this order.
  const fixtures = [
    { slug: FR_IN, supplier: 'FR', recipient: 'IN', valueUsd: '8000000000', items: 'multirole fighter aircraft', designation: 'Rafale', quantity: 36, status: 'DELIVERED', announcedDate: '2016-09-23' },
    { slug: US_TW, supplier: 'US', recipient: 'TW', valueUsd: null, items: 'radar systems and related equipment', designation: null, quantity: null, status: 'NOTIFIED', announcedDate: '2024-12-20' },
    { slug: RU_IN, supplier: 'RU', recipient: 'IN', valueUsd: '5430000000.50', items: 'long-range air defence missile systems', designation: 'S-400 Triumf', quantity: 5, status: 'CONTRACTED', announcedDate: '2018-10-05' },
    { slug: GB_UA, supplier: 'GB', recipient: 'UA', valueUsd: '950000', items: 'armoured vehicle spare parts', designation: null, quantity: null, status: 'PROPOSED', announcedDate: null },
  ] as const;
  for (const { supplier, recipient, announcedDate, ...sale } of fixtures) {
    await app.db.armsSale.create({
      data: {
        ...sale,
        supplierId: idOf(supplier),
        recipientId: idOf(recipient),
        announcedDate: announcedDate == null ? null : new Date(announcedDate),
      },
    });
  }
});
afterAll(() => app.close());

const listQuery = `query ($filter: ArmsSaleFilter, $orderBy: ArmsSaleOrder, $first: Int, $after: String) {
  armsSales(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { slug } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface SalesPage {
  edges: { node: { slug: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The slugs a list query returns, in order. */
async function saleSlugs(variables: Record<string, unknown>): Promise<string[]> {
  const response = await app.graphql(listQuery, variables);
  expect(response.errors).toBeUndefined();
  const slugs = response.data!.armsSales.edges.map((edge: any) => edge.node.slug);
  expect(response.data!.armsSales.totalCount).toBe(slugs.length);
  return slugs;
}

/** The BAD_USER_INPUT error of a list query, or a failed expectation. */
async function badInput(variables: Record<string, unknown>) {
  const response = await app.graphql(listQuery, variables);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  return response.errors![0];
}

describe('armsSale(id)', () => {
  test('a sale by its ID, with exact money and its countries', async () => {
    const listed = await app.graphql(`{ armsSales(filter: { text: "S-400" }) { edges { node { id } } } }`);
    const id = listed.data!.armsSales.edges[0].node.id;
    const response = await app.graphql(
      `query ($id: ID!) {
        armsSale(id: $id) {
          id slug items designation quantity status announcedDate
          valueUsd valueUsdExact valueFormatted
          supplier { code name } recipient { code name }
          event { title }
          articles { totalCount }
        }
      }`,
      { id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      armsSale: {
        id,
        slug: RU_IN,
        items: 'long-range air defence missile systems',
        designation: 'S-400 Triumf',
        quantity: 5,
        status: 'CONTRACTED',
        announcedDate: '2018-10-05',
        valueUsd: 5430000000.5,
        valueUsdExact: '5430000000.50',
        valueFormatted: 'US$5.43 billion',
        supplier: { code: 'RU', name: 'Russia' },
        recipient: { code: 'IN', name: 'India' },
        event: null,
        articles: { totalCount: 0 },
      },
    });
  });

  test('a well-formed ID of no sale is null with NOT_FOUND; the ID of something else is BAD_USER_INPUT', async () => {
    const missing = await app.graphql(`query ($id: ID!) { armsSale(id: $id) { slug } }`, {
      id: Buffer.from('ArmsSale:999999').toString('base64url'),
    });
    expect(missing.data).toEqual({ armsSale: null });
    expect(missing.errors![0]).toMatchObject({ path: ['armsSale'], extensions: { code: 'NOT_FOUND' } });

    const japan = await app.graphql(`{ country(code: "JP") { id } }`);
    const wrongType = await app.graphql(`query ($id: ID!) { armsSale(id: $id) { slug } }`, { id: japan.data!.country.id });
    expect(wrongType.data).toEqual({ armsSale: null });
    expect(wrongType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('money', () => {
  test('valueUsd as a number, valueUsdExact as the stored decimal, valueFormatted for people', async () => {
    const response = await app.graphql(`{
      armsSales(orderBy: { field: VALUE_USD, direction: DESC }) {
        edges { node { slug valueUsd valueUsdExact valueFormatted } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.armsSales.edges.map((edge: any) => edge.node)).toEqual([
      { slug: FR_IN, valueUsd: 8000000000, valueUsdExact: '8000000000.00', valueFormatted: 'US$8 billion' },
      { slug: RU_IN, valueUsd: 5430000000.5, valueUsdExact: '5430000000.50', valueFormatted: 'US$5.43 billion' },
      { slug: US_JP, valueUsd: 3640000000, valueUsdExact: '3640000000.00', valueFormatted: 'US$3.64 billion' },
      { slug: GB_UA, valueUsd: 950000, valueUsdExact: '950000.00', valueFormatted: 'US$950,000' },
      { slug: US_TW, valueUsd: null, valueUsdExact: null, valueFormatted: null },
    ]);
  });

  test.each([
    ['1000', 'US$1,000'],
    ['994999', 'US$994,999'],
    ['999999', 'US$1 million'],
    ['1234567', 'US$1.23 million'],
    ['1235000', 'US$1.24 million'],
    ['999999999', 'US$1 billion'],
    ['12500000000000', 'US$12.5 trillion'],
  ])('%s dollars read as %p', async (valueUsd, formatted) => {
    // A sale of its own (Sweden to Norway), removed again so the lists below stay as they are.
    const [sweden, norway] = await Promise.all(['SE', 'NO'].map((code) => app.db.country.findUniqueOrThrow({ where: { code } })));
    const sale = await app.db.armsSale.create({
      data: { supplierId: sweden.id, recipientId: norway.id, valueUsd, items: 'test items', status: 'PROPOSED' },
    });
    try {
      const response = await app.graphql(`{ armsSales(filter: { supplier: "SE" }) { edges { node { valueUsdExact valueFormatted } } } }`);
      expect(response.data!.armsSales.edges).toEqual([{ node: { valueUsdExact: `${valueUsd}.00`, valueFormatted: formatted } }]);
    } finally {
      await app.db.armsSale.delete({ where: { id: sale.id } });
    }
  });
});

describe('armsSales(filter)', () => {
  const byDate = { field: 'ANNOUNCED_DATE', direction: 'ASC' };

  test('all sales, latest announcement first by default, undated last', async () => {
    expect(await saleSlugs({})).toEqual([US_JP, US_TW, RU_IN, FR_IN, GB_UA]);
  });

  test.each([
    ['supplier by alpha-2 code', { supplier: 'US' }, [US_TW, US_JP]],
    ['supplier by alpha-3 code, any case', { supplier: 'usa' }, [US_TW, US_JP]],
    ['recipient by alpha-2 code', { recipient: 'IN' }, [FR_IN, RU_IN]],
    ['recipient by alpha-3 code', { recipient: 'IND' }, [FR_IN, RU_IN]],
    ['supplier and recipient', { supplier: 'FRA', recipient: 'in' }, [FR_IN]],
    ['a supplier that sold nothing', { supplier: 'JP' }, []],
  ])('%s', async (_what, filter, expected) => {
    expect(await saleSlugs({ filter, orderBy: byDate })).toEqual(expected);
  });

  test.each([
    ['one status', ['APPROVED'], [US_JP]],
    ['several statuses', ['DELIVERED', 'CONTRACTED', 'CANCELLED'], [FR_IN, RU_IN]],
    ['an empty list (matches nothing)', [], []],
  ])('statuses: %s', async (_what, statuses, expected) => {
    expect(await saleSlugs({ filter: { statuses }, orderBy: byDate })).toEqual(expected);
  });

  test.each([
    ['min only', { min: 5000000000 }, [FR_IN, RU_IN]],
    ['max only', { max: 1000000 }, [GB_UA]],
    ['both ends, inclusive and exact to the cent', { min: 3640000000, max: 5430000000.5 }, [RU_IN, US_JP]],
    ['a cent above a value', { min: 5430000000.51 }, [FR_IN]],
    ['min 0: a sale of unknown value is excluded', { min: 0 }, [FR_IN, RU_IN, US_JP, GB_UA]],
    ['an open range: sales of known value', {}, [FR_IN, RU_IN, US_JP, GB_UA]],
  ])('valueUsd: %s', async (_what, valueUsd, expected) => {
    expect(await saleSlugs({ filter: { valueUsd }, orderBy: byDate })).toEqual(expected);
  });

  test.each([
    ['from only', { from: '2025-01-03' }, [US_JP]],
    ['to only, inclusive', { to: '2016-09-23' }, [FR_IN]],
    ['both ends', { from: '2018-01-01', to: '2024-12-31' }, [RU_IN, US_TW]],
    ['a single day', { from: '2024-12-20', to: '2024-12-20' }, [US_TW]],
    ['an open range: dated sales', {}, [FR_IN, RU_IN, US_TW, US_JP]],
  ])('announced: %s', async (_what, announced, expected) => {
    expect(await saleSlugs({ filter: { announced }, orderBy: byDate })).toEqual(expected);
  });

  test.each([
    ['in the items', 'missile', [RU_IN, US_JP]],
    ['in the designation, any case', 'rafale', [FR_IN]],
    ['with LIKE wildcards taken literally', 'S-400%', []],
    ['matching nothing', 'submarine', []],
  ])('text %s', async (_what, text, expected) => {
    expect(await saleSlugs({ filter: { text }, orderBy: byDate })).toEqual(expected);
  });

  test('conditions combine', async () => {
    expect(
      await saleSlugs({ filter: { recipient: 'IN', valueUsd: { max: 6000000000 }, statuses: ['CONTRACTED', 'DELIVERED'], text: 'missile' } }),
    ).toEqual([RU_IN]);
  });
});

describe('armsSales(orderBy)', () => {
  test.each([
    ['ANNOUNCED_DATE', 'ASC', [FR_IN, RU_IN, US_TW, US_JP, GB_UA]],
    ['ANNOUNCED_DATE', 'DESC', [US_JP, US_TW, RU_IN, FR_IN, GB_UA]],
    ['VALUE_USD', 'ASC', [GB_UA, US_JP, RU_IN, FR_IN, US_TW]],
    ['VALUE_USD', 'DESC', [FR_IN, RU_IN, US_JP, GB_UA, US_TW]],
    ['CREATED_AT', 'ASC', [US_JP, FR_IN, US_TW, RU_IN, GB_UA]],
    ['CREATED_AT', 'DESC', [GB_UA, RU_IN, US_TW, FR_IN, US_JP]],
  ])('%s %s (unknown values last)', async (field, direction, expected) => {
    expect(await saleSlugs({ orderBy: { field, direction } })).toEqual(expected);
  });

  test.each([
    ['VALUE_USD', 'ASC', [GB_UA, US_JP, RU_IN, FR_IN, US_TW]],
    ['ANNOUNCED_DATE', 'DESC', [US_JP, US_TW, RU_IN, FR_IN, GB_UA]],
  ])('paging two at a time through %s %s keeps the order across the unknown values', async (field, direction, expected) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response: GraphQLResponse<{ armsSales: SalesPage }> = await app.graphql(listQuery, { orderBy: { field, direction }, first: 2, after });
      expect(response.errors).toBeUndefined();
      const connection = response.data!.armsSales;
      seen.push(...connection.edges.map((edge) => edge.node.slug));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });
});

describe('bad input', () => {
  test.each([
    ['an unknown supplier code', { supplier: 'XX' }, 'filter.supplier'],
    ['a malformed supplier code', { supplier: 'U' }, 'filter.supplier'],
    ['an unknown recipient code', { recipient: 'ZZZ' }, 'filter.recipient'],
    ['a value range with min above max', { valueUsd: { min: 5000000000, max: 1000000 } }, 'filter.valueUsd'],
    ['an absurd minimum', { valueUsd: { min: 1e30 } }, 'filter.valueUsd.min'],
    ['an absurd negative maximum', { valueUsd: { max: -1e30 } }, 'filter.valueUsd.max'],
    ['an announcement range that ends before it starts', { announced: { from: '2025-01-03', to: '2024-01-01' } }, 'filter.announced'],
  ])('%s is BAD_USER_INPUT naming the field', async (_what, filter, field) => {
    const error = await badInput({ filter });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(field);
  });

  test('a string where the range wants a number is rejected before any resolver runs', async () => {
    const response = await app.graphql(listQuery, { filter: { valueUsd: { min: 'lots' } } });
    expect(response.data).toBeUndefined();
    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('relations, both ways', () => {
  test('the seed sale: supplier, recipient, the event that announced it, the article that reports it', async () => {
    const response = await app.graphql(`{
      armsSales(filter: { supplier: "US", recipient: "JP" }) {
        edges {
          node {
            slug
            supplier { code } recipient { code }
            event { slug type startDate armsSales { edges { node { slug } } } }
            articles { totalCount edges { node { source armsSales { totalCount edges { node { slug } } } } } }
          }
        }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.armsSales.edges).toEqual([
      {
        node: {
          slug: US_JP,
          supplier: { code: 'US' },
          recipient: { code: 'JP' },
          event: {
            slug: 'us-approves-missile-sale-to-japan-2025-01-03',
            type: 'ARMS_SALE',
            startDate: '2025-01-03',
            armsSales: { edges: [{ node: { slug: US_JP } }] },
          },
          articles: {
            totalCount: 1,
            edges: [{ node: { source: 'The Independent', armsSales: { totalCount: 1, edges: [{ node: { slug: US_JP } }] } } }],
          },
        },
      },
    ]);
  });

  test('Country.armsSales by role', async () => {
    const response = await app.graphql(`{
      india: country(code: "IN") {
        bought: armsSales(role: RECIPIENT, orderBy: { field: VALUE_USD, direction: DESC }) { totalCount edges { node { supplier { code } valueFormatted } } }
        sold: armsSales(role: SUPPLIER) { totalCount }
        all: armsSales { totalCount }
      }
      us: country(code: "US") {
        sold: armsSales(role: SUPPLIER, filter: { statuses: [NOTIFIED] }) { edges { node { recipient { code } valueUsd } } }
        bought: armsSales(role: RECIPIENT) { totalCount }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      india: {
        bought: {
          totalCount: 2,
          edges: [
            { node: { supplier: { code: 'FR' }, valueFormatted: 'US$8 billion' } },
            { node: { supplier: { code: 'RU' }, valueFormatted: 'US$5.43 billion' } },
          ],
        },
        sold: { totalCount: 0 },
        all: { totalCount: 2 },
      },
      us: {
        sold: { edges: [{ node: { recipient: { code: 'TW' }, valueUsd: null } }] },
        bought: { totalCount: 0 },
      },
    });
  });

  test('Event.armsSales and Article.armsSales take the list filter too', async () => {
    const response = await app.graphql(`{
      events(filter: { types: [ARMS_SALE] }) {
        edges { node { armsSales(filter: { statuses: [CANCELLED] }) { totalCount } } }
      }
      articles { edges { node { armsSales(filter: { supplier: "US" }) { totalCount } } } }
    }`);
    expect(response.data).toEqual({
      events: { edges: [{ node: { armsSales: { totalCount: 0 } } }] },
      articles: { edges: [{ node: { armsSales: { totalCount: 1 } } }] },
    });
  });
});
