// The statement compiler: a root field's selection, described plainly (no GraphQL here), becomes ONE
// SQL statement that returns the whole answer as JSON — each nested object a correlated subquery
// built with json_build_object, each list one aggregated with json_agg, each connection (and each
// root list) the page scan and count of src/data/keyset.ts (the DataLoader path's very SQL, through
// the same read models and maintained counts), each summary the registry's subquery — reading only
// the columns selected, plus the keys field resolvers and cursors need. `hydrate` turns the JSON
// back into rows as the DataLoader path returns them. A selection the registry cannot answer
// throws `NotCompilable`; the caller then answers it the DataLoader way.
import { LRUCache } from 'lru-cache';
import { Prisma } from '../generated/prisma/client';
import {
  Column, ColumnKind, ComputedJson, ComputedRelation, ConnectionRelation, entity, EntityName, ManyRelation, OneRelation, Relation, RelationArgs, SummaryColumn,
} from './entities';
import { countSql, OrderDirection, Page, pageQueryParts, PageQuery, pageScan, scanOrder, SortColumn } from './keyset';

const { sql, raw, join } = Prisma;

/** One field of a selection set, fragments and directives already applied. */
export interface FieldSelection {
  /** The response key: the alias, or the field's name. */
  key: string;
  field: string;
  /** The field's argument values (variables substituted). */
  args: Record<string, unknown>;
  /** For a connection: its page and order, parsed and validated by the caller. */
  connection?: ConnectionPage;
  /** The selection of an object field; empty for a scalar. */
  selections: FieldSelection[];
  /** The field's type is non-null (read by compileAnswer, which must not write null there). */
  nonNull?: boolean;
  /** For `__typename`: the name of the object type it is asked of (read by compileAnswer). */
  typename?: string;
}

export interface ConnectionPage {
  page: Page;
  sort: SortColumn;
  direction: OrderDirection;
  /** The list's filter as conditions on its row `t`, as the target's list makes them (none: no filter). */
  where?: Prisma.Sql[];
  /** The field's arguments, for what the relation reads of them (a side, the filter deciding on maintained counts). */
  args?: RelationArgs;
  /** A root list's `totalCount` from maintained counts, when they answer its filter (else counted). */
  maintainedCount?: Prisma.Sql | null;
}

/** The selection asks for something the compiler does not answer; answer it without it. */
export class NotCompilable extends Error {}

/** How a row is rebuilt from its JSON. */
export interface ObjectPlan {
  entity: EntityName;
  /** Columns read, by the row property (the column's name). */
  columns: Map<string, Column>;
  /** The row properties of `columns`, in order: what `hydrate` copies for every row. */
  properties: string[];
  /** The properties holding decimals, which `hydrate` makes Prisma.Decimal of (the others are kept as the JSON has them). */
  decimals: string[];
  relations: RelationPlan[];
}

export interface RelationPlan {
  /** The response key (for relations read as a row's property: the field's name). */
  key: string;
  field: string;
  relation: Relation;
  /** How the related rows are rebuilt (none for a computed value). */
  plan?: ObjectPlan;
  /** A connection's page, and whether its count was read. */
  connection?: ConnectionPage & { totalCount: boolean };
  /** Its key in the parent's JSON (`@key`), made once per statement rather than once per row. */
  jsonKey?: string;
  /** A bounded list's `first` as the selection gives it (its field resolver, or the caller, applies it). */
  first?: unknown;
}

export interface CompiledStatement {
  /** One row with one column, `result`: the JSON of the root object (no row: it does not exist). */
  sql: Prisma.Sql;
  plan: ObjectPlan;
  /** Fields left to their loaders (`Type.field`), each an extra statement. */
  leftOut: string[];
}

/** json_build_object takes at most 100 arguments (PostgreSQL's FUNC_MAX_ARGS). */
const MAX_JSON_PAIRS = 50;

/** The statement reading the `root` entity with ID `id` and the selection under it. */
export function compileById(root: EntityName, id: number, selections: FieldSelection[]): CompiledStatement {
  return compileOne(root, (alias) => sql`${raw(`${alias}."id"`)} = ${id}::int`, selections);
}

/**
 * The statement reading the one row of `root` that `where` (given the row's alias) selects, and the
 * selection under it. Compiled once per selection and kind of condition (oneRowStatements): asked
 * about another row, the statement is the one compiled before with the condition's new values.
 */
export function compileOne(root: EntityName, where: (alias: string) => Prisma.Sql, selections: FieldSelection[]): CompiledStatement {
  const condition = where(ROOT_ALIAS);
  const compiled = oneRowStatement('rows', root, condition, selections, compileOneRow);
  return {
    sql: new StatementWithText(compiled.strings, [...compiled.selectionValues, ...condition.values], compiled.text),
    plan: compiled.plan,
    leftOut: compiled.leftOut,
  };
}

/** The one-row statement of this kind and selection from oneRowStatements, compiled when it is not there. */
function oneRowStatement(
  kind: 'rows' | 'answer', root: EntityName, condition: Prisma.Sql, selections: FieldSelection[],
  compile: (root: EntityName, condition: Prisma.Sql, selections: FieldSelection[]) => CompiledOneRow,
): CompiledOneRow {
  const key = oneRowStatementKey(kind, root, condition, selections);
  let compiled = key === undefined ? undefined : oneRowStatements.get(key);
  if (!compiled) {
    compiled = compile(root, condition, selections);
    if (key !== undefined) oneRowStatements.set(key, compiled);
  }
  return compiled;
}

/** The alias of a statement's root row: the first one `Aliases` gives out. */
const ROOT_ALIAS = 'c0';

/** A one-row statement as compiled: its parts and text, the values its selection made, and how its rows are rebuilt. */
interface CompiledOneRow {
  strings: readonly string[];
  text: string;
  /** The values before the root condition's, which ends the statement. */
  selectionValues: unknown[];
  plan: ObjectPlan;
  leftOut: string[];
}

function compileOneRow(root: EntityName, condition: Prisma.Sql, selections: FieldSelection[]): CompiledOneRow {
  const aliases = new Aliases();
  // ROOT_ALIAS, for which the condition was made: the first alias given out.
  const alias = aliases.next();
  const object = buildObject(root, alias, selections, aliases, keyOf(root));
  return oneRowOf(sql`SELECT ${object.json} AS "result" FROM ${raw(`"${entity(root).table}" ${alias}`)} WHERE ${condition}`, condition, object.plan, aliases);
}

