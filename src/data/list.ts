// A list of one entity as clients see it (filter + orderBy + page), for root fields and relations.
// Each entity module describes its list once; these functions serve every connection of that entity.
import { Prisma } from '../generated/prisma/client';
import { modelColumns } from './sql';
import { ConnectionRelation, entity, EntityName, OrderedThrough } from './entities';
import { ConnectionResult, linkedThrough, OrderDirection, PageArgs } from './keyset';
import type { ReadContext } from './read-context';
import { countSql, findConnection, findNestedConnections, parsePage, SortColumn } from './pagination';

export type ListArgs<Filter, Order> = PageArgs & { filter?: Filter | null; orderBy?: Order | null };

/** A list's `orderBy`: one of the entity's order fields, and a direction. */
export interface ListOrder<Field extends string> {
  field: Field;
  direction: OrderDirection;
}

/** An inclusive range of calendar days in a filter; either end may be left open. */
export interface DayRange {
  from?: Date | null;
  to?: Date | null;
}

/** An inclusive range of US dollar amounts in a filter; either end may be left open. */
export interface AmountRange {
  min?: number | null;
  max?: number | null;
}

export interface ListDefinition<Filter, Order extends { field: string; direction: OrderDirection }> {
  /** Table name; rows are read as alias `t`. */
  table: string;
  /** Sortable columns by the GraphQL order field. */
  sortColumns: Record<Order['field'], SortColumn>;
  defaultOrder: { field: Order['field']; direction: OrderDirection };
  /** SQL conditions on `t` for a filter; may look up referenced entities (and reject unknown ones). */
  conditions(context: ReadContext, filter: Filter | null | undefined): Prisma.Sql[] | Promise<Prisma.Sql[]>;
  /**
   * `totalCount` of the root list as a scalar subquery over counts kept by triggers, for the filters
   * they answer exactly (e.g. events of one country); null for the others, which are counted.
   */
  maintainedCountSql?(context: ReadContext, filter: Filter | null | undefined): Promise<Prisma.Sql | null> | null;
  /**
   * The row whose relation the root list is, when its filter names one (the events of one country):
   * the list is then read as that relation (`parent.field`, through its read model), filtered by the
   * rest of the filter. Null: read as a list of the whole table.
   */
  scope?(context: ReadContext, filter: Filter | null | undefined): Promise<ListScopeOf<Filter> | null> | null;
}

/** A root list read as one parent's relation, and what is left of its filter. */
export interface ListScopeOf<Filter> {
  parent: EntityName;
  field: string;
  parentId: number;
  filter: Filter;
}

export type { OrderedThrough };

export interface RelationOptions<Filter> {
  orderedThrough?: OrderedThrough;
  /** `totalCount` from counts kept by triggers, for the filters they answer exactly; null: counted. */
  maintainedCount?(parentId: number, filter: Filter | null | undefined): Promise<number> | null;
}

/** The fields a filter sets (not null): which of them decides whether maintained counts answer it. */
export function filterFields(filter: object | null | undefined): string[] {
  return filter ? Object.entries(filter).filter(([, value]) => value != null).map(([key]) => key) : [];
}


async function prepare<Filter, Order extends { field: string; direction: OrderDirection }>(
  list: ListDefinition<Filter, Order>,
  context: ReadContext,
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
  context: ReadContext,
  args: ListArgs<Filter, Order>,
  /** Whether the request selects `totalCount` (then read with the page); unknown: read if resolved. */
  totalCountSelected = false,
): Promise<ConnectionResult<Row>> {
  const scope = await list.scope?.(context, args.filter);
  const query = scope ? scoped(list, scope, await prepare(list, context, { ...args, filter: scope.filter })) : await prepare(list, context, args);
  const maintained = (await list.maintainedCountSql?.(context, args.filter)) ?? null;
  return findConnection<Row>(query, { sql: maintained ?? countSql(query), selected: totalCountSelected });
}

/**
 * A root list's query as the parent's relation that its filter names (`scope`): through the
 * relation's read model when it orders by a column the read model copies, as the compiled
 * statement reads it; else the whole table with the relation's condition.
 */
