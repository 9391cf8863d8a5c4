// The "SQL floor": the benchmark's operations served by node:http and a pg Pool, one hand-written SQL
// statement per request returning the response JSON as text. What the service could reach if GraphQL,
// resolvers and the ORM cost nothing. Its statements are prepared as the service's are (search planned
// for its words every time, as the service's), so the floor measures execution, not planning.
// POST /<operation key> with `{ "variables": … }`.
//
//   DATABASE_URL=… PORT=… POOL_SIZE=10 node dist-bench/bench/floor-server.js
// bench/operations.ts and src/data load type-graphql's decorated classes (src/schema/relay), which need this first.
import 'reflect-metadata';
import http from 'node:http';
import pg from 'pg';
import { queryPrepared } from '../src/data/prepared-statements';
import { DEFAULT_RANDOM_PAGE_COST, IDLE_TIMEOUT_MS, plannerOptions } from '../src/data/prisma';
import { operations, ReferenceData, Subjects } from './operations';

// The service's pool size, idle timeout and planner settings.
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
  idleTimeoutMillis: IDLE_TIMEOUT_MS,
  ...plannerOptions(DEFAULT_RANDOM_PAGE_COST),
});
// Subjects only fill in variables, which requests bring themselves; the SQL does not depend on them.
const bySqlKey = new Map(operations({} as Subjects).map((operation) => [`/${operation.key}`, operation]));

const countryIds = new Map<string, number>();
const reference: ReferenceData = { countryId: (code) => countryIds.get(code.trim().toUpperCase()) ?? null };

const server = http.createServer((request, response) => {
  const operation = bySqlKey.get(request.url ?? '');
  if (!operation || request.method !== 'POST') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const { variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { variables?: Record<string, unknown> };
    queryPrepared<{ body: string }>({ pool, text: operation.floorSql, values: operation.floorParameters(variables, reference) }, operation.floorPlan).then(
      (result) => response.writeHead(200, { 'content-type': 'application/json' }).end(result.rows[0].body),
      (error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
    );
  });
});
// As the service: idle connections stay open for the client's next request.
server.keepAliveTimeout = 65_000;
void pool.query<{ id: number; code: string; code3: string }>('SELECT id, code, code3 FROM "Country"').then((result) => {
  for (const row of result.rows) countryIds.set(row.code, row.id).set(row.code3, row.id);
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : null }));
  });
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