/** A one-row statement ending with the root `condition`, as oneRowStatements keeps it. */
function oneRowOf(statement: Prisma.Sql, condition: Prisma.Sql, plan: ObjectPlan, aliases: Aliases): CompiledOneRow {
  return {
    strings: statement.strings,
    text: statement.text,
    selectionValues: statement.values.slice(0, statement.values.length - condition.values.length),
    plan,
    leftOut: [...aliases.leftOut],
  };
}

/**
 * A statement whose text was made when it was compiled: not joined again from its parts on every
 * read, and the very same string every time, which the prepared-statement cache and node-postgres
 * find without hashing or comparing a new one.
 */
class StatementWithText extends Prisma.Sql {
  constructor(strings: readonly string[], values: unknown[], private readonly madeText: string) {
    super(strings, values as Prisma.Sql['values']);
  }

  override get text(): string {
    return this.madeText;
  }
}

/**
 * One-row statements compiled before (a detail page: `event(id:)`, `person(slug:)`), by what their
 * text and the selection's values are made of: the root entity, the root condition's text (not its
 * values: the same page about another row is the same statement), and every field, argument, page
 * and filter condition (with its values) of the selection. Compiling is a tenth of such a request's
 * CPU, and most of it is the same every time. Bounded by the text it keeps (a statement is 2–20 kB).
 */
const oneRowStatements = new LRUCache<string, CompiledOneRow>({
  maxSize: 8_000_000,
  sizeCalculation: (compiled, key) => key.length + compiled.text.length + 1,
});

/** The key of a one-row statement in oneRowStatements; undefined when a value has no JSON to tell it by (a bigint). */
function oneRowStatementKey(kind: 'rows' | 'answer', root: EntityName, condition: Prisma.Sql, selections: FieldSelection[]): string | undefined {
  const prefix = `${kind}\0${root}\0${condition.strings.join('\u0001')}`;
  // Selections shared by every request with their shape come frozen (src/schema/compiled.ts): their key is made once.
  const shared = Object.isFrozen(selections) ? sharedSelectionKeys.get(selections) ?? new Map<string, string>() : undefined;
  let key = shared?.get(prefix);
  if (key !== undefined) return key;
  try {
    key = `${prefix}\0${selectionsKey(selections)}`;
  } catch {
    return undefined;
  }
  if (shared) {
    shared.set(prefix, key);
    sharedSelectionKeys.set(selections, shared);
  }
  return key;
}

/**
 * The keys of frozen selections, by selections and root condition: the same string on every
 * request, whose hash the lookup in oneRowStatements does not compute again (a key is 1–3 kB).
 */
const sharedSelectionKeys = new WeakMap<FieldSelection[], Map<string, string>>();

/** Everything of a selection its statement is made of, as text. */
function selectionsKey(selections: FieldSelection[]): string {
  let key = '';
  for (const selection of selections) {
    key += `${selection.key}:${selection.field}${JSON.stringify(selection.args)}`;
    if (selection.connection) key += connectionKey(selection.connection, selection.args);
    if (selection.selections.length) key += `{${selectionsKey(selection.selections)}}`;
    key += ',';
  }
  return key;
}

function connectionKey(page: ConnectionPage, selectionArgs: Record<string, unknown>): string {
  const where = (page.where ?? []).map(sqlKey).join('&');
  const count = page.maintainedCount == null ? String(page.maintainedCount) : sqlKey(page.maintainedCount);
  const args = page.args === selectionArgs ? '' : JSON.stringify(page.args);
  return `[${JSON.stringify(page.page)}|${JSON.stringify(page.sort)}|${page.direction}|${where}|${count}|${args}]`;
}

function sqlKey(part: Prisma.Sql): string {
  return `${part.strings.join('\u0001')}\u0002${JSON.stringify(part.values)}`;
}

/** A statement whose one row holds several roots, each `{ root, id }` in a column named by its index (null where none is). */
export interface CompiledStatements {
  sql: Prisma.Sql;
  plans: ObjectPlan[];
  leftOut: string[];
}

/** The statement reading several rows by ID (`nodes(ids:)`), each with its own selection, side by side in one row. */
export function compileByIds(roots: { root: EntityName; id: number; selections: FieldSelection[] }[]): CompiledStatements {
  const aliases = new Aliases();
  const columns: Prisma.Sql[] = [];
  const plans: ObjectPlan[] = [];
  roots.forEach(({ root, id, selections }, index) => {
    const alias = aliases.next();
    const object = buildObject(root, alias, selections, aliases, keyOf(root));
    columns.push(sql`(SELECT ${object.json} FROM ${raw(`"${entity(root).table}" ${alias} WHERE ${alias}."id"`)} = ${id}::int) AS ${raw(`"${index}"`)}`);
    plans.push(object.plan);
  });
  return { sql: sql`SELECT ${join(columns, ', ')}`, plans, leftOut: [...aliases.leftOut] };
}

/**
 * A root list that is one row's relation, as its filter says (the events of one country): read as
 * that relation, through its read model's order.
 */
export interface ListScope {
  /** The parent's entity. */
  parent: EntityName;
  relation: ConnectionRelation;
  /** The parent row's ID. */
  parentKey: Prisma.Sql;
}

/** The row a connection's rows belong to: its ID, and its summary row's columns (maintained counts). */
interface ParentRow {
  key: Prisma.Sql;
  summary: SummaryColumn;
}

/**
 * The statement reading one page of a root list (`events(filter, orderBy, first, …)`) and the
 * selection under it: one row, `result`, `{ rows, totalCount }` as `hydratePage` rebuilds it.
 */
export function compileList(root: EntityName, selection: FieldSelection, scope?: ListScope): CompiledStatement & { relation: RelationPlan } {
  const aliases = new Aliases();
  const built = scope
    ? connection(scope.relation, { key: scope.parentKey, summary: summaryColumnByKey(scope.parent, scope.parentKey) }, selection, aliases)
    : connection({ kind: 'connection', target: root, belongsTo: () => sql`true` }, null, selection, aliases);
  return { sql: sql`SELECT ${built.json} AS "result"`, plan: built.plan.plan!, relation: built.plan, leftOut: [...aliases.leftOut] };
}

/** Rows of several entities, each read by an ID another statement gives, for that statement to select. */
export interface CompiledRows {
  /** Per root: the subquery giving the row's JSON (null when there is no such row). */
  json: Prisma.Sql[];
  plans: ObjectPlan[];
  leftOut: string[];
}

