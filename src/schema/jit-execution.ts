// Queries executed by graphql-jit: each operation compiled once into a JavaScript function that resolves, completes and collects its fields without graphql-js's per-field machinery.
// graphql-js still answers mutations, introspection, what graphql-jit cannot compile, and every
// answer with an error (with the root fields' outcomes graphql-jit already had), so errors, their
// paths and the nulls they leave are graphql-js's own.
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLRequestListener, type GraphQLResponse } from '@apollo/server';
import {
  defaultFieldResolver, getNamedType, isObjectType, Kind, TypeInfo, visit, visitWithTypeInfo,
  type DirectiveNode, type DocumentNode, type ExecutionResult, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { isStatementRow, NOT_WRITTEN_AS_TEXT } from '../data/compile';
import { AnswerText } from './answer-text';
import { entity, entityNamed } from '../data/entities';
import { isCheckedConnection, readAsProperty } from './compiled';
import type { Context } from './context';
import { textBudgetCheckpoint, withoutTextCounting } from './limits';

/**
 * Compiled operations kept at once: each holds generated functions and a resolve-info thunk per
 * field; a client asking in more shapes than this pays a compilation per shape it comes back with
 * (0.1–1.4 ms for the benchmark's operations at best, more on a loaded machine: bench/results/2026-12-04-graphql-jit.md).
 */
const COMPILED_OPERATIONS = 500;

/** Root fields graphql-js answers: introspection, which graphql-jit would answer through the same resolvers, rarely and unmeasured. */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** One root field's outcome as graphql-jit's call of its resolver had it: what it returned, or what it threw. */
type Outcome = { returned: unknown } | { threw: unknown };

/**
 * Where graphql-jit's calls of the root resolvers leave their outcomes, by response key, while
 * `recording`; graphql-js's calls take them instead of running the field (and its SQL) again.
 */
const OUTCOMES = Symbol('jitRootOutcomes');
interface Outcomes {
  recording: boolean;
  byKey: Map<string | number, Outcome>;
  /** The answer as text was asked for already (answerAsTextAgain, before Apollo's pipeline): not again. */
  textTried?: boolean;
}
type WithOutcomes = { [OUTCOMES]?: Outcomes };

const schemasWithOutcomes = new WeakSet<GraphQLSchema>();

/**
 * Every root query field's resolver wrapped once: under graphql-jit it records its outcome, under
 * graphql-js it answers with the one recorded for its response key, if any. Either way it runs once.
 */
function shareRootOutcomes(schema: GraphQLSchema): void {
  if (schemasWithOutcomes.has(schema)) return;
  schemasWithOutcomes.add(schema);
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (source, args, context, info) => {
      const outcomes = (context as WithOutcomes | undefined)?.[OUTCOMES];
      if (!outcomes) return resolve(source, args, context, info);
      const key = info.path.key;
      const outcome = outcomes.byKey.get(key);
      // Resolved already: by graphql-jit, for graphql-js, or by the attempt to answer as text (answerAsText), for graphql-jit.
      if (outcome) {
        if (!outcomes.recording) outcomes.byKey.delete(key);
        if ('threw' in outcome) throw outcome.threw;
        return outcome.returned;
      }
      if (!outcomes.recording) return resolve(source, args, context, info);
      let returned: unknown;
      try {
        returned = resolve(source, args, context, info);
      } catch (error) {
        outcomes.byKey.set(key, { threw: error });
        throw error;
      }
      outcomes.byKey.set(key, { returned });
      return returned;
    };
  }
}

