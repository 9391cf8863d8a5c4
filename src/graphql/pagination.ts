// The one pagination helper: keyset (cursor) pagination in SQL for root lists and nested relations
// alike. A nested relation loads the pages of many parents in one statement (a LATERAL join per
// parent key), so a page of N parents costs the same number of statements as a page of one.
import { Queryable, readRows } from '../db/read';
import { Prisma } from '../generated/prisma/client';
import { badUserInput } from './errors';
import { ConnectionArgs, ConnectionResult, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, OrderDirection, PageInfo } from './relay';

const { sql, join, raw, empty } = Prisma;

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

interface CursorPosition {
  value: string | number | null;
  id: number;
}

/** Validates first/after/last/before once, with errors that name the argument. */
export function parsePage(args: ConnectionArgs, sort: SortColumn): Page {
  const { first, last, after, before } = args;
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(name, `must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`);
    }
  }
  if (first != null && last != null) throw badUserInput('last', 'cannot be combined with `first`');
  if (after != null && before != null) throw badUserInput('before', 'cannot be combined with `after`');
  if (last != null && after != null) throw badUserInput('after', 'use `before` with `last`');
  if (first != null && before != null) throw badUserInput('before', 'use `after` with `first`');
  const backward = last != null || before != null;
  const cursorText = backward ? before : after;
  return {
    size: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    backward,
    cursor: cursorText == null ? null : decodeCursor(cursorText, sort, backward ? 'before' : 'after'),
    hasCursor: cursorText != null,
  };
}

/** Cursors are base64url JSON of [sort column, sort value, id]: opaque, and checked on the way back. */
export function encodeCursor(sort: SortColumn, row: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify([sort.column, cursorValue(sort, row[sort.column]), row.id])).toString('base64url');
}

function cursorValue(sort: SortColumn, value: unknown): string | number | null {
  if (value == null) return null;
  if (value instanceof Date) return sort.kind === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === 'number') return value;
  return String(value);
}

