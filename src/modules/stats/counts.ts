// Counts kept exact by triggers (migration 20261127070000_profile_counts), read by key instead of
// counted: the events of a country or a person (per type), a person's articles, a country's arms
// sales as supplier and recipient. Each is one statement for a whole page of countries or people.
import { Prisma } from '../../generated/prisma/client';
import type { Context } from '../../graphql/context';
import { formatUsd } from '../arms-sale/money';
import type { ArmsSaleTotals } from './type';

/** Event types to count; null: all. */
export type EventTypes = readonly string[] | null | undefined;

/** Keys the loaders by the set of types, so owners asking for the same types share one statement. */
function typesKey(types: EventTypes): string {
  return types == null ? '*' : [...new Set(types)].sort().join(',');
}

function loadEventCount(
  context: Context,
  table: 'CountryEventCount' | 'PersonEventCount',
  ownerColumn: 'countryId' | 'personId',
  ownerId: number,
  types: EventTypes,
): Promise<number> {
  const typeCondition = types == null ? Prisma.empty : Prisma.sql`AND c."type"::text = ANY(${[...types]}::text[])`;
  return context.loaders
    .get<number, number>(`${table}(${typesKey(types)})`, async (ids) => {
      const rows = await context.db.$queryRaw<{ ownerId: number; count: number }[]>`
        SELECT c.${Prisma.raw(`"${ownerColumn}"`)} AS "ownerId", sum(c."events")::int AS "count"
        FROM ${Prisma.raw(`"${table}"`)} c
        WHERE c.${Prisma.raw(`"${ownerColumn}"`)} = ANY(${[...ids]}::int[]) ${typeCondition}
        GROUP BY c.${Prisma.raw(`"${ownerColumn}"`)}`;
      const counts = new Map(rows.map((row) => [row.ownerId, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    })
    .load(ownerId);
}

/** Events located in the country or involving it in any role (of the given types). */
export function loadCountryEventCount(context: Context, countryId: number, types: EventTypes): Promise<number> {
  return loadEventCount(context, 'CountryEventCount', 'countryId', countryId, types);
}

/** Events the person took part in, each once whatever their roles (of the given types). */
export function loadPersonEventCount(context: Context, personId: number, types: EventTypes): Promise<number> {
  return loadEventCount(context, 'PersonEventCount', 'personId', personId, types);
}

/** Articles that mention the person. */
export function loadPersonArticleCount(context: Context, personId: number): Promise<number> {
  return context.loaders
    .get<number, number>('PersonArticleCount', async (ids) => {
      const rows = await context.db.$queryRaw<{ personId: number; articles: number }[]>`
        SELECT c."personId", c."articles" FROM "PersonArticleCount" c WHERE c."personId" = ANY(${[...ids]}::int[])`;
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
  return {
    totalValueUsd: exact == null ? null : Number(exact),
    totalValueUsdExact: exact,
    totalValueFormatted: exact == null ? null : formatUsd(exact),
  };
}

/** Number and exact value of the sales a country supplies or receives. */
export function loadArmsSaleTotals(context: Context, countryId: number, side: ArmsSaleSide): Promise<ArmsSaleTotals> {
  return context.loaders
    .get<number, ArmsSaleTotalsQueryRow | undefined>('CountryArmsSaleTotal', async (ids) => {
      const rows = await context.db.$queryRaw<ArmsSaleTotalsQueryRow[]>`
        SELECT t."countryId", t."suppliedCount", t."suppliedWithKnownValue", t."suppliedValueUsd"::text AS "suppliedValueUsd",
          t."receivedCount", t."receivedWithKnownValue", t."receivedValueUsd"::text AS "receivedValueUsd"
        FROM "CountryArmsSaleTotal" t WHERE t."countryId" = ANY(${[...ids]}::int[])`;
      const byCountry = new Map(rows.map((row) => [row.countryId, row]));
      return ids.map((id) => byCountry.get(id));
    })
    .load(countryId)
    .then((row) => {
      const count = row?.[`${side}Count`] ?? 0;
      const countWithKnownValue = row?.[`${side}WithKnownValue`] ?? 0;
      return { count, countWithKnownValue, ...moneyTotal(countWithKnownValue > 0 ? row![`${side}ValueUsd`] : null) };
    });
}