/**
 * graphql-jit reads a field without resolver as a plain property and, unlike graphql-js, does not
 * wait when it holds a promise. Every connection's `totalCount` does (read only when asked for,
 * data/pagination.ts): it gets graphql's default resolver, whose promise graphql-jit awaits.
 * Anywhere else a promise (a statistics group's country while the countries are read again,
 * data/stats.ts) is an error under graphql-jit, which gives the operation back to graphql-js, which
 * waits for it: a leaf's promise fails to serialize, a list's is no list, and an object's fails its
 * type's `isTypeOf`, which every object type gets here. That check is one call per object; a
 * resolver on every field of object type, as before, was one resolver call per field per row, with
 * its resolve info, path and callbacks. graphql-js calls `isTypeOf` too, after it has waited for
 * the value, so it always holds there.
 */
function awaitPropertyPromises(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    type.isTypeOf ??= isNotPromise;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve && field.name === 'totalCount') field.resolve = defaultFieldResolver;
    }
  }
}

/** What an object type's value is, as far as graphql-jit needs telling: anything but a promise it would read as the object. */
function isNotPromise(value: unknown): boolean {
  return typeof (value as PromiseLike<unknown> | null)?.then !== 'function';
}

/**
 * `compile()` with the relations the operation selects that a statement brings (an event's
 * location, its stops and participants, a person's country: readAsProperty) read as plain
 * properties of the row, where the field resolver answering with what the statement brought was a
 * resolver call per field per row (its resolve info, path and callbacks). A row the DataLoader
 * path or memory gave holds no such property: every object type with a relation read so must be a
 * row a statement brought (isStatementRow), the check graphql-jit makes of each object
 * (`isTypeOf`), or the operation goes back to graphql-js, which calls the resolvers. A statement
 * brings every relation selected under a row or is not compiled at all (compile.ts), so for a row it
 * brought, the property is there. A field asked for under another name (an alias) anywhere in the
 * document keeps its resolver: the row holds its answer by response key, and the property is
 * the field's name. Synchronous, like withoutTextCounting: nothing else runs while they are swapped.
 */
function readsRelationsAsProperties<T>(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, compile: () => T): T {
  const aliased = new Set<string>();
  const selected = new Map<GraphQLObjectType, Set<GraphQLField<unknown, unknown>>>();
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      if (node.alias && node.alias.value !== node.name.value) aliased.add(node.name.value);
      const parent = typeInfo.getParentType();
      const field = typeInfo.getFieldDef();
      if (!isObjectType(parent) || !field?.resolve || !readAsProperty(parent, field.name)) return;
      let fields = selected.get(parent);
      if (!fields) selected.set(parent, (fields = new Set()));
      fields.add(field);
    },
  });
  visit(operation, visitor);
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
  const swapped: { field: GraphQLField<unknown, unknown>; resolve: GraphQLField<unknown, unknown>['resolve'] }[] = [];
  const guarded: { type: GraphQLObjectType; isTypeOf: GraphQLObjectType['isTypeOf'] }[] = [];
  for (const [type, fields] of selected) {
    const read = [...fields].filter((field) => !aliased.has(field.name));
    if (!read.length) continue;
    guarded.push({ type, isTypeOf: type.isTypeOf });
    type.isTypeOf = isStatementRow;
    for (const field of read) {
      swapped.push({ field, resolve: field.resolve });
      field.resolve = undefined;
      // A connection whose arguments its resolver has not accepted is a stand-in on the row: refused, the operation goes to graphql-js.
      const connection = getNamedType(field.type);
      if (isObjectType(connection) && entityNamed(type.name) && entity(entityNamed(type.name)!).relations[field.name]?.kind === 'connection'
        && !guarded.some((guard) => guard.type === connection)) {
        const isTypeOf = connection.isTypeOf;
        guarded.push({ type: connection, isTypeOf });
        connection.isTypeOf = (value, context, info) => isCheckedConnection(value) && (isTypeOf ? isTypeOf(value, context, info) : true);
      }
    }
  }
  try {
    return compile();
  } finally {
    for (const { field, resolve } of swapped) field.resolve = resolve;
    for (const { type, isTypeOf } of guarded) type.isTypeOf = isTypeOf;
  }
}