/**
 * The rows whose ID is `id`, an expression of a statement the compiler does not build (search's
 * ranked hits, `page.id`), of each root entity with the selection for it: that statement selects
 * the one its row names, and so answers the selection under it without another statement.
 */
export function compileRowsById(roots: { root: EntityName; selections: FieldSelection[] }[], id: Prisma.Sql): CompiledRows {
  const aliases = new Aliases();
  const json: Prisma.Sql[] = [];
  const plans: ObjectPlan[] = [];
  for (const { root, selections } of roots) {
    const alias = aliases.next();
    const object = buildObject(root, alias, selections, aliases, keyOf(root));
    json.push(sql`(SELECT ${object.json} FROM ${raw(`"${entity(root).table}" ${alias}`)} WHERE ${raw(`${alias}."id"`)} = ${id})`);
    plans.push(object.plan);
  }
  return { json, plans, leftOut: [...aliases.leftOut] };
}

/** What one statement's build keeps: the row aliases given out, and the fields left to their loaders. */
class Aliases {
  readonly leftOut = new Set<string>();
  private count = 0;
  next(): string {
    return `c${this.count++}`;
  }

  /** How many were given out: where a build taken from pageRowsBuilt carries on from. */
  get given(): number {
    return this.count;
  }

  /** Carries on after a build taken from pageRowsBuilt, as if it had been made here. */
  resume(given: number, leftOut: readonly string[]): void {
    this.count = given;
    for (const field of leftOut) this.leftOut.add(field);
  }
}

/**
 * The summary row (Entity.summary) of the row under `alias`, for the fields of that row that read it: each reads a
 * column of it (`column`), and the row's JSON or text is then computed with the summary row joined to it once
 * (`around`). A country's dashboard read its arms-sale totals ten times, by four subqueries each evaluated again for
 * each member of the JSON read from it; the floor reads them once.
 */
class SummaryRow {
  private read = false;
  constructor(private readonly name: EntityName, private readonly alias: string) {}

  readonly column: SummaryColumn = (column) => {
    if (!entity(this.name).summary) throw new Error(`${this.name} has no summary table in the registry`);
    this.read = true;
    return raw(`${this.alias}_s."${column}"`);
  };

  /** `value` (the row's JSON or text), with the summary row joined where a field read it: a left join, as a parent may have none. */
  around(value: Prisma.Sql): Prisma.Sql {
    const { summary } = entity(this.name);
    if (!this.read || !summary) return value;
    const row = `${this.alias}_s`;
    return sql`(SELECT ${value} FROM (SELECT) AS ${raw(`${this.alias}_one LEFT JOIN "${summary.table}" ${row} ON ${row}."${summary.key}" = ${this.alias}."id"`)})`;
  }
}

/** A column of the summary row of the parent whose ID is `parentKey`, read by its key (a root list of one parent's rows). */
function summaryColumnByKey(name: EntityName, parentKey: Prisma.Sql): SummaryColumn {
  return (column) => {
    const { summary } = entity(name);
    if (!summary) throw new Error(`${name} has no summary table in the registry`);
    return sql`(SELECT ${raw(`s."${column}" FROM "${summary.table}" s WHERE s."${summary.key}"`)} = ${parentKey})`;
  };
}

/**
 * A page's rows as built before for the same selection, which every request with that shape shares
 * (frozen: src/schema/compiled.ts makes it once, with no argument naming a variable and no filter
 * under it): the same JSON, columns and plan, whatever the page, order and filter of the list
 * itself, which are the request's. By the selection and the build's start (the row alias, the
 * columns cursors need). A country timeline's twenty events with their location, participants and
 * articles were built anew on every request, a tenth of its Node CPU.
 */
const pageRowsBuilt = new WeakMap<readonly FieldSelection[], Map<string, { object: BuiltObject; given: number; leftOut: string[] }>>();

/** Fields asked for under several keys or paths that read one row property are merged into one selection. */
function merge(selections: FieldSelection[], keyOf: (selection: FieldSelection) => string): FieldSelection[] {
  const byKey = new Map<string, FieldSelection>();
  for (const selection of selections) {
    const key = keyOf(selection);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...selection, key });
      continue;
    }
    if (seen.field !== selection.field || JSON.stringify(seen.args) !== JSON.stringify(selection.args)) {
      throw new NotCompilable(`"${key}" is asked for with different fields or arguments`);
    }
    byKey.set(key, { ...seen, selections: [...seen.selections, ...selection.selections] });
  }
  return [...byKey.values()];
}

interface BuiltObject {
  /** json_build_object(…) over the row alias. */
  json: Prisma.Sql;
  /** The row's columns the statement reads, for the JSON and its subqueries (a page scan's select list). */
  columns: string[];
  plan: ObjectPlan;
}

/**
 * A row the statement already joins to the one being built (a bounded list's ordering join: a
 * participant's person), which a `one` relation through the same key reads instead of a subquery.
 */
interface JoinedRow {
  table: string;
  foreignKey: string;
  alias: string;
}

/** The row's key, for the objects whose JSON carries it whatever is selected: roots (their resolvers' row) and a connection's rows (cursors). */
function keyOf(name: EntityName): string[] {
  const { key } = entity(name);
  return key ? [key] : [];
}

/**
 * The JSON of one row of `name` (alias `alias`) with the selection, and how it is rebuilt. Only what
 * field resolvers read travels in the JSON: the selected columns, `required` (a root's key, a
 * connection row's key and sort column for cursors), the key when `id` or a field loaded by it is
 * selected, and `alwaysRead`. The foreign key of a `one` relation the statement answers is read by
 * its subquery, not sent: building and parsing JSON no resolver reads costs both sides, on every
 * row of every list (an event's participants).
 */
