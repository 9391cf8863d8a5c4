// Compiled reads, the GraphQL side: a root field's selection (fragments, aliases, variables,
// @include/@skip applied as graphql-js applies them) described plainly for the statement compiler
// (src/data/compile.ts), with each connection's page, order and filter conditions made as its
// DataLoader path makes them; its one statement run, and what it brought kept per request, keyed
// by the row, for the field resolvers below it, which answer with it as it is (a bounded list: its
// first `first` items) and are then skipped (answerCompiledFields). Where the compiler does not
// answer a selection, the root field is answered the DataLoader way, as before, and the fallback is counted.
import {
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isAbstractType,
  isEnumType,
  isLeafType,
  isNonNullType,
  isScalarType,
  isObjectType,
  isUnionType,
  Kind,
  visit,
  type DirectiveNode,
  type FieldNode,
  type GraphQLNamedType,
  type ValueNode,
  type GraphQLField,
  type OperationDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues } from 'graphql/execution/values';
import {
  CompiledPage, compileAnswer, compileByIds, compileList, compileOne, ConnectionPage, FieldSelection, hydrate, hydratePage, isStatementRow, NotCompilable, RelationPlan,
} from '../data/compile';
import { type ComputedRelation, ConnectionRelation, entity, EntityName, entityNamed, type Relation } from '../data/entities';
import { InputError } from '../domain/input-error';
import { OrderDirection } from '../data/keyset';
import { readRows } from '../data/read';
import type { SearchResultSelections } from '../data/search';
import { Prisma } from '../generated/prisma/client';
import { armsSaleList } from '../data/arms-sales';
import { articleList } from '../data/articles';
import { countryList } from '../data/countries';
import { eventList } from '../data/events';
import { personList } from '../data/people';
import { extractedFactList } from '../data/extracted-facts';
import { AnswerText } from './answer-text';
import type { Context } from './context';
import { isBoundedListSize } from './limits';
import type { ListDefinition } from '../data/list';
import { parsePage, toConnection } from '../data/pagination';
import type { ConnectionArgs, ConnectionResult, NodeTypeName } from './relay';

const { sql, raw } = Prisma;

/**
 * How the field resolver of a compiled relation answers with what the statement brought, which lets
 * `answerCompiledFields` answer for it: `as is` (a related row, a connection), `first items` (a
 * bounded list: its first `first`). A computed value has none: its resolver makes its answer of the JSON.
 */
type Answer = 'as is' | 'first items';

interface Brought {
  value: unknown;
  answer?: Answer;
}

/** Where a row keeps what a statement brought for its relations: a property the API never reads. */
const BROUGHT = Symbol('brought');

/** What one request's statements brought for one row, by response key (a null prototype: keys are GraphQL names). */
interface RowBrought {
  owner: CompiledValues;
  byKey: Record<string, Brought>;
}

type RowWithBrought = { [BROUGHT]?: RowBrought };

/**
 * What compiled statements brought for the relations of each row, by the relation's response key.
 * Kept on the row itself (the rows are the request's own, made by `hydrate`): a property read per
 * field instead of a WeakMap entry and a Map per row, which the garbage collector pays for.
 */
export class CompiledValues {
  /** Field arguments whose resolver is about to say whether it accepts them (afterArgumentsChecked), by field node and key. */
  private readonly checking = new Map<FieldNode, Map<string, Promise<boolean>>>();
  /**
   * Field nodes (by parent type) whose arguments were accepted in this request: their values depend
   * only on the node and the request's variables, so the rows after the first need not ask again.
   */
  private readonly acceptedHere = new Map<FieldNode, Set<string>>();

  /**
   * `asked` while a root field's resolver runs for an answer written as JSON text (answerAsText,
   * jit-execution.ts): readCompiledOne, reached, says so and reads the answer's text where the
   * selection allows it, or says that its shape is `refused`. Never asked while graphql-jit or
   * graphql-js execute: they read rows.
   */
  answerAsText: 'no' | 'asked' | 'reached' | 'refused' = 'no';

  constructor(private readonly onFallback?: (field: string) => void) {}

  /** A root field (`Query.events`) or a field under it (`Person.topCoParticipants`) is answered the DataLoader way: the compiler did not answer it. */
  fellBack(field: string): void {
    this.onFallback?.(field);
  }

  set(row: object, key: string, value: unknown, answer?: Answer): void {
    const target = row as RowWithBrought;
    let brought = target[BROUGHT];
    if (!brought || brought.owner !== this) target[BROUGHT] = brought = { owner: this, byKey: Object.create(null) as Record<string, Brought> };
    brought.byKey[key] = { value, answer };
  }

  private brought(row: object, key: string): Brought | undefined {
    const brought = (row as RowWithBrought)[BROUGHT];
    return brought?.owner === this ? brought.byKey[key] : undefined;
  }

  /** `{ value }` when a compiled statement brought this field of this row; undefined otherwise. */
  get(row: object, info: GraphQLResolveInfo): { value: unknown } | undefined {
    return this.brought(row, String(info.path.key)) ?? relationProperty(row, info);
  }

  /** The field's answer for this row, when the statement brought it and its resolver answers with it as `Answer` says. */
  answer(row: object, info: GraphQLResolveInfo, args: Record<string, unknown>): { value: unknown } | undefined {
    const key = String(info.path.key);
    const brought = this.brought(row, key);
    if (!brought) return relationProperty(row, info);
    if (!brought.answer) return undefined;
    return brought.answer === 'first items' ? { value: (brought.value as unknown[]).slice(0, args.first as number) } : brought;
  }

