// The benchmark's operations: what a frontend and a dashboard send, each as a GraphQL query for the
// service and as one hand-written SQL statement (the "SQL floor") returning the same JSON as `data`.
import type { Client } from 'pg';
import type { PlanMode } from '../src/data/prepared-statements';
import { databaseIdOf, toGlobalId } from '../src/schema/relay';

export interface Operation {
  name: string;
  /** Short key: the floor server's path and the results' key. */
  key: string;
  query: string;
  /** One statement producing `{ "data": … }` as text; `$1…` are `parameters(variables)`. */
  floorSql: string;
  floorParameters(variables: Record<string, unknown>, reference: ReferenceData): unknown[];
  /** How the floor's statement is planned: prepared (the default) or for its parameters every time. */
  floorPlan?: PlanMode;
}

/**
 * What the floor server knows before any request: country IDs by code (reference data that never
 * changes under load). Passing the ID lets PostgreSQL plan with that country's statistics, as the
 * service's statements do after looking the code up.
 */
export interface ReferenceData {
  countryId(code: string): number | null;
}

/** The subjects the operations ask about, picked from the dataset (busiest country, person, trip). */
export interface Subjects {
  country: string;
  person: string;
  /** Global ID of a trip with stops. */
  trip: string;
  tripId: number;
  search: string;
}

/** ISO timestamp with milliseconds, as the DateTime scalar prints it. */
const isoTimestamp = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const isoDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * The newest `limit` rows by a nullable column (undated last) as a B-tree index can give them: the
 * rows with a value newest first, then those without, each part limited (ORDER BY … DESC NULLS LAST
 * in one query cannot use an ascending index, so it reads and sorts every matching row).
 */
function newestFirst(options: { columns: string; from: string; where: string; column: string; limit: number; id?: string; sortedBy?: string }): string {
  const { columns, from, where, column, limit } = options;
  // Ordered by a read model's copies of the column and the ID (`link."startDate"`, `link."eventId"`) when given.
  const sortColumn = options.sortedBy ? `${options.sortedBy}.${column}` : column;
  const id = options.id ?? 'id';
  return `(SELECT * FROM (
      (SELECT ${columns} FROM ${from} WHERE ${where} AND ${sortColumn} IS NOT NULL ORDER BY ${sortColumn} DESC, ${id} DESC LIMIT ${limit})
      UNION ALL
      (SELECT ${columns} FROM ${from} WHERE ${where} AND ${sortColumn} IS NULL ORDER BY ${id} DESC LIMIT ${limit})) newest
    ORDER BY newest.${column} IS NULL, newest.${column} DESC, newest.id DESC LIMIT ${limit})`;
}

/**
 * The dashboard's page of the country's ($1) arms sales on one side: the maintained total (from the
 * `totals` CTE) and the first 10 by `order` (largest or latest first), each with the other side's code.
 */
function countrySalesPage(side: { total: string; own: string; other: 'supplier' | 'recipient'; order: string }): string {
  const otherId = `"${side.other}Id"`;
  return `json_build_object(
            'totalCount', (SELECT totals.${side.total} FROM totals),
            'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
                '${side.other}', (SELECT json_build_object('code', c.code) FROM "Country" c WHERE c.id = s.${otherId}),
                'valueUsd', s."valueUsd"::float8, 'status', s.status)) ORDER BY s.${side.order} DESC NULLS LAST, s.id DESC)
              FROM ${newestFirst({
                columns: `id, ${otherId}, "valueUsd", status${side.order === '"valueUsd"' ? '' : `, ${side.order}`}`,
                from: '"ArmsSale"', where: `${side.own} = $1::int`, column: side.order, limit: 10,
              })} s), '[]'))`;
}

/**
 * `<span> AS (…)`: the month key (year × 12 + month − 1) of the newest dated row of `table` and the year of the oldest,
 * from the ends of its (date, id) index (search's spans).
 */
function dateSpan(span: string, table: string, dateColumn: string): string {
  return `${span} AS (SELECT
          (SELECT m."searchMonth" FROM ${table} m WHERE m.${dateColumn} IS NOT NULL ORDER BY m.${dateColumn} DESC, m.id DESC LIMIT 1) AS "newestMonth",
          (SELECT m."searchYear" FROM ${table} m WHERE m.${dateColumn} IS NOT NULL ORDER BY m.${dateColumn}, m.id LIMIT 1) AS "oldestYear")`;
}