function buildObject(
  name: EntityName, alias: string, selections: FieldSelection[], aliases: Aliases, required: string[], joined?: JoinedRow,
): BuiltObject {
  const description = entity(name);
  // What the JSON carries, by the row property: what is required first, in a stable order.
  const columns = new Map<string, Column>([...required, ...(description.alwaysRead ?? [])].map((column) => [column, columnNamed(name, column)]));
  // Columns the statement reads of the row for its subqueries (the key, a one relation's foreign key), which the JSON leaves out.
  const readForSql = new Set<string>(description.key ? [description.key] : []);
  const pairs: Prisma.Sql[] = [];
  const relations: RelationPlan[] = [];
  const summary = new SummaryRow(name, alias);
  const merged = merge(selections, (selection) => {
    const relation = description.relations[selection.field];
    return relation?.kind === 'one' && relation.property ? selection.field : selection.key;
  });
  for (const selection of merged) {
    if (selection.field === '__typename') continue;
    // `id` is the global ID its field resolver makes of the key.
    if (selection.field === 'id' && description.globalIdType && !selection.selections.length) {
      if (description.key) columns.set(description.key, columnNamed(name, description.key));
      continue;
    }
    if (description.loadedByKey?.includes(selection.field)) {
      // Its resolver loads it from the key.
      if (description.key) columns.set(description.key, columnNamed(name, description.key));
      aliases.leftOut.add(`${name}.${selection.field}`);
      continue;
    }
    const column = description.columns[selection.field];
    if (column) {
      if (Object.keys(selection.args).length || selection.selections.length) throw new NotCompilable(`${name}.${selection.field}`);
      columns.set(column.column, column);
      continue;
    }
    const relation = description.relations[selection.field];
    if (!relation) throw new NotCompilable(`${name}.${selection.field} is not in the registry`);
    if (relation.kind === 'computed') {
      // Its subfields are read by default resolvers from the value its field resolver makes of the JSON.
      if (Object.keys(selection.args).length) throw new NotCompilable(`${name}.${selection.field} with arguments`);
      const computed = relation.value === 'json' ? computedJson(relation, alias, summary.column, aliases) : relation.sql(raw(`${alias}."id"`), summary.column);
      const json = relation.value === 'timestamp' ? sql`to_char((${computed}), ${raw(`'${INSTANT_FORMAT}'`)})` : computed;
      pairs.push(sql`${jsonKey(relationKey(selection))}, ${json}`);
      relations.push({ key: selection.key, field: selection.field, relation });
      continue;
    }
    // A bounded list's `first` is applied by its field resolver to what the statement brought (the
    // list is read whole: an event's stops, participants, countries); any other argument is not compiled.
    const uncompiledArgs = Object.keys(selection.args).filter((arg) => !(relation.kind === 'many' && arg === 'first'));
    if (relation.kind !== 'connection' && uncompiledArgs.length) throw new NotCompilable(`${name}.${selection.field} with arguments`);
    const built = relation.kind === 'one' && joined && relation.foreignKey === joined.foreignKey && entity(relation.target).table === joined.table
      ? oneJoined(relation, joined.alias, selection, aliases)
      : buildRelation(relation, { alias, summary: summary.column }, selection, aliases);
    if (relation.kind === 'one') readForSql.add(relation.foreignKey);
    pairs.push(sql`${jsonKey(relationKey(selection))}, ${built.json}`);
    relations.push(built.plan);
  }
  const columnPairs = [...columns.values()].map(({ column, kind }) => sql`${jsonKey(column)}, ${raw(columnJson(`${alias}."${column}"`, kind))}`);
  if (columnPairs.length + pairs.length > MAX_JSON_PAIRS) throw new NotCompilable(`${name}: too many fields for one JSON object`);
  return {
    // No pairs: a page's row of which nothing is read but that it is there (`edges { __typename }`,
    // or only `totalCount`), `{}`.
    json: columnPairs.length + pairs.length ? summary.around(sql`json_build_object(${join([...columnPairs, ...pairs], ', ')})`) : sql`json_build_object()`,
    columns: [...new Set([...columns.keys(), ...readForSql])],
    plan: {
      entity: name,
      columns,
      properties: [...columns.keys()],
      decimals: [...columns.values()].filter(({ kind }) => kind === 'decimal').map(({ column }) => column),
      relations,
    },
  };
}

/**
 * A column's value as its JSON travels. A date is the day's text (json_build_object writes a date as
 * YYYY-MM-DD) and a timestamp (stored in UTC) the instant's text as the DateTime scalar answers it, so
 * that neither is parsed into a Date here only to be printed back (src/schema/scalars.ts passes the
 * API's own text through); a decimal is text, exact, as node-postgres hands it to Prisma.Decimal.
 */
function columnJson(column: string, kind: ColumnKind): string {
  switch (kind) {
    case 'timestamp':
      return `to_char(${column}, '${INSTANT_FORMAT}')`;
    case 'decimal':
      return `${column}::text`;
    default:
      return column;
  }
}

/** to_char's pattern of an instant as Date.prototype.toISOString writes it (2025-01-03T10:15:30.000Z). */
const INSTANT_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

/** A column read for a cursor or a key, with the kind it travels as. */
function columnNamed(name: EntityName, column: string): Column {
  const description = entity(name);
  const known = Object.values(description.columns).find((candidate) => candidate.column === column);
  if (known) return known;
  const sort = Object.values(description.orderings ?? {}).find((candidate) => candidate.column === column);
  return { column, kind: sort?.kind ?? 'integer' };
}

/** Relations travel under `@key`, apart from the columns. */
function relationKey(selection: { key: string }): string {
  return `@${selection.key}`;
}

