// Cursor pagination: paging forward and backward through every order, cursor stability, ties, limits, bad cursors and nested connections.
import type { Prisma } from '../src/generated/prisma/client';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
const FIXTURES = 25;
const SEED_EVENTS = 9;
const TOTAL = SEED_EVENTS + FIXTURES;

/**
 * 25 more events whose start dates, titles and recording times repeat (so every order has ties
 * that fall across page boundaries), a fifth of them undated, spread over three countries.
 */
beforeAll(async () => {
  app = await startTestApp();
  const countryId = async (code: string) => (await app.db.country.findUniqueOrThrow({ where: { code } })).id;
  const locations = [await countryId('US'), await countryId('KR'), await countryId('JP'), null];
  const startDates = [null, '2024-06-01', '2024-06-01', '2024-06-02', '2025-01-05'];
  await app.db.event.createMany({
    data: Array.from({ length: FIXTURES }, (_, index) => {
      const day = startDates[index % startDates.length];
      return {
        slug: `paging-${String(index).padStart(2, '0')}`,
        title: `Paging fixture ${index % 3}`,
        type: 'OTHER' as const,
        startDate: day && new Date(`${day}T00:00:00Z`),
        endDate: day && new Date(`${day}T00:00:00Z`),
        datePrecision: day ? ('DAY' as const) : ('UNKNOWN' as const),
        locationId: locations[index % locations.length],
        createdAt: new Date(Date.UTC(2030, 0, 1 + (index % 6))),
      };
    }),
  });
});
afterAll(() => app.close());

type Field = 'START_DATE' | 'TITLE' | 'CREATED_AT';
type Direction = 'ASC' | 'DESC';

/** The order the database itself gives (nulls last, ties by ID in the same direction), as slugs. */
async function databaseOrder(field: Field, direction: Direction): Promise<string[]> {
  const sort = direction === 'ASC' ? ('asc' as const) : ('desc' as const);
  const byField: Prisma.EventOrderByWithRelationInput =
    field === 'START_DATE' ? { startDate: { sort, nulls: 'last' } } : field === 'TITLE' ? { title: sort } : { createdAt: sort };
  const rows = await app.db.event.findMany({ orderBy: [byField, { id: sort }], select: { slug: true } });
  return rows.map((row) => row.slug!);
}