  /**
   * `answer()` once the field's resolver has accepted these arguments (type-graphql's validation, a
   * bounded list's range), which depends on nothing else: the first row asking with them runs the
   * resolver as it always has, and a bad argument is reported as it always was, on every row; rows
   * asking while it runs wait for its verdict, and later rows and requests skip the resolver.
   */
  afterArgumentsChecked(info: GraphQLResolveInfo, args: Record<string, unknown>, resolve: () => unknown, answer: () => unknown): unknown {
    const node = info.fieldNodes[0];
    const parentType = info.parentType.name;
    if (this.acceptedInRequest(info)) return answer();
    const json = JSON.stringify(args);
    const key = `${parentType}\0${json}`;
    if (acceptedArguments.get(node)?.has(key)) {
      this.acceptHere(node, parentType);
      acceptConnectionArguments(info, json);
      return answer();
    }
    let checking = this.checking.get(node);
    if (!checking) this.checking.set(node, (checking = new Map()));
    const verdict = checking.get(key);
    if (verdict) return verdict.then((accepted) => (accepted ? answer() : resolve()));
    const result = resolve();
    if (isPromise(result)) {
      checking.set(key, result.then(() => true, () => false).then((accepted) => {
        if (accepted) {
          accept(node, key);
          this.acceptHere(node, parentType);
          acceptConnectionArguments(info, json);
        }
        return accepted;
      }));
    } else {
      accept(node, key);
      this.acceptHere(node, parentType);
      acceptConnectionArguments(info, json);
    }
    return result;
  }

  /** This field node's arguments (for this parent type) were accepted earlier in this request: every row after the first. */
  acceptedInRequest(info: GraphQLResolveInfo): boolean {
    return this.acceptedHere.get(info.fieldNodes[0])?.has(info.parentType.name) === true;
  }

  private acceptHere(node: FieldNode, parentType: string): void {
    let types = this.acceptedHere.get(node);
    if (!types) this.acceptedHere.set(node, (types = new Set()));
    types.add(parentType);
  }
}

/**
 * Arguments field resolvers accepted, by field node (documents come from Apollo's document cache, one
 * object per query text, so a node is the same from request to request) and parent type and value.
 */
const acceptedArguments = new WeakMap<FieldNode, Set<string>>();
/** Argument values remembered per field node: they vary only with the operation's variables. */
const ACCEPTED_ARGUMENTS_PER_FIELD = 100;

function accept(node: FieldNode, key: string): void {
  let accepted = acceptedArguments.get(node);
  if (!accepted) acceptedArguments.set(node, (accepted = new Set()));
  if (accepted.size >= ACCEPTED_ARGUMENTS_PER_FIELD) accepted.clear();
  accepted.add(key);
}

/**
 * The argument values a connection's field resolver accepted, by the registry's relation (one per
 * type and field) and their JSON as graphql-js reads them (getArgumentValues): a row a statement
 * brought then holds the connection by the field's name (keepRelations), which graphql-jit reads as
 * a property. Accepted by the resolver itself, once: checkConnectionArguments before the statement
 * of the first request asking with them, or afterArgumentsChecked when graphql-js answers.
 */
const acceptedConnectionArguments = new WeakMap<Relation, Set<string>>();
/** Argument values remembered per connection relation; past this, forgotten and checked again (at worst one answer by graphql-js). */
const ACCEPTED_CONNECTION_ARGUMENTS = 1_000;

function acceptConnectionArguments(info: GraphQLResolveInfo, json: string): void {
  const name = entityNamed(info.parentType.name);
  const relation = name ? entity(name).relations[info.fieldName] : undefined;
  if (relation?.kind !== 'connection') return;
  let accepted = acceptedConnectionArguments.get(relation);
  if (!accepted) acceptedConnectionArguments.set(relation, (accepted = new Set()));
  if (accepted.size >= ACCEPTED_CONNECTION_ARGUMENTS) accepted.clear();
  accepted.add(json);
}

/** Plans of connections whose arguments were found accepted: every row after the first reads one WeakSet instead of the arguments' JSON. */
const acceptedConnectionPlans = new WeakSet<RelationPlan>();

/** Whether the field resolver of this connection accepted its arguments (acceptConnectionArguments). */
function connectionArgumentsAccepted(relation: RelationPlan): boolean {
  if (acceptedConnectionPlans.has(relation)) return true;
  const accepted = acceptedConnectionArguments.get(relation.relation)?.has(JSON.stringify(relation.connection?.args ?? {})) === true;
  if (accepted) acceptedConnectionPlans.add(relation);
  return accepted;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === 'function';
}

/**
 * Field resolvers cost nothing extra where a compiled statement brought their answer: every field
 * resolver of the schema is wrapped once so that, for a row whose value the statement brought (and
 * whose arguments were accepted, afterArgumentsChecked), the answer is read directly instead of
 * passing through type-graphql's resolver pipeline (an instance of the resolver's arguments class,
 * their validation, a promise) on every row of every list.
 */
