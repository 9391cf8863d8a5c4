// Events: `event(id)`, every `events` filter and order, the relations of an event both ways, and filter errors.
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const TRIP = 'blinken-final-trip-2025-01';
const SEOUL = 'blinken-final-trip-2025-01-seoul';
const TOKYO = 'blinken-final-trip-2025-01-tokyo';
const PARIS = 'blinken-final-trip-2025-01-paris';
const ANNOUNCEMENT = 'state-department-announces-blinken-trip-2025-01-03';
const FUNERAL = 'jimmy-carter-funeral-2025-01-09';
const MARTIAL_LAW = 'yoon-suk-yeol-martial-law';
const IMPEACHMENT = 'yoon-suk-yeol-impeachment';
const ARMS_SALE = 'us-approves-missile-sale-to-japan-2025-01-03';

/** The seed's events in the default order: latest first, ties by ID (latest recorded first), undated last. */
const ALL_BY_DEFAULT_ORDER = [FUNERAL, TRIP, ARMS_SALE, ANNOUNCEMENT, IMPEACHMENT, MARTIAL_LAW, PARIS, TOKYO, SEOUL];

const EVENT_SLUGS = `query ($filter: EventFilter, $orderBy: EventOrder) {
  events(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { slug } } }
}`;

/** The slugs of `events(filter, orderBy)`, checking the count agrees with the page. */
async function eventSlugs(filter?: object, orderBy?: object): Promise<string[]> {
  const response = await app.graphql(EVENT_SLUGS, { filter, orderBy });
  expect(response.errors).toBeUndefined();
  const slugs = response.data!.events.edges.map((edge: { node: { slug: string } }) => edge.node.slug);
  expect(response.data!.events.totalCount).toBe(slugs.length);
  return slugs;
}

async function eventId(slug: string): Promise<string> {
  const response = await app.graphql(`{ events(first: 100) { edges { node { id slug } } } }`);
  const edge = response.data!.events.edges.find((candidate: { node: { slug: string } }) => candidate.node.slug === slug);
  return edge.node.id;
}

