// Counts kept exact by triggers (migration 20261127070000_profile_counts), read by key instead of
// counted: the events of a country or a person (per type, with the first and last day), a person's
// articles, a country's arms sales as supplier and recipient. Each is one statement for a whole page
// of countries or people.
import { eventCountSql } from './entities';
import { readRows } from './read';
import { Prisma } from '../generated/prisma/client';
import type { ReadContext } from './read-context';
import { formatUsd } from '../domain/dollar-amounts';
import type { EventType } from '../generated/prisma/enums';

/** How many events of one type. */
export interface EventTypeCount {
  type: EventType;
  count: number;
}

/** Number and total value of a set of arms sales (the value as a number and exact: moneyTotal; for people: formattedTotal). */
export interface ArmsSaleTotals {
  count: number;
  /** Of them, those whose value is known (the ones the total adds up). */
  countWithKnownValue: number;
  totalValueUsd: number | null;
  totalValueUsdExact: string | null;
}

/** Event types to count; null: all. */
export type EventTypes = readonly string[] | null | undefined;

/** Keys the loaders by the set of types, so owners asking for the same types share one statement. */
function typesKey(types: EventTypes): string {
  return types == null ? '*' : [...new Set(types)].sort().join(',');
}

/** The events of one country or person: how many of each type, and the first and last day. */
export interface EventSummary {
  countsByType: EventTypeCount[];
  firstDate: Date | null;
  lastDate: Date | null;
}

interface EventSummaryQueryRow {
  ownerId: number;
  countsByType: EventTypeCount[];
  firstDate: Date | null;
  lastDate: Date | null;
}

/**
 * Summaries from a read model of owners' events (CountryEvent, PersonEvent) and its counts per
 * type, all kept by triggers: the counts are at most 14 rows per owner, the first and last days one
 * endpoint each of the (owner, startDate) and (owner, lastDate) indexes. The last day is where the
 * latest event ended.
 */
async function loadEventSummaries(
  context: ReadContext,
  ownerIds: readonly number[],
  readModel: 'CountryEvent' | 'PersonEvent',
  countTable: 'CountryEventCount' | 'PersonEventCount',
  ownerColumn: 'countryId' | 'personId',
): Promise<EventSummary[]> {
  const owner = Prisma.raw(`"${ownerColumn}"`);
  const events = Prisma.raw(`"${readModel}"`);
  const rows = await readRows<EventSummaryQueryRow>(context.db, Prisma.sql`
    SELECT k.id AS "ownerId",
      COALESCE((SELECT json_agg(json_build_object('type', c."type", 'count', c."events") ORDER BY c."events" DESC, c."type")
        FROM ${Prisma.raw(`"${countTable}"`)} c WHERE c.${owner} = k.id AND c."events" > 0), '[]') AS "countsByType",
      (SELECT min(e."startDate") FROM ${events} e WHERE e.${owner} = k.id) AS "firstDate",
      (SELECT max(e."lastDate") FROM ${events} e WHERE e.${owner} = k.id) AS "lastDate"
    FROM unnest(${[...ownerIds]}::int[]) AS k(id)`);
  const summaries = new Map(rows.map((row) => [row.ownerId, row]));
  return ownerIds.map((id) => {
    const row = summaries.get(id);
    return { countsByType: row?.countsByType ?? [], firstDate: row?.firstDate ?? null, lastDate: row?.lastDate ?? null };
  });
}

/** Events located in the country or involving it in any role; one statement for a page of countries. */
export function loadCountryEventSummary(context: ReadContext, countryId: number): Promise<EventSummary> {
  return context.loaders
    .get<number, EventSummary>('Country.eventSummary', (ids) =>
      loadEventSummaries(context, ids, 'CountryEvent', 'CountryEventCount', 'countryId'))
    .load(countryId);
}

/** Events the person took part in, in any role (each counted once). */
export function loadPersonEventSummary(context: ReadContext, personId: number): Promise<EventSummary> {
  return context.loaders
    .get<number, EventSummary>('Person.eventSummary', (ids) =>
      loadEventSummaries(context, ids, 'PersonEvent', 'PersonEventCount', 'personId'))
    .load(personId);
}

/** Rows `c` of a count table of the given event types (all when null). */
function typeCondition(types: EventTypes): Prisma.Sql {
  return types == null ? Prisma.empty : Prisma.sql`AND c."type"::text = ANY(${[...types]}::text[])`;
}

/** The country's events (of the given types) as a scalar subquery over its maintained counts, to read beside a page. */
export function countryEventCountSql(countryId: number, types: EventTypes): Prisma.Sql {
  return eventCountSql('CountryEventCount', Prisma.sql`${countryId}::int`, types);
}