/**
 * The newest 201 full-text matches in `table` (one more than search ranks, to tell a capped count), dated ones
 * newest first then undated ones: the dated ones read a month at a time over the newest two years, then a year at a
 * time (the GIN index over the search vector, the month and the year), until 201 are found; the undated ones in
 * index order: search's candidates, with one plan for any word.
 */
function newestMatches(typeOrder: number, span: string, table: string, dateColumn: string): string {
  const query = '(SELECT query FROM search)';
  const matches = (where: string) => `SELECT m.id, m.${dateColumn} AS date, m."searchVector" FROM ${table} m
              WHERE m."searchVector" @@ ${query} AND numnode(${query}) > 0 AND ${where}
              ORDER BY m.${dateColumn} DESC, m.id DESC LIMIT 201`;
  return `SELECT ${typeOrder}, c.id, ts_rank(c."searchVector", ${query}, 32)::real,
              row_number() OVER (ORDER BY c.date DESC NULLS LAST, c.id DESC) FROM (
            (SELECT * FROM (
              SELECT f.* FROM ${span} s, generate_series(s."newestMonth", (s."newestMonth" / 12 - 1) * 12, -1) AS p(month),
                LATERAL (${matches('m."searchMonth" = p.month')}) f
              UNION ALL
              SELECT f.* FROM ${span} s, generate_series(s."newestMonth" / 12 - 2, s."oldestYear", -1) AS p(year),
                LATERAL (${matches('m."searchYear" = p.year')}) f) dated LIMIT 201)
            UNION ALL (${matches(`m.${dateColumn} IS NULL`)})) c`;
}

/** Picks the subjects: the most covered country and person, and the trip with the most stops. */
export async function pickSubjects(client: Client): Promise<Subjects> {
  const one = async <T>(sql: string): Promise<T> => (await client.query(sql)).rows[0] as T;
  const country = await one<{ code: string }>(`
    SELECT c.code FROM "Country" c JOIN "Event" e ON e."locationId" = c.id GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`);
  const person = await one<{ slug: string }>(`
    SELECT p.slug FROM "Person" p JOIN "EventParticipant" ep ON ep."personId" = p.id GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`);
  const trip = await one<{ id: number }>(`
    SELECT e."parentId" AS id FROM "Event" e WHERE e."parentId" IS NOT NULL GROUP BY e."parentId" ORDER BY count(*) DESC, e."parentId" LIMIT 1`);
  return {
    country: country.code,
    person: person.slug,
    trip: toGlobalId('Event', trip.id),
    tripId: trip.id,
    search: 'meeting',
  };
}

/**
 * The benchmark's varied workload: what a frontend or a dashboard asks about over a day, drawn from
 * the whole dataset instead of one subject repeated (which measures only the response cache).
 */
export interface Workload {
  /** The 50 countries involved in the most events, busiest first. */
  countries: string[];
  /** The 200 people taking part in the most events. */
  people: string[];
  /** Global IDs of the 300 top-level events with the most stops. */
  trips: string[];
  /** Common words of news coverage. */
  words: string[];
}

export const WORKLOAD_SIZES = { countries: 50, people: 200, trips: 300 } as const;

const SEARCH_WORDS = ['meeting', 'summit', 'minister', 'missile', 'election', 'protest', 'visit', 'talks', 'president', 'defence',
  'trade', 'agreement', 'funeral', 'military', 'foreign', 'security', 'sale', 'statement', 'crisis', 'embassy'];

