// Prometheus metrics of the service (`GET /metrics`): HTTP request durations, SQL statements, the
// database pool, the response cache, and the process itself (memory, CPU, event-loop lag).
import type http from 'node:http';
import type express from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the pool reports at scrape time (node-postgres's own counts). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export class Metrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending the last byte of its response.',
    labelNames: ['method', 'route', 'status'] as const,
    // Fine below 100 ms, where a read should be.
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly sqlStatements = new Counter({
    name: 'db_sql_statements_total',
    help: 'SQL statements sent to PostgreSQL (divide by http_request_duration_seconds_count for statements per request).',
    registers: [this.registry],
  });

  readonly compiledReadFallbacks = new Counter({
    name: 'graphql_compiled_read_fallbacks_total',
    help: 'Root fields, or fields under them, answered the DataLoader way (more statements) because the statement compiler does not answer them.',
    labelNames: ['field'] as const,
    registers: [this.registry],
  });

  readonly jitQueries = new Counter({
    name: 'graphql_jit_queries_total',
    help: 'Queries executed by graphql-jit, by outcome: answered, or given back to graphql-js (an error, or an operation graphql-jit does not compile).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly textAnswers = new Counter({
    name: 'graphql_text_answers_total',
    help: 'Queries of those graphql-jit answered whose answer its one statement wrote as JSON text, without executing the selection.',
    registers: [this.registry],
  });

  readonly answersWithoutApollo = new Counter({
    name: 'graphql_answers_without_apollo_total',
    help: 'Text answers of those, to an operation answered as text before, written without Apollo Server\'s per-request pipeline.',
    registers: [this.registry],
  });

  readonly responseCacheLookups = new Counter({
    name: 'graphql_response_cache_lookups_total',
    help: 'Anonymous read operations looked up in the response cache, by result (hit or miss).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly responseCacheInvalidations = new Counter({
    name: 'graphql_response_cache_invalidations_total',
    help: 'Times the response cache was emptied because data changed (or change notifications were interrupted).',
    registers: [this.registry],
  });

  constructor(poolStats?: () => PoolStats) {
    collectDefaultMetrics({ register: this.registry });
    if (poolStats) {
      new Gauge({
        name: 'db_pool_connections',
        help: 'Connections of the database pool by state (total, idle), and requests waiting for one (waiting).',
        labelNames: ['state'] as const,
        registers: [this.registry],
        collect() {
          const stats = poolStats();
          this.set({ state: 'total' }, stats.total);
          this.set({ state: 'idle' }, stats.idle);
          this.set({ state: 'waiting' }, stats.waiting);
        },
      });
    }
  }

  /** Times every request; the route is the path asked for (`/graphql`), never the raw URL, to bound the label's values. */
  timeRequest(): (request: http.IncomingMessage, response: http.ServerResponse) => void {
    const histogram = this.httpRequestDuration;
    // One listener for every response (a response knows its request and emits 'finish' once), the
    // start kept on the response: prom-client's startTimer made two closures, a `once` wrapper and
    // two label objects per request, a visible part of the smallest request's JavaScript.
    function observe(this: TimedResponse): void {
      const { method, url } = this.req;
      const labels = { method: method ?? '', route: routeOf(url ?? ''), status: String(this.statusCode) };
      histogram.observe(labels, (performance.now() - this[STARTED]) / 1000);
    }
    return (_request, response) => {
      (response as TimedResponse)[STARTED] = performance.now();
      response.on('finish', observe);
    };
  }

  /** The `/metrics` handler, in Prometheus's text format. */
  handler(): express.RequestHandler {
    return async (_request, response, next) => {
      try {
        response.type(this.registry.contentType).send(await this.registry.metrics());
      } catch (error) {
        next(error);
      }
    };
  }
}

/** When a response's request was received (performance.now()), for its duration. */
const STARTED = Symbol('requestStarted');

type TimedResponse = http.ServerResponse & { [STARTED]: number };

const ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics'];

function routeOf(url: string): string {
  const query = url.indexOf('?');
  const pathname = query < 0 ? url : url.slice(0, query);
  return ROUTES.find((route) => pathname === route || pathname.startsWith(`${route}/`)) ?? 'other';
}
