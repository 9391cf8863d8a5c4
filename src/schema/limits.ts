// Limits against abusive requests (OWASP's GraphQL cheat sheet), configured in this one place:
// the defaults below, overridden from the environment by config.ts, applied by http/server.ts.
import { DEFAULT_STATEMENT_TIMEOUT_MS } from '../data/prisma';
import type http from 'node:http';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { CorsOptions } from 'cors';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  isListType,
  isObjectType,
  isAbstractType,
  isEnumType,
  defaultFieldResolver,
  DocumentNode,
  visit,
  FormattedExecutionResult,
  GraphQLSchema,
  ParseOptions,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { ComplexityEstimator, ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
// relay.ts declares type-graphql classes, which need the Reflect metadata API first.
import 'reflect-metadata';
import { ArgsType, Field, Int } from 'type-graphql';
import { stringifyResult } from './answer-text';
import { badUserInput } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './relay';

export interface Limits {
  /** Deepest selection, counted in fields from the root field to the leaf (graphql-armor's count). */
  maxDepth: number;
  /** Aliased fields in one operation (`__typename` aliases not counted). */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens in the document; the parser stops reading beyond them. */
  maxTokens: number;
  /** Estimated cost of an operation: every field costs 1, a paged list multiplies its subtree by `first`/`last`. */
  maxCost: number;
  /** Largest JSON request body, in the `bytes` notation Express uses ('1mb', '100kb'). */
  maxBodySize: string;
  /** Deepest nesting of arrays and objects in a JSON request body (variables included). */
  maxJsonDepth: number;
  /** Largest response, in bytes of JSON (roughly: strings are counted in UTF-16 units); 0: no bound. */
  maxResponseBytes: number;
  /** Operations in one batched HTTP request (a JSON array body); 0 turns batching off. */
  batchMax: number;
  /** Time to receive a whole request and, for /graphql, to answer it, in milliseconds. */
  requestTimeoutMs: number;
  /** PostgreSQL `statement_timeout` of every pooled connection, in milliseconds (0: none). */
  statementTimeoutMs: number;
  /** Origins allowed by CORS, or '*' for any. */
  corsOrigins: '*' | string[];
}

/** The documented defaults (README "Limits"); each is a setting in config.ts. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  // The deepest legitimate operations (person → events → edges → node → children → participants →
  // person → country → name) reach 9; 12 leaves room for fragments' extra level.
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  // Apollo Sandbox's introspection query is about 300 tokens; the largest README query about 100.
  maxTokens: 2000,
  // A page of 100 nested in a page of 100 (about 10,000 per selected field) fits; a third level does not.
  maxCost: 50_000,
  maxBodySize: '1mb',
  // The deepest input (ingestArticle's, with its events, participants and their names) nests about
  // 8 levels in a body; 32 leaves room, while 200,000 (which overflowed the stack) is refused unread.
  maxJsonDepth: 32,
  // The largest legitimate answers (a page of 100 articles with their bodies) stay under 2 MB; 16
  // concurrent answers of 4 MB fit beside the response cache in the 256 MB heap of `npm start`.
  maxResponseBytes: 4 * 1024 * 1024,
  batchMax: 0,
  requestTimeoutMs: 30_000,
  statementTimeoutMs: DEFAULT_STATEMENT_TIMEOUT_MS,
  corsOrigins: '*',
});

/**
 * What the cost analysis assumes for a list of objects that takes no `first`: its true maximum where
 * one exists (a count per event type has one row per type), else a full page. Lists that can grow
 * without bound (mentions, participants, an event's parts) take `first` (boundedList below).
 */
function unpagedListSize(schema: GraphQLSchema, itemType: string): number {
  const eventType = schema.getType('EventType');
  if (itemType === 'EventTypeCount' && isEnumType(eventType)) return eventType.getValues().length;
  return MAX_PAGE_SIZE;
}

/**
 * Items of a bounded list (a list that is not a connection) when `first` is absent: what the cost
 * analysis assumed for these lists before they had a bound, so every request accepted then costs the
 * same now; a request wanting more asks for up to MAX_PAGE_SIZE, and pays for it.
 */
export const BOUNDED_LIST_DEFAULT = 10;

/** Description of the `first` argument of a bounded list. */
export const BOUNDED_LIST_FIRST = `At most this many items, first ones first (${BOUNDED_LIST_DEFAULT} when absent, at most ${MAX_PAGE_SIZE}).`;

/** The argument of every bounded list: how many of its items to return. */
@ArgsType()
export class BoundedListArgs {
  @Field(() => Int, { defaultValue: BOUNDED_LIST_DEFAULT, description: BOUNDED_LIST_FIRST })
  first!: number;
}

/**
 * The first `first` items of a list that is not a connection: what bounds a request's work on lists
 * that can grow (an article's mentions, an event's participants), as `first` bounds a connection's.
 */
export async function boundedList<T>(items: T[] | Promise<T[]>, first: number): Promise<T[]> {
  if (!isBoundedListSize(first)) throw badUserInput('first', `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  return (await items).slice(0, first);
}

/** Whether a bounded list's `first` is one boundedList accepts. */
export function isBoundedListSize(first: unknown): first is number {
  return Number.isInteger(first) && (first as number) >= 0 && (first as number) <= MAX_PAGE_SIZE;
}

export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_LIMITS, ...defined };
}

/** Parses the `CORS_ORIGINS` setting: '*' or a comma-separated list of origins. */
export function parseCorsOrigins(value: string): '*' | string[] {
  const origins = value.split(',').map((origin) => origin.trim()).filter(Boolean);
  return origins.length === 0 || origins.includes('*') ? '*' : origins;
}

/** What a limit violation says: the usual validation code, plus which limit was hit. */
function limitExceeded(limit: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, http: { status: 400 } },
  });
}

/** graphql-armor's rejection, reported as a validation error naming the limit (armor prefixes "Syntax Error: "). */
function reportLimit(limit: string): GraphQLArmorRejectCallback {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(limitExceeded(limit, error.message.replace(/^Syntax Error: /, '')));
  };
}

/**
 * Cost of a field for graphql-query-complexity: 1 plus its selection, the selection multiplied by
 * the number of items the field can return — `first`/`last` (default page size when absent,
 * capped at the maximum page size, whose own error then wins), the number of `ids` (a repeat sends the object again), or the
 * true maximum of a list without `first` (a full page where it has none). Introspection costs its
 * size, unmultiplied.
 */
const pageSizeEstimator = (schema: GraphQLSchema, weightOf: (type: string, field: string) => number = () => 1): ComplexityEstimator => ({ type, field, args, childComplexity }: ComplexityEstimatorArgs) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  const argumentNames = new Set(field.args.map((argument) => argument.name));
  let items = 1;
  if (argumentNames.has('first') || argumentNames.has('last')) {
    const requested = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
    items = Number.isFinite(requested) ? Math.min(Math.max(requested, 0), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
  } else if (Array.isArray(args.ids)) {
    // Every position counts, a repeated ID too: the answer repeats it in full.
    items = Math.min(args.ids.length, MAX_PAGE_SIZE);
  } else {
    const fieldType = getNullableType(field.type);
    const itemType = getNamedType(field.type);
    const listOfObjects = isListType(fieldType) && (isObjectType(itemType) || isAbstractType(itemType));
    // A connection's `edges` are already counted by the connection field's page size.
    if (listOfObjects && !type.name.endsWith('Connection')) {
      items = unpagedListSize(schema, itemType.name);
    }
  }
  return weightOf(type.name, field.name) + childComplexity * items;
};

/**
 * Fields whose values run to hundreds of kilobytes (an article's body), and what each weighs when
 * an expensive operation takes its turn: as much as a page of ordinary fields. The cost limit counts
 * them as 1 like any field; their weight only keeps operations that read many of them running alone.
 */
const LONG_TEXT_WEIGHTS: Record<string, number> = { 'Article.body': MAX_PAGE_SIZE };

function turnWeight(type: string, field: string): number {
  return LONG_TEXT_WEIGHTS[`${type}.${field}`] ?? 1;
}

/** Fields graphql-query-complexity visits before giving up, and what it then says. */
const MAX_QUERY_NODES = 10_000;
const QUERY_NODES_EXCEEDED = 'Query exceeds the maximum allowed number of nodes.';

/** Operations estimated above this cost are expensive: they take turns (ExpensiveTurns). */
export const EXPENSIVE_COST = 1_000;

/**
 * Expensive operations execute side by side only while their weights (their estimated cost, an
 * article's body weighing as much as a page: turnWeight) add up to at most `capacity` (the cost
 * limit, so one operation near the limit always fits alone), and wait their turn in arrival order,
 * so they cannot fill the event loop (and the heap) all at once, and cheap ones (a lookup by key)
 * pass between them. A waiting operation holds only its parsed document; REQUEST_TIMEOUT_MS bounds the wait.
 *
 * Weighted, not one at a time: the requests bench/hostile-load.ts sends (output amplification, the
 * cost bound, 15 aliases of 100 people's article bodies) weigh 45,000 and more and so still run
 * alone (one at a time served twice the expensive requests of two at a time, and halved a cheap
 * query's p99: 544 ms against 1,265 ms), while the pages a frontend asks for (a country's timeline
 * about 6,400, a trip with its stops' participants about 12,800) run several at once: one at a
 * time, each waited for the others' SQL round trips, and the process sat half idle.
 */
class ExpensiveTurns {
  private running = 0;
  private readonly waiting: Array<{ cost: number; start: () => void }> = [];

  constructor(private readonly capacity: number) {}

  /** Waits until `weight` fits beside the operations running; resolves to the share taken (give it back to `release`). */
  async take(weight: number): Promise<number> {
    const share = Math.min(weight, this.capacity);
    if (!this.waiting.length && this.running + share <= this.capacity) {
      this.running += share;
      return share;
    }
    await new Promise<void>((start) => this.waiting.push({ cost: share, start }));
    return share;
  }

  release(share: number): void {
    this.running -= share;
    // In arrival order: the first waiting operation goes before any later, smaller one.
    while (this.waiting.length && this.running + this.waiting[0].cost <= this.capacity) {
      const next = this.waiting.shift()!;
      this.running += next.cost;
      next.start();
    }
  }
}

/** An operation's estimated cost, and for an expensive one the weight its turn takes (turnWeight). */
interface Cost {
  cost: number;
  weight: number;
}

/**
 * The arguments the cost reads (pageSizeEstimator: `first`, `last`, `ids`) and the directives that
 * decide whether a selection counts at all (`@include`/`@skip`).
 */
const COST_ARGUMENTS = new Set(['first', 'last', 'ids']);
const COST_DIRECTIVES = new Set(['include', 'skip']);

/**
 * The variables an operation's cost depends on: those used, at any depth, in an argument the cost
 * reads or in `@include`/`@skip`. Every other variable (the slug, country code or ID a page asks
 * about) leaves the cost unchanged, so requests differing only in them share one estimate.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  // Depth inside an argument or directive the cost reads; variables met there count.
  let depth = 0;
  const enter = (counts: boolean) => { if (depth || counts) depth++; };
  const leave = () => { if (depth) depth--; };
  visit(document, {
    Argument: { enter: (node) => enter(COST_ARGUMENTS.has(node.name.value)), leave },
    Directive: { enter: (node) => enter(COST_DIRECTIVES.has(node.name.value)), leave },
    Variable: (node) => { if (depth) names.add(node.name.value); },
  });
  return [...names];
}

/**
 * Costs already estimated, by document, operation and the values of the variables the cost depends
 * on (costVariables): the estimate walks the whole document with its types (about a tenth of a small
 * read's CPU), and depends on nothing else. A frontend asking about another country, person or event
 * on every request finds its estimate made once. Documents come from Apollo's document cache, one
 * object per query text, so they key by identity; a document Apollo no longer holds takes its costs
 * with it. A variable the cost does not read is not coerced here: if it is invalid, execution says so.
 */
class KnownCosts {
  private readonly byDocument = new WeakMap<DocumentNode, { variables: string[]; costs: LRUCache<string, Cost> }>();

  of(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, estimate: () => Cost): Cost {
    let known = this.byDocument.get(document);
    if (!known) {
      known = { variables: costVariables(document), costs: new LRUCache<string, Cost>({ max: KNOWN_COSTS_PER_DOCUMENT }) };
      this.byDocument.set(document, known);
    }
    // Each value as JSON, '-' where absent (its default applies): never confused with one another.
    const values = known.variables.map((name) => (variables && Object.hasOwn(variables, name) ? JSON.stringify(variables[name]) : '-'));
    const key = `${operationName ?? ''}\0${values.join(',')}`;
    // Long variables (a thousand IDs) are not worth keeping: estimated each time.
    if (key.length > KNOWN_COST_KEY_MAX) return estimate();
    let cost = known.costs.get(key);
    if (cost === undefined) {
      cost = estimate();
      known.costs.set(key, cost);
    }
    return cost;
  }
}

/** Variable sets remembered per document: a frontend's page asked about every country, person or event it shows. */
const KNOWN_COSTS_PER_DOCUMENT = 1_000;
/** Longest operation name and variables (as JSON, in characters) whose cost is remembered. */
const KNOWN_COST_KEY_MAX = 1_000;

/**
 * Refuses operations whose estimated cost exceeds `maxCost`; makes expensive ones take turns
 * (`admit` resolves to the share to `release` once the answer is sent, 0 for a cheap one). It runs
 * once the operation is known, because `first` may come from variables; invalid variables are left
 * to execution's own error. Apollo's requests are admitted by limitsPlugin, the ones answered without
 * Apollo's pipeline (src/http/graphql-handler.ts) by the same instance.
 */
export class CostLimit {
  private readonly turns: ExpensiveTurns;
  private readonly costs = new KnownCosts();

  constructor(private readonly maxCost: number) {
    this.turns = new ExpensiveTurns(maxCost);
  }

  /** The share of the turns taken (0 for a cheap operation); throws MAX_QUERY_COST above the limit. */
  async admit(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): Promise<number> {
    const { maxCost } = this;
    let cost: number;
    let weight: number;
    try {
      const estimate = (weightOf?: (type: string, field: string) => number) => getComplexity({
        schema,
        query: document,
        variables: variables ?? {},
        operationName: operationName ?? undefined,
        estimators: [pageSizeEstimator(schema, weightOf)],
        maxQueryNodes: MAX_QUERY_NODES,
      });
      ({ cost, weight } = this.costs.of(document, operationName, variables, () => {
        const estimated = estimate();
        return { cost: estimated, weight: estimated > EXPENSIVE_COST ? estimate(turnWeight) : estimated };
      }));
    } catch (error) {
      // Fragments spread in fragments can make a short document expand enormously.
      if (error instanceof GraphQLError && error.message === QUERY_NODES_EXCEEDED) {
        throw limitExceeded('MAX_QUERY_COST', `Query cost limit of ${maxCost} exceeded: more than ${MAX_QUERY_NODES} fields once fragments are expanded.`);
      }
      return 0; // variables that do not coerce: execution reports them as BAD_USER_INPUT
    }
    if (cost > maxCost) {
      throw limitExceeded('MAX_QUERY_COST', `Query cost limit of ${maxCost} exceeded, found ${cost}. Ask for smaller pages (first/last) or fewer nested lists.`);
    }
    return cost > EXPENSIVE_COST ? this.turns.take(weight) : 0;
  }

  release(share: number): void {
    this.turns.release(share);
  }
}

/** What is left of a request's `maxResponseBytes` of text, and whether text was given up. */
interface ResponseBudget {
  remaining: number;
  exceeded: boolean;
}

/**
 * Where a request's budget lives: a property of its context object, not a WeakMap entry keyed by
 * it, because Apollo runs every request with a shallow copy of the context the server built
 * (own properties, symbols included, are copied; identity is not).
 */
const RESPONSE_BUDGET = Symbol('responseBudget');

/** Gives the request whose context this is `maxResponseBytes` of text to answer with (0: no bound). */
export function budgetResponse(context: object, maxResponseBytes: number): void {
  if (maxResponseBytes > 0) (context as { [RESPONSE_BUDGET]?: ResponseBudget })[RESPONSE_BUDGET] = { remaining: maxResponseBytes, exceeded: false };
}

function budgetOf(context: unknown): ResponseBudget | undefined {
  return typeof context === 'object' && context !== null ? (context as { [RESPONSE_BUDGET]?: ResponseBudget })[RESPONSE_BUDGET] : undefined;
}

function spend(context: unknown, value: unknown): unknown {
  const budget = budgetOf(context);
  if (!budget) return value;
  if (budget.exceeded) return typeof value === 'string' ? '' : Array.isArray(value) ? [] : value;
  if (typeof value === 'string') budget.remaining -= value.length + 2;
  else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') budget.remaining -= item.length + 3;
  if (budget.remaining < 0) budget.exceeded = true;
  return value;
}

/** What the request's budget holds now, and a function putting it back (an answer given up returns what it spent). */
export function textBudgetCheckpoint(context: unknown): () => void {
  const budget = budgetOf(context);
  if (!budget) return () => undefined;
  const { remaining, exceeded } = budget;
  return () => {
    budget.remaining = remaining;
    budget.exceeded = exceeded;
  };
}

/** A text field as countResponseText found it, and the resolver that counts it in its place. */
interface CountedField {
  field: GraphQLField<unknown, unknown>;
  /** Its own resolver, or none (a plain property). */
  uncounted: GraphQLFieldResolver<unknown, unknown> | undefined;
  counting: GraphQLFieldResolver<unknown, unknown>;
}

/** Each schema's counted text fields. */
const countedFields = new WeakMap<GraphQLSchema, CountedField[]>();

/**
 * Makes every text field of `schema` spend its length from the request's response budget while the
 * result is built: text is what makes a bounded number of fields large (an article's body). Once the
 * budget is gone, later text fields give '' (no more text is kept in memory) and the answer is
 * replaced by one error (replaceOverBudgetAnswer). Done once per schema; a request without a
 * budget is not counted.
 */
export function countResponseText(schema: GraphQLSchema): void {
  if (countedFields.has(schema)) return;
  const counted: CountedField[] = [];
  countedFields.set(schema, counted);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name !== 'String') continue;
      const uncounted = field.resolve;
      const resolve = uncounted ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const value = resolve(source, args, context, info);
        return value instanceof Promise ? value.then((resolved) => spend(context, resolved)) : spend(context, value);
      };
      counted.push({ field, uncounted, counting: field.resolve });
    }
  }
}

/**
 * `compile()` (graphql-jit's compilation of an operation, which takes each field's resolver as it
 * finds it) with the text fields as they were before countResponseText: a plain property stays an
 * inline property read in the compiled function, where the counting resolver made every text field of
 * every row a resolver call (its resolve info, path and callbacks). The answers do not change: an
 * answer whose text exceeds the budget is longer than `maxResponseBytes` as JSON (each text counts
 * its length and quotes, at most what its JSON takes), so serializeResponse replaces it with the
 * same RESPONSE_TOO_LARGE error that replaceOverBudgetAnswer would have put in its place. What an
 * answer graphql-jit builds does not cut is its text past the budget, which it only refers to: the
 * rows that hold it are in memory already. A field wrapped again since (a root field's outcome,
 * jit-execution.ts) keeps its wrappers. Synchronous: nothing else runs while the fields are uncounted.
 */
export function withoutTextCounting<T>(schema: GraphQLSchema, compile: () => T): T {
  const counted = countedFields.get(schema) ?? [];
  for (const { field, uncounted, counting } of counted) if (field.resolve === counting) field.resolve = uncounted;
  try {
    return compile();
  } finally {
    for (const { field, uncounted, counting } of counted) if (field.resolve === uncounted) field.resolve = counting;
  }
}

/** The one error that replaces an answer larger than `maxResponseBytes`. */
function responseTooLarge(maxResponseBytes: number) {
  return {
    errors: [{
      message: `The response is larger than ${maxResponseBytes} bytes (MAX_RESPONSE_BYTES). Ask for fewer items (first/last, fewer IDs) or fewer fields.`,
      extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'MAX_RESPONSE_BYTES' },
    }],
  };
}

/**
 * Ends a response whose text ran over `maxResponseBytes` while the result was built
 * (countResponseText, which stopped keeping text beyond the budget) with one error instead of
 * sending it. No partial data: a client must not take a cut answer for a whole one. The answer's
 * full size is checked where it is serialized (serializeResponse).
 */
function replaceOverBudgetAnswer(response: GraphQLResponse, context: unknown, maxResponseBytes: number): void {
  if (response.body.kind !== 'single' || response.body.singleResult.data == null) return;
  if (budgetOf(context)?.exceeded) response.body.singleResult = responseTooLarge(maxResponseBytes);
}

/**
 * Apollo's `stringifyResult`: the answer as JSON (as Apollo's own, with a final newline), or, when
 * that JSON is longer than `maxResponseBytes` (in UTF-16 units), the RESPONSE_TOO_LARGE error
 * instead. Measuring the text being sent costs nothing more than sending it: no walk over the result
 * on every request. What is serialized stays bounded: the cost limit bounds the number of fields,
 * and text is cut at the budget (countResponseText) under graphql-js; an answer graphql-jit built
 * refers to text of rows already in memory (withoutTextCounting), and is replaced here when too long.
 */
export function serializeResponse(maxResponseBytes: number): (result: FormattedExecutionResult) => string {
  return (result) => {
    const text = `${stringifyResult(result)}\n`;
    if (maxResponseBytes <= 0 || result.data == null || text.length <= maxResponseBytes) return text;
    return `${JSON.stringify(responseTooLarge(maxResponseBytes))}\n`;
  };
}

/**
 * Drops graphql-js's "Did you mean …?" hints (fields, arguments, types, enum values) from error
 * messages: they reveal the schema to someone guessing at it. Development keeps them.
 */
function hideSuggestions(errors: readonly GraphQLError[]): void {
  for (const error of errors) error.message = error.message.replace(/\s*Did you mean .*\?$/s, '');
}

/**
 * The limits Apollo applies to each request, as one plugin because every plugin costs every request
 * an async `requestDidStart` and a listener in each stage: the cost limit and its turns, the answer's
 * text budget, and (outside development) hidden suggestions.
 */
function limitsPlugin(limits: Limits, development: boolean, costLimit: CostLimit): ApolloServerPlugin {
  const { maxResponseBytes } = limits;
  return {
    async requestDidStart() {
      let share = 0;
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          share = await costLimit.admit(schema, document, operationName, request.variables);
        },
        async willSendResponse({ response, contextValue }) {
          if (share) costLimit.release(share);
          share = 0;
          if (maxResponseBytes > 0) replaceOverBudgetAnswer(response, contextValue, maxResponseBytes);
        },
        async didEncounterErrors({ errors }) {
          if (!development) hideSuggestions(errors);
        },
      };
    },
  };
}

/**
 * What Apollo Server needs: validation rules, plugins, parser options, batching and how answers are
 * serialized; and the cost limit its plugin applies, for the answers written without Apollo.
 */
export function graphqlLimits(limits: Limits, development: boolean) {
  const costLimit = new CostLimit(limits.maxCost);
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, propagateOnRejection: false, onReject: [reportLimit('MAX_DEPTH')] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [reportLimit('MAX_ALIASES')] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [reportLimit('MAX_DIRECTIVES')] },
    // graphql-js's parser enforces the token limit itself (parseOptions below), as a parse error.
    maxTokens: { enabled: false },
    // armor's cost counts only literal `first` values and ignores the default page size; cost is
    // graphql-query-complexity's (CostLimit).
    costLimit: { enabled: false },
    // Its Apollo variant leaves "[Suggestion hidden]?" behind and misses enum values: hideSuggestions.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const parseOptions: ParseOptions = { maxTokens: limits.maxTokens };
  return {
    validationRules: validationRules as ValidationRule[],
    plugins: [
      ...(plugins as ApolloServerPlugin<any>[]),
      limitsPlugin(limits, development, costLimit),
    ],
    costLimit,
    parseOptions,
    allowBatchedHttpRequests: limits.batchMax > 0,
    stringifyResult: serializeResponse(limits.maxResponseBytes),
  };
}

export function corsOptions(limits: Limits): CorsOptions {
  return { origin: limits.corsOrigins === '*' ? '*' : limits.corsOrigins };
}

/**
 * Answers a request with one GraphQL-shaped error, as plain Node (Express's response is one too):
 * the limits below and http/graphql-handler.ts answer requests that never reach Apollo this way.
 */
export function sendJsonError(response: http.ServerResponse, status: number, code: string, message: string, mediaType = 'application/json'): void {
  response.statusCode = status;
  response.setHeader('content-type', `${mediaType}; charset=utf-8`);
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * The `verify` hook of Express's JSON parser: refuses a body whose arrays and objects nest deeper
 * than `maxJsonDepth` with 400 before it is parsed, so no later step (the response cache's key,
 * variable coercion) walks an input deep enough to overflow the stack. One pass over the bytes.
 */
export function jsonDepthLimit(limits: Pick<Limits, 'maxJsonDepth'>) {
  return (_request: unknown, _response: unknown, body: Buffer): void => {
    let depth = 0;
    let inString = false;
    for (let index = 0; index < body.length; index++) {
      const byte = body[index];
      if (inString) {
        if (byte === 0x5c) index++; // backslash: the next byte is escaped
        else if (byte === 0x22) inString = false;
      } else if (byte === 0x22) {
        inString = true;
      } else if (byte === 0x5b || byte === 0x7b) {
        if (++depth > limits.maxJsonDepth) {
          throw Object.assign(new Error(`The JSON body nests deeper than ${limits.maxJsonDepth} levels (MAX_JSON_DEPTH).`), {
            status: 400,
            expose: true,
          });
        }
      } else if (byte === 0x5d || byte === 0x7d) {
        depth--;
      }
    }
  };
}

/** A batch (JSON array body) longer than `batchMax`, refused before Apollo; Apollo itself refuses any batch when it is 0. */
export function batchTooLarge(limits: Limits, body: unknown): boolean {
  return limits.batchMax > 0 && Array.isArray(body) && body.length > limits.batchMax;
}

/**
 * Answers 503 `REQUEST_TIMEOUT` when /graphql has not answered within `requestTimeoutMs` of reading
 * the request (receiving it is bounded by Node's `requestTimeout`, httpServerOptions). graphql-js
 * cannot abort an execution, so it runs on (each SQL statement bounded by `statement_timeout`) and
 * its late answer is dropped.
 */
export function startResponseDeadline(limits: Limits, response: http.ServerResponse): void {
  if (limits.requestTimeoutMs <= 0) return;
  const timer = setTimeout(() => {
    if (response.headersSent) return;
    sendJsonError(response, 503, 'REQUEST_TIMEOUT', `The request did not complete within ${limits.requestTimeoutMs} ms.`);
    // Apollo's late answer goes nowhere instead of failing on headers already sent.
    response.setHeader = () => response;
    response.writeHead = () => response;
    response.write = () => true;
    response.end = () => response;
  }, limits.requestTimeoutMs);
  timer.unref();
  // 'close' follows both a completed response and a dropped connection: one listener, not two.
  response.once('close', () => clearTimeout(timer));
}

/**
 * Node's own limits on receiving a request (slow clients, slowloris): the whole request within
 * `requestTimeoutMs` (headers within at most 60 s), checked often enough to matter — Node checks
 * every 30 s by default — or Node answers 408 and closes the connection.
 */
export function httpServerOptions(limits: Limits): http.ServerOptions {
  if (limits.requestTimeoutMs <= 0) return { requestTimeout: 0 };
  return {
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: Math.min(60_000, limits.requestTimeoutMs),
    connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(limits.requestTimeoutMs / 4))),
  };
}