export function answerCompiledFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      fieldsWithResolvers.add(field);
      const takesArguments = field.args.length > 0;
      field.resolve = (source, args, context: Context | undefined, info) => {
        const values = context?.compiled;
        const answer = values && typeof source === 'object' && source !== null ? values.answer(source, info, args) : undefined;
        if (!answer) return resolve(source, args, context, info);
        // Every row after the first that asks with these arguments: no closures made for afterArgumentsChecked.
        if (!takesArguments || values!.acceptedInRequest(info)) return answer.value;
        return values!.afterArgumentsChecked(info, args, () => resolve(source, args, context, info), () => answer.value);
      };
    }
  }
}

/** Fields with a resolver of their own (a type-graphql field resolver), as the schema was built: their answer is not a column's value as it is. */
const fieldsWithResolvers = new WeakSet<GraphQLField<unknown, unknown>>();

/**
 * The field a resolver is resolving, when a compiled statement brought it for this row: the field
 * resolvers of compiled relations return it, and take their DataLoader path otherwise.
 */
export function compiledField(context: Context, row: object, info: GraphQLResolveInfo): { value: unknown } | undefined {
  return context.compiled?.get(row, info);
}

/**
 * Where each entity's lists take their filters' conditions and maintained counts (the DataLoader
 * path's own). Read when called: the services import the context, which imports this module.
 */
function lists(): Record<string, ListDefinition<unknown, { field: string; direction: OrderDirection }>> {
  return {
    Event: eventList, Article: articleList, Person: personList, Country: countryList, ArmsSale: armsSaleList, ExtractedFact: extractedFactList,
  } as never;
}

/**
 * Hands what a statement brought for each row's relations to their field resolvers: a related row or
 * a bounded list (its first `first` items) set on the row by the field's name (relationProperty),
 * which graphql-jit reads as a property (readAsProperty); under another response key (an alias), and
 * for a connection (as it is) or a computed value (left to its resolver), kept by the request's CompiledValues.
 */
function keepRelations(values: CompiledValues) {
  return (row: Record<string, unknown>, relation: RelationPlan, value: unknown) => {
    if (relation.connection) {
      const connection = connectionOf(value as CompiledPage, relation.connection);
      if (relation.key !== relation.field) values.set(row, relation.key, connection, 'as is');
      else if (connectionArgumentsAccepted(relation)) row[relation.field] = connection;
      else {
        // graphql-jit refuses the stand-in and gives the operation to graphql-js, whose resolver checks the arguments.
        row[relation.field] = UNCHECKED_CONNECTION;
        values.set(row, relation.key, connection, 'as is');
      }
    } else if (relation.relation.kind === 'many') {
      if (relation.key === relation.field) row[relation.field] = firstItems(value as unknown[], relation.first);
      else values.set(row, relation.key, value, 'first items');
    } else if (relation.relation.kind === 'one') {
      if (relation.key === relation.field) row[relation.field] = value;
      else values.set(row, relation.key, value, 'as is');
    } else values.set(row, relation.key, value);
  };
}

/**
 * A `one` or `many` relation keepRelations set on a row a statement brought, by its field's name:
 * its answer as it is (a bounded list already its first items). Under graphql-jit it is read as a
 * property; graphql-js's field resolvers find it here.
 */
function relationProperty(row: object, info: GraphQLResolveInfo): { value: unknown } | undefined {
  const { fieldName } = info;
  if (info.path.key !== fieldName || !isStatementRow(row) || !Object.prototype.hasOwnProperty.call(row, fieldName)) return undefined;
  // A column of the row may have the field's name (`id`, `title`): only a relation's property is its answer.
  let relation = relationFields.get(info.parentType);
  if (!relation) relationFields.set(info.parentType, (relation = new Map()));
  let isRelation = relation.get(fieldName);
  if (isRelation === undefined) relation.set(fieldName, (isRelation = readAsProperty(info.parentType, fieldName)));
  return isRelation ? { value: (row as Record<string, unknown>)[fieldName] } : undefined;
}

/** Whether each field asked of each type is one readAsProperty reads (once per field). */
const relationFields = new WeakMap<GraphQLObjectType, Map<string, boolean>>();

/**
 * Whether graphql-jit may read this field as a plain property of the rows a statement brought
 * (readsRelationsAsProperties, jit-execution.ts): a `one` relation or a bounded `many` list of a
 * registry entity, which keepRelations also sets on the row under the field's name, as its field
 * resolver would answer (a connection's arguments are its resolver's to check, and a field loaded by
 * key is its resolver's to read).
 */
export function readAsProperty(type: GraphQLObjectType, field: string): boolean {
  const name = entityNamed(type.name);
  if (!name) return false;
  const description = entity(name);
  const relation = description.relations[field];
  if (!relation || description.loadedByKey?.includes(field)) return false;
  return (relation.kind === 'one' && !relation.property) || relation.kind === 'many' || relation.kind === 'connection';
}

/**
 * Stands, on the row, for a connection whose arguments no field resolver has accepted yet (a bad
 * `filter`, a `first` over the cap): graphql-jit refuses it (isCheckedConnection) and gives the
 * operation to graphql-js, which reports the resolver's error, as for every other refused answer.
 */
const UNCHECKED_CONNECTION = Object.freeze({ unchecked: 'arguments' });

/** What a connection type's `isTypeOf` holds of a value under graphql-jit: anything but UNCHECKED_CONNECTION. */
export function isCheckedConnection(value: unknown): boolean {
  return value !== UNCHECKED_CONNECTION;
}

