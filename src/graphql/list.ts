// A list of one entity as clients see it (filter + orderBy + page), for root fields and relations.
// Each entity module describes its list once; these functions serve every connection of that entity.
import { Prisma } from '../generated/prisma/client';
import { modelColumns } from '../db/sql';
import type { Context } from './context';
import { findConnection, findNestedConnections, parsePage, SortColumn } from './pagination';
import { ConnectionArgs, ConnectionResult, OrderDirection } from './relay';

export type ListArgs<Filter, Order> = ConnectionArgs & { filter?: Filter | null; orderBy?: Order | null };

export interface ListDefinition<Filter, Order extends { field: string; direction: OrderDirection }> {
  /** Table name; rows are read as alias `t`. */
  table: string;
  /** Sortable columns by the GraphQL order field. */
  sortColumns: Record<Order['field'], SortColumn>;
  defaultOrder: { field: Order['field']; direction: OrderDirection };
  /** SQL conditions on `t` for a filter; may look up referenced entities (and reject unknown ones). */
  conditions(context: Context, filter: Filter | null | undefined): Prisma.Sql[] | Promise<Prisma.Sql[]>;
}

async function prepare<Filter, Order extends { field: string; direction: OrderDirection }>(
  list: ListDefinition<Filter, Order>,
  context: Context,
  args: ListArgs<Filter, Order>,
) {
  const field = (args.orderBy?.field ?? list.defaultOrder.field) as Order['field'];
  const sort = list.sortColumns[field];
  return {
    db: context.db,
    from: Prisma.sql`${Prisma.raw(`"${list.table}"`)} t`,
    columns: modelColumns(list.table, 't'),
    where: await list.conditions(context, args.filter),
    sort,
    direction: args.orderBy?.direction ?? list.defaultOrder.direction,
    page: parsePage(args, sort),
  };
}

/** A root list: `events(filter, orderBy, first, after, …)`. */
export async function findList<Row extends { id: number }, Filter, Order extends { field: string; direction: OrderDirection }>(
  list: ListDefinition<Filter, Order>,
  context: Context,
  args: ListArgs<Filter, Order>,
): Promise<ConnectionResult<Row>> {
  return findConnection<Row>(await prepare(list, context, args));
}

/**
 * One parent's page of a relation (`country.events(…)`). Parents asking with the same arguments in
 * the same request share one DataLoader, hence one SQL statement.
 */
export async function loadListOf<Row extends { id: number }, Filter, Order extends { field: string; direction: OrderDirection }>(
  list: ListDefinition<Filter, Order>,
  context: Context,
  relation: string,
  parentId: number,
  args: ListArgs<Filter, Order>,
  belongsTo: (parentKey: Prisma.Sql) => Prisma.Sql,
): Promise<ConnectionResult<Row>> {
  const query = await prepare(list, context, args);
  const loader = context.loaders.get<number, ConnectionResult<Row>>(`${relation}:${JSON.stringify(args)}`, (keys) =>
    findNestedConnections<Row>({ ...query, parentKeys: [...keys], belongsTo }),
  );
  return loader.load(parentId);
}

/** `belongsTo` for relations through a join table: a row of `joinTable` links `t` to the parent. */
export function linkedThrough(joinTable: string, rowColumn: string, parentColumn: string) {
  return (parentKey: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${joinTable}"`)} link WHERE ${Prisma.raw(`link."${rowColumn}"`)} = t."id" AND ${Prisma.raw(`link."${parentColumn}"`)} = ${parentKey})`;
}