const EVENTS_PAGE = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: EventOrder, $filter: EventFilter) {
  events(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
    totalCount
    edges { cursor node { slug } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { slug: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

async function eventsPage(variables: Record<string, unknown>): Promise<Page> {
  const response = await app.graphql(EVENTS_PAGE, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.events;
}

/** Walks the whole list forward with `first`/`after`, checking each page's pageInfo on the way. */
async function pageForward(size: number, variables: Record<string, unknown> = {}) {
  const slugs: string[] = [];
  const cursors = new Map<string, string>();
  let after: string | null = null;
  for (let pageNumber = 0; ; pageNumber++) {
    const page = await eventsPage({ ...variables, first: size, after });
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasPreviousPage).toBe(pageNumber > 0);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
    for (const edge of page.edges) {
      slugs.push(edge.node.slug);
      cursors.set(edge.node.slug, edge.cursor);
    }
    if (!page.pageInfo.hasNextPage) return { slugs, cursors, totalCount: page.totalCount };
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor;
    expect(pageNumber).toBeLessThan(100);
  }
}

/** Walks the whole list backward with `last`/`before`, putting pages back in list order. */
async function pageBackward(size: number, variables: Record<string, unknown> = {}) {
  const slugs: string[] = [];
  const cursors = new Map<string, string>();
  let before: string | null = null;
  for (let pageNumber = 0; ; pageNumber++) {
    const page = await eventsPage({ ...variables, last: size, before });
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasNextPage).toBe(pageNumber > 0);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
    slugs.unshift(...page.edges.map((edge) => edge.node.slug));
    for (const edge of page.edges) cursors.set(edge.node.slug, edge.cursor);
    if (!page.pageInfo.hasPreviousPage) return { slugs, cursors, totalCount: page.totalCount };
    expect(page.edges).toHaveLength(size);
    before = page.pageInfo.startCursor;
    expect(pageNumber).toBeLessThan(100);
  }
}

describe('paging through events', () => {
  const orders: [Field, Direction][] = [
    ['START_DATE', 'ASC'],
    ['START_DATE', 'DESC'],
    ['TITLE', 'ASC'],
    ['TITLE', 'DESC'],
    ['CREATED_AT', 'ASC'],
    ['CREATED_AT', 'DESC'],
  ];

  test.each(orders)('%s %s: forward and backward visit every event once, in the same order, with the same cursors', async (field, direction) => {
    const expected = await databaseOrder(field, direction);
    expect(expected).toHaveLength(TOTAL);
    const orderBy = { field, direction };

    const forward = await pageForward(4, { orderBy });
    expect(forward.totalCount).toBe(TOTAL);
    expect(forward.slugs).toEqual(expected);

    const backward = await pageBackward(4, { orderBy });
    expect(backward.totalCount).toBe(TOTAL);
    expect(backward.slugs).toEqual(expected);
    expect(Object.fromEntries(backward.cursors)).toEqual(Object.fromEntries(forward.cursors));

    // Other page sizes cut the list elsewhere; an item keeps its cursor.
    const bySeven = await pageForward(7, { orderBy });
    expect(bySeven.slugs).toEqual(expected);
    expect(Object.fromEntries(bySeven.cursors)).toEqual(Object.fromEntries(forward.cursors));
  });

  test('the default order (latest first, undated last) pages the same way', async () => {
    const expected = await databaseOrder('START_DATE', 'DESC');
    expect((await pageForward(5)).slugs).toEqual(expected);
    expect((await pageBackward(5)).slugs).toEqual(expected);
  });

  test('undated events come after dated ones in both directions, even across pages', async () => {
    for (const direction of ['ASC', 'DESC'] as const) {
      const { slugs } = await pageForward(6, { orderBy: { field: 'START_DATE', direction } });
      const dated = await app.db.event.count({ where: { startDate: { not: null } } });
      const undated = new Set((await app.db.event.findMany({ where: { startDate: null }, select: { slug: true } })).map((row) => row.slug));
      expect(slugs.slice(0, dated).some((slug) => undated.has(slug))).toBe(false);
      expect(slugs.slice(dated).every((slug) => undated.has(slug))).toBe(true);
    }
  });

  test('a page after a cursor starts with the next item, and a page before it ends with the previous one', async () => {
    const expected = await databaseOrder('TITLE', 'ASC');
    const all = await eventsPage({ first: 100, orderBy: { field: 'TITLE', direction: 'ASC' } });
    const middle = all.edges[10];
    const after = await eventsPage({ first: 3, after: middle.cursor, orderBy: { field: 'TITLE', direction: 'ASC' } });
    expect(after.edges.map((edge) => edge.node.slug)).toEqual(expected.slice(11, 14));
    expect(after.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: all.edges[11].cursor,
      endCursor: all.edges[13].cursor,
    });
    const before = await eventsPage({ last: 3, before: middle.cursor, orderBy: { field: 'TITLE', direction: 'ASC' } });
    expect(before.edges.map((edge) => edge.node.slug)).toEqual(expected.slice(7, 10));
    expect(before.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: all.edges[7].cursor,
      endCursor: all.edges[9].cursor,
    });
  });

  test('`last` without `before` gives the end of the list', async () => {
    const expected = await databaseOrder('START_DATE', 'DESC');
    const page = await eventsPage({ last: 3 });
    expect(page.edges.map((edge) => edge.node.slug)).toEqual(expected.slice(-3));
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  test('cursors are the same in every request and opaque', async () => {
    const first = await eventsPage({ first: 100 });
    const again = await eventsPage({ first: 100 });
    expect(again.edges).toEqual(first.edges);
    for (const edge of first.edges) expect(edge.cursor).not.toContain(edge.node.slug);
    expect(new Set(first.edges.map((edge) => edge.cursor)).size).toBe(TOTAL);
  });
});

describe('ties: equal sort values go by ID and are never skipped', () => {
  // Ten fixtures start on 2024-06-01; pages of three cut through them.
  const sameDay = { date: { from: '2024-06-01', to: '2024-06-01' } };

  test.each(['ASC', 'DESC'] as const)('START_DATE %s on a single day', async (direction) => {
    const rows = await app.db.event.findMany({
      where: { startDate: new Date('2024-06-01T00:00:00Z') },
      orderBy: { id: direction === 'ASC' ? 'asc' : 'desc' },
      select: { slug: true },
    });
    expect(rows).toHaveLength(10);
    const orderBy = { field: 'START_DATE', direction };
    expect((await pageForward(3, { filter: sameDay, orderBy })).slugs).toEqual(rows.map((row) => row.slug));
    expect((await pageBackward(3, { filter: sameDay, orderBy })).slugs).toEqual(rows.map((row) => row.slug));
  });

  test('undated events, all tied on a null start date, page by ID', async () => {
    const undated = await app.db.event.findMany({ where: { startDate: null }, orderBy: { id: 'asc' }, select: { slug: true } });
    const orderBy = { field: 'START_DATE', direction: 'ASC' };
    const { slugs } = await pageForward(2, { orderBy });
    expect(slugs.slice(-undated.length)).toEqual(undated.map((row) => row.slug));
  });

  test('equal titles page by ID', async () => {
    const rows = await app.db.event.findMany({ where: { title: 'Paging fixture 1' }, orderBy: { id: 'desc' }, select: { slug: true } });
    expect(rows.length).toBeGreaterThan(4);
    const { slugs } = await pageForward(2, { filter: { text: 'Paging fixture 1' }, orderBy: { field: 'TITLE', direction: 'DESC' } });
    expect(slugs).toEqual(rows.map((row) => row.slug));
  });
});

describe('totalCount', () => {
  test('is read in the statement of the page, whether asked for directly or through fragments', async () => {
    const withCount = await app.graphql(`{ events(first: 3) { totalCount edges { node { id } } } }`);
    const withoutCount = await app.graphql(`{ events(first: 3) { edges { node { id } } } }`);
    const throughFragments = await app.graphql(`query { events(first: 3) { ...Counted } }
      fragment Counted on EventConnection { ... on EventConnection { totalCount } edges { node { id } } }`);
    expect(withCount.data!.events.totalCount).toBe(TOTAL);
    expect(throughFragments.data!.events.totalCount).toBe(TOTAL);
    expect(withCount.sqlStatements).toBe(1);
    expect(withoutCount.sqlStatements).toBe(1);
    expect(throughFragments.sqlStatements).toBe(1);
  });

  test('an empty page past the end, and a filter nothing matches, still count', async () => {
    const last = await app.graphql(`{ events(last: 1) { edges { cursor } } }`);
    const beyond = await app.graphql(`query ($after: String) { events(first: 5, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`, {
      after: last.data!.events.edges[0].cursor,
    });
    expect(beyond.data).toEqual({ events: { totalCount: TOTAL, edges: [], pageInfo: { hasNextPage: false } } });
    const none = await app.graphql(`{ events(first: 5, filter: { text: "no event is called this" }) { totalCount edges { node { id } } } }`);
    expect(none.data).toEqual({ events: { totalCount: 0, edges: [] } });
  });

  test("a country's timeline counts from the maintained counts, with and without types", async () => {
    const counted = async (filter: string) => {
      const response = await app.graphql(`{ events(first: 2, filter: ${filter}) { totalCount } }`);
      expect(response.sqlStatements).toBe(1);
      return response.data!.events.totalCount as number;
    };
    const expected = async (types: string[] | null) => {
      const rows = await app.db.$queryRawUnsafe<{ count: bigint }[]>(
        `SELECT count(*) AS count FROM "Event" e WHERE (e."locationId" = (SELECT id FROM "Country" WHERE code = 'US')
           OR EXISTS (SELECT 1 FROM "EventCountry" ec JOIN "Country" c ON c.id = ec."countryId" WHERE ec."eventId" = e.id AND c.code = 'US'))
           AND ($1::text[] IS NULL OR e.type::text = ANY($1::text[]))`, types);
      return Number(rows[0].count);
    };
    expect(await counted('{ country: "US" }')).toBe(await expected(null));
    expect(await counted('{ country: "US" }')).toBeGreaterThan(0);
    expect(await counted('{ country: "US", types: [OTHER] }')).toBe(await expected(['OTHER']));
  });
});

describe('page sizes', () => {
  test('`first: 0` gives no edges but still the count and whether items follow', async () => {
    const page = await eventsPage({ first: 0 });
    expect(page).toEqual({
      totalCount: TOTAL,
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  test('`last: 0` and nested `first: 0` say whether items precede or follow, per parent', async () => {
    expect((await eventsPage({ last: 0 })).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    const response = await app.graphql(`{
      us: country(code: "US") { events(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }
      de: country(code: "DE") { events(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }
    }`);
    expect(response.data).toEqual({
      us: { events: { totalCount: expect.any(Number), edges: [], pageInfo: { hasNextPage: true } } },
      de: { events: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false } } },
    });
  });

  test('`first: 100` is allowed and returns everything', async () => {
    const page = await eventsPage({ first: 100 });
    expect(page.edges).toHaveLength(TOTAL);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  test('`last: 100` is allowed and returns everything', async () => {
    const page = await eventsPage({ last: 100 });
    expect(page.edges.map((edge) => edge.node.slug)).toEqual(await databaseOrder('START_DATE', 'DESC'));
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  test('without `first` or `last`, a page holds 20 items', async () => {
    const page = await eventsPage({});
    expect(page.edges).toHaveLength(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  test.each([
    ['first', { first: 101 }],
    ['last', { last: 101 }],
    ['first', { first: -1 }],
    ['last', { last: -5 }],
  ])('%s out of range (%j) is a BAD_USER_INPUT with a clear message', async (field, variables) => {
    const response = await app.graphql(EVENTS_PAGE, variables);
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } })]);
    expect(response.errors![0].message).toMatch(new RegExp(`^${field}: must be between 0 and 100`));
  });

  test('the cap applies to nested connections too', async () => {
    const response = await app.graphql(`{ country(code: "US") { events(first: 101) { totalCount } } }`);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } })]);
  });

  test('`first` and `last` together is a BAD_USER_INPUT', async () => {
    const response = await app.graphql(EVENTS_PAGE, { first: 2, last: 2 });
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  test('`after` and `before` together is a BAD_USER_INPUT', async () => {
    const { pageInfo } = await eventsPage({ first: 2 });
    const response = await app.graphql(EVENTS_PAGE, { after: pageInfo.startCursor, before: pageInfo.endCursor });
    expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });
});

describe('malformed cursors', () => {
  const base64 = (text: string) => Buffer.from(text).toString('base64url');

  test.each([
    ['a random string', () => 'not a cursor at all'],
    ['valid base64 of junk', () => base64('{"hello": "world"}')],
    ['valid base64 of a wrong-shaped array', () => base64('["startDate", "2025-01-05"]')],
    ['a cursor with a value of the wrong kind', () => base64('["startDate", "yesterday", 1]')],
    ['a cursor with an impossible ID', () => base64('["startDate", "2025-01-05", -3]')],
    ['an empty string', () => ''],
  ])('%s is a BAD_USER_INPUT naming `after` (or `before`)', async (_name, cursor) => {
    for (const [field, variables] of [
      ['after', { first: 2, after: cursor() }],
      ['before', { last: 2, before: cursor() }],
    ] as const) {
      const response = await app.graphql(EVENTS_PAGE, variables);
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } })]);
      expect(response.errors![0].message).toContain('not a valid cursor');
    }
  });

  test('a cursor from a different order field is a BAD_USER_INPUT', async () => {
    const byTitle = await eventsPage({ first: 2, orderBy: { field: 'TITLE', direction: 'ASC' } });
    const cursor = byTitle.pageInfo.endCursor;
    for (const [field, variables] of [
      ['after', { first: 2, after: cursor }],
      ['before', { last: 2, before: cursor, orderBy: { field: 'CREATED_AT', direction: 'ASC' } }],
    ] as const) {
      const response = await app.graphql(EVENTS_PAGE, variables);
      expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } })]);
    }
  });

  test("another list's cursor with the same kind of column is a BAD_USER_INPUT", async () => {
    const articles = await app.graphql(`{ articles(first: 1) { pageInfo { endCursor } } }`);
    const response = await app.graphql(EVENTS_PAGE, { first: 2, after: articles.data!.articles.pageInfo.endCursor });
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } })]);
  });
});