/** Whether graphql-jit runs this operation: a query asking for no introspection field at its root. */
function isJitQuery(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every((selection) => selection.kind !== 'Field' || !INTROSPECTION_FIELDS.has(selection.name.value));
}

/** Where a response key is asked for in one selection set: whether @include/@skip keep it there (undefined: not told by the variables). */
interface Occurrence {
  selectionSet: SelectionSetNode;
  kept: boolean | undefined;
}

/**
 * Whether graphql-jit's answer has its keys in graphql-js's order for these variables. graphql-jit
 * places a response key where it first appears in a selection set (its fragments' fields included)
 * and decides @include/@skip as it runs; graphql-js places it where it is first kept. So
 * `title @include(if: $a) type ...on Event @skip(if: $a) { title }` with `a` false is `type, title`
 * in graphql-js's answer and `title, type` in graphql-jit's. Only a document with a key asked for
 * twice, once under a directive, can differ (orderNeedsChecking).
 */
function keysInGraphqlJsOrder(
  occurrences: readonly Occurrence[], fragments: ReadonlyMap<string, FragmentDefinitionNode>, variables: Record<string, unknown>,
): boolean {
  const keys = new Map<string, { first: number; firstKept: number; kept: boolean | undefined; below: Occurrence[] }>();
  let position = 0;
  const collect = (selectionSet: SelectionSetNode, kept: boolean | undefined, visited: ReadonlySet<string>): void => {
    for (const selection of selectionSet.selections) {
      const here = kept === false ? false : keptBy(selection.directives ?? [], variables, kept);
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        let entry = keys.get(key);
        if (!entry) keys.set(key, (entry = { first: position, firstKept: Infinity, kept: false, below: [] }));
        if (here === true && entry.firstKept === Infinity) entry.firstKept = position;
        entry.kept = entry.kept === true || here === true ? true : here === undefined ? undefined : entry.kept;
        if (selection.selectionSet) entry.below.push({ selectionSet: selection.selectionSet, kept: here });
        position += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, here, visited);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visited.has(fragment.name.value)) collect(fragment.selectionSet, here, new Set([...visited, fragment.name.value]));
      }
    }
  };
  for (const { selectionSet, kept } of occurrences) collect(selectionSet, kept, new Set());
  const entries = [...keys.values()];
  if (entries.some((entry) => entry.kept === undefined)) return false;
  const kept = entries.filter((entry) => entry.kept);
  const byFirst = [...kept].sort((a, b) => a.first - b.first);
  const byFirstKept = [...kept].sort((a, b) => a.firstKept - b.firstKept);
  if (byFirst.some((entry, index) => entry !== byFirstKept[index])) return false;
  return kept.every((entry) => !entry.below.length || keysInGraphqlJsOrder(entry.below, fragments, variables));
}

/** Whether @include/@skip keep a selection (inside one kept so far: `kept`); undefined when a variable they read is not given as a boolean. */
function keptBy(directives: readonly DirectiveNode[], variables: Record<string, unknown>, kept: boolean | undefined): boolean | undefined {
  for (const directive of directives) {
    if (directive.name.value !== 'include' && directive.name.value !== 'skip') continue;
    const argument = directive.arguments?.find((candidate) => candidate.name.value === 'if')?.value;
    const value = argument?.kind === Kind.BOOLEAN ? argument.value : argument?.kind === Kind.VARIABLE ? variables[argument.name.value] : undefined;
    if (typeof value !== 'boolean') return undefined;
    if (value !== (directive.name.value === 'include')) return false;
  }
  return kept;
}

/**
 * Whether keysInGraphqlJsOrder must be asked for each request (once per operation): a response key
 * asked for more than once in one selection set, one of its places under @include/@skip.
 */
