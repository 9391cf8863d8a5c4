// Keyset (cursor) pagination as SQL: the scan of one page in a list's order, with the "undated last"
// two-part scan of nullable sort columns, and the list's exact count, with the shapes of a page's
// arguments and of a connection. No GraphQL here: src/data/pagination.ts parses arguments and cursors
// into a Page and builds connections (the schema's Relay types, src/schema/relay.ts, implement these shapes);
// the nested pages of the DataLoader path and the compiled statements (src/data/compile.ts) share this SQL.
import type { Queryable } from './read';
import { Prisma } from '../generated/prisma/client';

const { sql, join, raw, empty } = Prisma;

/** The order of a list, as its order argument names it. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** Page sizes of every connection: `first`/`last` default and cap. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** A connection's page arguments, as clients give them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Where a page stands in the whole list. */
export interface PageInfoValues {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * What every connection resolves to. `totalCount` is a getter that starts the COUNT query, so the
 * count is only run when a client selects the field.
 */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoValues;
  readonly totalCount: Promise<number>;
}

/** How a column sorts and how its values travel inside a cursor. */
export type SortKind = 'integer' | 'text' | 'date' | 'timestamp' | 'decimal';

export interface SortColumn {
  /** SQL column name on the paginated table (quoted as is). */
  column: string;
  kind: SortKind;
  nullable: boolean;
}

export interface Page {
  /** Rows requested (the page size). */
  size: number;
  /** true when paginating backwards (`last`/`before`). */
  backward: boolean;
  cursor: CursorPosition | null;
  hasCursor: boolean;
}

export interface CursorPosition {
  value: string | number | null;
  id: number;
}

export function typedValue(sort: SortColumn, value: string | number): Prisma.Sql {
  switch (sort.kind) {
    case 'integer':
      return sql`${value}::int`;
    case 'text':
      return sql`${value}::text`;
    case 'date':
      return sql`${value}::date`;
    case 'timestamp':
      return sql`${value}::timestamp`;
    case 'decimal':
      return sql`${value}::numeric`;
  }
}

/**
 * The rows strictly after the cursor in the scan order. Nulls sort last in the requested order;
 * a backward scan walks the reversed order (nulls first).
 */
export function afterCursor(order: SortedBy, sort: SortColumn, ascending: boolean, nullsLast: boolean, cursor: CursorPosition): Prisma.Sql {
  const column = raw(`${order.alias}."${sort.column}"`);
  const id = raw(`${order.alias}."${order.id}"`);
  const greater = raw(ascending ? '>' : '<');
  if (cursor.value === null) {
    return nullsLast
      ? sql`(${column} IS NULL AND ${id} ${greater} ${cursor.id})`
      : sql`(${column} IS NOT NULL OR ${id} ${greater} ${cursor.id})`;
  }
  const value = typedValue(sort, cursor.value);
  const beyond = sql`(${column} ${greater} ${value} OR (${column} = ${value} AND ${id} ${greater} ${cursor.id}))`;
  if (!sort.nullable) return beyond;
  return nullsLast ? sql`(${beyond} OR ${column} IS NULL)` : beyond;
}

export function scanOrder(order: SortedBy, sort: SortColumn, ascending: boolean, nullsLast: boolean): Prisma.Sql {
  const direction = ascending ? 'ASC' : 'DESC';
  const nulls = sort.nullable ? (nullsLast ? ' NULLS LAST' : ' NULLS FIRST') : '';
  return raw(`${order.alias}."${sort.column}" ${direction}${nulls}, ${order.alias}."${order.id}" ${direction}`);
}

/** Where the sort column and the row's ID are read for the order and the cursor. */
export interface SortedBy {
  alias: string;
  /** The column holding the row's ID. */
  id: string;
}

export interface ConnectionQuery {
  /** Database client able to run raw SQL. */
  db: Queryable;
  /** `FROM` target with alias `t`, e.g. `"Event" t`. */
  from: Prisma.Sql;
  /** The select list of a row of `t` (its modelled columns, never `t.*`: see `modelColumns`). */
  columns: Prisma.Sql;
  /** Conditions on `t` (the list's filter). */
  where: Prisma.Sql[];
  sort: SortColumn;
  direction: OrderDirection;
  page: Page;
  /**
   * Order by a copy of the sort column and the ID in a read model joined in `from` (e.g.
   * `"PersonEvent" link`, its `eventId`) instead of `t`'s: one parent's page is then a range of the
   * read model's (parent, sort column, ID) index. Cursors stay those of `t`'s values, which the copy
   * equals. Absent: `t` and its `id`.
   */
  sortedBy?: SortedBy;
}

/** What the SQL of a page needs: a connection query without its database. */
export type PageQuery = Omit<ConnectionQuery, 'db'>;