function loadEventCount(
  context: ReadContext,
  table: 'CountryEventCount' | 'PersonEventCount',
  ownerColumn: 'countryId' | 'personId',
  ownerId: number,
  types: EventTypes,
): Promise<number> {
  return context.loaders
    .get<number, number>(`${table}(${typesKey(types)})`, async (ids) => {
      const rows = await readRows<{ ownerId: number; count: number }>(context.db, Prisma.sql`
        SELECT c.${Prisma.raw(`"${ownerColumn}"`)} AS "ownerId", sum(c."events")::int AS "count"
        FROM ${Prisma.raw(`"${table}"`)} c
        WHERE c.${Prisma.raw(`"${ownerColumn}"`)} = ANY(${[...ids]}::int[]) ${typeCondition(types)}
        GROUP BY c.${Prisma.raw(`"${ownerColumn}"`)}`);
      const counts = new Map(rows.map((row) => [row.ownerId, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    })
    .load(ownerId);
}

/** The sum of a summary's counts per type: all the owner's events. */
const totalOf = (summary: EventSummary) => summary.countsByType.reduce((total, row) => total + row.count, 0);

/**
 * Events located in the country or involving it in any role (of the given types). All of them are
 * the summary's total: a dashboard asking for both sends one statement.
 */
export function loadCountryEventCount(context: ReadContext, countryId: number, types: EventTypes): Promise<number> {
  if (types == null) return loadCountryEventSummary(context, countryId).then(totalOf);
  return loadEventCount(context, 'CountryEventCount', 'countryId', countryId, types);
}

/** Events the person took part in, each once whatever their roles (of the given types). */
export function loadPersonEventCount(context: ReadContext, personId: number, types: EventTypes): Promise<number> {
  if (types == null) return loadPersonEventSummary(context, personId).then(totalOf);
  return loadEventCount(context, 'PersonEventCount', 'personId', personId, types);
}

/** Articles that mention the person. */
export function loadPersonArticleCount(context: ReadContext, personId: number): Promise<number> {
  return context.loaders
    .get<number, number>('PersonArticleCount', async (ids) => {
      const rows = await readRows<{ personId: number; articles: number }>(context.db, Prisma.sql`
        SELECT c."personId", c."articles" FROM "PersonArticleCount" c WHERE c."personId" = ANY(${[...ids]}::int[])`);
      const counts = new Map(rows.map((row) => [row.personId, row.articles]));
      return ids.map((id) => counts.get(id) ?? 0);
    })
    .load(personId);
}

export type ArmsSaleSide = 'supplied' | 'received';

interface ArmsSaleTotalsQueryRow {
  countryId: number;
  suppliedCount: number;
  suppliedWithKnownValue: number;
  suppliedValueUsd: string;
  receivedCount: number;
  receivedWithKnownValue: number;
  receivedValueUsd: string;
}

/** The money fields of a total; null when no value is known. */
export function moneyTotal(exact: string | null) {
  return { totalValueUsd: exact == null ? null : Number(exact), totalValueUsdExact: exact };
}

/**
 * A total for people ("US$3.64 billion"), made from the exact one by its field's resolver: only when
 * the field is asked for, not for every row of a dashboard's statistics whether it is or not.
 */
export function formattedTotal(exact: string | null): string | null {
  return exact == null ? null : formatUsd(exact);
}

/** Number and exact value of the sales a country supplies or receives. */
export function loadArmsSaleTotals(context: ReadContext, countryId: number, side: ArmsSaleSide): Promise<ArmsSaleTotals> {
  return context.loaders
    .get<number, ArmsSaleTotalsQueryRow | undefined>('CountryArmsSaleTotal', async (ids) => {
      const rows = await readRows<ArmsSaleTotalsQueryRow>(context.db, Prisma.sql`
        SELECT t."countryId", t."suppliedCount", t."suppliedWithKnownValue", t."suppliedValueUsd"::text AS "suppliedValueUsd",
          t."receivedCount", t."receivedWithKnownValue", t."receivedValueUsd"::text AS "receivedValueUsd"
        FROM "CountryArmsSaleTotal" t WHERE t."countryId" = ANY(${[...ids]}::int[])`);
      const byCountry = new Map(rows.map((row) => [row.countryId, row]));
      return ids.map((id) => byCountry.get(id));
    })
    .load(countryId)
    .then((row) => armsSaleTotals(row && {
      count: row[`${side}Count`], countWithKnownValue: row[`${side}WithKnownValue`], valueUsd: row[`${side}ValueUsd`],
    }));
}

/** One side's maintained totals as read (a compiled statement reads them as this JSON); null: the country has none yet. */
export interface ArmsSaleTotalsJson {
  count: number;
  countWithKnownValue: number;
  valueUsd: string | null;
}

/** The totals of one side; the value only when some sale's value is known. */
export function armsSaleTotals(row: ArmsSaleTotalsJson | null | undefined): ArmsSaleTotals {
  const count = row?.count ?? 0;
  const countWithKnownValue = row?.countWithKnownValue ?? 0;
  return { count, countWithKnownValue, ...moneyTotal(countWithKnownValue > 0 ? row!.valueUsd : null) };
}