function decodeCursor(cursor: string, sort: SortColumn, field: string): CursorPosition {
  const invalid = () => badUserInput(field, `"${cursor}" is not a valid cursor for this list and order`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [column, value, id] = parsed as [unknown, unknown, unknown];
  if (column !== sort.column || !Number.isSafeInteger(id) || (id as number) < 1) throw invalid();
  if (value === null) {
    if (!sort.nullable) throw invalid();
    return { value: null, id: id as number };
  }
  const valid =
    (sort.kind === 'integer' && Number.isSafeInteger(value)) ||
    (sort.kind === 'text' && typeof value === 'string') ||
    (sort.kind === 'decimal' && typeof value === 'string' && /^-?\d{1,20}(\.\d{1,10})?$/.test(value)) ||
    (sort.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isNaN(Date.parse(value))) ||
    (sort.kind === 'timestamp' && typeof value === 'string' && !isNaN(Date.parse(value)));
  if (!valid) throw invalid();
  return { value: value as string | number, id: id as number };
}

function typedValue(sort: SortColumn, value: string | number): Prisma.Sql {
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
function afterCursor(order: SortedBy, sort: SortColumn, ascending: boolean, nullsLast: boolean, cursor: CursorPosition): Prisma.Sql {
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

function scanOrder(order: SortedBy, sort: SortColumn, ascending: boolean, nullsLast: boolean): Prisma.Sql {
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

export interface NestedConnectionQuery extends ConnectionQuery {
  /** Parent keys, one page per key. */
  parentKeys: number[];
  /** Condition tying a row of `t` to the parent key `k` (an SQL expression). */
  belongsTo: (parentKey: Prisma.Sql) => Prisma.Sql;
}

const ALIAS = 't';

function pageQueryParts(query: ConnectionQuery) {
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
 *
 * A nullable sort column is read in two parts, the rows with a value and those without, each in an
 * order its (column, id) B-tree index gives as it is: "newest first, undated last" (DESC NULLS LAST)
 * is not an order an ascending index can produce (walked backwards it puts NULLs first), so as one
 * query PostgreSQL would read every matching row and sort them. Each part stops after a page; the
 * outer sort handles at most two pages.
 */
function pageScan(query: ConnectionQuery, conditions: Prisma.Sql[]): Prisma.Sql {
  const { order, ascending, nullsLast, sortedBy } = pageQueryParts(query);
  const limit = query.page.size + 1;
  if (!query.sort.nullable) {
    return sql`SELECT ${query.columns} FROM ${query.from} ${whereClause(conditions)} ORDER BY ${order} LIMIT ${limit}`;
  }
  const column = raw(`${sortedBy.alias}."${query.sort.column}"`);
  const direction = raw(ascending ? 'ASC' : 'DESC');
  const id = raw(`${sortedBy.alias}."${sortedBy.id}"`);
  const withValue = sql`SELECT ${query.columns} FROM ${query.from} ${whereClause([...conditions, sql`${column} IS NOT NULL`])}
    ORDER BY ${column} ${direction}, ${id} ${direction} LIMIT ${limit}`;
  const withoutValue = sql`SELECT ${query.columns} FROM ${query.from} ${whereClause([...conditions, sql`${column} IS NULL`])}
    ORDER BY ${id} ${direction} LIMIT ${limit}`;
  const scanned = raw(`scanned."${query.sort.column}"`);
  return sql`SELECT * FROM ((${withValue}) UNION ALL (${withoutValue})) AS scanned
    ORDER BY ${scanned} IS NULL ${raw(nullsLast ? 'ASC' : 'DESC')}, ${scanned} ${direction}, scanned."id" ${direction} LIMIT ${limit}`;
}

/** The exact number of rows of the list (its filter, no page): what `totalCount` counts without maintained counts. */
export function countSql(query: Pick<ConnectionQuery, 'from' | 'where'>): Prisma.Sql {
  return sql`SELECT count(*) FROM ${query.from} ${whereClause(query.where)}`;
}

function whereClause(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? sql`WHERE ${join(conditions, ' AND ')}` : empty;
}

function toConnection<T extends { id: number }>(
  rows: T[],
  query: ConnectionQuery,
  totalCount: () => Promise<number>,
): ConnectionResult<T> {
  const { page, sort } = query;
  const hasMore = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.backward) pageRows.reverse();
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(sort, row as Record<string, unknown>), node: row }));
  const pageInfo: PageInfo = {
    hasNextPage: page.backward ? page.hasCursor : hasMore,
    hasPreviousPage: page.backward ? hasMore : page.hasCursor,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return {
    edges,
    pageInfo,
    get totalCount() {
      return totalCount();
    },
  };
}

/** How a root list's `totalCount` is read: an SQL expression of it, and whether the client asked for it. */
export interface TotalCountQuery {
  /** A scalar subquery: the list's own COUNT (`countSql`), or maintained counts that answer its filter. */
  sql: Prisma.Sql;
  /** `totalCount` is selected: read it in the page's statement. Otherwise it is read only if resolved. */
  selected: boolean;
}

/**
 * One page of a root list: one statement, which also reads `totalCount` when it is selected (known
 * from the request); where that is not known, one more statement reads it only if it is resolved.
 */
export async function findConnection<T extends { id: number }>(query: ConnectionQuery, totalCount: TotalCountQuery): Promise<ConnectionResult<T>> {
  const { conditions } = pageQueryParts(query);
  if (totalCount.selected) {
    // The count beside the page's rows, and a row of nulls but the count when the page is empty.
    // Even `first: 0` reads one row: `hasNextPage` says whether items follow the (empty) page.
    const rows = await readRows<T & { __totalCount: number | bigint }>(
      query.db,
      sql`SELECT (${totalCount.sql}) AS "__totalCount", page.* FROM (SELECT 1) AS one
          LEFT JOIN LATERAL (${pageScan(query, conditions)}) AS page ON true`,
    );
    const total = Number(rows[0]?.__totalCount ?? 0);
    const pageRows = rows.filter((row) => row.id != null).map(({ __totalCount: _, ...row }) => row as unknown as T);
    return toConnection(pageRows, query, () => Promise.resolve(total));
  }
  const rows = await readRows<T>(query.db, pageScan(query, conditions));
  let count: Promise<number> | undefined;
  const readCount = () =>
    (count ??= readRows<{ count: number | bigint }>(query.db, sql`SELECT (${totalCount.sql}) AS count`)
      .then((result) => Number(result[0].count)));
  return toConnection(rows, query, readCount);
}

/**
 * Pages of a relation for many parents in one statement; counts for all parents in one more,
 * and only when asked for. Returns the connections in the order of `parentKeys`.
 */
export async function findNestedConnections<T extends { id: number }>(
  query: NestedConnectionQuery,
): Promise<ConnectionResult<T>[]> {
  const { conditions } = pageQueryParts(query);
  // One parent (a profile or dashboard page) is asked about by value: PostgreSQL then plans with the
  // statistics of that very key (a busy country's events: walk the date index; a quiet one's: fetch
  // and sort its few). Through `unnest` it would plan one generic page for any key.
  const [onlyKey] = query.parentKeys;
  const single = query.parentKeys.length === 1;
  const keys = single ? sql`(SELECT ${onlyKey}::int AS parent_key) AS k` : sql`unnest(${query.parentKeys}::int[]) AS k(parent_key)`;
  const parentKey = single ? sql`${onlyKey}::int` : raw('k.parent_key');
  const belongs = query.belongsTo(parentKey);
  const rows = await readRows<T & { __parentKey: number }>(
    query.db,
    sql`SELECT k.parent_key AS "__parentKey", page.* FROM ${keys}
        CROSS JOIN LATERAL (${pageScan(query, [belongs, ...conditions])}) AS page`,
  );
  const rowsByParent = new Map<number, T[]>();
  for (const { __parentKey, ...row } of rows) {
    const list = rowsByParent.get(__parentKey) ?? [];
    list.push(row as unknown as T);
    rowsByParent.set(__parentKey, list);
  }
  let counts: Promise<Map<number, number>> | undefined;
  const countAll = () =>
    (counts ??= readRows<{ parent_key: number; count: bigint }>(
      query.db,
      sql`SELECT k.parent_key, (SELECT count(*) FROM ${query.from} ${whereClause([belongs, ...query.where])}) AS count
          FROM ${keys}`,
    )
      .then((result) => new Map(result.map((row) => [row.parent_key, Number(row.count)]))));
  return query.parentKeys.map((key) =>
    toConnection(rowsByParent.get(key) ?? [], query, () => countAll().then((map) => map.get(key) ?? 0)),
  );
}