/** Stands for a bounded list whose `first` boundedList refuses: no list, so graphql-jit fails the field and graphql-js reports the resolver's error. */
const REFUSED_LIST = Object.freeze({ refused: 'first' });

/** A bounded list as its field resolver answers it (boundedList): its first `first` items (all of them for a list without `first`). */
function firstItems(items: unknown[], first: unknown): unknown {
  if (first === undefined) return items;
  if (!isBoundedListSize(first)) return REFUSED_LIST;
  return items.length <= first ? items : items.slice(0, first);
}

/** A compiled page as the connection its field resolver returns, with the count only if it was read. */
function connectionOf(page: CompiledPage, connection: NonNullable<RelationPlan['connection']>) {
  const { totalCount } = connection;
  return toConnection(page.rows as { id: number }[], connection, () =>
    totalCount ? Promise.resolve(page.totalCount ?? 0) : Promise.reject(new Error('totalCount was not read')));
}

/**
 * Compiles a statement, or undefined when reads are not compiled or the compiler does not answer
 * the selection (or the DataLoader path would report an error in it: that path reports it).
 */
async function compileOrNot<T extends { leftOut: string[] }>(
  context: Context, info: GraphQLResolveInfo, compile: () => T | Promise<T>,
): Promise<T | undefined> {
  if (!context.compiled) return undefined;
  try {
    const statement = await compile();
    for (const field of statement.leftOut) context.compiled.fellBack(field);
    return statement;
  } catch (error) {
    if (error instanceof NotCompilable || error instanceof GraphQLError || error instanceof InputError) {
      context.compiled.fellBack(`${info.parentType.name}.${info.fieldName}`);
      return undefined;
    }
    throw error;
  }
}

/** The object type a root field returns (null for a list or an abstract type). */
function objectTypeOf(info: GraphQLResolveInfo): GraphQLObjectType | null {
  const type = getNamedType(info.returnType);
  return isObjectType(type) ? type : null;
}

/**
 * The `root` entity with ID `id`, read with everything the field's selection asks for under it in
 * one statement: the row (null when there is none), or undefined when reads are not compiled or
 * the compiler does not answer this selection.
 */
export function readCompiled<Row>(context: Context, root: EntityName, id: number, info: GraphQLResolveInfo): Promise<Row | null | undefined> {
  return readCompiledOne<Row>(context, root, (alias) => sql`${raw(`${alias}."id"`)} = ${id}::int`, info);
}

/** As `readCompiled`, for the one row of `root` that `where` (given the row's alias) selects, e.g. by slug. */
export async function readCompiledOne<Row>(
  context: Context, root: EntityName, where: (alias: string) => Prisma.Sql, info: GraphQLResolveInfo,
): Promise<Row | null | undefined> {
  const asText = context.compiled?.answerAsText === 'asked';
  if (asText) context.compiled!.answerAsText = 'reached';
  const statement = await compileOrNot(context, info, async () => {
    const type = objectTypeOf(info);
    if (!type) throw new NotCompilable(`${info.fieldName} does not return an object`);
    const shape = shapeOf(info, type, info.fieldNodes, '');
    const selections = await describeShape(context, info, shape);
    // A shape not written as text says so: its operation is not asked again (jit-execution.ts).
    if (asText && !writtenAsText(shape)) context.compiled!.answerAsText = 'refused';
    const answer = asText && writtenAsText(shape) && argumentsWrittenAsText(root, selections) ? answerStatement(root, where, selections) : undefined;
    return answer ? { answer, leftOut: [] } : compileOne(root, where, selections);
  });
  if (!statement) return undefined;
  if ('answer' in statement) {
    const [written] = await readRows<{ answer: string }>(context.db, statement.answer);
    return written ? (new AnswerText(written.answer) as Row) : null;
  }
  const [found] = await readRows<{ result: Record<string, unknown> }>(context.db, statement.sql);
  return found ? (hydrate(statement.plan, found.result, keepRelations(context.compiled!)) as Row) : null;
}

/** The statement writing the answer as text, or undefined where the compiler does not write it so (then it reads rows). */
function answerStatement(root: EntityName, where: (alias: string) => Prisma.Sql, selections: FieldSelection[]): Prisma.Sql | undefined {
  try {
    return compileAnswer(root, where, selections);
  } catch (error) {
    if (error instanceof NotCompilable) return undefined;
    throw error;
  }
}

/**
 * Whether a selection's shape is one compileAnswer writes as the answer's JSON text, with nothing
 * under it left to a field resolver (once per shape): an entity's columns without a field resolver
 * of their own whose type the API answers as the column's JSON (text, integers, booleans, enums
 * whose values are their names, days, instants, decimals: not floats, whose JavaScript text differs),
 * or whose resolver's answer the registry says the text writes too (money: `answered`), its global ID,
 * `__typename`, its related rows and bounded lists, its connections' `totalCount` and `edges { node }`,
 * and the computed summaries the registry says it writes (a first day, counts by type, totals). Anything
 * else — a formatted total, a field loaded by key, an interface, a cursor or pageInfo, a field with its
 * own resolver — keeps the ordinary path: hydrated rows that graphql-jit executes, which is what those
 * fields' resolvers read.
 */