export async function pickWorkload(client: Client): Promise<Workload> {
  const column = async <T>(sql: string, name: string): Promise<T[]> => (await client.query(sql)).rows.map((row) => row[name] as T);
  const countries = await column<string>(`
    SELECT c.code FROM "CountryEvent" ce JOIN "Country" c ON c.id = ce."countryId"
    GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT ${WORKLOAD_SIZES.countries}`, 'code');
  const people = await column<string>(`
    SELECT p.slug FROM "Person" p JOIN "EventParticipant" ep ON ep."personId" = p.id
    GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT ${WORKLOAD_SIZES.people}`, 'slug');
  const trips = await column<number>(`
    SELECT e.id FROM "Event" e LEFT JOIN "Event" s ON s."parentId" = e.id WHERE e."parentId" IS NULL
    GROUP BY e.id ORDER BY count(s.id) DESC, e.id LIMIT ${WORKLOAD_SIZES.trips}`, 'id');
  return {
    countries: countries.map((code) => code.trim()),
    people,
    trips: trips.map((id) => toGlobalId('Event', id)),
    words: SEARCH_WORDS,
  };
}

/** Every operation's distinct variables over the workload (the subject of `operations` replaced), in order of rank. */
export function workloadVariables(workload: Workload): Record<string, Record<string, unknown>[]> {
  const vary = (values: string[], subject: (value: string) => Partial<Subjects>) =>
    values.map((value) => operations({ ...({} as Subjects), ...subject(value) }));
  const pick = (all: ReturnType<typeof vary>, key: string) => all.map((list) => list.find((operation) => operation.key === key)!.variables);
  return {
    timeline: pick(vary(workload.countries, (country) => ({ country })), 'timeline'),
    dashboard: pick(vary(workload.countries, (country) => ({ country })), 'dashboard'),
    person: pick(vary(workload.people, (person) => ({ person })), 'person'),
    event: pick(vary(workload.trips, (trip) => ({ trip })), 'event'),
    armsSaleStats: [{}],
    search: pick(vary(workload.words, (search) => ({ search })), 'search'),
  };
}

/** A seeded pseudo-random number generator (mulberry32): the same sequence on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `length` indexes into a list of `count` subjects ranked busiest first, drawn with a long tail
 * (Zipf, exponent 1: the first subject is asked about twice as often as the second, ten times as
 * often as the tenth), as real traffic concentrates on what is in the news but reaches everything.
 * Every subject appears at least once.
 */
export function longTailSequence(count: number, length: number, seed = 1): number[] {
  const weights = Array.from({ length: count }, (_, rank) => 1 / (rank + 1));
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  const random = seededRandom(seed);
  const sequence = Array.from({ length: count }, (_, index) => index);
  while (sequence.length < Math.max(length, count)) {
    const target = random() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    sequence.push(low);
  }
  // Shuffled (Fisher–Yates), so that the guaranteed first pass over every subject is spread over the run.
  for (let index = sequence.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [sequence[index], sequence[other]] = [sequence[other], sequence[index]];
  }
  return sequence;
}

