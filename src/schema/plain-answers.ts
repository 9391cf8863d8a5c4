// Root fields whose rows carry every field a client can select as a plain property (the statistics'
// groups and their countries) answered without graphql-js's machinery for every field of every row:
// the selection is planned once per operation, the root resolver runs as graphql-js would run it,
// and the rows are copied into the answer. Anything the plan does not foresee is given back to graphql-js.
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLRequestListener, type GraphQLResponse } from '@apollo/server';
import {
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  visit,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { addPath } from 'graphql/jsutils/Path';
import type { Context } from './context';
import { isCountedText, textBudgetCheckpoint, spendText } from './limits';

/** What a completion returns when a value is not what the plan foresaw: graphql-js answers instead. */
const GIVE_BACK = Symbol('giveBack');

/** Turns one resolved value into the answer's value (a copy with the selected fields), or GIVE_BACK. */
type Completion = (value: unknown, context: Context) => unknown;

interface PlannedRootField {
  responseKey: string;
  field: GraphQLField<unknown, unknown>;
  resolve: GraphQLFieldResolver<unknown, unknown>;
  fieldNodes: readonly FieldNode[];
  complete: Completion;
}

/** An operation's root fields, each planned; null when one of them is not answered plainly. */
type Plan = PlannedRootField[] | null;

/**
 * Where a root field's outcome waits when its rows were given back to graphql-js: graphql-js's call of
 * the same resolver takes it instead of running the field (and its SQL) again.
 */
const OUTCOMES = Symbol('plainAnswerOutcomes');
type WithOutcomes = { [OUTCOMES]?: Map<FieldNode, unknown> };

/** graphql-js's test for a promise, asked of objects only: a number or a string is never one. */
function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * The completion of `type` as graphql-js completes it when every field below is a property read by
 * its default resolver: null where nullable, leaves serialized, lists item by item, objects field by
 * field in the order of the selection. Null when the selection asks for something else (a field with
 * a resolver or arguments, an abstract type, a type checking its objects with `isTypeOf`).
 */
function completion(schema: GraphQLSchema, fragments: Record<string, FragmentDefinitionNode>, type: GraphQLOutputType, fieldNodes: readonly FieldNode[]): Completion | null {
  if (isNonNullType(type)) {
    const completeInner = completion(schema, fragments, type.ofType, fieldNodes);
    return completeInner && ((value, context) => (value == null ? GIVE_BACK : completeInner(value, context)));
  }
  if (isListType(type)) {
    const completeItem = completion(schema, fragments, type.ofType, fieldNodes);
    if (!completeItem) return null;
    return (value, context) => {
      if (value == null) return null;
      if (!Array.isArray(value)) return GIVE_BACK;
      const items = new Array<unknown>(value.length);
      for (let index = 0; index < value.length; index++) {
        const item = completeItem(value[index], context);
        if (item === GIVE_BACK) return GIVE_BACK;
        items[index] = item;
      }
      return items;
    };
  }
  if (isLeafType(type)) {
    return (value) => {
      if (value == null) return null;
      if (isThenable(value) || value instanceof Error) return GIVE_BACK;
      try {
        const serialized = type.serialize(value);
        return serialized == null ? GIVE_BACK : serialized;
      } catch {
        return GIVE_BACK;
      }
    };
  }
  if (!isObjectType(type) || type.isTypeOf) return null;
  return objectCompletion(schema, fragments, type, fieldNodes);
}

interface PlannedField {
  responseKey: string;
  name: string;
  countedText: boolean;
  complete: Completion | null;
}

function objectCompletion(schema: GraphQLSchema, fragments: Record<string, FragmentDefinitionNode>, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Completion | null {
  const planned: PlannedField[] = [];
  for (const [responseKey, nodes] of collectSubfields(schema, fragments, {}, type, fieldNodes)) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      planned.push({ responseKey, name, countedText: false, complete: null });
      continue;
    }
    const field = type.getFields()[name];
    if (!field || field.args.length > 0) return null;
    const countedText = isCountedText(field);
    if (field.resolve && !countedText) return null;
    const complete = completion(schema, fragments, field.type, nodes);
    if (!complete) return null;
    planned.push({ responseKey, name, countedText, complete });
  }
  return (value, context) => {
    if (value == null) return null;
    if (typeof value !== 'object' || isThenable(value)) return GIVE_BACK;
    const source = value as Record<string, unknown>;
    const answer: Record<string, unknown> = {};
    for (const { responseKey, name, countedText, complete } of planned) {
      if (!complete) {
        answer[responseKey] = type.name;
        continue;
      }
      let property = source[name];
      if (typeof property === 'function' || isThenable(property)) return GIVE_BACK;
      if (countedText) property = spendText(context, property);
      const completed = complete(property, context);
      if (completed === GIVE_BACK) return GIVE_BACK;
      answer[responseKey] = completed;
    }
    return answer;
  };
}

/** Whether the document can change its selection with variables (@include/@skip), which the plan does not follow. */
function hasDirectives(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  let found = false;
  const look = { Directive() { found = true; } };
  visit(operation, look);
  for (const fragment of Object.values(fragments)) visit(fragment, look);
  return found;
}

