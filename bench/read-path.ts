// Read-path benchmark: drives the real HTTP service with autocannon over the queries frontends and
// dashboards send, on a synthetic graph, and prints throughput, latency percentiles, SQL
// statements per request and the service's memory. The load comes from autocannon in a separate
// process; the service runs in this one. Results go to bench/results/<date>.json.
//
//   npm run bench                       (defaults: 5,000 events, 10 s per operation, 16 connections)
//   BENCH_EVENTS=20000 BENCH_SECONDS=20 npm run bench
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import { execFile } from 'node:child_process';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { migrate } from '../src/db/migrate';
import { createDatabase } from '../src/db/prisma';
import { seedGraph } from '../src/db/seed';
import { logger } from '../src/logger';
import { loadCountries } from '../src/modules/country/reference-data';
import { PROJECT_ROOT } from '../src/paths';
import { startServer } from '../src/server';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 5000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

const OPERATIONS: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'country timeline (20 events, location, participants, articles)',
    query: `query($country: String!) { events(first: 20, filter: { country: $country }) { totalCount edges { node {
      title startDate location { code } participants { role person { name } } articles(first: 3) { edges { node { title } } } } } } }`,
    variables: { country: 'FR' },
  },
  {
    name: 'event detail (trip, stops, people, countries, sources)',
    query: `query($slug: String!) { person(slug: $slug) { events(first: 1, filter: { types: [DIPLOMATIC_TRIP] }) { edges { node {
      title startDate endDate children { title position location { name } participants { role person { name title country { name } } } }
      countries { role country { name } } articles(first: 5) { edges { node { title source publishedAt } } } } } } } }`,
    variables: { slug: 'antony-blinken' },
  },
  {
    name: 'person profile (events and articles)',
    query: `query($slug: String!) { person(slug: $slug) { name title country { name } events(first: 10) { totalCount edges { node { title type startDate } } }
      articles(first: 10) { totalCount edges { node { title publishedAt } } } } }`,
    variables: { slug: 'person-7' },
  },
  {
    name: 'country dashboard (aggregates, arms sales both ways, latest events)',
    query: `query($code: String!) { country(code: $code) { name firstEventDate lastEventDate eventCountsByType { type count }
      armsSalesAsSupplier { count totalValueUsd } armsSalesAsRecipient { count totalValueUsd }
      supplied: armsSales(role: SUPPLIER, first: 10, orderBy: { field: VALUE_USD, direction: DESC }) { totalCount edges { node { recipient { code } valueUsd status } } }
      received: armsSales(role: RECIPIENT, first: 10) { totalCount edges { node { supplier { code } valueUsd status } } }
      events(first: 10) { totalCount edges { node { title type startDate } } } } }`,
    variables: { code: 'US' },
  },
  {
    name: 'arms-sale stats by supplier and year',
    query: `{ armsSaleStats(groupBy: [SUPPLIER, YEAR]) { supplier { code name } year count totalValueUsd } }`,
  },
  {
    name: 'search ("meeting", 10 hits with snippets)',
    query: `query($q: String!) { search(query: $q, first: 10) { totalCount edges { node { score snippet result {
      __typename ... on Event { title } ... on Article { title } ... on Person { name } ... on Country { name } } } } } }`,
    variables: { q: 'meeting' },
  },
];

