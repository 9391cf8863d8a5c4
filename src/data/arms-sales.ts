// Arms-sale queries: lookups, the filtered list, and the sales of a country, event or article.
import { Prisma } from '../generated/prisma/client';
import type { ArmsSale as ArmsSaleRow } from '../generated/prisma/client';
import type { ArmsSaleStatus } from '../generated/prisma/enums';
import { readModelRows } from './read';
import { containsPattern } from './sql';
import { byKey, type ReadContext } from './read-context';
import { badUserInput } from '../domain/input-error';
import {
  type AmountRange,
  type DayRange,
  filterFields,
  findList,
  ListArgs,
  ListDefinition,
  type ListOrder,
  loadRelation,
} from './list';
import { OrderDirection } from './keyset';
import { countryIdForFilter } from './countries';
import { loadArmsSaleTotals } from './profile-counts';

export type { ArmsSaleRow };

/** A list of arms sales as its filter narrows it; all given conditions hold (the API's ArmsSaleFilter). */
export interface ArmsSaleFilter {
  /** Supplier country, by alpha-2 or alpha-3 code. */
  supplier?: string | null;
  /** Recipient country, by alpha-2 or alpha-3 code. */
  recipient?: string | null;
  statuses?: ArmsSaleStatus[] | null;
  valueUsd?: AmountRange | null;
  announced?: DayRange | null;
  /** Text in the items or designation. */
  text?: string | null;
}

/** What lists of arms sales can be ordered by. */
export enum ArmsSaleOrderField {
  ANNOUNCED_DATE = 'ANNOUNCED_DATE',
  VALUE_USD = 'VALUE_USD',
  CREATED_AT = 'CREATED_AT',
}

export type ArmsSaleOrder = ListOrder<ArmsSaleOrderField>;

/** A country's side of an arms sale. */
export enum ArmsSaleRole {
  SUPPLIER = 'SUPPLIER',
  RECIPIENT = 'RECIPIENT',
}

export type ArmsSaleListArgs = ListArgs<ArmsSaleFilter, ArmsSaleOrder>;

export function loadArmsSale(context: ReadContext, id: number): Promise<ArmsSaleRow | null> {
  return context.loaders
    .get<number, ArmsSaleRow | null>('armsSaleById', async (ids) =>
      byKey(ids, await readModelRows<ArmsSaleRow>(context.db, 'ArmsSale', Prisma.sql`t."id" = ANY(${[...ids]}::int[])`), (row) => row.id),
    )
    .load(id);
}

/** Largest value `numeric(20,2)` holds; larger filter bounds are the client's mistake. */
const MAX_VALUE_USD = 1e18;

function checkAmount(value: number, field: string): number {
  if (!Number.isFinite(value) || Math.abs(value) >= MAX_VALUE_USD) {
    throw badUserInput(field, `must be a finite amount below ${MAX_VALUE_USD}`);
  }
  return value;
}

/** How clients filter and order arms sales. */
export const armsSaleList: ListDefinition<ArmsSaleFilter, ArmsSaleOrder> = {
  table: 'ArmsSale',
  sortColumns: {
    ANNOUNCED_DATE: { column: 'announcedDate', kind: 'date', nullable: true },
    VALUE_USD: { column: 'valueUsd', kind: 'decimal', nullable: true },
    CREATED_AT: { column: 'createdAt', kind: 'timestamp', nullable: false },
  },
  defaultOrder: { field: ArmsSaleOrderField.ANNOUNCED_DATE, direction: OrderDirection.DESC },
  async conditions(context, filter) {
    const conditions: Prisma.Sql[] = [];
    if (!filter) return conditions;
    if (filter.supplier != null) {
      const countryId = await countryIdForFilter(context, filter.supplier, 'filter.supplier');
      conditions.push(Prisma.sql`t."supplierId" = ${countryId}::int`);
    }
    if (filter.recipient != null) {
      const countryId = await countryIdForFilter(context, filter.recipient, 'filter.recipient');
      conditions.push(Prisma.sql`t."recipientId" = ${countryId}::int`);
    }
    if (filter.statuses != null) {
      conditions.push(
        filter.statuses.length ? Prisma.sql`t."status"::text IN (${Prisma.join(filter.statuses)})` : Prisma.sql`false`,
      );
    }
    if (filter.valueUsd != null) {
      const { min, max } = filter.valueUsd;
      if (min != null) conditions.push(Prisma.sql`t."valueUsd" >= ${checkAmount(min, 'filter.valueUsd.min')}::numeric`);
      if (max != null) conditions.push(Prisma.sql`t."valueUsd" <= ${checkAmount(max, 'filter.valueUsd.max')}::numeric`);
      if (min != null && max != null && min > max) throw badUserInput('filter.valueUsd', '`min` is above `max`');
      if (min == null && max == null) conditions.push(Prisma.sql`t."valueUsd" IS NOT NULL`);
    }
    if (filter.announced != null) {
      const { from, to } = filter.announced;
      if (from && to && from > to) throw badUserInput('filter.announced', '`from` is after `to`');
      if (from) conditions.push(Prisma.sql`t."announcedDate" >= ${from}::date`);
      if (to) conditions.push(Prisma.sql`t."announcedDate" <= ${to}::date`);
      if (!from && !to) conditions.push(Prisma.sql`t."announcedDate" IS NOT NULL`);
    }
    if (filter.text != null) {
      const pattern = containsPattern(filter.text);
      conditions.push(Prisma.sql`(t."items" ILIKE ${pattern} OR t."designation" ILIKE ${pattern})`);
    }
    return conditions;
  },
};

export function findArmsSales(context: ReadContext, args: ArmsSaleListArgs, totalCountSelected = false) {
  return findList<ArmsSaleRow, ArmsSaleFilter, ArmsSaleOrder>(armsSaleList, context, args, totalCountSelected);
}

export function loadArmsSalesOfCountry(
  context: ReadContext,
  countryId: number,
  role: ArmsSaleRole | null | undefined,
  args: ArmsSaleListArgs,
) {
  // One side's number is kept by triggers; both sides are counted (a sale could name the country twice).
  const side = role === ArmsSaleRole.SUPPLIER ? 'supplied' : role === ArmsSaleRole.RECIPIENT ? 'received' : null;
  // The side is one of the relation's arguments (src/data/entities.ts), as the compiler reads it.
  return loadRelation<ArmsSaleRow, ArmsSaleFilter, ArmsSaleOrder>(
    armsSaleList, context, 'Country', 'armsSales', countryId, { ...args, role } as ArmsSaleListArgs,
    (id, filter) => (side && filterFields(filter).length === 0 ? loadArmsSaleTotals(context, id, side).then((totals) => totals.count) : null),
  );
}

export function loadArmsSalesOfEvent(context: ReadContext, eventId: number, args: ArmsSaleListArgs) {
  return loadRelation<ArmsSaleRow, ArmsSaleFilter, ArmsSaleOrder>(armsSaleList, context, 'Event', 'armsSales', eventId, args);
}

export function loadArmsSalesOfArticle(context: ReadContext, articleId: number, args: ArmsSaleListArgs) {
  return loadRelation<ArmsSaleRow, ArmsSaleFilter, ArmsSaleOrder>(armsSaleList, context, 'Article', 'armsSales', articleId, args);
}