/** A JSON key as an SQL literal (keys are GraphQL names and column names: letters, digits, `_`, `@`). */
function jsonKey(key: string): Prisma.Sql {
  if (!/^@?[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new NotCompilable(`unexpected key ${key}`);
  return raw(`'${key}'`);
}

/** A computed JSON value as its field resolver takes it: the object of its members, or the list of them over its rows. */
function computedJson(relation: ComputedJson, parent: string, summary: SummaryColumn, aliases: Aliases): Prisma.Sql {
  const row = relation.rows ? aliases.next() : parent;
  const members = Object.entries(relation.members(row, summary)).map(([name, value]) => sql`${jsonKey(name)}, ${value}`);
  const object = sql`json_build_object(${join(members, ', ')})`;
  return relation.rows
    ? sql`COALESCE((SELECT json_agg(${object} ORDER BY ${raw(relation.rows.orderBy(row))}) FROM ${relation.rows.from(raw(`${parent}."id"`), row)}), '[]'::json)`
    : object;
}

function buildRelation(
  relation: Exclude<Relation, ComputedRelation>, parent: { alias: string; summary: SummaryColumn }, selection: FieldSelection, aliases: Aliases,
): { json: Prisma.Sql; plan: RelationPlan } {
  switch (relation.kind) {
    case 'one':
      return one(relation, parent.alias, selection, aliases);
    case 'many':
      return many(relation, parent.alias, selection, aliases);
    case 'connection':
      return connection(relation, { key: raw(`${parent.alias}."id"`), summary: parent.summary }, selection, aliases);
  }
}

function one(relation: OneRelation, parent: string, selection: FieldSelection, aliases: Aliases) {
  const alias = aliases.next();
  const object = buildObject(relation.target, alias, selection.selections, aliases, []);
  const table = entity(relation.target).table;
  return {
    json: sql`(SELECT ${object.json} FROM ${raw(`"${table}" ${alias} WHERE ${alias}."id" = ${parent}."${relation.foreignKey}"`)})`,
    plan: { key: selection.key, field: selection.field, relation, plan: object.plan },
  };
}

/**
 * A `one` relation read from the row the statement already joins (`joinedAlias`): the join is an
 * inner one on the same key, so the row is there, and a subquery would look it up again.
 */
function oneJoined(relation: OneRelation, joinedAlias: string, selection: FieldSelection, aliases: Aliases) {
  const object = buildObject(relation.target, joinedAlias, selection.selections, aliases, []);
  return { json: object.json, plan: { key: selection.key, field: selection.field, relation, plan: object.plan } };
}

function many(relation: ManyRelation, parent: string, selection: FieldSelection, aliases: Aliases) {
  const alias = aliases.next();
  const joined = `${alias}_j`;
  // Rows the registry computes (rowsOf) are not joined to anything.
  const joinedRow = relation.orderJoin && !relation.rowsOf
    ? { table: relation.orderJoin.table, foreignKey: relation.orderJoin.foreignKey, alias: joined }
    : undefined;
  const object = buildObject(relation.target, alias, selection.selections, aliases, [], joinedRow);
  const table = entity(relation.target).table;
  const join = relation.orderJoin
    ? ` JOIN "${relation.orderJoin.table}" ${joined} ON ${joined}."id" = ${alias}."${relation.orderJoin.foreignKey}"`
    : '';
  // Rows the registry computes for the parent (a ranking), or the rows of the target's table that point at it.
  const rows = relation.rowsOf
    ? sql`(${relation.rowsOf(raw(`${parent}."id"`), selection.args)}) ${raw(alias)}`
    : raw(`"${table}" ${alias}${join} WHERE ${alias}."${relation.foreignKey}" = ${parent}."id"`);
  return {
    json: sql`COALESCE((SELECT json_agg(${object.json} ORDER BY ${raw(relation.orderBy(alias, joined))})
      FROM ${rows}), '[]'::json)`,
    plan: { key: selection.key, field: selection.field, relation, plan: object.plan, first: selection.args.first },
  };
}

/**
 * `{ rows, totalCount }`: the page as the DataLoader path reads it for one parent (the same page
 * scan: size + 1 rows in scan order, the two-part scan of a nullable order column, through the
 * relation's read model when it orders by a column the read model copies), and the count as it
 * counts it (from maintained counts where it does), only when selected. `parent` is the parent
 * row; none for a root list.
 */
function connection(relation: ConnectionRelation, parent: ParentRow | null, selection: FieldSelection, aliases: Aliases) {
  const { connection: page } = selection;
  if (!page) throw new NotCompilable(`${selection.field}: no page`);
  let totalCount = false;
  let pageInfo = false;
  let cursors = false;
  const nodes: FieldSelection[] = [];
  for (const field of selection.selections) {
    if (field.field === 'totalCount') totalCount = true;
    else if (field.field === 'edges') {
      for (const edgeField of field.selections) {
        if (edgeField.field === 'node') nodes.push(...edgeField.selections);
        else if (edgeField.field === 'cursor') cursors = true;
        else if (edgeField.field !== '__typename') throw new NotCompilable(`edges.${edgeField.field}`);
      }
    } else if (field.field === 'pageInfo') pageInfo = true;
    else if (field.field !== '__typename') throw new NotCompilable(`${selection.field}.${field.field}`);
  }
  const alias = aliases.next();
  // The scan orders by each row's sort value and key; the JSON carries them only for cursors (an
  // edge's, or pageInfo's start and end), and the row after the page only for pageInfo's has…Page.
  const orderColumns = [...keyOf(relation.target), page.sort.column];
  // Node fields asked for under several aliases of `node` are one row's: merged by their keys.
  const required = cursors || pageInfo ? orderColumns : [];
  const build = () => buildObject(relation.target, alias, merge(nodes, (node) => node.key), aliases, required);
  const object = Object.isFrozen(selection.selections) ? builtOnce(selection.selections, `${relation.target}\0${alias}\0${required.join(',')}`, aliases, build) : build();
  const { scan, order, count } = pageScanOf(relation, parent, page, [...object.columns, ...orderColumns], alias, pageInfo);
  const rows = sql`COALESCE((SELECT json_agg(${object.json} ORDER BY ${order})
    FROM (${scan}) AS ${raw(alias)}), '[]'::json)`;
  const json = totalCount ? sql`json_build_object('rows', ${rows}, 'totalCount', (${count()}))` : sql`json_build_object('rows', ${rows})`;
  return {
    json,
    plan: { key: selection.key, field: selection.field, relation, plan: object.plan, connection: { ...page, totalCount } },
  };
}

/**
 * A connection's page as the DataLoader path scans it for one parent (`parent`; none: a root
 * list), reading `columns` of each row: the scan (size + 1 rows when `peekBeyondPage`, for
 * pageInfo's has…Page), its order over the rows under `alias`, and its `totalCount` (from maintained
 * counts where they answer it).
 */
function pageScanOf(
  relation: ConnectionRelation, parent: ParentRow | null, page: ConnectionPage, columns: string[], alias: string, peekBeyondPage: boolean,
): { scan: Prisma.Sql; order: Prisma.Sql; count: () => Prisma.Sql } {
  const parentKey = parent?.key;
  const target = entity(relation.target);
  const where = page.where ?? [];
  const args = page.args ?? {};
  const query: PageQuery = {
    from: raw(`"${target.table}" t`), columns: raw([...new Set(columns)].map((column) => `t."${column}"`).join(', ')),
    where, sort: page.sort, direction: page.direction, page: page.page,
  };
  const belongs = parentKey ? relation.belongsTo(parentKey, args) : null;
  const through = relation.orderedThrough;
  const scanned: { query: PageQuery; belongs: Prisma.Sql | null } = parentKey && through?.sortColumns.includes(page.sort.column)
    ? {
        query: {
          ...query,
          from: raw(`"${through.table}" link JOIN "${target.table}" t ON t."id" = link."${through.rowColumn}"`),
          sortedBy: { alias: 'link', id: through.rowColumn },
        },
        belongs: sql`${raw(`link."${through.parentColumn}"`)} = ${parentKey}`,
      }
    : { query, belongs };
  const { conditions, ascending, nullsLast } = pageQueryParts(scanned.query);
  return {
    scan: pageScan(scanned.query, scanned.belongs ? [scanned.belongs, ...conditions] : conditions, peekBeyondPage),
    // Aggregated in the scan's own order, stated rather than left to the subquery's.
    order: scanOrder({ alias, id: 'id' }, page.sort, ascending, nullsLast),
    count: () => {
      const maintained = parent ? relation.maintainedCount?.(parent.key, args, parent.summary) : page.maintainedCount;
      return maintained ?? countSql({ from: query.from, where: belongs ? [belongs, ...where] : where });
    },
  };
}

/** `build()`, or what it built before for this shared selection and start (pageRowsBuilt), the aliases carried on as it left them. */
function builtOnce(selections: readonly FieldSelection[], start: string, aliases: Aliases, build: () => BuiltObject): BuiltObject {
  let builds = pageRowsBuilt.get(selections);
  if (!builds) pageRowsBuilt.set(selections, (builds = new Map()));
  const built = builds.get(start);
  if (built) {
    aliases.resume(built.given, built.leftOut);
    return built.object;
  }
  const leftBefore = new Set(aliases.leftOut);
  const object = build();
  builds.set(start, { object, given: aliases.given, leftOut: [...aliases.leftOut].filter((field) => !leftBefore.has(field)) });
  return object;
}

/**
 * What every row `hydrate` makes is (its prototype; its own properties are the row's): a row a
 * statement brought with all of its selection, every relation of the registry selected under it
 * included (a selection the compiler cannot answer whole is NotCompilable, never half read; only a
 * field loaded by key is left to its resolver), unlike a row the DataLoader path or memory gives.
 */
class StatementRow {}

/** Whether `value` is a row `hydrate` made. */
export function isStatementRow(value: unknown): boolean {
  return value instanceof StatementRow;
}

/** A connection's JSON rebuilt: the rows of the page scan, and the count when it was read. */
export interface CompiledPage {
  rows: Record<string, unknown>[];
  totalCount: number | null;
}

/**
 * Rebuilds the rows of a compiled statement's JSON as the field resolvers read them: the columns
 * as the JSON has them (dates and timestamps as the API's text, see columnJson; the scalars pass it
 * through), decimals as the Prisma.Decimal the DataLoader path reads. Relations read as a row's
 * property are set on the row; the others, and every connection, are handed to `onRelation` for the
 * field resolvers.
 */
export function hydrate(
  plan: ObjectPlan,
  json: Record<string, unknown>,
  onRelation: (row: Record<string, unknown>, relation: RelationPlan, value: unknown) => void,
): Record<string, unknown> {
  const row = Object.create(StatementRow.prototype) as Record<string, unknown>;
  // Counted loops: a row's hydrate runs for each of the relations' rows, and an iterator (or a
  // callback) per loop was most of what it allocated besides the rows.
  const { properties, decimals, relations } = plan;
  for (let index = 0; index < properties.length; index++) row[properties[index]] = json[properties[index]] ?? null;
  for (let index = 0; index < decimals.length; index++) {
    const property = decimals[index];
    if (row[property] !== null) row[property] = new Prisma.Decimal(row[property] as string);
  }
  for (let index = 0; index < relations.length; index++) {
    const relation = relations[index];
    const raw = json[(relation.jsonKey ??= relationKey(relation))];
    let result: unknown;
    if (relation.relation.kind === 'computed') {
      result = relation.relation.value === 'decimal' && raw != null ? new Prisma.Decimal(raw as string) : raw ?? null;
    } else if (relation.connection) {
      result = hydratePage(relation.plan!, raw as Record<string, unknown>, onRelation);
    } else if (relation.relation.kind === 'many') {
      result = hydrateAll(relation.plan!, raw as Record<string, unknown>[], onRelation);
    } else {
      result = raw == null ? null : hydrate(relation.plan!, raw as Record<string, unknown>, onRelation);
    }
    if (relation.relation.kind === 'one' && relation.relation.property) row[relation.field] = result;
    else onRelation(row, relation, result);
  }
  return row;
}

/** The rows of a list's JSON. */
function hydrateAll(
  plan: ObjectPlan,
  items: Record<string, unknown>[],
  onRelation: (row: Record<string, unknown>, relation: RelationPlan, value: unknown) => void,
): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = new Array(items.length);
  for (let index = 0; index < items.length; index++) rows[index] = hydrate(plan, items[index], onRelation);
  return rows;
}

/** A connection's page rebuilt from its JSON: the rows of the page scan, and the count when it was read. */
export function hydratePage(
  plan: ObjectPlan,
  json: Record<string, unknown>,
  onRelation: (row: Record<string, unknown>, relation: RelationPlan, value: unknown) => void,
): CompiledPage {
  const page = json as { rows: Record<string, unknown>[]; totalCount?: number };
  return { rows: hydrateAll(plan, page.rows, onRelation), totalCount: page.totalCount ?? null };
}

// The answer as JSON text. Where nothing under a root row needs a field resolver — only columns the
// API answers as they are stored, global IDs, `__typename`, related rows, bounded lists and forward
// connection pages of them — the statement can write the root field's answer itself, as the JSON
// text a client receives, instead of JSON that `hydrate` rebuilds into rows for graphql-jit to
// execute and JSON.stringify to write again (a seventh of an event detail's Node CPU). The text is
// what JSON.stringify writes of graphql-js's answer, byte for byte: the response keys in the order
// of the selection (as src/schema/compiled.ts collects it: fragments, aliases and @include/@skip
// applied), no whitespace, strings escaped by `to_json` as JSON.stringify escapes them. It is
// concatenated text, not `json_build_object`, whose output puts spaces around every `:` and `,`.
// What the compiler cannot write so throws NotCompilable, and the ordinary path answers.

/**
 * Stands where the answer cannot be written as text: a non-null field read null (a related row missing, a
 * column null), or a number whose text JavaScript writes otherwise (writtenNumber). No valid JSON has it
 * outside a string, so the caller finds it with one search of the text and lets the ordinary path answer,
 * which reports the error and the nulls it leaves as graphql-js does.
 */
export const NOT_WRITTEN_AS_TEXT = '!null!';

/** The statement whose one row's `answer` is the JSON text of the root field's answer (no row: no such root row). */
export function compileAnswer(root: EntityName, where: (alias: string) => Prisma.Sql, selections: FieldSelection[]): Prisma.Sql {
  const condition = where(ROOT_ALIAS);
  const compiled = oneRowStatement('answer', root, condition, selections, compileAnswerRow);
  return new StatementWithText(compiled.strings, [...compiled.selectionValues, ...condition.values], compiled.text);
}

function compileAnswerRow(root: EntityName, condition: Prisma.Sql, selections: FieldSelection[]): CompiledOneRow {
  const aliases = new Aliases();
  const alias = aliases.next();
  const object = answerObject(root, alias, selections, aliases);
  const statement = sql`SELECT ${object.text} AS "answer" FROM ${raw(`"${entity(root).table}" ${alias}`)} WHERE ${condition}`;
  const plan: ObjectPlan = { entity: root, columns: new Map(), properties: [], decimals: [], relations: [] };
  return oneRowOf(statement, condition, plan, aliases);
}

/** An answer object's text, and the columns of its row it reads (a page scan selects them). */
interface AnswerObject {
  text: Prisma.Sql;
  columns: string[];
}

/** `'{"key":' || value || ',"key2":' || … || '}'`: the object's members in the selection's order. */
function answerMembers(members: { key: string; value: Prisma.Sql }[]): Prisma.Sql {
  if (!members.length) return raw(`'{}'`);
  const parts = members.map(({ key, value }, index) => sql`${textLiteral(`${index ? ',' : '{'}"${jsonName(key)}":`)} || ${value}`);
  return sql`(${join(parts, ' || ')} || '}')`;
}

/** A value's text, or `null` (NOT_WRITTEN_AS_TEXT where the field is non-null). */
function orNull(value: Prisma.Sql, selection: FieldSelection): Prisma.Sql {
  return sql`COALESCE(${value}, ${textLiteral(selection.nonNull ? NOT_WRITTEN_AS_TEXT : 'null')})`;
}

/** An SQL string literal of text the compiler writes (response keys, type names: no quote in them). */
function textLiteral(text: string): Prisma.Sql {
  if (text.includes("'")) throw new NotCompilable(`unexpected text ${text}`);
  return raw(`'${text}'`);
}

/** A response key or type name as it stands in JSON (GraphQL names need no escaping). */
function jsonName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new NotCompilable(`unexpected name ${name}`);
  return name;
}

