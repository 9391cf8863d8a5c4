// Queries executed by graphql-jit: each operation compiled once into a JavaScript function that resolves, completes and collects its fields without graphql-js's per-field machinery.
// graphql-js still answers mutations, introspection, what graphql-jit cannot compile, and every
// answer with an error (with the root fields' outcomes graphql-jit already had), so errors, their
// paths and the nulls they leave are graphql-js's own.
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLRequestListener, type GraphQLResponse } from '@apollo/server';
import {
  defaultFieldResolver, getNamedType, isObjectType, Kind, TypeInfo, visit, visitWithTypeInfo,
  type DocumentNode, type ExecutionResult, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { isStatementRow } from '../data/compile';
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
      if (!outcomes.recording) {
        const outcome = outcomes.byKey.get(key);
        if (!outcome) return resolve(source, args, context, info);
        outcomes.byKey.delete(key);
        if ('threw' in outcome) throw outcome.threw;
        return outcome.returned;
      }
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
async function answer(compiled: CompiledQuery, request: GraphQLRequestContextResponseForOperation<Context>): Promise<GraphQLResponse | null> {
  const { contextValue } = request;
  const restoreBudget = textBudgetCheckpoint(contextValue);
  const outcomes: Outcomes = { recording: true, byKey: new Map() };
  (contextValue as WithOutcomes)[OUTCOMES] = outcomes;
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
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
}

/**
 * The Apollo plugin executing queries with graphql-jit: Apollo's `responseForOperation` hook, after
 * parsing, validation and the cost limit (didResolveOperation), so every limit, the response cache,
 * the text budget, metrics and error formatting stay as they are. Compiled operations are kept per
 * operation node: Apollo's document cache hands the same document to every request with the same text.
 */
export function jitExecutionPlugin(schema: GraphQLSchema, onOutcome?: (outcome: 'answered' | 'given back') => void): ApolloServerPlugin<Context> {
  shareRootOutcomes(schema);
  awaitPropertyPromises(schema);
  const compiledOperations = new LRUCache<OperationDefinitionNode, { compiled: CompiledQuery | null }>({ max: COMPILED_OPERATIONS });
  const listener: GraphQLRequestListener<Context> = {
    async responseForOperation(request) {
      const { operation } = request;
      // No operation of the requested name: graphql-js reports it.
      if (!operation) return null;
      let entry = compiledOperations.get(operation);
      if (!entry) compiledOperations.set(operation, (entry = { compiled: compileOperation(schema, request, operation) }));
      if (!entry.compiled) {
        if (operation.operation === 'query') onOutcome?.('given back');
        return null;
      }
      const response = await answer(entry.compiled, request);
      onOutcome?.(response ? 'answered' : 'given back');
      return response;
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