describe('event(id)', () => {
  test("returns Blinken's trip with its stops in order and the countries involved", async () => {
    const response = await app.graphql(
      `query ($id: ID!) {
        event(id: $id) {
          slug title type startDate endDate datePrecision position
          location { code }
          parent { slug }
          children { title position location { code } }
          countries { country { code } role }
          participants { person { slug } role }
        }
      }`,
      { id: await eventId(TRIP) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      event: {
        slug: TRIP,
        title: "Blinken's final overseas trip as Secretary of State",
        type: 'DIPLOMATIC_TRIP',
        startDate: '2025-01-05',
        endDate: '2025-01-09',
        datePrecision: 'DAY',
        position: null,
        location: null,
        parent: null,
        children: [
          { title: 'Blinken visits Seoul', position: 1, location: { code: 'KR' } },
          { title: 'Blinken visits Tokyo', position: 2, location: { code: 'JP' } },
          { title: 'Blinken visits Paris', position: 3, location: { code: 'FR' } },
        ],
        countries: [
          { country: { code: 'FR' }, role: 'HOST' },
          { country: { code: 'JP' }, role: 'HOST' },
          { country: { code: 'KR' }, role: 'HOST' },
          { country: { code: 'US' }, role: 'VISITOR' },
        ],
        participants: [{ person: { slug: 'antony-blinken' }, role: 'VISITOR' }],
      },
    });
  });

  test('a stop of the trip knows its parent, place and traveller, and has no children', async () => {
    const response = await app.graphql(
      `query ($id: ID!) {
        event(id: $id) {
          title type startDate endDate datePrecision position
          location { code name }
          parent { slug children { slug } }
          children { slug }
          participants { person { name } role }
          countries { country { code } role }
        }
      }`,
      { id: await eventId(TOKYO) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      event: {
        title: 'Blinken visits Tokyo',
        type: 'DIPLOMATIC_VISIT',
        startDate: null,
        endDate: null,
        datePrecision: 'UNKNOWN',
        position: 2,
        location: { code: 'JP', name: 'Japan' },
        parent: { slug: TRIP, children: [{ slug: SEOUL }, { slug: TOKYO }, { slug: PARIS }] },
        children: [],
        participants: [{ person: { name: 'Antony Blinken' }, role: 'VISITOR' }],
        countries: [
          { country: { code: 'JP' }, role: 'HOST' },
          { country: { code: 'US' }, role: 'VISITOR' },
        ],
      },
    });
  });

  test('the funeral lists its participants by role: the subject before the attendee', async () => {
    const response = await app.graphql(`query ($id: ID!) { event(id: $id) { participants { person { slug } role } countries { role } } }`, {
      id: await eventId(FUNERAL),
    });
    expect(response.data).toEqual({
      event: {
        participants: [
          { person: { slug: 'jimmy-carter' }, role: 'SUBJECT' },
          { person: { slug: 'antony-blinken' }, role: 'ATTENDEE' },
        ],
        countries: [],
      },
    });
  });

  test('the arms-sale event links to the sale it announced, its countries and its article', async () => {
    const response = await app.graphql(
      `query ($id: ID!) {
        event(id: $id) {
          type
          countries { country { code } role }
          participants { role }
          armsSales { totalCount edges { node { supplier { code } recipient { code } valueUsdExact status event { slug } } } }
          articles { totalCount edges { node { title source } } }
        }
      }`,
      { id: await eventId(ARMS_SALE) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      event: {
        type: 'ARMS_SALE',
        countries: [
          { country: { code: 'CN' }, role: 'OBJECTOR' },
          { country: { code: 'US' }, role: 'SUPPLIER' },
          { country: { code: 'JP' }, role: 'RECIPIENT' },
        ],
        participants: [],
        armsSales: {
          totalCount: 1,
          edges: [
            {
              node: {
                supplier: { code: 'US' },
                recipient: { code: 'JP' },
                valueUsdExact: '3640000000.00',
                status: 'APPROVED',
                event: { slug: ARMS_SALE },
              },
            },
          ],
        },
        articles: {
          totalCount: 1,
          edges: [{ node: { title: 'Blinken heads to Asia, Europe on last expected trip as top US diplomat', source: 'The Independent' } }],
        },
      },
    });
  });

  test('an event that announced no sale has an empty armsSales connection', async () => {
    const response = await app.graphql(`query ($id: ID!) { event(id: $id) { armsSales { totalCount edges { cursor } } } }`, {
      id: await eventId(FUNERAL),
    });
    expect(response.data).toEqual({ event: { armsSales: { totalCount: 0, edges: [] } } });
  });

  test('a well-formed ID of a missing event gives null and NOT_FOUND', async () => {
    const missing = Buffer.from('Event:999999').toString('base64url');
    const response = await app.graphql(`query ($id: ID!) { event(id: $id) { title } }`, { id: missing });
    expect(response.data).toEqual({ event: null });
    expect(response.errors).toEqual([expect.objectContaining({ path: ['event'], extensions: { code: 'NOT_FOUND' } })]);
  });
});