function writtenAsText(shape: SelectionShape[], under: 'entity' | 'connection' | 'edge' = 'entity'): boolean {
  const byPlace = textShapes[under];
  let written = byPlace.get(shape);
  if (written === undefined) {
    written = shape.every((selection) => selectionWrittenAsText(selection, under));
    byPlace.set(shape, written);
  }
  return written;
}

/** writtenAsText's verdicts, by where the shape is: under an entity's row, a connection, an edge. */
const textShapes = { entity: new WeakMap<SelectionShape[], boolean>(), connection: new WeakMap<SelectionShape[], boolean>(), edge: new WeakMap<SelectionShape[], boolean>() };

function selectionWrittenAsText(selection: SelectionShape, under: 'entity' | 'connection' | 'edge'): boolean {
  const { field, definition, parent } = selection;
  if (field === '__typename') return true;
  if (under === 'connection') return field === 'totalCount' || (field === 'edges' && writtenAsText(selection.selections, 'edge'));
  if (under === 'edge') return field === 'node' && writtenAsText(selection.selections, 'entity');
  const name = entityNamed(parent.name);
  if (!name || !definition) return false;
  const description = entity(name);
  if (field === 'id' && description.globalIdType) return true;
  const column = description.columns[field];
  if (column) return column.answered !== undefined || (!fieldsWithResolvers.has(definition) && isTextLeaf(getNamedType(definition.type)));
  const relation = description.relations[field];
  if (!relation || (relation.kind === 'many' && relation.rowsOf) || description.loadedByKey?.includes(field)) return false;
  if (relation.kind === 'computed') return computedWrittenAsText(relation, selection.selections);
  return writtenAsText(selection.selections, relation.kind === 'connection' ? 'connection' : 'entity');
}

/** A computed scalar (a day, a count), or JSON whose every selected field the registry says it answers (`answered`). */
function computedWrittenAsText(relation: ComputedRelation, selections: SelectionShape[]): boolean {
  if (relation.value !== 'json') return relation.value !== 'float';
  const { answered } = relation;
  return selections.every(({ field }) => field === '__typename' || Object.hasOwn(answered, field));
}

/** Leaf types whose answer is the column's JSON as compileAnswer writes it. */
const TEXT_SCALARS = new Set(['String', 'Int', 'Boolean', 'ID', 'Date', 'DateTime', 'Decimal']);

function isTextLeaf(type: GraphQLNamedType): boolean {
  if (isEnumType(type)) return type.getValues().every((value) => value.value === value.name);
  return isScalarType(type) && TEXT_SCALARS.has(type.name);
}

/**
 * This request's arguments under a shape writtenAsText accepts, as their field resolvers accept
 * them: every connection's, as one of its resolvers accepted before (afterArgumentsChecked,
 * checkConnectionArguments, which asks each connection's resolver before the first statement), and every
 * bounded list's `first` (boundedList's range). Refused or not known yet, the ordinary path reports
 * or accepts them. Kept for selections shared by every request with their shape.
 */
function argumentsWrittenAsText(name: EntityName, selections: FieldSelection[]): boolean {
  if (acceptedTextArguments.has(selections)) return true;
  const relations = entity(name).relations;
  const accepted = selections.every(({ field, args, connection, selections: below }) => {
    const relation = relations[field];
    if (relation?.kind === 'many') return (args.first === undefined || isBoundedListSize(args.first)) && argumentsWrittenAsText(relation.target, below);
    if (relation?.kind === 'one') return argumentsWrittenAsText(relation.target, below);
    if (relation?.kind !== 'connection') return true;
    if (!connection || !acceptedConnectionArguments.get(relation)?.has(JSON.stringify(args))) return false;
    return below.every((edges) => edges.field !== 'edges'
      || edges.selections.every((node) => node.field !== 'node' || argumentsWrittenAsText(relation.target, node.selections)));
  });
  if (accepted && Object.isFrozen(selections)) acceptedTextArguments.add(selections);
  return accepted;
}

/** Shared selections whose arguments argumentsWrittenAsText found accepted: they do not change. */
const acceptedTextArguments = new WeakSet<FieldSelection[]>();

/**
 * A page of the root list of `root` (`events(filter, orderBy, first, after, …)`) with everything
 * selected under it, `totalCount` included, in one statement; undefined when not compiled.
 */
export async function readCompiledList<Row>(context: Context, root: EntityName, info: GraphQLResolveInfo): Promise<ConnectionResult<Row> | undefined> {
  const statement = await compileOrNot(context, info, async () => {
    const type = objectTypeOf(info);
    const definition = info.parentType.getFields()[info.fieldName];
    if (!type || !definition) throw new NotCompilable(`${info.fieldName} is not a connection`);
    const args = getArgumentValues(definition, info.fieldNodes[0], info.variableValues);
    const list = lists()[root];
    // A list one row's relation answers (a country's events) is read as that relation, with the rest of the filter.
    const scope = await list.scope?.(context, args.filter);
    const connection = await connectionPage(context, root, scope ? { ...args, filter: scope.filter } : args);
    connection.maintainedCount = scope ? null : ((await list.maintainedCountSql?.(context, args.filter)) ?? null);
    const selections = await describeSelection(context, info, type, info.fieldNodes);
    const selection: FieldSelection = { key: String(info.path.key), field: info.fieldName, args, connection, selections };
    return compileList(root, selection, scope
      ? { parent: scope.parent, relation: entity(scope.parent).relations[scope.field] as ConnectionRelation, parentKey: sql`${scope.parentId}::int` }
      : undefined);
  });
  if (!statement) return undefined;
  const [found] = await readRows<{ result: Record<string, unknown> }>(context.db, statement.sql);
  const page = hydratePage(statement.plan, found.result, keepRelations(context.compiled!));
  return connectionOf(page, statement.relation.connection!) as unknown as ConnectionResult<Row>;
}

