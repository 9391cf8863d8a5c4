// Dashboard aggregates: armsSaleStats and eventStats, and the summary fields of country and person
// profiles — checked on the seed graph by hand, and on generated coverage against totals this test
// computes itself from the generated articles.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCoverage } from '../src/generate/coverage';
import type { ArmsSaleDefinition, CoverageArticle, EventDefinition } from '../src/generate/types';
import { formatUsd } from '../src/domain/dollar-amounts';
import { importFile } from '../src/ingest/import';
import { startTestApp, TestApp } from './support/harness';

const BLINKEN_SALE_VALUE = '3640000000.00';

describe('on the seed graph', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  test('arms sales by supplier and year: one sale, its exact value, the other keys null', async () => {
    const response = await app.graphql(`{
      armsSaleStats(groupBy: [SUPPLIER, YEAR]) {
        supplier { code } recipient { code } year status count countWithKnownValue totalValueUsd totalValueUsdExact totalValueFormatted
      }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.armsSaleStats).toEqual([
      {
        supplier: { code: 'US' },
        recipient: null,
        year: 2025,
        status: null,
        count: 1,
        countWithKnownValue: 1,
        totalValueUsd: 3_640_000_000,
        totalValueUsdExact: BLINKEN_SALE_VALUE,
        totalValueFormatted: 'US$3.64 billion',
      },
    ]);
    // One statement for the groups; the countries they name are in memory.
    expect(response.sqlStatements).toBe(1);
  });

  test('every key at once, and filters that keep or drop the sale', async () => {
    const query = `query Stats($filter: ArmsSaleFilter) {
      armsSaleStats(groupBy: [STATUS, RECIPIENT, SUPPLIER, YEAR], filter: $filter) {
        supplier { code } recipient { code } year status count totalValueUsdExact
      }
    }`;
    const kept = await app.graphql(query, { filter: { supplier: 'USA', statuses: ['APPROVED'], announced: { from: '2025-01-01', to: '2025-01-31' } } });
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.armsSaleStats).toEqual([
      { supplier: { code: 'US' }, recipient: { code: 'JP' }, year: 2025, status: 'APPROVED', count: 1, totalValueUsdExact: BLINKEN_SALE_VALUE },
    ]);
    for (const filter of [{ supplier: 'FR' }, { statuses: ['DELIVERED'] }, { valueUsd: { min: 5e9 } }, { announced: { to: '2024-12-31' } }]) {
      const dropped = await app.graphql(query, { filter });
      expect(dropped.errors).toBeUndefined();
      expect(dropped.data!.armsSaleStats).toEqual([]);
    }
  });

  test('events by type: the three stops of the trip, then one of each other kind in enum order', async () => {
    const response = await app.graphql(`{ eventStats(groupBy: [TYPE]) { type country { code } month year count } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.eventStats).toEqual(
      [
        ['DIPLOMATIC_VISIT', 3],
        ['DIPLOMATIC_TRIP', 1],
        ['ANNOUNCEMENT', 1],
        ['ARMS_SALE', 1],
        ['FUNERAL', 1],
        ['IMPEACHMENT', 1],
        ['MARTIAL_LAW', 1],
      ].map(([type, count]) => ({ type, country: null, month: null, year: null, count })),
    );
    expect(response.sqlStatements).toBe(1);
  });

  test('events by country count each event once per country it took place in or involved', async () => {
    const response = await app.graphql(`{ eventStats(groupBy: [COUNTRY]) { country { code } count } }`);
    expect(response.errors).toBeUndefined();
    // US: the trip, its three stops, the announcement, the funeral, the sale (location and supplier: once).
    expect(response.data!.eventStats).toEqual([
      { country: { code: 'US' }, count: 7 },
      { country: { code: 'KR' }, count: 4 },
      { country: { code: 'JP' }, count: 3 },
      { country: { code: 'FR' }, count: 2 },
      { country: { code: 'CN' }, count: 1 },
    ]);
    expect(response.sqlStatements).toBe(1); // the groups; their countries are in memory
  });

  test('by month: the four dated events in January 2025, the undated ones in the null month', async () => {
    const response = await app.graphql(`{ eventStats(groupBy: [MONTH]) { month year count } }`);
    expect(response.data!.eventStats).toEqual([
      { month: null, year: null, count: 5 },
      { month: '2025-01', year: null, count: 4 },
    ]);
  });

  test('filters combine with groupBy; equal counts are ordered by the keys (countries by name)', async () => {
    const visits = await app.graphql(`{
      eventStats(groupBy: [COUNTRY, TYPE], filter: { types: [DIPLOMATIC_VISIT] }) { country { code } type count }
    }`);
    expect(visits.errors).toBeUndefined();
    expect(visits.data!.eventStats).toEqual([
      { country: { code: 'US' }, type: 'DIPLOMATIC_VISIT', count: 3 },
      { country: { code: 'FR' }, type: 'DIPLOMATIC_VISIT', count: 1 },
      { country: { code: 'JP' }, type: 'DIPLOMATIC_VISIT', count: 1 },
      { country: { code: 'KR' }, type: 'DIPLOMATIC_VISIT', count: 1 },
    ]);
    const korea = await app.graphql(`{
      eventStats(groupBy: [YEAR, TYPE], filter: { country: "kor", person: "yoon-suk-yeol" }) { year type count }
    }`);
    expect(korea.errors).toBeUndefined();
    expect(korea.data!.eventStats).toEqual([
      { year: null, type: 'IMPEACHMENT', count: 1 },
      { year: null, type: 'MARTIAL_LAW', count: 1 },
    ]);
    const dated = await app.graphql(`{
      eventStats(groupBy: [YEAR], filter: { date: { from: "2025-01-09", to: "2025-01-31" } }) { year count }
    }`);
    // The trip (5–9 January) overlaps the range, and so does the funeral.
    expect(dated.data!.eventStats).toEqual([{ year: 2025, count: 2 }]);
  });

  test('MONTH leaves events known only to the year out of the months; with YEAR they keep their year', async () => {
    const kr = await app.db.country.findUniqueOrThrow({ where: { code: 'KR' } });
    const event = await app.db.event.create({
      data: { title: 'Election of 2024', type: 'ELECTION', startDate: new Date('2024-01-01'), datePrecision: 'YEAR', locationId: kr.id },
    });
    try {
      const monthOnly = await app.graphql(`{ eventStats(groupBy: [MONTH], filter: { country: "KR" }) { month year count } }`);
      // The trip is dated; the Seoul stop, martial law and impeachment are not; the election has only its year.
      expect(monthOnly.data!.eventStats).toEqual([
        { month: null, year: null, count: 4 },
        { month: '2025-01', year: null, count: 1 },
      ]);
      const both = await app.graphql(`{ eventStats(groupBy: [YEAR, MONTH], filter: { country: "KR" }) { month year count } }`);
      expect(both.data!.eventStats).toEqual([
        { year: null, month: null, count: 3 },
        { year: 2024, month: null, count: 1 },
        { year: 2025, month: '2025-01', count: 1 },
      ]);
    } finally {
      await app.db.event.delete({ where: { id: event.id } });
    }
  });

  test('groupBy must name at least one property, each once; unknown filter references are refused', async () => {
    const cases: [string, string][] = [
      ['{ armsSaleStats(groupBy: []) { count } }', 'groupBy'],
      ['{ armsSaleStats(groupBy: [YEAR, SUPPLIER, YEAR]) { count } }', 'groupBy'],
      ['{ eventStats(groupBy: []) { count } }', 'groupBy'],
      ['{ eventStats(groupBy: [TYPE, TYPE]) { count } }', 'groupBy'],
      ['{ armsSaleStats(groupBy: [YEAR], filter: { supplier: "XX" }) { count } }', 'filter.supplier'],
      ['{ eventStats(groupBy: [TYPE], filter: { person: "nobody-at-all" }) { count } }', 'filter.person'],
    ];
    for (const [query, field] of cases) {
      const response = await app.graphql(query);
      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  test('country profile: events by type, first and last day, arms sales on each side', async () => {
    const response = await app.graphql(`{
      us: country(code: "US") { ...profile }
      jp: country(code: "JP") { ...profile }
      it: country(code: "IT") { ...profile }
    }
    fragment profile on Country {
      eventCountsByType { type count } firstEventDate lastEventDate
      armsSalesAsSupplier { count countWithKnownValue totalValueUsd totalValueUsdExact }
      armsSalesAsRecipient { count totalValueUsdExact }
    }`);
    expect(response.errors).toBeUndefined();
    const noSales = { count: 0, countWithKnownValue: 0, totalValueUsd: null, totalValueUsdExact: null };
    expect(response.data).toEqual({
      us: {
        eventCountsByType: [
          { type: 'DIPLOMATIC_VISIT', count: 3 },
          { type: 'DIPLOMATIC_TRIP', count: 1 },
          { type: 'ANNOUNCEMENT', count: 1 },
          { type: 'ARMS_SALE', count: 1 },
          { type: 'FUNERAL', count: 1 },
        ],
        firstEventDate: '2025-01-03',
        lastEventDate: '2025-01-09',
        armsSalesAsSupplier: { count: 1, countWithKnownValue: 1, totalValueUsd: 3_640_000_000, totalValueUsdExact: BLINKEN_SALE_VALUE },
        armsSalesAsRecipient: { count: 0, totalValueUsdExact: null },
      },
      jp: {
        eventCountsByType: [
          { type: 'DIPLOMATIC_TRIP', count: 1 },
          { type: 'DIPLOMATIC_VISIT', count: 1 },
          { type: 'ARMS_SALE', count: 1 },
        ],
        firstEventDate: '2025-01-03',
        lastEventDate: '2025-01-09',
        armsSalesAsSupplier: noSales,
        armsSalesAsRecipient: { count: 1, totalValueUsdExact: BLINKEN_SALE_VALUE },
      },
      it: { eventCountsByType: [], firstEventDate: null, lastEventDate: null, armsSalesAsSupplier: noSales, armsSalesAsRecipient: { count: 0, totalValueUsdExact: null } },
    });
  });

  test('a country dashboard in one request stays within the cost limit, at a handful of statements', async () => {
    const response = await app.graphql(`query Dashboard($code: String!) {
      country(code: $code) {
        name eventCountsByType { type count } firstEventDate lastEventDate
        armsSalesAsSupplier { count totalValueFormatted } armsSalesAsRecipient { count totalValueFormatted }
        events(first: 10) { edges { node { title startDate location { code } } } }
        people(first: 10) { edges { node { name topCoParticipants { person { name } sharedEvents } } } }
      }
      sales: armsSaleStats(groupBy: [RECIPIENT, YEAR], filter: { supplier: $code }) { recipient { code name } year count totalValueUsd }
      events: eventStats(groupBy: [TYPE, MONTH], filter: { country: $code }) { type month count }
    }`, { code: 'US' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.sales).toEqual([{ recipient: { code: 'JP', name: 'Japan' }, year: 2025, count: 1, totalValueUsd: 3_640_000_000 }]);
    expect(response.data!.country.people.edges.length).toBeGreaterThan(0);
    // Country, its three summaries, two pages, co-participants and their people, two aggregates, countries by ID.
    expect(response.sqlStatements).toBeLessThanOrEqual(12);
  });

  test('person profile: events by type, first and last day, who they shared events with', async () => {
    const response = await app.graphql(`{
      blinken: person(slug: "antony-blinken") { ...profile }
      yoon: person(slug: "yoon-suk-yeol") { ...profile }
    }
    fragment profile on Person {
      eventCountsByType { type count } firstEventDate lastEventDate
      topCoParticipants { person { slug } sharedEvents }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      blinken: {
        eventCountsByType: [
          { type: 'DIPLOMATIC_VISIT', count: 3 },
          { type: 'DIPLOMATIC_TRIP', count: 1 },
          { type: 'ANNOUNCEMENT', count: 1 },
          { type: 'FUNERAL', count: 1 },
        ],
        firstEventDate: '2025-01-03',
        lastEventDate: '2025-01-09',
        topCoParticipants: [{ person: { slug: 'jimmy-carter' }, sharedEvents: 1 }],
      },
      yoon: {
        eventCountsByType: [{ type: 'IMPEACHMENT', count: 1 }, { type: 'MARTIAL_LAW', count: 1 }],
        firstEventDate: null,
        lastEventDate: null,
        topCoParticipants: [],
      },
    });
    const tooMany = await app.graphql(`{ person(slug: "antony-blinken") { topCoParticipants(first: 101) { sharedEvents } } }`);
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

// ---- Generated coverage ---------------------------------------------------------------------------

type FlatEvent = Omit<EventDefinition, 'children'>;

/** The distinct sales, events and people of generated articles, by slug (articles repeat them). */
function distinctFacts(articles: CoverageArticle[]) {
  const sales = new Map<string, ArmsSaleDefinition>();
  const events = new Map<string, FlatEvent>();
  for (const article of articles) {
    for (const sale of article.armsSales) sales.set(sale.slug, sale);
    for (const event of article.events) {
      events.set(event.slug, event);
      for (const child of event.children ?? []) events.set(child.slug, child);
    }
  }
  return { sales: [...sales.values()], events: [...events.values()] };
}

/** Distinct countries an event took place in or involved. */
const involvedCountries = (event: FlatEvent) =>
  [...new Set([...(event.location ? [event.location] : []), ...event.countries.map((role) => role.country)])];

/** Counts and exact sums per key, in whole dollars (the generator's values are whole). */
function tally<T>(items: T[], keysOf: (item: T) => string[], valueOf: (item: T) => bigint | null = () => null) {
  const groups = new Map<string, { count: number; sum: bigint | null }>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key) ?? { count: 0, sum: null };
      group.count++;
      const value = valueOf(item);
      if (value !== null) group.sum = (group.sum ?? 0n) + value;
      groups.set(key, group);
    }
  }
  return groups;
}

const exact = (sum: bigint | null) => (sum === null ? null : `${sum}.00`);

/** Counts never increase from one row to the next. */
function expectCountsDescending(rows: { count: number }[]) {
  rows.slice(1).forEach((row, index) => expect(row.count).toBeLessThanOrEqual(rows[index].count));
}

describe('on generated coverage (150 articles, seed 3), against totals computed here', () => {
  let app: TestApp;
  let workDir: string;
  let sales: ArmsSaleDefinition[];
  let events: FlatEvent[];

  beforeAll(async () => {
    app = await startTestApp();
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-stats-'));
    const articles = [...generateCoverage({ articles: 150, seed: 3 })];
    ({ sales, events } = distinctFacts(articles));
    // Only the generated coverage: the seed's facts would be in no expected total.
    await app.db.$executeRawUnsafe(`TRUNCATE "Article", "Person", "Event", "ArmsSale", "AuditEntry" RESTART IDENTITY CASCADE`);
    const file = path.join(workDir, 'coverage.ndjson');
    fs.writeFileSync(file, `${articles.map((article) => JSON.stringify(article)).join('\n')}\n`);
    const summary = await importFile(app.db, file);
    expect(summary).toMatchObject({ lines: 150, failed: 0 });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  test('the dataset has enough variety to make the comparisons mean something', () => {
    expect(sales.length).toBeGreaterThan(5);
    expect(new Set(sales.map((sale) => sale.supplier)).size).toBeGreaterThan(1);
    expect(events.length).toBeGreaterThan(30);
  });

  test('arms sales by supplier and year: counts and exact sums', async () => {
    const response = await app.graphql(`{
      armsSaleStats(groupBy: [SUPPLIER, YEAR]) { supplier { code } year count countWithKnownValue totalValueUsd totalValueUsdExact }
    }`);
    expect(response.errors).toBeUndefined();
    const rows = response.data!.armsSaleStats as any[];
    const expected = tally(sales, (sale) => [`${sale.supplier} ${sale.announcedDate.slice(0, 4)}`], (sale) => BigInt(sale.valueUsd));
    expect(Object.fromEntries(rows.map((row) => [`${row.supplier.code} ${row.year}`, [row.count, row.countWithKnownValue, row.totalValueUsdExact]])))
      .toEqual(Object.fromEntries([...expected].map(([key, group]) => [key, [group.count, group.count, exact(group.sum)]])));
    for (const row of rows) expect(row.totalValueUsd).toBe(Number(row.totalValueUsdExact));
    expectCountsDescending(rows);
    expect(response.sqlStatements).toBe(1);
  });

  test('arms sales by every key, and by status and recipient with a value filter', async () => {
    const all = await app.graphql(`{
      armsSaleStats(groupBy: [SUPPLIER, RECIPIENT, YEAR, STATUS]) { supplier { code } recipient { code } year status count totalValueUsdExact }
    }`);
    const expectedAll = tally(
      sales,
      (sale) => [`${sale.supplier} ${sale.recipient} ${sale.announcedDate.slice(0, 4)} ${sale.status}`],
      (sale) => BigInt(sale.valueUsd),
    );
    expect(Object.fromEntries((all.data!.armsSaleStats as any[]).map((row) => [
      `${row.supplier.code} ${row.recipient.code} ${row.year} ${row.status}`, [row.count, row.totalValueUsdExact],
    ]))).toEqual(Object.fromEntries([...expectedAll].map(([key, group]) => [key, [group.count, exact(group.sum)]])));

    const threshold = 1_000_000_000n;
    const large = await app.graphql(`{
      armsSaleStats(groupBy: [STATUS, RECIPIENT], filter: { valueUsd: { min: 1000000000 } }) { status recipient { code } count totalValueUsdExact }
    }`);
    const expectedLarge = tally(
      sales.filter((sale) => BigInt(sale.valueUsd) >= threshold),
      (sale) => [`${sale.status} ${sale.recipient}`],
      (sale) => BigInt(sale.valueUsd),
    );
    expect(expectedLarge.size).toBeGreaterThan(0);
    expect(Object.fromEntries((large.data!.armsSaleStats as any[]).map((row) => [`${row.status} ${row.recipient.code}`, [row.count, row.totalValueUsdExact]])))
      .toEqual(Object.fromEntries([...expectedLarge].map(([key, group]) => [key, [group.count, exact(group.sum)]])));
  });

  test('events per country per month, each event once per distinct country', async () => {
    const response = await app.graphql(`{ eventStats(groupBy: [COUNTRY, MONTH]) { country { code } month year type count } }`);
    expect(response.errors).toBeUndefined();
    const rows = response.data!.eventStats as any[];
    const expected = tally(events, (event) => involvedCountries(event).map((code) => `${code} ${event.startDate.slice(0, 7)}`));
    expect(Object.fromEntries(rows.map((row) => [`${row.country?.code} ${row.month}`, row.count])))
      .toEqual(Object.fromEntries([...expected].map(([key, group]) => [key, group.count])));
    expect(rows.every((row) => row.year === null && row.type === null)).toBe(true);
    expectCountsDescending(rows);
    expect(response.sqlStatements).toBe(1);
  });

  test('events by type and year, filtered by the most covered country and a date range', async () => {
    const byCountry = tally(events, involvedCountries);
    const [busiest] = [...byCountry].sort((a, b) => b[1].count - a[1].count)[0];
    const from = '2019-01-01';
    const to = '2022-12-31';
    const response = await app.graphql(
      `query Stats($filter: EventFilter) { eventStats(groupBy: [TYPE, YEAR], filter: $filter) { type year count } }`,
      { filter: { country: busiest, date: { from, to } } },
    );
    expect(response.errors).toBeUndefined();
    const matching = events.filter(
      (event) => involvedCountries(event).includes(busiest) && event.startDate <= to && (event.endDate ?? event.startDate) >= from,
    );
    expect(matching.length).toBeGreaterThan(0);
    const expected = tally(matching, (event) => [`${event.type} ${event.startDate.slice(0, 4)}`]);
    expect(Object.fromEntries((response.data!.eventStats as any[]).map((row) => [`${row.type} ${row.year}`, row.count])))
      .toEqual(Object.fromEntries([...expected].map(([key, group]) => [key, group.count])));
  });

  test('country profiles of a whole page match, at the same number of statements as a small page', async () => {
    const query = `query Profiles($first: Int!) {
      countries(first: $first, orderBy: { field: CODE, direction: ASC }) {
        edges { node {
          code eventCountsByType { type count } firstEventDate lastEventDate
          armsSalesAsSupplier { count totalValueUsdExact } armsSalesAsRecipient { count totalValueUsdExact }
        } }
      }
    }`;
    const small = await app.graphql(query, { first: 5 });
    const large = await app.graphql(query, { first: 100 });
    expect(large.errors).toBeUndefined();
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // The page with the event summaries and the arms-sale totals (both sides): one compiled statement.
    expect(large.sqlStatements).toBe(1);

    const nodes = (large.data!.countries.edges as any[]).map((edge) => edge.node);
    expect(nodes.filter((node) => node.eventCountsByType.length > 0).length).toBeGreaterThan(3);
    for (const node of nodes) {
      const involving = events.filter((event) => involvedCountries(event).includes(node.code));
      const byType = tally(involving, (event) => [event.type]);
      expect(Object.fromEntries(node.eventCountsByType.map((row: any) => [row.type, row.count])))
        .toEqual(Object.fromEntries([...byType].map(([type, group]) => [type, group.count])));
      expectCountsDescending(node.eventCountsByType);
      const starts = involving.map((event) => event.startDate).sort();
      const ends = involving.map((event) => event.endDate ?? event.startDate).sort();
      expect([node.firstEventDate, node.lastEventDate]).toEqual([starts[0] ?? null, ends[ends.length - 1] ?? null]);
      for (const [side, field] of [['supplier', 'armsSalesAsSupplier'], ['recipient', 'armsSalesAsRecipient']] as const) {
        const own = sales.filter((sale) => sale[side] === node.code);
        const sum = own.length ? own.reduce((total, sale) => total + BigInt(sale.valueUsd), 0n) : null;
        expect(node[field]).toEqual({ count: own.length, totalValueUsdExact: exact(sum) });
      }
    }
  });

  // The text for people is made from the exact sum by its field resolver, only for the rows that ask for it: the same
  // text as the exact sum's, and the rows that do not ask for it are otherwise the same.
  test('formatted totals: the exact sums written for people where asked for, the rows alike without them', async () => {
    const formatted = (exactSum: string | null) => (exactSum == null ? null : formatUsd(exactSum));
    const groups = async (fields: string) => {
      const response = await app.graphql(`{ armsSaleStats(groupBy: [SUPPLIER, YEAR]) { supplier { code } year count totalValueUsdExact ${fields} } }`);
      expect(response.errors).toBeUndefined();
      return response.data!.armsSaleStats as any[];
    };
    const plain = await groups('');
    const withText = await groups('totalValueFormatted');
    expect(withText.map(({ totalValueFormatted: _text, ...row }) => row)).toEqual(plain);
    expect(withText.map((row) => row.totalValueFormatted)).toEqual(plain.map((row) => formatted(row.totalValueUsdExact)));
    expect(withText.some((row) => /^US\$\d+(\.\d+)? (million|billion)$/.test(row.totalValueFormatted))).toBe(true);

    const countries = await app.graphql(`{ countries(first: 100, orderBy: { field: CODE, direction: ASC }) { edges { node {
      code armsSalesAsSupplier { totalValueUsdExact totalValueFormatted } armsSalesAsRecipient { totalValueUsdExact totalValueFormatted } } } } }`);
    expect(countries.errors).toBeUndefined();
    const totals = (countries.data!.countries.edges as any[]).flatMap((edge) => [edge.node.armsSalesAsSupplier, edge.node.armsSalesAsRecipient]);
    expect(totals.filter((total) => total.totalValueFormatted !== null).length).toBeGreaterThan(0);
    for (const total of totals) expect(total.totalValueFormatted).toBe(formatted(total.totalValueUsdExact));
  });

  test('person profiles of a whole page match, with their top co-participants', async () => {
    const query = `query Profiles($first: Int!) {
      people(first: $first) {
        edges { node {
          slug eventCountsByType { type count } firstEventDate lastEventDate
          topCoParticipants(first: 3) { person { slug } sharedEvents }
        } }
      }
    }`;
    const small = await app.graphql(query, { first: 5 });
    const large = await app.graphql(query, { first: 100 });
    expect(large.errors).toBeUndefined();
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // The page with the event summaries, the co-participants and the people they name: one compiled statement.
    expect(large.sqlStatements).toBe(1);

    const nodes = (large.data!.people.edges as any[]).map((edge) => edge.node);
    expect(nodes.filter((node) => node.topCoParticipants.length > 0).length).toBeGreaterThan(3);
    for (const node of nodes) {
      const own = events.filter((event) => event.participants.some((participant) => participant.person === node.slug));
      const byType = tally(own, (event) => [event.type]);
      expect(Object.fromEntries(node.eventCountsByType.map((row: any) => [row.type, row.count])))
        .toEqual(Object.fromEntries([...byType].map(([type, group]) => [type, group.count])));
      const starts = own.map((event) => event.startDate).sort();
      const ends = own.map((event) => event.endDate ?? event.startDate).sort();
      expect([node.firstEventDate, node.lastEventDate]).toEqual([starts[0] ?? null, ends[ends.length - 1] ?? null]);

      // Shared events per other person; ties at the cut-off are broken by name, so only counts are fixed.
      const shared = tally(own, (event) => [...new Set(event.participants.map((participant) => participant.person))].filter((slug) => slug !== node.slug));
      const counts = [...shared.values()].map((group) => group.count).sort((a, b) => b - a);
      expect(node.topCoParticipants.map((row: any) => row.sharedEvents)).toEqual(counts.slice(0, 3));
      for (const row of node.topCoParticipants) expect(shared.get(row.person.slug)?.count).toBe(row.sharedEvents);
    }
  });
});