function orderNeedsChecking(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): boolean {
  let found = false;
  const seen = new Map<string, boolean>();
  const conditional = (directives: readonly DirectiveNode[] | undefined) => (directives ?? []).some((directive) => directive.name.value === 'include' || directive.name.value === 'skip');
  const walk = (set: SelectionSetNode, under: boolean, visited: ReadonlySet<string>): void => {
    for (const selection of set.selections) {
      const here = under || conditional(selection.directives);
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (seen.has(key) && (seen.get(key) || here)) found = true;
        seen.set(key, (seen.get(key) ?? false) || here);
        if (selection.selectionSet && orderNeedsChecking(selection.selectionSet, fragments)) found = true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, here, visited);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visited.has(fragment.name.value)) walk(fragment.selectionSet, here, new Set([...visited, fragment.name.value]));
      }
    }
  };
  walk(selectionSet, false, new Set());
  return found;
}

/** The operation compiled by graphql-jit, or null where graphql-js runs it (not a query, or graphql-jit refuses it). */
function compileOperation(schema: GraphQLSchema, request: GraphQLRequestContextResponseForOperation<Context>, operation: OperationDefinitionNode): CompiledQuery | null {
  if (!isJitQuery(operation)) return null;
  try {
    // Text read as plain properties, not counted field by field: the budget's answer is serializeResponse's too (limits.ts).
    const compiled = withoutTextCounting(schema, () => readsRelationsAsProperties(schema, request.document, operation, () =>
      compileQuery(schema, request.document, operation.name?.value, {
        // An answer with an error goes to graphql-js, whose error is the one reported.
        disablingCapturingStackErrors: true,
      })));
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null;
  }
}

/**
 * graphql-jit's answer, or null to let graphql-js answer: when it has an error (including the
 * variables' coercion), the text it counted is given back and the root fields' outcomes wait for
 * graphql-js, which reports the error from the same rows.
 */
async function answer(compiled: CompiledQuery, request: GraphQLRequestContextResponseForOperation<Context>, outcomes: Outcomes): Promise<GraphQLResponse | null> {
  const { contextValue } = request;
  const restoreBudget = textBudgetCheckpoint(contextValue);
  let result: ExecutionResult;
  try {
    result = await compiled.query(undefined, contextValue, request.request.variables ?? {});
  } catch {
    result = { errors: [] };
  }
  outcomes.recording = false;
  if (result.errors) {
    restoreBudget();
    return null;
  }
  outcomes.byKey.clear();
  return dataResponse(result.data);
}

function dataResponse(data: ExecutionResult['data']): GraphQLResponse {
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
}

/** Operations whose root field did not read one row through readCompiledOne (a list, search, statistics), or whose selection is not written as text: not asked again. */
const notAnsweredAsText = new WeakSet<OperationDefinitionNode>();

/**
 * The answer of an operation of one root field that reads one row (`event(id:)`, `person(slug:)`,
 * `country(code:)`, `article(…)`, `armsSale(id:)`) as the JSON text its one statement writes, where
 * the selection needs no field resolver (src/schema/compiled.ts, writtenAsText): no rows rebuilt
 * from JSON, no execution by graphql-jit, no JSON.stringify of the answer — about a seventh of an
 * event detail's Node CPU. The root field's resolver runs as graphql-jit would run it (its
 * arguments, its errors, its not-found), asked to read the answer as text. What it answers
 * otherwise (a row: the selection is not written as text; an error) is its outcome for graphql-jit,
 * then graphql-js, so the statement never runs twice; only an answer with null where the schema
 * says non-null (data the database should not hold) is read again the ordinary way, which reports it.
 * Its `data`, or null when the operation is not one of these.
 */
