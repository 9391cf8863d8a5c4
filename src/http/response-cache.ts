// Cache of anonymous read responses, emptied by every write of data: mutations this service ran empty
// it at once, writes from anywhere else (other instances, the import and seed CLIs, psql) through
// PostgreSQL's NOTIFY, sent by statement-level triggers on the data tables when their transaction
// commits. Bookkeeping (API keys' lastUsedAt, the audit log) is not data a cached read shows: no trigger.
import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, OperationTypeNode, parse } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { DataChanges } from '../data/data-changes';
import type { Metrics } from './metrics';
import { negotiateGraphQLMediaType } from './media-types';

export interface CachedResponse {
  contentType: string;
  body: string;
}

export interface ResponseCacheOptions {
  /** The database's change notifications: every one empties the cache. */
  changes: DataChanges;
  /** Memory for cached responses, in bytes (their UTF-16 length, roughly). */
  maxBytes: number;
  metrics?: Metrics;
}

/**
 * Holds responses while the change notifications flow (data/data-changes.ts); while they do not
 * (starting, reconnecting), nothing is served from the cache or stored in it, since a change could go unnoticed.
 * Every invalidation starts a new generation: a response computed while a write committed belongs to
 * the old one and is not stored, so a read can never store data older than the last notification.
 */
export class ResponseCache {
  private readonly responses: LRUCache<string, CachedResponse>;
  /** Operation type of each query text seen ('query', 'mutation', …; 'invalid': none to run). */
  private readonly operationTypes = new LRUCache<string, OperationTypeNode | 'invalid'>({
    max: 1_000,
    maxSize: 8_000_000,
    sizeCalculation: (_type, key) => key.length + 1,
  });
  private generation = 0;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly options: ResponseCacheOptions) {
    this.responses = new LRUCache({
      maxSize: Math.max(1, options.maxBytes),
      sizeCalculation: (response, key) => (response.body.length + key.length) * 2 + 64,
    });
  }

  /** Starts following the change notifications (the cache is in use while they flow). */
  start(): void {
    this.unsubscribe ??= this.options.changes.subscribe(() => this.invalidate());
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.responses.clear();
  }

  private get listening(): boolean {
    return this.unsubscribe !== undefined && this.options.changes.listening;
  }

  /** Empties the cache and starts a new generation. */
  invalidate(): void {
    this.generation++;
    this.responses.clear();
    this.options.metrics?.responseCacheInvalidations.inc();
  }

  private operationType(query: string, operationName: unknown, maxTokens: number): OperationTypeNode | 'invalid' {
    const key = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
    let type = this.operationTypes.get(key);
    if (type === undefined) {
      type = operationTypeOf(query, typeof operationName === 'string' ? operationName : null, maxTokens);
      this.operationTypes.set(key, type);
    }
    return type;
  }

  /**
   * Apollo plugin: empties the cache when a mutation this service ran may have written: it was made
   * with an API key and at least one of its fields (other than `__typename`) answered. Nothing else
   * can have changed data: a request refused before execution (a bad key, a document that does not
   * validate, a limit), an anonymous mutation (every field refused), a query. The transactions have
   * committed when the answer goes out; reads that started earlier belong to the generation this
   * ends, so none of them is stored. (The triggers' NOTIFY follows, for the other services.)
   */
  plugin(): ApolloServerPlugin<{ viewer: unknown }> {
    return {
      requestDidStart: async () => {
        let executedMutation = false;
        return {
          executionDidStart: async ({ operation, contextValue }) => {
            executedMutation = operation.operation === OperationTypeNode.MUTATION && contextValue.viewer != null;
          },
          willSendResponse: async ({ response }) => {
            if (!executedMutation || response.body.kind !== 'single') return;
            const data = response.body.singleResult.data ?? {};
            const answered = Object.entries(data).some(([field, value]) => value != null && value !== 'Mutation' && field !== '__typename');
            if (answered) this.invalidate();
          },
        };
      },
    };
  }

  /**
   * Looks a request up once its JSON body is read, before Apollo: an anonymous query gets the cached
   * answer (`hit`) or a `store` for Apollo's answer; anything else, undefined. Telling a query from
   * the rest parses the document, within the same token limit as Apollo's parser (`maxTokens`): a
   * longer one is left to Apollo to refuse.
   */
  lookup(method: string | undefined, headers: IncomingHttpHeaders, body: unknown, maxTokens: number): CacheLookup | undefined {
    if (method !== 'POST' || !body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    const { query, operationName, variables, extensions } = body as Record<string, unknown>;
    if (typeof query !== 'string') return undefined;
    const type = this.operationType(query, operationName, maxTokens);
    const mediaType = negotiateGraphQLMediaType(headers.accept);
    // API-key holders may see more than anonymous callers; only anonymous reads are shared.
    if (type !== OperationTypeNode.QUERY || !mediaType || headers.authorization !== undefined || !this.listening) return undefined;
    const key = JSON.stringify([mediaType, query, operationName ?? null, variables ?? null, extensions ?? null]);
    const hit = this.responses.get(key);
    this.options.metrics?.responseCacheLookups.inc({ result: hit ? 'hit' : 'miss' });
    if (hit) return { hit };
    const generation = this.generation;
    return {
      store: (status, contentType, responseBody) => {
        // Only complete successes are kept: errors may be passing (a timeout, the database away).
        if (
          status === 200 && contentType && generation === this.generation && this.listening &&
          !responseBody.includes('"errors":')
        ) {
          this.responses.set(key, { contentType, body: responseBody });
        }
      },
    };
  }
}

/** What the cache has for a request: its answer, or where to keep the one about to be sent. */
export interface CacheLookup {
  hit?: CachedResponse;
  store?: (status: number, contentType: string | undefined, body: string) => void;
}

/** The type of the operation a request would run, without validating it (Apollo does that). */
function operationTypeOf(query: string, operationName: string | null, maxTokens: number): OperationTypeNode | 'invalid' {
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens });
  } catch {
    return 'invalid';
  }
  const operations = document.definitions.filter((definition) => definition.kind === 'OperationDefinition');
  const operation = operationName == null
    ? (operations.length === 1 ? operations[0] : undefined)
    : operations.find((candidate) => candidate.name?.value === operationName);
  return operation?.operation ?? 'invalid';
}