/**
 * Rows by global ID (`node`, `nodes`), each read with the selection for its type, all in one
 * statement: each row (tagged with its type, for the Node interface) or null when there is none;
 * undefined when not compiled.
 */
export async function readCompiledNodes(
  context: Context, nodes: { type: NodeTypeName; id: number }[], info: GraphQLResolveInfo,
): Promise<(object | null)[] | undefined> {
  const statement = await compileOrNot(context, info, async () => {
    const roots: { root: EntityName; id: number; selections: FieldSelection[] }[] = [];
    for (const { type, id } of nodes) {
      const objectType = info.schema.getType(type);
      if (!isObjectType(objectType)) throw new NotCompilable(`${type} is not an object type`);
      roots.push({ root: type as EntityName, id, selections: await describeSelection(context, info, objectType, info.fieldNodes) });
    }
    return compileByIds(roots);
  });
  if (!statement) return undefined;
  const [found] = await readRows<Record<string, Record<string, unknown> | null>>(context.db, statement.sql);
  const keep = keepRelations(context.compiled!);
  return nodes.map(({ type }, index) => {
    const json = found[String(index)];
    if (json == null) return null;
    // Tagged in place: what the statement brought for its relations is kept by this very object.
    return Object.assign(hydrate(statement.plans[index], json, keep), { __typename: type });
  });
}

/**
 * What `search` asks for of the objects it finds (`edges { node { result { … on Event { … } } } }`),
 * for each kind of object, for its statement to read them with it (src/data/search.ts); undefined
 * when reads are not compiled or the compiler does not answer the selection (then counted).
 */
export async function describeSearchResults(context: Context, info: GraphQLResolveInfo): Promise<SearchResultSelections | undefined> {
  const compiled = context.compiled;
  if (!compiled) return undefined;
  try {
    let type = objectTypeOf(info);
    let nodes: readonly FieldNode[] = info.fieldNodes;
    // Down the path, each field under every alias it is asked for by: the same rows answer them all.
    for (const field of ['edges', 'node']) {
      if (!type) throw new NotCompilable(`search: ${field} is not an object`);
      nodes = [...collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes).values()]
        .filter((fieldNodes) => fieldNodes[0].name.value === field).flat();
      const next = getNamedType(type.getFields()[field].type);
      type = isObjectType(next) ? next : null;
    }
    if (!type) throw new NotCompilable('search: node is not an object');
    const results = [...collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes).values()]
      .filter((fieldNodes) => fieldNodes[0].name.value === 'result').flat();
    const union = getNamedType(type.getFields().result.type);
    if (!isUnionType(union)) throw new NotCompilable('search: result is not a union');
    const selections: Record<string, FieldSelection[]> = {};
    for (const member of union.getTypes()) {
      selections[member.name] = results.length ? await describeSelection(context, info, member, results, 'edges.node.result') : [];
    }
    return { selections, keep: keepRelations(compiled), fellBack: (field) => compiled.fellBack(field) };
  } catch (error) {
    if (error instanceof NotCompilable || error instanceof GraphQLError || error instanceof InputError) {
      compiled.fellBack(`${info.parentType.name}.${info.fieldName}`);
      return undefined;
    }
    throw error;
  }
}

/**
 * Whether the field's selection reads only leaves (scalars and enums) of the object it returns:
 * then an object the process keeps in memory (a country) answers it without any statement.
 */
export function selectsOnlyLeaves(info: GraphQLResolveInfo): boolean {
  const type = objectTypeOf(info);
  if (!type) return false;
  // Read from the selection's shape, collected once per operation (shapeOf): the statement that
  // answers a selection that is not only leaves is compiled from the very same shape.
  let shape: SelectionShape[];
  try {
    shape = shapeOf(info, type, info.fieldNodes, '');
  } catch (error) {
    // A field the compiler refuses is an abstract one, or one under an object field: not a leaf either way.
    if (error instanceof NotCompilable) return false;
    throw error;
  }
  let onlyLeaves = leavesOnlyShapes.get(shape);
  if (onlyLeaves === undefined) {
    onlyLeaves = shape.every(({ field, definition }) => field === '__typename' || isLeafType(getNamedType(definition!.type)));
    leavesOnlyShapes.set(shape, onlyLeaves);
  }
  return onlyLeaves;
}

/** Whether a shape's fields are all leaves (selectsOnlyLeaves), by shape. */
const leavesOnlyShapes = new WeakMap<SelectionShape[], boolean>();

type Fragments = GraphQLResolveInfo['fragments'];
type Variables = GraphQLResolveInfo['variableValues'];
type SelectionInfo = { schema: GraphQLSchema; fragments: Fragments; variableValues: Variables; operation: OperationDefinitionNode; path: GraphQLResolveInfo['path'] };

/**
 * A field of a selection as graphql-js collects it (fragments, aliases, @include/@skip applied),
 * before its arguments are read: what depends only on the document and its directive variables.
 */