async function answerAsText(
  schema: GraphQLSchema, contextValue: Context, variables: Record<string, unknown> | undefined, operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>, outcomes: Outcomes,
): Promise<Record<string, AnswerText> | null> {
  const compiledValues = contextValue.compiled;
  const query = schema.getQueryType();
  if (!compiledValues || !query || notAnsweredAsText.has(operation)) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const variableValues = coerced.coerced;
  const rootFields = collectFields(schema, fragments, variableValues, query, operation.selectionSet);
  if (rootFields.size !== 1) return null;
  const [[key, fieldNodes]] = rootFields;
  const field = query.getFields()[fieldNodes[0].name.value];
  if (!field?.resolve) return null;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, fieldNodes[0], variableValues);
  } catch {
    return null;
  }
  const info: GraphQLResolveInfo = {
    fieldName: field.name, fieldNodes, returnType: field.type, parentType: query, path: { prev: undefined, key, typename: query.name },
    schema, fragments, rootValue: undefined, operation, variableValues,
  };
  let returned: unknown;
  let threw = false;
  compiledValues.answerAsText = 'asked';
  try {
    returned = await field.resolve(undefined, args, contextValue, info);
  } catch {
    // Its outcome: graphql-jit and graphql-js report the error. An error (an ID of another type, the
    // database away) tells nothing of the operation's other requests: they are asked for text again.
    threw = true;
    return null;
  } finally {
    // Not a root reading one row, or a selection not written as text (by its first values of the directives' variables): not asked again.
    if (!threw && (compiledValues.answerAsText === 'asked' || compiledValues.answerAsText === 'refused')) notAnsweredAsText.add(operation);
    compiledValues.answerAsText = 'no';
  }
  if (!(returned instanceof AnswerText)) return null;
  if (returned.text.includes(NOT_WRITTEN_AS_TEXT)) {
    outcomes.byKey.delete(key);
    return null;
  }
  return { [key]: returned };
}

/** What the plugin counts: an operation graphql-jit answered or gave back to graphql-js; answered as text; and without Apollo's pipeline. */
export type JitOutcome = (outcome: 'answered' | 'given back', asText?: boolean, withoutApollo?: boolean) => void;

/** An operation answered as text before, by its document's text and the operation name sent: what answering it again takes. */
export interface TextOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
}

/**
 * graphql-jit's execution: the Apollo plugin, and the operations it answered as text, which
 * src/http/graphql-handler.ts answers again without Apollo's per-request pipeline.
 */
export interface JitExecution {
  plugin: ApolloServerPlugin<Context>;
  /**
   * The operation this document text and operation name (as sent: null when not) chose when it was
   * answered as text, while the server runs: Apollo parsed, validated and resolved it then, and
   * would again, for the same text. Undefined for any other.
   */
  textOperation(query: string, operationName: string | null): TextOperation | undefined;
  /**
   * The operation's `data` as text, as the plugin answers it (answerAsText), for a request whose
   * context is built and whose cost is admitted; or null, and then Apollo's pipeline answers the
   * request with this context, and the root field's outcome is not read again.
   */
  answerAsTextAgain(operation: TextOperation, contextValue: Context, variables: Record<string, unknown> | undefined): Promise<Record<string, AnswerText> | null>;
}

/**
 * Operations answered as text kept at once, by document text: as many as the compiled ones, each
 * holding its document (which Apollo's document cache holds too while it is in use), and their
 * texts at most as many characters as the response cache keeps of the operation types it has seen.
 */
const TEXT_OPERATIONS = COMPILED_OPERATIONS;
const TEXT_OPERATIONS_CHARACTERS = 8_000_000;

/**
 * The Apollo plugin executing queries with graphql-jit: Apollo's `responseForOperation` hook, after
 * parsing, validation and the cost limit (didResolveOperation), so every limit, the response cache,
 * the text budget, metrics and error formatting stay as they are. Compiled operations are kept per
 * operation node: Apollo's document cache hands the same document to every request with the same text.
 * An operation answered as text is remembered by its text and operation name (textOperation) until
 * the server stops.
 */