/** The text of one row of `name` (alias `alias`): its selected fields, in order. */
function answerObject(name: EntityName, alias: string, selections: FieldSelection[], aliases: Aliases, joined?: JoinedRow): AnswerObject {
  const description = entity(name);
  const columns = new Set<string>(description.key ? [description.key] : []);
  const members: { key: string; value: Prisma.Sql }[] = [];
  const summary = new SummaryRow(name, alias);
  for (const selection of selections) {
    const { key, field } = selection;
    if (field === '__typename') {
      members.push({ key, value: textLiteral(`"${jsonName(selection.typename ?? '')}"`) });
      continue;
    }
    if (Object.keys(selection.args).length && !description.relations[field]) throw new NotCompilable(`${name}.${field} with arguments`);
    if (field === 'id' && description.globalIdType && description.key) {
      // toGlobalId's base64url of "Type:id", without padding, as SQL writes it (the key is never null).
      members.push({ key, value: raw(`('"' || translate(encode(convert_to('${jsonName(description.globalIdType)}:' || ${alias}."${description.key}", 'UTF8'), 'base64'), '+/=', '-_') || '"')`) });
      continue;
    }
    const column = description.columns[field];
    if (column) {
      columns.add(column.column);
      members.push({ key, value: orNull(answerColumn(raw(`${alias}."${column.column}"`), column), selection) });
      continue;
    }
    const relation = description.relations[field];
    if (!relation || description.loadedByKey?.includes(field)) throw new NotCompilable(`${name}.${field} is not written as text`);
    if (relation.kind === 'computed') {
      members.push({ key, value: orNull(answerComputed(relation, alias, summary.column, selection, aliases), selection) });
    } else if (relation.kind === 'one') {
      columns.add(relation.foreignKey);
      members.push({ key, value: orNull(answerOne(relation, alias, selection, aliases, joined), selection) });
    } else if (relation.kind === 'many') {
      members.push({ key, value: answerMany(relation, alias, selection, aliases) });
    } else {
      members.push({ key, value: answerConnection(relation, { key: raw(`${alias}."id"`), summary: summary.column }, selection, aliases) });
    }
  }
  return { text: summary.around(answerMembers(members)), columns: [...columns] };
}