describe('events(filter)', () => {
  test('without a filter lists every event, latest first, undated last', async () => {
    expect(await eventSlugs()).toEqual(ALL_BY_DEFAULT_ORDER);
  });

  test.each([
    ['types: one type', { types: ['FUNERAL'] }, [FUNERAL]],
    ['types: any of several', { types: ['IMPEACHMENT', 'MARTIAL_LAW', 'ANNOUNCEMENT'] }, [ANNOUNCEMENT, IMPEACHMENT, MARTIAL_LAW]],
    ['types: an empty list matches nothing', { types: [] }, []],
    ['country: alpha-2, location or involved', { country: 'KR' }, [TRIP, IMPEACHMENT, MARTIAL_LAW, SEOUL]],
    ['country: alpha-2 in lower case', { country: 'kr' }, [TRIP, IMPEACHMENT, MARTIAL_LAW, SEOUL]],
    ['country: alpha-3', { country: 'KOR' }, [TRIP, IMPEACHMENT, MARTIAL_LAW, SEOUL]],
    ['country: alpha-3 in mixed case', { country: 'Kor' }, [TRIP, IMPEACHMENT, MARTIAL_LAW, SEOUL]],
    ['country: only involved (China objects to the sale)', { country: 'chn' }, [ARMS_SALE]],
    ['country: Japan hosts a stop and receives the sale', { country: 'jp' }, [TRIP, ARMS_SALE, TOKYO]],
    ['country: a country in no event', { country: 'DE' }, []],
    ['person: by slug, in any role', { person: 'antony-blinken' }, [FUNERAL, TRIP, ANNOUNCEMENT, PARIS, TOKYO, SEOUL]],
    ['person: by slug', { person: 'yoon-suk-yeol' }, [IMPEACHMENT, MARTIAL_LAW]],
    ['person: someone in no event', { person: 'joe-biden' }, []],
    ['date: a single day', { date: { from: '2025-01-03', to: '2025-01-03' } }, [ARMS_SALE, ANNOUNCEMENT]],
    ['date: a range inside the trip', { date: { from: '2025-01-06', to: '2025-01-07' } }, [TRIP]],
    ["date: a range touching only the trip's last day", { date: { from: '2025-01-09', to: '2025-01-20' } }, [FUNERAL, TRIP]],
    ["date: a range ending on the trip's first day", { date: { from: '2024-12-01', to: '2025-01-05' } }, [TRIP, ARMS_SALE, ANNOUNCEMENT]],
    ['date: a range between events', { date: { from: '2025-01-04', to: '2025-01-04' } }, []],
    ['date: open end', { date: { from: '2025-01-04' } }, [FUNERAL, TRIP]],
    ['date: open start', { date: { to: '2025-01-04' } }, [ARMS_SALE, ANNOUNCEMENT]],
    ['date: both ends open means dated', { date: {} }, [FUNERAL, TRIP, ARMS_SALE, ANNOUNCEMENT]],
    ['date: after everything', { date: { from: '2025-01-10' } }, []],
    ['text: in the title, any case', { text: 'SEOUL' }, [ANNOUNCEMENT, SEOUL]],
    ['text: in the summary', { text: 'martial-law' }, [IMPEACHMENT]],
    ['text: wildcards are literal', { text: '%' }, []],
    ['text: underscore is literal', { text: 'Blinken_visits' }, []],
    ['hasParent: true gives the stops', { hasParent: true }, [PARIS, TOKYO, SEOUL]],
    ['hasParent: false gives the rest', { hasParent: false }, [FUNERAL, TRIP, ARMS_SALE, ANNOUNCEMENT, IMPEACHMENT, MARTIAL_LAW]],
    ['combined: country and person', { country: 'KR', person: 'antony-blinken' }, [TRIP, SEOUL]],
    ['combined: type and alpha-3 country', { types: ['DIPLOMATIC_VISIT'], country: 'FRA' }, [PARIS]],
    ['combined: date and country', { date: { from: '2025-01-09' }, country: 'us' }, [FUNERAL, TRIP]],
    ['combined: person and text', { person: 'yoon-suk-yeol', text: 'impeach' }, [IMPEACHMENT, MARTIAL_LAW]],
    ['combined: hasParent and text', { hasParent: true, text: 'paris' }, [PARIS]],
    ['combined: conditions that exclude each other', { types: ['FUNERAL'], country: 'KR' }, []],
  ])('%s', async (_name, filter, expected) => {
    expect(await eventSlugs(filter)).toEqual(expected);
  });

  test('person: by global ID', async () => {
    const person = await app.graphql(`{ person(slug: "jimmy-carter") { id } }`);
    expect(await eventSlugs({ person: person.data!.person.id })).toEqual([FUNERAL]);
  });

  test('an unknown country code is a BAD_USER_INPUT naming filter.country', async () => {
    const response = await app.graphql(EVENT_SLUGS, { filter: { country: 'XX' } });
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.country' } }),
    ]);
    expect(response.errors![0].message).toContain('XX');
  });

  test('a country code of the wrong length is a BAD_USER_INPUT naming filter.country', async () => {
    const response = await app.graphql(EVENT_SLUGS, { filter: { country: 'Korea' } });
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.country' } }),
    ]);
  });

  test('an unknown person is a BAD_USER_INPUT naming filter.person', async () => {
    const response = await app.graphql(EVENT_SLUGS, { filter: { person: 'nobody-at-all' } });
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.person' } }),
    ]);
    expect(response.errors![0].message).toContain('nobody-at-all');
  });

  test("another type's ID as the person is a BAD_USER_INPUT naming filter.person", async () => {
    const country = await app.graphql(`{ country(code: "US") { id } }`);
    const response = await app.graphql(EVENT_SLUGS, { filter: { person: country.data!.country.id } });
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.person' } }),
    ]);
  });

  test('a date range whose `from` is after its `to` is a BAD_USER_INPUT', async () => {
    const response = await app.graphql(EVENT_SLUGS, { filter: { date: { from: '2025-01-09', to: '2025-01-05' } } });
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.date' } }),
    ]);
  });

  test('a date that is not a calendar day is rejected', async () => {
    const response = await app.graphql(EVENT_SLUGS, { filter: { date: { from: '2025-02-30' } } });
    expect(response.data).toBeUndefined();
    expect(response.errors).toHaveLength(1);
  });
});