export function jitExecution(schema: GraphQLSchema, onOutcome?: JitOutcome): JitExecution {
  shareRootOutcomes(schema);
  awaitPropertyPromises(schema);
  const compiledOperations = new LRUCache<OperationDefinitionNode, {
    compiled: CompiledQuery | null; fragments?: Map<string, FragmentDefinitionNode>; fragmentsByName: Record<string, FragmentDefinitionNode>;
  }>({ max: COMPILED_OPERATIONS });
  // By text, then by operation name: no name a client sends can pass for another's text.
  const textOperations = new LRUCache<string, Map<string | null, TextOperation>>({
    max: TEXT_OPERATIONS, maxSize: TEXT_OPERATIONS_CHARACTERS, sizeCalculation: (_operations, query) => query.length + 1,
  });
  let serving = true;
  const listener: GraphQLRequestListener<Context> = {
    async responseForOperation(request) {
      const { operation } = request;
      // No operation of the requested name: graphql-js reports it.
      if (!operation) return null;
      let entry = compiledOperations.get(operation);
      if (!entry) {
        const compiled = compileOperation(schema, request, operation);
        const fragments = new Map<string, FragmentDefinitionNode>();
        for (const definition of request.document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
        compiledOperations.set(operation, (entry = {
          compiled, fragments: compiled && orderNeedsChecking(operation.selectionSet, fragments) ? fragments : undefined, fragmentsByName: Object.fromEntries(fragments),
        }));
      }
      // A key @include/@skip drop where it is first asked for: graphql-js answers these variables unless the order is the same.
      const checkOrder = entry.fragments;
      if (entry.compiled && checkOrder
        && !keysInGraphqlJsOrder([{ selectionSet: operation.selectionSet, kept: true }], checkOrder, request.request.variables ?? {})) {
        onOutcome?.('given back');
        return null;
      }
      if (!entry.compiled) {
        if (operation.operation === 'query') onOutcome?.('given back');
        return null;
      }
      // Outcomes already there: answerAsTextAgain ran the root field and left its outcome.
      const context = request.contextValue as Context & WithOutcomes;
      const outcomes: Outcomes = context[OUTCOMES] ??= { recording: true, byKey: new Map() };
      const data = outcomes.textTried ? null : await answerAsText(schema, context, request.request.variables, operation, entry.fragmentsByName, outcomes);
      if (data) {
        onOutcome?.('answered', true);
        // Only where the order of keys never depends on the variables (no checkOrder), which answerAsTextAgain does not check.
        if (serving && !checkOrder && request.source !== undefined) {
          const name = request.request.operationName ?? null;
          let byName = textOperations.get(request.source);
          if (!byName) textOperations.set(request.source, (byName = new Map()));
          if (!byName.has(name)) byName.set(name, { document: request.document, operation, fragments: entry.fragmentsByName });
        }
        return dataResponse(data);
      }
      const response = await answer(entry.compiled, request, outcomes);
      onOutcome?.(response ? 'answered' : 'given back');
      return response;
    },
  };
  return {
    plugin: {
      requestDidStart: () => Promise.resolve(listener),
      // A stopping server answers through Apollo, which refuses what arrives once it has stopped.
      serverWillStart: async () => ({
        serverWillStop: async () => {
          serving = false;
          textOperations.clear();
        },
      }),
    },
    textOperation(query, operationName) {
      const found = textOperations.get(query)?.get(operationName);
      // Not written as text for other values of its directives' variables (answerAsText): Apollo's pipeline from now on.
      if (found && notAnsweredAsText.has(found.operation)) {
        textOperations.get(query)!.delete(operationName);
        return undefined;
      }
      return found;
    },
    async answerAsTextAgain({ operation, fragments }, contextValue, variables) {
      const outcomes: Outcomes = { recording: true, byKey: new Map(), textTried: true };
      (contextValue as WithOutcomes)[OUTCOMES] = outcomes;
      const data = await answerAsText(schema, contextValue, variables, operation, fragments, outcomes);
      if (data) onOutcome?.('answered', true, true);
      return data;
    },
  };
}