/**
 * A column's value as JSON text, as the API's scalars answer it: a timestamp as the DateTime text,
 * a date as its day (to_json writes YYYY-MM-DD), a decimal as the Decimal scalar writes the
 * Prisma.Decimal it is read as (decimal.js drops trailing zeros: trim_scale), or as its field's resolver
 * answers it (`answered`). A float is not: its shortest text differs from JavaScript's for large and
 * small numbers.
 */
function answerColumn(value: Prisma.Sql, { kind, answered }: Pick<Column, 'kind' | 'answered'>): Prisma.Sql {
  if (answered === 'number') return writtenNumber(value);
  if (answered === 'fixed') return sql`to_json((${value})::text)::text`;
  switch (kind) {
    case 'timestamp':
      return sql`to_json(to_char(${value}, ${raw(`'${INSTANT_FORMAT}'`)}))::text`;
    case 'decimal':
      return sql`to_json(trim_scale(${value})::text)::text`;
    case 'float':
      throw new NotCompilable('a float is not written as text');
    default:
      return sql`to_json(${value})::text`;
  }
}

/**
 * A decimal as the JSON number JavaScript writes of `Number(its text)`: its digits without trailing zeros, which
 * are that number's shortest text while they are at most 15 significant digits (any two such decimals are
 * different doubles) and JavaScript writes no exponent: below 10^13 with two decimals. Larger ones are
 * NOT_WRITTEN_AS_TEXT (read again the ordinary way).
 */
