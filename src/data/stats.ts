// Dashboard aggregates, each computed by PostgreSQL in one statement: grouped counts and totals
// of arms sales and events, and a person's top co-participants batched for a whole page of people.
// (The other profile figures are read from the counts triggers keep: ./counts.ts.)
import { readRows } from './read';
import { Prisma } from '../generated/prisma/client';
import type { Country as CountryRow } from '../generated/prisma/client';
import { loadCountry } from './countries';
import type { ReadContext } from './read-context';
import { badUserInput } from '../domain/input-error';
import { coParticipantCount, coParticipantsSql, MAX_CO_PARTICIPANTS } from './co-participants';
import { type ArmsSaleFilter, armsSaleList } from './arms-sales';
import type { ArmsSaleStatus, EventType } from '../generated/prisma/enums';
import { type EventFilter, eventList } from './events';
import { moneyTotal } from './profile-counts';

/** What arms sales can be grouped by in their statistics. */
export enum ArmsSaleStatsGroup {
  SUPPLIER = 'SUPPLIER',
  RECIPIENT = 'RECIPIENT',
  YEAR = 'YEAR',
  STATUS = 'STATUS',
}

/** What events can be grouped by in their statistics. */
export enum EventStatsGroup {
  TYPE = 'TYPE',
  COUNTRY = 'COUNTRY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

/** A group's country: at hand while the countries are in memory, else loaded with the other groups' (loadCountry). */
export type GroupCountry = CountryRow | null | Promise<CountryRow | null>;

/** One group of arms sales: its keys (null for those not grouped by), how many, and their value. */
export interface ArmsSaleStatsRow {
  supplierId: number | null;
  recipientId: number | null;
  supplier: GroupCountry;
  recipient: GroupCountry;
  year: number | null;
  status: ArmsSaleStatus | null;
  count: number;
  countWithKnownValue: number;
  totalValueUsd: number | null;
  totalValueUsdExact: string | null;
}

/** One group of events: its keys (null for those not grouped by) and how many. */
export interface EventStatsRow {
  countryId: number | null;
  country: GroupCountry;
  type: EventType | null;
  month: string | null;
  year: number | null;
  count: number;
}

/** Someone who took part in events together with a person, and in how many. */
export interface CoParticipant {
  personId: number;
  sharedEvents: number;
}

/** How one group key is selected, grouped and ordered. */
interface GroupKey {
  /** `expression AS "alias"` for the SELECT list. */
  select: Prisma.Sql;
  /** The expression, for GROUP BY. */
  group: Prisma.Sql;
  /** Tie-breaking order of groups with equal counts. */
  order: Prisma.Sql;
}

function groupKey(expression: string, alias: string, order = `${expression} ASC NULLS LAST`): GroupKey {
  return { select: Prisma.raw(`${expression} AS "${alias}"`), group: Prisma.raw(expression), order: Prisma.raw(order) };
}

/** An enum key: grouped and ordered as the enum (declaration order), returned as text. */
function enumKey(expression: string, alias: string): GroupKey {
  return { ...groupKey(expression, alias), select: Prisma.raw(`${expression}::text AS "${alias}"`) };
}

/** Orders groups of a country key by the country's name (a correlated lookup of the grouped ID). */
function countryKey(expression: string, alias: string): GroupKey {
  return groupKey(expression, alias, `(SELECT c."name" FROM "Country" c WHERE c."id" = ${expression}) ASC NULLS LAST`);
}

/** At least one key, none twice: a repeated key would only duplicate a column. */
function checkGroupBy<Group extends string>(groupBy: readonly Group[]): void {
  if (groupBy.length === 0) throw badUserInput('groupBy', 'give at least one property to group by');
  const repeated = groupBy.find((group, index) => groupBy.indexOf(group) !== index);
  if (repeated) throw badUserInput('groupBy', `${repeated} is given more than once`);
}

function whereClause(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/** The country a group key names, when grouped by it. */
function groupCountry(context: ReadContext, id: number | null | undefined): GroupCountry {
  if (id == null) return null;
  const country = loadCountry(context, id);
  // Loaded whether or not the field is asked for: a failed load nobody asked for is nobody's error
  // (graphql-js still gets the rejection where the field is asked for), not an unhandled rejection.
  if (country instanceof Promise) country.catch(() => undefined);
  return country;
}

// ---- Arms sales -------------------------------------------------------------------------------

const ARMS_SALE_KEYS: Record<ArmsSaleStatsGroup, GroupKey> = {
  SUPPLIER: countryKey('t."supplierId"', 'supplierId'),
  RECIPIENT: countryKey('t."recipientId"', 'recipientId'),
  // The stored year (EXTRACT(YEAR FROM "announcedDate")::int, a generated column): EXTRACT computes a numeric for
  // every sale read, most of the statement's work; grouped by supplier too, the (supplier, year, value) index
  // hands the groups over in order.
  YEAR: groupKey('t."announcedYear"', 'year'),
  // Enum order: PROPOSED, APPROVED, … as the sale advances.
  STATUS: enumKey('t."status"', 'status'),
};

interface ArmsSaleStatsQueryRow {
  supplierId?: number | null;
  recipientId?: number | null;
  year?: number | null;
  status?: ArmsSaleStatus | null;
  count: number;
  countWithKnownValue: number;
  totalValueUsdExact: string | null;
}

/** Arms sales matching `filter`, grouped by `groupBy`: most sales first, then by the keys in order. */
export async function armsSaleStats(
  context: ReadContext,
  groupBy: readonly ArmsSaleStatsGroup[],
  filter: ArmsSaleFilter | null | undefined,
): Promise<ArmsSaleStatsRow[]> {
  checkGroupBy(groupBy);
  const keys = groupBy.map((group) => ARMS_SALE_KEYS[group]);
  const conditions = await armsSaleList.conditions(context, filter);
  const rows = await readRows<ArmsSaleStatsQueryRow>(context.db, Prisma.sql`
    SELECT ${Prisma.join(keys.map((key) => key.select))},
      count(*)::int AS "count",
      count(t."valueUsd")::int AS "countWithKnownValue",
      sum(t."valueUsd")::text AS "totalValueUsdExact"
    FROM "ArmsSale" t
    ${whereClause(conditions)}
    GROUP BY ${Prisma.join(keys.map((key) => key.group))}
    ORDER BY "count" DESC, ${Prisma.join(keys.map((key) => key.order))}`);
  return rows.map((row) => ({
    supplierId: row.supplierId ?? null,
    recipientId: row.recipientId ?? null,
    supplier: groupCountry(context, row.supplierId),
    recipient: groupCountry(context, row.recipientId),
    year: row.year ?? null,
    status: row.status ?? null,
    count: row.count,
    countWithKnownValue: row.countWithKnownValue,
    ...moneyTotal(row.totalValueUsdExact),
  }));
}

// ---- Events -----------------------------------------------------------------------------------

/** The month is known for events dated to the day or the month. */
const EVENT_MONTH = `CASE WHEN t."datePrecision" IN ('DAY', 'MONTH') THEN to_char(t."startDate", 'YYYY-MM') END`;

const EVENT_KEYS: Record<EventStatsGroup, GroupKey> = {
  TYPE: enumKey('t."type"', 'type'),
  COUNTRY: countryKey('involved."countryId"', 'countryId'),
  MONTH: groupKey(EVENT_MONTH, 'month'),
  // The stored year of the start (the generated column search reads by period; see ARMS_SALE_KEYS).
  YEAR: groupKey('t."searchYear"', 'year'),
};

/** The countries an event involves (its location and the countries of its roles, each once); LEFT JOIN keeps events with none. */
const INVOLVED_COUNTRIES = Prisma.sql`LEFT JOIN "CountryEvent" involved ON involved."eventId" = t."id"`;

interface EventStatsQueryRow {
  countryId?: number | null;
  type?: EventType | null;
  month?: string | null;
  year?: number | null;
  count: number;
}

/** Events matching `filter`, grouped by `groupBy`: most events first, then by the keys in order. */
export async function eventStats(
  context: ReadContext,
  groupBy: readonly EventStatsGroup[],
  filter: EventFilter | null | undefined,
): Promise<EventStatsRow[]> {
  checkGroupBy(groupBy);
  const keys = groupBy.map((group) => EVENT_KEYS[group]);
  const conditions = await eventList.conditions(context, filter);
  const rows = await readRows<EventStatsQueryRow>(context.db, Prisma.sql`
    SELECT ${Prisma.join(keys.map((key) => key.select))}, count(*)::int AS "count"
    FROM "Event" t
    ${groupBy.includes(EventStatsGroup.COUNTRY) ? INVOLVED_COUNTRIES : Prisma.empty}
    ${whereClause(conditions)}
    GROUP BY ${Prisma.join(keys.map((key) => key.group))}
    ORDER BY "count" DESC, ${Prisma.join(keys.map((key) => key.order))}`);
  return rows.map((row) => ({
    countryId: row.countryId ?? null,
    country: groupCountry(context, row.countryId),
    type: row.type ?? null,
    month: row.month ?? null,
    year: row.year ?? null,
    count: row.count,
  }));
}

// ---- Co-participants -------------------------------------------------------------------------

export { MAX_CO_PARTICIPANTS };

interface CoParticipantQueryRow {
  ownerId: number;
  personId: number;
  sharedEvents: number;
}

/** The people who shared the most events with a person; one statement for a page of people asking for the same `first`. */
export function loadTopCoParticipants(context: ReadContext, personId: number, first: number): Promise<CoParticipant[]> {
  const count = coParticipantCount(first);
  return context.loaders
    .get<number, CoParticipant[]>(`Person.topCoParticipants(${count})`, async (ids) => {
      const rows = await readRows<CoParticipantQueryRow>(context.db, Prisma.sql`
        SELECT owner.id AS "ownerId", ranked."personId", ranked."sharedEvents"
        FROM unnest(${[...ids]}::int[]) AS owner(id) CROSS JOIN LATERAL (${coParticipantsSql(Prisma.sql`owner.id`, count)}) ranked
        ORDER BY owner.id, ranked."rank"`);
      const byPerson = new Map<number, CoParticipant[]>();
      for (const row of rows) {
        const list = byPerson.get(row.ownerId) ?? [];
        list.push({ personId: row.personId, sharedEvents: row.sharedEvents });
        byPerson.set(row.ownerId, list);
      }
      return ids.map((id) => byPerson.get(id) ?? []);
    })
    .load(personId);
}