function fragmentsOf(request: GraphQLRequestContextResponseForOperation<Context>): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = Object.create(null);
  for (const definition of request.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

function planOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  plainRootFields: ReadonlySet<string>,
): Plan {
  const queryType = schema.getQueryType();
  if (operation.operation !== 'query' || !queryType || hasDirectives(operation, fragments)) return null;
  const planned: PlannedRootField[] = [];
  for (const [responseKey, fieldNodes] of collectFields(schema, fragments, {}, queryType, operation.selectionSet)) {
    const name = fieldNodes[0].name.value;
    const field = queryType.getFields()[name];
    if (!field?.resolve || !plainRootFields.has(name)) return null;
    const complete = completion(schema, fragments, field.type, fieldNodes);
    if (!complete) return null;
    planned.push({ responseKey, field, resolve: field.resolve, fieldNodes, complete });
  }
  return planned.length ? planned : null;
}

/**
 * The answer of a planned operation, or null to let graphql-js answer (the variables do not coerce, an
 * argument is refused, a resolver fails, a value is not what the plan foresaw). What was resolved then
 * waits for graphql-js (OUTCOMES) and what text was counted is taken back, so the answer is graphql-js's own.
 */
async function answer(schema: GraphQLSchema, plan: PlannedRootField[], request: GraphQLRequestContextResponseForOperation<Context>, fragments: Record<string, FragmentDefinitionNode>): Promise<GraphQLResponse | null> {
  const { operation, contextValue } = request;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.request.variables ?? {}, { maxErrors: 50 });
  if (coerced.errors) return null;
  const variableValues = coerced.coerced;
  const outcomes = new Map<FieldNode, unknown>();
  (contextValue as WithOutcomes)[OUTCOMES] = outcomes;
  const resolved: unknown[] = [];
  for (const root of plan) {
    let outcome: unknown;
    try {
      const args = getArgumentValues(root.field, root.fieldNodes[0], variableValues);
      const info: GraphQLResolveInfo = {
        fieldName: root.field.name,
        fieldNodes: root.fieldNodes,
        returnType: root.field.type,
        parentType: schema.getQueryType()!,
        path: addPath(undefined, root.responseKey, schema.getQueryType()!.name),
        schema,
        fragments,
        rootValue: undefined,
        operation,
        variableValues,
      };
      outcome = root.resolve(undefined, args, contextValue, info);
    } catch (error) {
      outcome = Promise.reject(error);
    }
    // Settled or not, graphql-js finds it there if it answers after all (and reports its failure).
    if (isThenable(outcome)) (outcome as Promise<unknown>).catch(() => undefined);
    outcomes.set(root.fieldNodes[0], outcome);
    resolved.push(outcome);
  }
  let values: unknown[];
  try {
    values = await Promise.all(resolved);
  } catch {
    return null;
  }
  const restoreBudget = textBudgetCheckpoint(contextValue);
  const data: Record<string, unknown> = {};
  for (let index = 0; index < plan.length; index++) {
    const completed = plan[index].complete(values[index], contextValue);
    if (completed === GIVE_BACK) {
      restoreBudget();
      return null;
    }
    data[plan[index].responseKey] = completed;
  }
  outcomes.clear();
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
}

const plannedSchemas = new WeakSet<GraphQLSchema>();

/**
 * Lets graphql-js take a root field's outcome when the plain answer gave its rows back: every root
 * field's resolver is wrapped once to look for one before running.
 */
function takeOutcomesFirst(schema: GraphQLSchema, plainRootFields: ReadonlySet<string>): void {
  if (plannedSchemas.has(schema)) return;
  plannedSchemas.add(schema);
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const name of plainRootFields) {
    const field = fields[name];
    const resolve = field?.resolve;
    if (!field || !resolve) continue;
    field.resolve = (source, args, context, info) => {
      const outcomes = (context as WithOutcomes | undefined)?.[OUTCOMES];
      const node = info.fieldNodes[0];
      if (outcomes?.has(node)) {
        const outcome = outcomes.get(node);
        outcomes.delete(node);
        return outcome;
      }
      return resolve(source, args, context, info);
    };
  }
}

/**
 * The Apollo plugin answering operations made only of `plainRootFields` (root fields of the query
 * type whose rows carry every selectable field as a property) before graphql-js executes them:
 * Apollo's `responseForOperation` hook, after parsing, validation and the cost limit (didResolveOperation).
 * Plans are kept per operation node: Apollo's document cache hands the same document to every
 * request with the same text.
 */
export function plainAnswersPlugin(schema: GraphQLSchema, plainRootFields: readonly string[]): ApolloServerPlugin<Context> {
  const roots = new Set(plainRootFields);
  takeOutcomesFirst(schema, roots);
  const plans = new WeakMap<OperationDefinitionNode, { plan: Plan; fragments: Record<string, FragmentDefinitionNode> }>();
  const listener: GraphQLRequestListener<Context> = {
    async responseForOperation(request) {
      // No operation of the requested name: graphql-js reports it.
      if (!request.operation) return null;
      let planned = plans.get(request.operation);
      if (!planned) {
        const fragments = fragmentsOf(request);
        let plan: Plan = null;
        try {
          plan = planOperation(schema, request.operation, fragments, roots);
        } catch {
          // A document the plan does not follow (graphql-js's own checks will speak): graphql-js answers it.
        }
        planned = { plan, fragments };
        plans.set(request.operation, planned);
      }
      return planned.plan ? answer(schema, planned.plan, request, planned.fragments) : null;
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