function writtenNumber(decimal: Prisma.Sql): Prisma.Sql {
  // NOT (null) is null: a null decimal is null text, which orNull writes.
  return sql`CASE WHEN NOT (abs(${decimal}) < 1e13 AND scale(${decimal}) <= 2) THEN ${textLiteral(NOT_WRITTEN_AS_TEXT)} ELSE trim_scale(${decimal})::text END`;
}

/**
 * A computed value as the API answers it: a scalar as its column kind, JSON (an object or a list of them) written
 * from its members by the fields the registry says it answers (`answered`), with no JSON built and read again.
 */
function answerComputed(relation: ComputedRelation, parent: string, summary: SummaryColumn, selection: FieldSelection, aliases: Aliases): Prisma.Sql {
  if (relation.value !== 'json') return answerColumn(sql`(${relation.sql(raw(`${parent}."id"`), summary)})`, { kind: relation.value });
  if (Object.keys(selection.args).length) throw new NotCompilable(`${selection.field} with arguments is not written as text`);
  const row = relation.rows ? aliases.next() : parent;
  const members = relation.members(row, summary);
  const object = answerMembers(selection.selections.map((member) => {
    if (member.field === '__typename') return { key: member.key, value: textLiteral(`"${jsonName(member.typename ?? '')}"`) };
    const written = relation.answered[member.field];
    if (!written) throw new NotCompilable(`${selection.field}.${member.field} is not written as text`);
    const value = members[written.member ?? member.field];
    if (!value) throw new Error(`${selection.field} has no member ${written.member ?? member.field} in the registry`);
    const text = written.number ? writtenNumber(sql`(${value})::numeric`) : sql`to_json(${value})::text`;
    return { key: member.key, value: orNull(text, member) };
  }));
  return relation.rows
    ? sql`(SELECT COALESCE('[' || string_agg(${object}, ',' ORDER BY ${raw(relation.rows.orderBy(row))}) || ']', '[]') FROM ${relation.rows.from(raw(`${parent}."id"`), row)})`
    : object;
}

function answerOne(relation: OneRelation, parent: string, selection: FieldSelection, aliases: Aliases, joined?: JoinedRow): Prisma.Sql {
  // The row the statement already joins on the same key (a participant's person): no subquery.
  if (joined && relation.foreignKey === joined.foreignKey && entity(relation.target).table === joined.table) {
    return answerObject(relation.target, joined.alias, selection.selections, aliases).text;
  }
  const alias = aliases.next();
  const object = answerObject(relation.target, alias, selection.selections, aliases);
  return sql`(SELECT ${object.text} FROM ${raw(`"${entity(relation.target).table}" ${alias} WHERE ${alias}."id" = ${parent}."${relation.foreignKey}"`)})`;
}

/** A bounded list: its rows in the order its DataLoader uses, the first `first` of them (boundedList's cut, checked by the caller). */
function answerMany(relation: ManyRelation, parent: string, selection: FieldSelection, aliases: Aliases): Prisma.Sql {
  const first = selection.args.first;
  if (relation.rowsOf || Object.keys(selection.args).some((arg) => arg !== 'first') || (first !== undefined && !Number.isSafeInteger(first))) {
    throw new NotCompilable(`${selection.field}: not written as text with these rows or arguments`);
  }
  const alias = aliases.next();
  const joinedAlias = `${alias}_j`;
  const joined = relation.orderJoin ? { table: relation.orderJoin.table, foreignKey: relation.orderJoin.foreignKey, alias: joinedAlias } : undefined;
  const object = answerObject(relation.target, alias, selection.selections, aliases, joined);
  const join = relation.orderJoin ? ` JOIN "${relation.orderJoin.table}" ${joinedAlias} ON ${joinedAlias}."id" = ${alias}."${relation.orderJoin.foreignKey}"` : '';
  const items = sql`array_agg(${object.text} ORDER BY ${raw(relation.orderBy(alias, joinedAlias))})`;
  const cut = first === undefined ? items : sql`(${items})[1:${first}::int]`;
  return sql`COALESCE((SELECT '[' || array_to_string(${cut}, ',') || ']'
    FROM ${raw(`"${entity(relation.target).table}" ${alias}${join} WHERE ${alias}."${relation.foreignKey}" = ${parent}."id"`)}), '[]')`;
}

/**
 * A connection's page read forward: `totalCount`, `edges { node … }` (under any aliases) and
 * `__typename`, in the selection's order. Cursors, `pageInfo` and backward pages are left to the
 * ordinary path (toConnection makes them).
 */
function answerConnection(relation: ConnectionRelation, parent: ParentRow, selection: FieldSelection, aliases: Aliases): Prisma.Sql {
  const { connection: page } = selection;
  if (!page || page.page.backward) throw new NotCompilable(`${selection.field}: not a forward page`);
  const alias = aliases.next();
  const columns: string[] = [];
  const edgeMembers = (edges: FieldSelection) => edges.selections.map((edgeField) => {
    if (edgeField.field === '__typename') return { key: edgeField.key, value: textLiteral(`"${jsonName(edgeField.typename ?? '')}"`) };
    if (edgeField.field !== 'node') throw new NotCompilable(`edges.${edgeField.field} is not written as text`);
    const node = answerObject(relation.target, alias, edgeField.selections, aliases);
    columns.push(...node.columns);
    return { key: edgeField.key, value: node.text };
  });
  const members: { key: string; value: Prisma.Sql | (() => Prisma.Sql) }[] = [];
  for (const field of selection.selections) {
    if (field.field === '__typename') members.push({ key: field.key, value: textLiteral(`"${jsonName(field.typename ?? '')}"`) });
    else if (field.field === 'edges') {
      const edge = answerMembers(edgeMembers(field));
      members.push({ key: field.key, value: () => sql`COALESCE('[' || string_agg(${edge}, ',' ORDER BY ${order}) || ']', '[]')` });
    } else if (field.field === 'totalCount') members.push({ key: field.key, value: () => sql`COALESCE((${count()})::text, '0')` });
    else throw new NotCompilable(`${selection.field}.${field.field} is not written as text`);
  }
  const { scan, order, count } = pageScanOf(relation, parent, page, [...keyOf(relation.target), ...columns, page.sort.column], alias, false);
  const text = answerMembers(members.map(({ key, value }) => ({ key, value: typeof value === 'function' ? value() : value })));
  // Without edges nothing aggregates the scan's rows: the count alone, without them.
  return selection.selections.some((field) => field.field === 'edges') ? sql`(SELECT ${text} FROM (${scan}) AS ${raw(alias)})` : text;
}