describe('events(orderBy)', () => {
  test('START_DATE ascending: earliest first, ties by ID, undated events still last', async () => {
    expect(await eventSlugs(undefined, { field: 'START_DATE', direction: 'ASC' })).toEqual([
      ANNOUNCEMENT, ARMS_SALE, TRIP, FUNERAL, SEOUL, TOKYO, PARIS, MARTIAL_LAW, IMPEACHMENT,
    ]);
  });

  test('START_DATE descending: latest first, ties by ID, undated events last', async () => {
    expect(await eventSlugs(undefined, { field: 'START_DATE', direction: 'DESC' })).toEqual(ALL_BY_DEFAULT_ORDER);
  });

  test('TITLE in both directions', async () => {
    const stops = { hasParent: true };
    expect(await eventSlugs(stops, { field: 'TITLE', direction: 'ASC' })).toEqual([PARIS, SEOUL, TOKYO]);
    expect(await eventSlugs(stops, { field: 'TITLE', direction: 'DESC' })).toEqual([TOKYO, SEOUL, PARIS]);
  });

  describe('on events recorded for this test', () => {
    // Titles, dates and recording times chosen so that every order has a tie; removed afterwards.
    const fixtures = [
      { slug: 'order-c', title: 'Ordering fixture C', startDate: '2024-03-01', createdAt: '2030-01-03T00:00:00Z' },
      { slug: 'order-a', title: 'Ordering fixture A', startDate: null, createdAt: '2030-01-01T00:00:00Z' },
      { slug: 'order-b', title: 'Ordering fixture B', startDate: '2024-01-01', createdAt: '2030-01-02T00:00:00Z' },
      { slug: 'order-d', title: 'Ordering fixture D', startDate: '2024-03-01', createdAt: '2030-01-02T00:00:00Z' },
      { slug: 'order-e', title: 'Ordering fixture E', startDate: null, createdAt: '2030-01-04T00:00:00Z' },
    ];
    beforeAll(async () => {
      for (const fixture of fixtures) {
        await app.db.event.create({
          data: {
            ...fixture,
            type: 'OTHER',
            startDate: fixture.startDate && new Date(`${fixture.startDate}T00:00:00Z`),
            endDate: fixture.startDate && new Date(`${fixture.startDate}T00:00:00Z`),
            datePrecision: fixture.startDate ? 'DAY' : 'UNKNOWN',
            createdAt: new Date(fixture.createdAt),
          },
        });
      }
    });
    afterAll(async () => {
      await app.db.event.deleteMany({ where: { slug: { startsWith: 'order-' } } });
    });
    const filter = { text: 'Ordering fixture' };

    test.each([
      ['START_DATE', 'ASC', ['order-b', 'order-c', 'order-d', 'order-a', 'order-e']],
      ['START_DATE', 'DESC', ['order-d', 'order-c', 'order-b', 'order-e', 'order-a']],
      ['TITLE', 'ASC', ['order-a', 'order-b', 'order-c', 'order-d', 'order-e']],
      ['TITLE', 'DESC', ['order-e', 'order-d', 'order-c', 'order-b', 'order-a']],
      ['CREATED_AT', 'ASC', ['order-a', 'order-b', 'order-d', 'order-c', 'order-e']],
      ['CREATED_AT', 'DESC', ['order-e', 'order-c', 'order-d', 'order-b', 'order-a']],
    ])('%s %s', async (field, direction, expected) => {
      expect(await eventSlugs(filter, { field, direction })).toEqual(expected);
    });

    test('the default order is START_DATE descending', async () => {
      expect(await eventSlugs(filter)).toEqual(await eventSlugs(filter, { field: 'START_DATE', direction: 'DESC' }));
    });
  });
});