interface SelectionShape {
  key: string;
  field: string;
  /** The type the field belongs to. */
  parent: GraphQLObjectType;
  /** The field's definition and first node, to read its arguments with each request's variables (none: `__typename`). */
  definition?: GraphQLField<unknown, unknown>;
  node: FieldNode;
  /** The target of a connection, whose page and filter are made per request. */
  connectionTarget?: EntityName;
  selections: SelectionShape[];
}

/** Shapes kept per operation: by the path and type described and the values of its directive variables. */
const SHAPES_PER_OPERATION = 200;
const shapes = new WeakMap<OperationDefinitionNode, LRUCache<string, SelectionShape[]>>();
/** The variables an operation's @include/@skip read (its fragments' included), per operation node. */
const directiveVariables = new WeakMap<OperationDefinitionNode, string[]>();

/**
 * The fields selected under `fieldNodes` (of type `type`), as graphql-js will execute them. What
 * fields there are depends only on the document and its @include/@skip variables, so their shape is
 * collected once per operation, path and directive values; the arguments (and each connection's
 * page and filter, whose lookups must be fresh: a slug's ID) are read with each request's variables.
 * A shape whose arguments name no variable and whose connections take no filter (a detail page's
 * `participants(first: 20)`, `articles(first: 5)`) is described once and shared, frozen, by every
 * request with that shape: the compiler then finds its statement without making its key again.
 */
async function describeSelection(
  context: Context, info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], label = '',
): Promise<FieldSelection[]> {
  return describeShape(context, info, shapeOf(info, type, fieldNodes, label));
}

/** describeSelection for a shape already collected. */
async function describeShape(context: Context, info: GraphQLResolveInfo, shape: SelectionShape[]): Promise<FieldSelection[]> {
  if (!sameForEveryRequest(shape)) return withArguments(context, info, shape);
  let selections = sharedSelections.get(shape);
  if (!selections) {
    selections = Object.freeze(await withArguments(context, info, shape)) as FieldSelection[];
    sharedSelections.set(shape, selections);
  }
  return selections;
}

/** Selections described once, by their shape (kept while the operation's shape cache keeps the shape). */
const sharedSelections = new WeakMap<SelectionShape[], FieldSelection[]>();
/** Whether a shape's selections are the same for every request (sameForEveryRequest), by shape. */
const requestFreeShapes = new WeakMap<SelectionShape[], boolean>();

/** No argument under the shape names a variable, and no connection under it takes a filter (whose lookups must be fresh). */
function sameForEveryRequest(shape: SelectionShape[]): boolean {
  let same = requestFreeShapes.get(shape);
  if (same === undefined) {
    same = shape.every((selection) => !takesRequestValues(selection) && sameForEveryRequest(selection.selections));
    requestFreeShapes.set(shape, same);
  }
  return same;
}

function takesRequestValues({ node, connectionTarget }: SelectionShape): boolean {
  return (node.arguments ?? []).some((argument) => (connectionTarget !== undefined && argument.name.value === 'filter') || namesVariable(argument.value));
}

function namesVariable(value: ValueNode): boolean {
  switch (value.kind) {
    case Kind.VARIABLE:
      return true;
    case Kind.LIST:
      return value.values.some(namesVariable);
    case Kind.OBJECT:
      return value.fields.some((field) => namesVariable(field.value));
    default:
      return false;
  }
}

/** The selection's shape, from the operation's cache when the same path and directive values were described before. */
function shapeOf(info: SelectionInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], label: string): SelectionShape[] {
  let cache = shapes.get(info.operation);
  if (!cache) shapes.set(info.operation, (cache = new LRUCache({ max: SHAPES_PER_OPERATION })));
  const directives = directiveVariablesOf(info.operation, info.fragments).map((name) => info.variableValues[name]);
  const key = `${pathOf(info.path)}\0${label}\0${type.name}\0${JSON.stringify(directives)}`;
  let shape = cache.get(key);
  if (!shape) cache.set(key, (shape = collectShape(info, type, fieldNodes)));
  return shape;
}

/** A response path as text (`events`, `nodes`), list indexes included. */
function pathOf(path: GraphQLResolveInfo['path'] | undefined): string {
  return path ? `${pathOf(path.prev)}.${path.key}` : '';
}

/** The variables read by @include/@skip in the operation and in the document's fragments. */
function directiveVariablesOf(operation: OperationDefinitionNode, fragments: Fragments): string[] {
  let names = directiveVariables.get(operation);
  if (names) return names;
  const found = new Set<string>();
  const visitor = {
    Directive(node: DirectiveNode) {
      if (node.name.value !== 'include' && node.name.value !== 'skip') return;
      for (const argument of node.arguments ?? []) if (argument.value.kind === Kind.VARIABLE) found.add(argument.value.name.value);
    },
  };
  visit(operation, visitor);
  for (const fragment of Object.values(fragments)) visit(fragment, visitor);
  names = [...found].sort();
  directiveVariables.set(operation, names);
  return names;
}