export function operations(subjects: Subjects): (Operation & { variables: Record<string, unknown> })[] {
  return [
    {
      key: 'timeline',
      name: 'country timeline (20 events, location, participants, articles)',
      variables: { country: subjects.country },
      query: `query Timeline($country: String!) { events(first: 20, filter: { country: $country }) { totalCount edges { node {
        title startDate location { code } participants(first: 100) { role person { name } } articles(first: 3) { edges { node { title } } } } } } }`,
      floorParameters: (variables, reference) => [reference.countryId(String(variables.country))],
      floorSql: `
        WITH involved AS NOT MATERIALIZED (SELECT ce."eventId" AS id FROM "CountryEvent" ce WHERE ce."countryId" = $1::int),
        page AS ${newestFirst({ columns: 'id, title, "startDate", "locationId"', from: '"Event"', where: 'id IN (SELECT id FROM involved)', column: '"startDate"', limit: 20 })}
        SELECT json_build_object('data', json_build_object('events', json_build_object(
          'totalCount', (SELECT COALESCE(sum(n.events), 0) FROM "CountryEventCount" n WHERE n."countryId" = $1::int),
          'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
            'title', p.title,
            'startDate', ${isoDate('p."startDate"')},
            'location', (SELECT json_build_object('code', c.code) FROM "Country" c WHERE c.id = p."locationId"),
            'participants', COALESCE((SELECT json_agg(json_build_object('role', ep.role, 'person', json_build_object('name', pe.name))
                ORDER BY ep.role, pe.name)
              FROM "EventParticipant" ep JOIN "Person" pe ON pe.id = ep."personId" WHERE ep."eventId" = p.id), '[]'),
            'articles', json_build_object('edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object('title', a.title))
                ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC)
              FROM (SELECT a.id, a.title, a."publishedAt" FROM "ArticleEvent" ae JOIN "Article" a ON a.id = ae."articleId"
                    WHERE ae."eventId" = p.id ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC LIMIT 3) a), '[]'))
          )) ORDER BY p."startDate" DESC NULLS LAST, p.id DESC) FROM page p), '[]')
        )))::text AS body`,
    },
    {
      key: 'event',
      name: 'event detail (trip, stops, people and their countries, sources)',
      variables: { id: subjects.trip },
      query: `query Event($id: ID!) { event(id: $id) { ... on Event {
        title startDate endDate children(first: 100) { title position location { name } participants(first: 20) { role person { name title country { name } } } }
        countries(first: 100) { role country { name } } articles(first: 5) { edges { node { title source publishedAt } } } } } }`,
      floorParameters: (variables) => [databaseIdOf(String(variables.id), 'Event')],
      floorSql: `
        SELECT json_build_object('data', json_build_object('event', (SELECT json_build_object(
          'title', e.title, 'startDate', ${isoDate('e."startDate"')}, 'endDate', ${isoDate('e."endDate"')},
          'children', COALESCE((SELECT json_agg(json_build_object(
              'title', s.title, 'position', s.position,
              'location', (SELECT json_build_object('name', c.name) FROM "Country" c WHERE c.id = s."locationId"),
              'participants', COALESCE((SELECT json_agg(json_build_object('role', ep.role, 'person', json_build_object(
                  'name', pe.name, 'title', pe.title,
                  'country', (SELECT json_build_object('name', pc.name) FROM "Country" pc WHERE pc.id = pe."countryId")))
                ORDER BY ep.role, pe.name)
                FROM "EventParticipant" ep JOIN "Person" pe ON pe.id = ep."personId" WHERE ep."eventId" = s.id), '[]'))
            ORDER BY s.position ASC NULLS LAST, s."startDate" ASC NULLS LAST, s.id)
            FROM "Event" s WHERE s."parentId" = e.id), '[]'),
          'countries', COALESCE((SELECT json_agg(json_build_object('role', ec.role, 'country', json_build_object('name', c.name))
              ORDER BY ec.role, c.name)
            FROM "EventCountry" ec JOIN "Country" c ON c.id = ec."countryId" WHERE ec."eventId" = e.id), '[]'),
          'articles', json_build_object('edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
              'title', a.title, 'source', a.source, 'publishedAt', ${isoTimestamp('a."publishedAt"')}))
              ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC)
            FROM (SELECT a.id, a.title, a.source, a."publishedAt" FROM "ArticleEvent" ae JOIN "Article" a ON a.id = ae."articleId"
                  WHERE ae."eventId" = e.id ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC LIMIT 5) a), '[]'))
        ) FROM "Event" e WHERE e.id = $1)))::text AS body`,
    },
    {
      key: 'person',
      name: 'person profile (events, articles, co-participants)',
      variables: { slug: subjects.person },
      query: `query Person($slug: String!) { person(slug: $slug) { name title country { name }
        events(first: 10) { totalCount edges { node { title type startDate } } }
        articles(first: 10) { totalCount edges { node { title publishedAt } } } } }`,
      floorParameters: (variables) => [variables.slug],
      floorSql: `
        SELECT json_build_object('data', json_build_object('person', (SELECT json_build_object(
          'name', p.name, 'title', p.title,
          'country', (SELECT json_build_object('name', c.name) FROM "Country" c WHERE c.id = p."countryId"),
          'events', json_build_object(
            'totalCount', (SELECT COALESCE(sum(n.events), 0) FROM "PersonEventCount" n WHERE n."personId" = p.id),
            'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
                'title', e.title, 'type', e.type, 'startDate', ${isoDate('e."startDate"')})) ORDER BY e."startDate" DESC NULLS LAST, e.id DESC)
              FROM ${newestFirst({ columns: 'e.id, e.title, e.type, e."startDate"', from: '"PersonEvent" link JOIN "Event" e ON e.id = link."eventId"',
                where: 'link."personId" = p.id', column: '"startDate"', sortedBy: 'link', id: 'link."eventId"', limit: 10 })} e), '[]')),
          'articles', json_build_object(
            'totalCount', (SELECT COALESCE(max(n.articles), 0) FROM "PersonArticleCount" n WHERE n."personId" = p.id),
            'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
                'title', a.title, 'publishedAt', ${isoTimestamp('a."publishedAt"')})) ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC)
              FROM ${newestFirst({ columns: 'a.id, a.title, a."publishedAt"', from: '"ArticlePerson" link JOIN "Article" a ON a.id = link."articleId"',
                where: 'link."personId" = p.id', column: '"publishedAt"', sortedBy: 'link', id: 'link."articleId"', limit: 10 })} a), '[]'))
        ) FROM "Person" p WHERE p.slug = $1)))::text AS body`,
    },
    {
      key: 'dashboard',
      name: 'country dashboard (aggregates, arms sales both ways, latest events)',
      variables: { code: subjects.country },
      query: `query Dashboard($code: String!) { country(code: $code) { name firstEventDate lastEventDate eventCountsByType { type count }
        armsSalesAsSupplier { count totalValueUsd } armsSalesAsRecipient { count totalValueUsd }
        supplied: armsSales(role: SUPPLIER, first: 10, orderBy: { field: VALUE_USD, direction: DESC }) { totalCount edges { node { recipient { code } valueUsd status } } }
        received: armsSales(role: RECIPIENT, first: 10) { totalCount edges { node { supplier { code } valueUsd status } } }
        events(first: 10) { totalCount edges { node { title type startDate } } } } }`,
      floorParameters: (variables, reference) => [reference.countryId(String(variables.code))],
      floorSql: `
        WITH country AS (SELECT id, name FROM "Country" WHERE id = $1::int),
        totals AS (
          SELECT COALESCE(max(t."suppliedCount"), 0) AS "suppliedCount", max(CASE WHEN t."suppliedWithKnownValue" > 0 THEN t."suppliedValueUsd" END) AS "suppliedValue",
            COALESCE(max(t."receivedCount"), 0) AS "receivedCount", max(CASE WHEN t."receivedWithKnownValue" > 0 THEN t."receivedValueUsd" END) AS "receivedValue"
          FROM "CountryArmsSaleTotal" t WHERE t."countryId" = $1::int)
        SELECT json_build_object('data', json_build_object('country', (SELECT json_build_object(
          'name', country.name,
          'firstEventDate', (SELECT ${isoDate('min(ce."startDate")')} FROM "CountryEvent" ce WHERE ce."countryId" = $1::int),
          'lastEventDate', (SELECT ${isoDate('max(ce."lastDate")')} FROM "CountryEvent" ce WHERE ce."countryId" = $1::int),
          'eventCountsByType', COALESCE((SELECT json_agg(json_build_object('type', n.type, 'count', n.events) ORDER BY n.events DESC, n.type)
            FROM "CountryEventCount" n WHERE n."countryId" = $1::int AND n.events > 0), '[]'),
          'armsSalesAsSupplier', (SELECT json_build_object('count', totals."suppliedCount", 'totalValueUsd', totals."suppliedValue"::float8) FROM totals),
          'armsSalesAsRecipient', (SELECT json_build_object('count', totals."receivedCount", 'totalValueUsd', totals."receivedValue"::float8) FROM totals),
          'supplied', ${countrySalesPage({ total: '"suppliedCount"', own: '"supplierId"', other: 'recipient', order: '"valueUsd"' })},
          'received', ${countrySalesPage({ total: '"receivedCount"', own: '"recipientId"', other: 'supplier', order: '"announcedDate"' })},
          'events', json_build_object(
            'totalCount', (SELECT COALESCE(sum(n.events), 0) FROM "CountryEventCount" n WHERE n."countryId" = $1::int),
            'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
                'title', e.title, 'type', e.type, 'startDate', ${isoDate('e."startDate"')})) ORDER BY e."startDate" DESC NULLS LAST, e.id DESC)
              FROM ${newestFirst({ columns: 'e.id, e.title, e.type, e."startDate"', from: '"CountryEvent" link JOIN "Event" e ON e.id = link."eventId"',
                where: 'link."countryId" = $1::int', column: '"startDate"', sortedBy: 'link', id: 'link."eventId"', limit: 10 })} e), '[]'))
        ) FROM country)))::text AS body`,
    },
    {
      key: 'armsSaleStats',
      name: 'arms-sale stats by supplier and year',
      variables: {},
      query: `query ArmsSaleStats { armsSaleStats(groupBy: [SUPPLIER, YEAR]) { supplier { code name } year count totalValueUsd } }`,
      floorParameters: () => [],
      floorSql: `
        SELECT json_build_object('data', json_build_object('armsSaleStats', COALESCE(json_agg(json_build_object(
          'supplier', (SELECT json_build_object('code', c.code, 'name', c.name) FROM "Country" c WHERE c.id = g."supplierId"),
          'year', g.year, 'count', g.count, 'totalValueUsd', g.total::float8)
          ORDER BY g.count DESC, g."supplierName" ASC NULLS LAST, g.year ASC NULLS LAST), '[]')))::text AS body
        FROM (
          SELECT s."supplierId", s."announcedYear" AS year, count(*) AS count, sum(s."valueUsd") AS total,
            (SELECT c.name FROM "Country" c WHERE c.id = s."supplierId") AS "supplierName"
          FROM "ArmsSale" s GROUP BY s."supplierId", s."announcedYear"
        ) g`,
    },
    {
      key: 'search',
      name: 'search (10 hits with snippets)',
      variables: { q: subjects.search },
      query: `query Search($q: String!) { search(query: $q, first: 10) { totalCount totalCountIsExact edges { node { score snippet result {
        __typename ... on Event { title } ... on Article { title } ... on Person { name } ... on Country { name } } } } } }`,
      floorParameters: (variables) => [variables.q],
      // The service's semantics, prepared as the service's statement is: of articles and events the 200 newest
      // matches (read period by period, newest first, from the GIN index over the search vector, the month and
      // the year), of people (read a block of 500 IDs at a time) the 200 most recently recorded full-text matches and the 200 names most
      // similar, every matching country; one row more tells that matches were left out (`totalCountIsExact`).
      floorSql: String.raw`
        WITH search AS (
          SELECT websearch_to_tsquery('english', $1) AS query, $1::text AS text,
            'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "' AS options,
            chr(57344) || chr(57345) AS marks),
        ${dateSpan('article_span', '"Article"', '"publishedAt"')},
        ${dateSpan('event_span', '"Event"', '"startDate"')},
        -- The people whose name matches by trigram, with its similarity and their full-text rank, each computed once (search's person_names).
        person_names AS (
          SELECT p.id, greatest(similarity(s.text, p.name), word_similarity(s.text, p.name)) AS similarity,
              CASE WHEN p."searchVector" @@ s.query THEN ts_rank(p."searchVector", s.query, 32) ELSE 0 END AS rank
            FROM search s JOIN "Person" p ON s.text % p.name
          UNION SELECT p.id, greatest(similarity(s.text, p.name), word_similarity(s.text, p.name)),
              CASE WHEN p."searchVector" @@ s.query THEN ts_rank(p."searchVector", s.query, 32) ELSE 0 END
            FROM search s JOIN "Person" p ON s.text <% p.name),
        candidates ("typeOrder", id, score, position) AS (
          ${newestMatches(1, 'article_span', '"Article"', '"publishedAt"')}
          UNION ALL
          ${newestMatches(2, 'event_span', '"Event"', '"startDate"')}
          UNION ALL
          SELECT 3, p.id, greatest(ts_rank(p."searchVector", s.query, 32), coalesce(n.similarity, 0))::real, row_number() OVER (ORDER BY p.id DESC)
            FROM (SELECT f.* FROM generate_series((SELECT p."searchBlock" FROM "Person" p ORDER BY p.id DESC LIMIT 1), 0, -1) AS b(block),
                    LATERAL (SELECT p.id, p."searchVector" FROM "Person" p
                      WHERE p."searchVector" @@ websearch_to_tsquery('english', $1) AND numnode(websearch_to_tsquery('english', $1)) > 0
                        AND p."searchBlock" = b.block ORDER BY p.id DESC LIMIT 201) f
                  LIMIT 201) p
            CROSS JOIN search s LEFT JOIN person_names n ON n.id = p.id
          UNION ALL
          SELECT 3, n.id, greatest(n.rank, n.similarity)::real, row_number() OVER (ORDER BY n.similarity DESC, n.id)
            FROM (SELECT * FROM person_names ORDER BY similarity DESC, id LIMIT 201) n
          UNION ALL
          SELECT 4, c.id, (CASE WHEN length(s.text) IN (2, 3) AND upper(s.text) IN (c.code, c.code3) THEN 1 ELSE greatest(
              CASE WHEN c."searchVector" @@ s.query THEN ts_rank(c."searchVector", s.query, 32) ELSE 0 END,
              CASE WHEN s.text % c.name OR s.text <% c.name THEN greatest(similarity(s.text, c.name), word_similarity(s.text, c.name)) ELSE 0 END) END)::real, 1
            FROM (SELECT c.id FROM search s JOIN "Country" c ON c."searchVector" @@ s.query
                  UNION SELECT c.id FROM search s JOIN "Country" c ON s.text % c.name
                  UNION SELECT c.id FROM search s JOIN "Country" c ON s.text <% c.name
                  UNION SELECT c.id FROM search s JOIN "Country" c ON length(s.text) IN (2, 3) AND upper(s.text) IN (c.code, c.code3)) found
            JOIN "Country" c ON c.id = found.id CROSS JOIN search s),
        hits AS (SELECT "typeOrder", id, max(score) AS score FROM candidates WHERE position <= 200 GROUP BY "typeOrder", id),
        page AS (SELECT * FROM hits ORDER BY score DESC, "typeOrder", id LIMIT 10),
        shown AS (
          SELECT page.*, CASE page."typeOrder"
            WHEN 1 THEN (SELECT json_build_object('headline', ts_headline('english', translate(concat_ws(' … ', a.title, a.subtitle, a.summary, a.body), s.marks, ''), s.query, s.options),
                'result', json_build_object('__typename', 'Article', 'title', a.title)) FROM "Article" a WHERE a.id = page.id)
            WHEN 2 THEN (SELECT json_build_object('headline', ts_headline('english', translate(concat_ws('. ', e.title, e.summary), s.marks, ''), s.query, s.options),
                'result', json_build_object('__typename', 'Event', 'title', e.title)) FROM "Event" e WHERE e.id = page.id)
            WHEN 3 THEN (SELECT json_build_object('headline', CASE WHEN p."searchVector" @@ s.query
                  THEN ts_headline('english', translate(concat_ws(' · ', p.name, array_to_string(p.aliases, ', '), p.title, p.description), s.marks, ''), s.query, s.options)
                  ELSE concat_ws(' · ', chr(57344) || translate(p.name, s.marks, '') || chr(57345), translate(p.title, s.marks, '')) END,
                'result', json_build_object('__typename', 'Person', 'name', p.name)) FROM "Person" p WHERE p.id = page.id)
            WHEN 4 THEN (SELECT json_build_object('headline', CASE WHEN c."searchVector" @@ s.query
                  THEN ts_headline('english', translate(concat_ws(' · ', c.name, c."officialName", array_to_string(c.aliases, ', '), array_to_string(c.demonyms, ', ')), s.marks, ''), s.query, s.options)
                  ELSE concat_ws(' · ', chr(57344) || translate(c.name, s.marks, '') || chr(57345), translate(c."officialName", s.marks, '')) END,
                'result', json_build_object('__typename', 'Country', 'name', c.name)) FROM "Country" c WHERE c.id = page.id)
          END AS hit
          FROM page, search s)
        SELECT json_build_object('data', json_build_object('search', json_build_object(
          'totalCount', (SELECT count(*) FROM hits),
          'totalCountIsExact', NOT EXISTS (SELECT FROM candidates WHERE position > 200),
          'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
              'score', score,
              'snippet', replace(replace(replace(replace(replace(replace(replace(
                btrim(regexp_replace(hit->>'headline', '\s+', ' ', 'g')),
                '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), chr(57344), '<b>'), chr(57345), '</b>'),
              'result', hit->'result')) ORDER BY score DESC, "typeOrder", id) FROM shown), '[]'))))::text AS body`,
    },
  ];
}