describe('the events of a country, a person and an article', () => {
  test("Country.events: South Korea's events, located there or involving it", async () => {
    const response = await app.graphql(`{
      country(code: "kor") { events { totalCount edges { node { slug location { code } } } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      country: {
        events: {
          totalCount: 4,
          edges: [
            { node: { slug: TRIP, location: null } },
            { node: { slug: IMPEACHMENT, location: { code: 'KR' } } },
            { node: { slug: MARTIAL_LAW, location: { code: 'KR' } } },
            { node: { slug: SEOUL, location: { code: 'KR' } } },
          ],
        },
      },
    });
  });

  test('Country.events takes a filter and an order, per country', async () => {
    const response = await app.graphql(`{
      countries(filter: { region: "Asia" }, first: 100) {
        edges { node { code events(filter: { hasParent: true }, orderBy: { field: TITLE, direction: ASC }) { totalCount edges { node { title } } } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const withStops = response.data!.countries.edges
      .map((edge: any) => edge.node)
      .filter((country: any) => country.events.totalCount > 0);
    expect(withStops).toEqual([
      { code: 'JP', events: { totalCount: 1, edges: [{ node: { title: 'Blinken visits Tokyo' } }] } },
      { code: 'KR', events: { totalCount: 1, edges: [{ node: { title: 'Blinken visits Seoul' } }] } },
    ]);
  });

  test("Person.events: Blinken's events in any role", async () => {
    const response = await app.graphql(`{
      person(slug: "antony-blinken") {
        events(orderBy: { field: START_DATE, direction: ASC }) { totalCount edges { node { slug participants { person { slug } role } } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const events = response.data!.person.events;
    expect(events.totalCount).toBe(6);
    expect(events.edges.map((edge: any) => edge.node.slug)).toEqual([ANNOUNCEMENT, TRIP, FUNERAL, SEOUL, TOKYO, PARIS]);
    for (const edge of events.edges) {
      expect(edge.node.participants.map((participant: any) => participant.person.slug)).toContain('antony-blinken');
    }
  });

  test('Person.events with a filter', async () => {
    const response = await app.graphql(`{
      person(slug: "antony-blinken") { events(filter: { types: [FUNERAL, ANNOUNCEMENT] }) { totalCount edges { node { slug } } } }
    }`);
    expect(response.data).toEqual({
      person: { events: { totalCount: 2, edges: [{ node: { slug: FUNERAL } }, { node: { slug: ANNOUNCEMENT } }] } },
    });
  });

  test('a person in no event has an empty connection', async () => {
    const response = await app.graphql(`{ person(slug: "joe-biden") { events { totalCount edges { cursor } pageInfo { hasNextPage } } } }`);
    expect(response.data).toEqual({ person: { events: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false } } } });
  });

  test('Article.events: every event of the founding article', async () => {
    const response = await app.graphql(`{
      articles { edges { node { events(first: 100) { totalCount edges { node { slug } } } } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.articles.edges).toEqual([
      {
        node: {
          events: { totalCount: 9, edges: ALL_BY_DEFAULT_ORDER.map((slug) => ({ node: { slug } })) },
        },
      },
    ]);
  });

  test('Article.events with a filter and order', async () => {
    const response = await app.graphql(`{
      articles { edges { node { events(filter: { hasParent: true }, orderBy: { field: TITLE, direction: DESC }) { edges { node { title parent { slug } } } } } } }
    }`);
    expect(response.data!.articles.edges[0].node.events.edges).toEqual([
      { node: { title: 'Blinken visits Tokyo', parent: { slug: TRIP } } },
      { node: { title: 'Blinken visits Seoul', parent: { slug: TRIP } } },
      { node: { title: 'Blinken visits Paris', parent: { slug: TRIP } } },
    ]);
  });

  test('Event.articles: each stop of the trip is reported by the founding article', async () => {
    const response = await app.graphql(`{
      events(filter: { hasParent: true }) { edges { node { slug articles { totalCount edges { node { url } } } } } }
    }`);
    const url = 'https://www.independent.co.uk/news/world/americas/us-politics/blinken-south-korea-japan-france-trip-b2673524.html';
    expect(response.data).toEqual({
      events: {
        edges: [PARIS, TOKYO, SEOUL].map((slug) => ({ node: { slug, articles: { totalCount: 1, edges: [{ node: { url } }] } } })),
      },
    });
  });
});