export interface NestedConnectionQuery extends ConnectionQuery {
  /** Parent keys, one page per key. */
  parentKeys: number[];
  /** Condition tying a row of `t` to the parent key `k` (an SQL expression). */
  belongsTo: (parentKey: Prisma.Sql) => Prisma.Sql;
}

export const ALIAS = 't';

export function pageQueryParts(query: PageQuery) {
  const { sort, page } = query;
  const requestedAscending = query.direction === OrderDirection.ASC;
  // Backward pages scan the reversed order from the cursor, then flip.
  const ascending = page.backward ? !requestedAscending : requestedAscending;
  const nullsLast = !page.backward;
  const sortedBy = query.sortedBy ?? { alias: ALIAS, id: 'id' };
  const conditions = [...query.where];
  if (page.cursor) conditions.push(afterCursor(sortedBy, sort, ascending, nullsLast, page.cursor));
  return { conditions, order: scanOrder(sortedBy, sort, ascending, nullsLast), ascending, nullsLast, sortedBy };
}

/**
 * `SELECT columns FROM t WHERE … ORDER BY … LIMIT size + 1`: the rows of one page, in scan order.
 * The row after the page tells `hasNextPage` (`hasPreviousPage` backwards); `peekBeyondPage` false
 * leaves it out (`LIMIT size`), for a statement that knows the request reads no `pageInfo`.
 *
 * A nullable sort column is read in two parts, the rows with a value and those without, each in an
 * order its (column, id) B-tree index gives as it is: "newest first, undated last" (DESC NULLS LAST)
 * is not an order an ascending index can produce (walked backwards it puts NULLs first), so as one
 * query PostgreSQL would read every matching row and sort them. Each part stops after a page; the
 * outer sort handles at most two pages.
 *
 * The part without a value is ordered by the column too, though it is null in every row: `IS NULL`
 * is no equality to PostgreSQL's planner, so ordered by the ID alone the rows do not come in the
 * index's (column, id) order and it reads every undated row of the parent (a trip's 200 undated
 * articles) to sort them and keep a page. DESC or ASC with their default NULLS FIRST or LAST is the
 * index walked backwards or forwards.
 */
export function pageScan(query: PageQuery, conditions: Prisma.Sql[], peekBeyondPage = true): Prisma.Sql {
  const { order, ascending, nullsLast, sortedBy } = pageQueryParts(query);
  const limit = peekBeyondPage ? query.page.size + 1 : query.page.size;
  if (!query.sort.nullable) {
    return sql`SELECT ${query.columns} FROM ${query.from} ${whereClause(conditions)} ORDER BY ${order} LIMIT ${limit}`;
  }
  const column = raw(`${sortedBy.alias}."${query.sort.column}"`);
  const direction = raw(ascending ? 'ASC' : 'DESC');
  const id = raw(`${sortedBy.alias}."${sortedBy.id}"`);
  const withValue = sql`SELECT ${query.columns} FROM ${query.from} ${whereClause([...conditions, sql`${column} IS NOT NULL`])}
    ORDER BY ${column} ${direction}, ${id} ${direction} LIMIT ${limit}`;
  const withoutValue = sql`SELECT ${query.columns} FROM ${query.from} ${whereClause([...conditions, sql`${column} IS NULL`])}
    ORDER BY ${column} ${direction}, ${id} ${direction} LIMIT ${limit}`;
  // Merged in the very order (as the statement spells it) that compiled statements aggregate the
  // page in (`json_agg(… ORDER BY …)`, src/data/compile.ts): PostgreSQL then knows the page comes
  // sorted and adds no sort of its own above it. Each sort costs a tuplesort's memory, and a
  // statement with many (the country dashboard) made every execution allocate past what the C
  // library keeps, returning it and faulting it in again: 60 page faults, a millisecond of CPU.
  const merged = scanOrder({ alias: 'scanned', id: 'id' }, query.sort, ascending, nullsLast);
  return sql`SELECT * FROM ((${withValue}) UNION ALL (${withoutValue})) AS scanned ORDER BY ${merged} LIMIT ${limit}`;
}

/** The exact number of rows of the list (its filter, no page): what `totalCount` counts without maintained counts. */
export function countSql(query: Pick<ConnectionQuery, 'from' | 'where'>): Prisma.Sql {
  return sql`SELECT count(*) FROM ${query.from} ${whereClause(query.where)}`;
}

export function whereClause(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? sql`WHERE ${join(conditions, ' AND ')}` : empty;
}

/** `belongsTo` for relations through a join table: a row of `joinTable` links `t` to the parent. */
export function linkedThrough(joinTable: string, rowColumn: string, parentColumn: string) {
  return (parentKey: Prisma.Sql) =>
    sql`EXISTS (SELECT 1 FROM ${raw(`"${joinTable}"`)} link WHERE ${raw(`link."${rowColumn}"`)} = t."id" AND ${raw(`link."${parentColumn}"`)} = ${parentKey})`;
}