describe('nested connections page per parent', () => {
  /** Events located in or involving a country, as the database orders them by default. */
  async function eventsOfCountry(code: string): Promise<string[]> {
    const country = await app.db.country.findUniqueOrThrow({ where: { code } });
    const rows = await app.db.event.findMany({
      where: { OR: [{ locationId: country.id }, { countries: { some: { countryId: country.id } } }] },
      orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      select: { slug: true },
    });
    return rows.map((row) => row.slug!);
  }

  test("countries(first: 3) { events(first: 1) }: each country's own first event and count", async () => {
    const query = `query ($after: String) {
      countries(first: 3, after: $after, filter: { subregion: "Eastern Asia" }, orderBy: { field: CODE, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        edges { node { code events(first: 1) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage } } } }
      }
    }`;
    const firstPage = await app.graphql(query);
    expect(firstPage.errors).toBeUndefined();
    const secondPage = await app.graphql(query, { after: firstPage.data!.countries.pageInfo.endCursor });
    expect(secondPage.errors).toBeUndefined();

    const nodes = [...firstPage.data!.countries.edges, ...secondPage.data!.countries.edges].map((edge: any) => edge.node);
    expect(nodes.map((node: any) => node.code)).toEqual(['CN', 'HK', 'JP', 'KP', 'KR', 'MN']);
    for (const node of nodes) {
      const expected = await eventsOfCountry(node.code);
      expect({ code: node.code, totalCount: node.events.totalCount, slugs: node.events.edges.map((edge: any) => edge.node.slug) }).toEqual({
        code: node.code,
        totalCount: expected.length,
        slugs: expected.slice(0, 1),
      });
      expect(node.events.pageInfo.hasNextPage).toBe(expected.length > 1);
    }
    // Japan and Korea have events of their own beyond the seed's.
    const japan = nodes.find((node: any) => node.code === 'JP');
    const korea = nodes.find((node: any) => node.code === 'KR');
    expect(japan.events.totalCount).toBeGreaterThan(3);
    expect(korea.events.edges[0].node.slug).not.toBe(japan.events.edges[0].node.slug);
  });

  test('nested pages cost the same number of SQL statements for 3 parents as for 30', async () => {
    const query = (parents: number) => `{
      countries(first: ${parents}, orderBy: { field: CODE, direction: ASC }) {
        edges { node { code events(first: 1) { totalCount edges { cursor } } } }
      }
    }`;
    const few = await app.graphql(query(3));
    const many = await app.graphql(query(30));
    expect(many.data!.countries.edges).toHaveLength(30);
    expect(many.sqlStatements).toBe(few.sqlStatements);
  });

  test("a nested connection pages through one parent's whole list", async () => {
    const expected = await eventsOfCountry('JP');
    const slugs: string[] = [];
    let after: string | null = null;
    for (let pageNumber = 0; pageNumber < 50; pageNumber++) {
      const response: any = await app.graphql(
        `query ($after: String) {
          country(code: "JPN") { events(first: 3, after: $after) { totalCount edges { node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor } } }
        }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      const events = response.data.country.events;
      expect(events.totalCount).toBe(expected.length);
      expect(events.pageInfo.hasPreviousPage).toBe(pageNumber > 0);
      slugs.push(...events.edges.map((edge: any) => edge.node.slug));
      if (!events.pageInfo.hasNextPage) break;
      after = events.pageInfo.endCursor;
    }
    expect(slugs).toEqual(expected);
  });

  test('nested pages backward, too', async () => {
    const expected = await eventsOfCountry('KR');
    const response = await app.graphql(`{ country(code: "kr") { events(last: 2) { edges { node { slug } } pageInfo { hasNextPage hasPreviousPage } } } }`);
    expect(response.data).toEqual({
      country: {
        events: {
          edges: expected.slice(-2).map((slug) => ({ node: { slug } })),
          pageInfo: { hasNextPage: false, hasPreviousPage: true },
        },
      },
    });
  });

  test('a nested cursor is the same cursor as in the root list', async () => {
    const root = await eventsPage({ first: 100, filter: { country: 'US' } });
    const nested = await app.graphql(`{ country(code: "US") { events(first: 100) { edges { cursor node { slug } } } } }`);
    expect(nested.data!.country.events.edges).toEqual(root.edges);
  });

  test('people(first: 3) { events(first: 2) }: per-person pages in one request', async () => {
    const response = await app.graphql(`{
      people(first: 3, orderBy: { field: NAME, direction: ASC }) {
        edges { node { slug events(first: 2, orderBy: { field: START_DATE, direction: ASC }) { totalCount edges { node { slug } } pageInfo { hasNextPage } } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.people.edges).toEqual([
      {
        node: {
          slug: 'antony-blinken',
          events: {
            totalCount: 6,
            edges: [{ node: { slug: 'state-department-announces-blinken-trip-2025-01-03' } }, { node: { slug: 'blinken-final-trip-2025-01' } }],
            pageInfo: { hasNextPage: true },
          },
        },
      },
      {
        node: {
          slug: 'jimmy-carter',
          events: { totalCount: 1, edges: [{ node: { slug: 'jimmy-carter-funeral-2025-01-09' } }], pageInfo: { hasNextPage: false } },
        },
      },
      { node: { slug: 'joe-biden', events: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false } } } },
    ]);
  });
});
