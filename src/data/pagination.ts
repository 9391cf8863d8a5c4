// The one pagination helper: keyset (cursor) pagination in SQL for root lists and nested relations
// alike. A nested relation loads the pages of many parents in one statement (a LATERAL join per
// parent key), so a page of N parents costs the same number of statements as a page of one.
import { Queryable, readRows } from './read';
import { Prisma } from '../generated/prisma/client';
import {
  ConnectionQuery, ConnectionResult, countSql, CursorPosition, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, NestedConnectionQuery, Page,
  PageArgs, PageInfoValues, pageQueryParts, pageScan, SortColumn, whereClause,
} from './keyset';
import { badUserInput } from '../domain/input-error';

export type { ConnectionQuery, NestedConnectionQuery, Page, SortColumn, SortedBy, SortKind } from './keyset';
export { countSql };

const { sql, raw } = Prisma;

/** Validates first/after/last/before once, with errors that name the argument. */
export function parsePage(args: PageArgs, sort: SortColumn): Page {
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

/**
 * An edge whose cursor is encoded when read: most pages are asked for without them. A class (the
 * getter on its prototype) rather than an object literal with a getter, which costs a closure and
 * a slower object per edge.
 */
class LazyCursorEdge<T> {
  private encoded: string | undefined;

  constructor(private readonly sort: SortColumn, readonly node: T) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.sort, this.node as Record<string, unknown>));
  }
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

export function toConnection<T extends { id: number }>(
  rows: T[],
  query: Pick<ConnectionQuery, 'page' | 'sort'>,
  totalCount: () => Promise<number>,
): ConnectionResult<T> {
  const { page, sort } = query;
  const hasMore = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.backward) pageRows.reverse();
  const edges = pageRows.map((row) => new LazyCursorEdge(sort, row));
  return new PageConnection(edges, new LazyPageInfo(
    edges, page.backward ? page.hasCursor : hasMore, page.backward ? hasMore : page.hasCursor), totalCount);
}

/** A page's info, its cursors encoded when read (classes: one per connection of every row of a list). */
class LazyPageInfo<T> implements PageInfoValues {
  constructor(private readonly edges: LazyCursorEdge<T>[], readonly hasNextPage: boolean, readonly hasPreviousPage: boolean) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/** A connection, its count read only when asked for. */
class PageConnection<T> implements ConnectionResult<T> {
  constructor(readonly edges: LazyCursorEdge<T>[], readonly pageInfo: PageInfoValues, private readonly count: () => Promise<number>) {}

  get totalCount(): Promise<number> {
    return this.count();
  }
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