/** A deterministic synthetic graph, written in a few set-based statements. */
async function buildDataset(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
    INSERT INTO "Person" (name, slug, title, "countryId", "updatedAt")
    SELECT 'Person ' || n, 'person-' || n, 'Minister', (SELECT id FROM "Country" ORDER BY id OFFSET (n * 7) % 250 LIMIT 1), now()
    FROM generate_series(1, 2000) AS n;
    INSERT INTO "Article" (url, title, source, "publishedAt", "updatedAt")
    SELECT 'https://example.org/news/' || n, 'Dispatch ' || n, 'Wire', timestamp '2015-01-01' + (n * interval '37 minutes'), now()
    FROM generate_series(1, ${EVENTS}) AS n;
    INSERT INTO "Event" (title, type, "startDate", "locationId", "updatedAt")
    SELECT 'Meeting ' || n, (enum_range(NULL::"EventType"))[1 + n % 14], date '2015-01-01' + (n % 3650),
      (SELECT id FROM "Country" ORDER BY id OFFSET (n * 13) % 250 LIMIT 1), now()
    FROM generate_series(1, ${EVENTS}) AS n;
    INSERT INTO "EventParticipant" ("eventId", "personId", role)
    SELECT e.id, p.id, 'PARTICIPANT' FROM "Event" e JOIN "Person" p ON p.slug IN ('person-' || (1 + e.id % 2000), 'person-' || (1 + (e.id * 31) % 2000))
    ON CONFLICT DO NOTHING;
    INSERT INTO "EventCountry" ("eventId", "countryId", role)
    SELECT e.id, e."locationId", 'HOST' FROM "Event" e WHERE e."locationId" IS NOT NULL
    ON CONFLICT DO NOTHING;
    INSERT INTO "ArticleEvent" ("articleId", "eventId")
    SELECT a.id, e.id FROM "Event" e JOIN "Article" a ON a.url IN ('https://example.org/news/' || (1 + e.id % ${EVENTS}), 'https://example.org/news/' || (1 + (e.id * 17) % ${EVENTS}))
    ON CONFLICT DO NOTHING;
    INSERT INTO "ArticlePerson" ("articleId", "personId")
    SELECT DISTINCT ae."articleId", ep."personId" FROM "ArticleEvent" ae JOIN "EventParticipant" ep ON ep."eventId" = ae."eventId"
    ON CONFLICT DO NOTHING;
    INSERT INTO "ArmsSale" ("supplierId", "recipientId", "valueUsd", items, status, "announcedDate", "updatedAt")
    SELECT (SELECT id FROM "Country" WHERE code = (ARRAY['US','FR','RU','CN','DE'])[1 + n % 5]),
      (SELECT id FROM "Country" ORDER BY id OFFSET (n * 11) % 250 LIMIT 1),
      (n::bigint * 12345678) % 9000000000 + 1000000, 'equipment lot ' || n, 'APPROVED', date '2015-01-01' + (n % 3650), now()
    FROM generate_series(1, ${Math.round(EVENTS / 10)}) AS n;
    ANALYZE;`);
  } finally {
    await client.end();
  }
}

/**
 * Runs autocannon in a child process, so the load generator does not share the service's event
 * loop (which would halve the CPU the service gets and distort its latency).
 */
function loadFromAnotherProcess(url: string, body: string): Promise<autocannon.Result> {
  const cli = require.resolve('autocannon/autocannon.js');
  const args = [cli, '--json', '-c', String(CONNECTIONS), '-d', String(SECONDS), '-m', 'POST',
    '-H', 'content-type=application/json', '-b', body, url];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as autocannon.Result);
    });
  });
}

function statementsPerRequest(count: number, requests: number): number {
  return requests ? Math.round((count / requests) * 100) / 100 : 0;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir, port: 55000 + (process.pid % 1000) });
  let statements = 0;
  try {
    await migrate(postgres.url);
    const db = createDatabase({ url: postgres.url, poolSize: 10, onQuery: () => statements++ });
    await loadCountries(db);
    await seedGraph(db);
    console.log(`building a synthetic graph of ${EVENTS} events…`);
    await buildDataset(postgres.url);
    const server = await startServer({ db, logger, development: false, port: 0, host: '127.0.0.1' });
    const results = [];
    for (const operation of OPERATIONS) {
      const body = JSON.stringify({ query: operation.query, variables: operation.variables });
      const check = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const checked = (await check.json()) as { errors?: unknown[] };
      if (checked.errors) throw new Error(`${operation.name}: ${JSON.stringify(checked.errors)}`);
      const before = statements;
      const result = await loadFromAnotherProcess(server.url, body);
      const requests = result.requests.total;
      results.push({
        operation: operation.name,
        requestsPerSecond: Math.round(result.requests.average),
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99 },
        sqlStatementsPerRequest: statementsPerRequest(statements - before, requests),
        errors: result.errors + result.non2xx,
        rssMb: Math.round(process.memoryUsage().rss / 1e6),
      });
    }
    // Requests autocannon abandoned at the deadline may still be running; their failures are noise.
    logger.level = 'silent';
    await server.stop();
    await db.$disconnect();

    console.log(`\n${EVENTS} events, ${CONNECTIONS} connections, ${SECONDS} s per operation, Node ${process.version}, ${os.cpus().length} cores\n`);
    console.log('| operation | req/s | p50 ms | p90 ms | p97.5 ms | p99 ms | SQL/request | errors | RSS MB |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of results) {
      const { p50, p90, p97_5, p99 } = row.latencyMs;
      console.log(`| ${row.operation} | ${row.requestsPerSecond} | ${p50} | ${p90} | ${p97_5} | ${p99} | ${row.sqlStatementsPerRequest} | ${row.errors} | ${row.rssMb} |`);
    }
    const file = path.join(PROJECT_ROOT, 'bench', 'results', `${new Date().toISOString().slice(0, 10)}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify({ events: EVENTS, connections: CONNECTIONS, seconds: SECONDS, node: process.version, results }, null, 2)}\n`);
    console.log(`\nwritten to ${path.relative(PROJECT_ROOT, file)}`);
  } finally {
    await postgres.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