/** The fields under `fieldNodes` as collectSubfields collects them, with what the registry says of each. */
function collectShape(info: SelectionInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): SelectionShape[] {
  const selections: SelectionShape[] = [];
  const fields = type.getFields();
  const entityName = entityNamed(type.name);
  for (const [key, nodes] of collectSubfields(info.schema, info.fragments, info.variableValues, type, fieldNodes)) {
    const field = nodes[0].name.value;
    if (field === '__typename') {
      selections.push({ key, field, parent: type, node: nodes[0], selections: [] });
      continue;
    }
    const definition = fields[field];
    if (!definition) throw new NotCompilable(`${type.name}.${field}`);
    const named = getNamedType(definition.type);
    if (isAbstractType(named)) {
      // Not read by a statement; a field the registry leaves to its resolver (a fact's subject) leaves the rest compiled.
      if (!entityName || !entity(entityName).loadedByKey?.includes(field)) throw new NotCompilable(`${type.name}.${field} is abstract`);
      selections.push({ key, field, parent: type, definition, node: nodes[0], selections: [] });
      continue;
    }
    const relation = entityName ? entity(entityName).relations[field] : undefined;
    selections.push({
      key,
      field,
      parent: type,
      definition,
      node: nodes[0],
      connectionTarget: relation?.kind === 'connection' ? relation.target : undefined,
      selections: isObjectType(named) ? collectShape(info, named, nodes) : [],
    });
  }
  return selections;
}

/**
 * A shape with this request's argument values and connection pages, as the compiler takes it: the
 * arguments read at once, then each connection's page in the order the fields' pages were always
 * made (a field's after those below it). Only a page can wait (its filter may look something up),
 * so the rest is one synchronous walk, not an async call per field.
 */
async function withArguments(context: Context, info: GraphQLResolveInfo, shape: SelectionShape[]): Promise<FieldSelection[]> {
  const connections: { selection: FieldSelection; target: EntityName; shape: SelectionShape }[] = [];
  const selections = argumentsOf(info.variableValues, shape, connections);
  for (const { selection, target, shape: field } of connections) {
    selection.connection = await connectionPage(context, target, selection.args);
    // Aliased too: an answer written as text reads every connection's arguments as accepted (argumentsWrittenAsText).
    await checkConnectionArguments(context, info, field, selection.args);
  }
  return selections;
}

/** The shape's fields with their argument values; each connection among them (depth first, a field after those below it) is added to `connections`. */
function argumentsOf(
  variables: Variables, shape: SelectionShape[], connections: { selection: FieldSelection; target: EntityName; shape: SelectionShape }[],
): FieldSelection[] {
  const selections: FieldSelection[] = [];
  for (const field of shape) {
    const { key, definition, node, connectionTarget } = field;
    const args = definition?.args.length ? getArgumentValues(definition, node, variables) : {};
    const selection: FieldSelection = {
      key, field: field.field, args, selections: argumentsOf(variables, field.selections, connections),
      nonNull: definition ? isNonNullType(definition.type) : true,
      typename: definition ? undefined : field.parent.name,
    };
    if (connectionTarget) connections.push({ selection, target: connectionTarget, shape: field });
    selections.push(selection);
  }
  return selections;
}

/** What the field resolver of a connection answers with, asked by checkConnectionArguments. */
const PROBE_ANSWER = Object.freeze({ probe: 'arguments' });

/**
 * A connection's arguments checked by its field resolver once, before the statement of the first
 * request asking with them, rather than on a row: the resolver runs as on a row whose statement
 * brought the connection (type-graphql builds and validates its arguments, then it answers with what
 * was brought), for a row of its own; when it accepts them, the rows of every request asking with
 * them hold the connection as a property (keepRelations). When it refuses them, nothing is kept:
 * the request's rows say so (UNCHECKED_CONNECTION), and graphql-js runs the resolver on each row,
 * which reports its error as it always has.
 */
async function checkConnectionArguments(context: Context, info: GraphQLResolveInfo, field: SelectionShape, args: Record<string, unknown>): Promise<void> {
  const { definition, parent, node, key } = field;
  const name = entityNamed(parent.name);
  const relation = name ? entity(name).relations[field.field] : undefined;
  if (!definition?.resolve || relation?.kind !== 'connection') return;
  if (acceptedConnectionArguments.get(relation)?.has(JSON.stringify(args))) return;
  const row = {};
  context.compiled!.set(row, key, PROBE_ANSWER, 'as is');
  const fieldInfo: GraphQLResolveInfo = {
    ...info, fieldName: field.field, fieldNodes: [node], returnType: definition.type, parentType: parent, path: { prev: info.path, key, typename: parent.name },
  };
  try {
    // The answerCompiledFields wrapper: accepted, it remembers the arguments (acceptConnectionArguments).
    await definition.resolve(row, args, context, fieldInfo);
  } catch {
    // Refused: graphql-js reports it on the rows.
  }
}

/**
 * A connection's arguments as its DataLoader path reads them: the page, the order and the filter's
 * conditions from the target's list. Those it would reject are left to it, which reports them as it always has.
 */
async function connectionPage(context: Context, target: EntityName, args: Record<string, unknown>): Promise<ConnectionPage> {
  const { orderings, defaultOrder } = entity(target);
  const list = lists()[target];
  if (!orderings || !defaultOrder || !list) throw new NotCompilable(`${target} has no list`);
  const orderBy = args.orderBy as { field?: string; direction?: OrderDirection } | null | undefined;
  const sort = orderings[orderBy?.field ?? defaultOrder.field];
  if (!sort) throw new NotCompilable(`unknown order ${orderBy?.field}`);
  return {
    page: parsePage(args as ConnectionArgs, sort),
    sort,
    direction: orderBy?.direction ?? defaultOrder.direction,
    where: await list.conditions(context, args.filter),
    args,
  };
}