function scoped<Filter, Order extends { field: string; direction: OrderDirection }>(
  list: ListDefinition<Filter, Order>,
  scope: ListScopeOf<Filter>,
  query: Awaited<ReturnType<typeof prepare<Filter, Order>>>,
) {
  const relation = entity(scope.parent).relations[scope.field] as ConnectionRelation;
  const parentKey = Prisma.sql`${scope.parentId}::int`;
  const through = relation.orderedThrough;
  if (!through?.sortColumns.includes(query.sort.column)) {
    return { ...query, where: [relation.belongsTo(parentKey, { filter: scope.filter }), ...query.where] };
  }
  return {
    ...query,
    from: Prisma.raw(`"${through.table}" link JOIN "${list.table}" t ON t."id" = link."${through.rowColumn}"`),
    sortedBy: { alias: 'link', id: through.rowColumn },
    where: [Prisma.sql`${Prisma.raw(`link."${through.parentColumn}"`)} = ${parentKey}`, ...query.where],
  };
}

/**
 * The connection with its `totalCount` from the maintained count when there is one for the filter,
 * else from its own COUNT (either still only when selected).
 */
function withMaintainedCount<Row>(connection: ConnectionResult<Row>, maintained: () => Promise<number> | null): ConnectionResult<Row> {
  return {
    edges: connection.edges,
    pageInfo: connection.pageInfo,
    get totalCount() {
      return maintained() ?? connection.totalCount;
    },
  };
}

/**
 * One parent's page of a relation (`country.events(…)`). Parents asking with the same arguments in
 * the same request share one DataLoader, hence one SQL statement.
 */
export async function loadListOf<Row extends { id: number }, Filter, Order extends { field: string; direction: OrderDirection }>(
  list: ListDefinition<Filter, Order>,
  context: ReadContext,
  relation: string,
  parentId: number,
  args: ListArgs<Filter, Order>,
  belongsTo: (parentKey: Prisma.Sql) => Prisma.Sql,
  options: RelationOptions<Filter> = {},
): Promise<ConnectionResult<Row>> {
  const query = await prepare(list, context, args);
  const through = options.orderedThrough;
  const nested = through?.sortColumns.includes(query.sort.column)
    ? {
        ...query,
        from: Prisma.raw(`"${through.table}" link JOIN "${list.table}" t ON t."id" = link."${through.rowColumn}"`),
        sortedBy: { alias: 'link', id: through.rowColumn },
        belongsTo: (parentKey: Prisma.Sql) => Prisma.sql`${Prisma.raw(`link."${through.parentColumn}"`)} = ${parentKey}`,
      }
    : { ...query, belongsTo };
  const loader = context.loaders.get<number, ConnectionResult<Row>>(`${relation}:${JSON.stringify(args)}`, (keys) =>
    findNestedConnections<Row>({ ...nested, parentKeys: [...keys] }),
  );
  const connection = await loader.load(parentId);
  const maintained = options.maintainedCount && (() => options.maintainedCount!(parentId, args.filter));
  return maintained ? withMaintainedCount(connection, maintained) : connection;
}

/**
 * One parent's page of a relation as the entity registry describes it (`Country.events`): which
 * rows belong to the parent and the read model ordering them, as the statement compiler reads them.
 */
export function loadRelation<Row extends { id: number }, Filter, Order extends { field: string; direction: OrderDirection }>(
  list: ListDefinition<Filter, Order>,
  context: ReadContext,
  parent: EntityName,
  field: string,
  parentId: number,
  args: ListArgs<Filter, Order>,
  maintainedCount?: RelationOptions<Filter>['maintainedCount'],
): Promise<ConnectionResult<Row>> {
  const relation = entity(parent).relations[field] as ConnectionRelation;
  return loadListOf<Row, Filter, Order>(
    list, context, `${parent}.${field}`, parentId, args,
    (key) => relation.belongsTo(key, args as Record<string, unknown>),
    { orderedThrough: relation.orderedThrough, maintainedCount },
  );
}

export { linkedThrough };
