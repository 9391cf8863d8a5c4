// Read-path benchmark: the service in production mode (`node dist/main.js`, its own process) and the
// SQL floor (bench/floor-server.ts) under the same autocannon load, over the operations of
// bench/operations.ts, on a generated dataset imported through the importer (bench/dataset.ts, cached).
// Prints req/s, latency percentiles, SQL statements per request (from the service's /metrics), the
// service's peak RSS and the ratio service ÷ floor; writes bench/results/<date>-<articles>.{json,md}.
//
//   npm run bench                                   10,000 articles, 10 s per operation, 16 connections
//   BENCH_ARTICLES=100000 npm run bench             the 100,000-article dataset (built once, ~1 hour)
//   BENCH_SECONDS=20 BENCH_CONNECTIONS=32 BENCH_OPERATIONS=search,timeline BENCH_CPU_PROF=/tmp/prof npm run bench
import 'reflect-metadata';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type autocannon from 'autocannon';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { PROJECT_ROOT } from '../src/paths';
import { ensureDataset } from './dataset';
import { operations, pickSubjects } from './operations';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SEED = process.env.BENCH_SEED ?? '1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);
/** Comma-separated operation keys to run (all by default). */
const ONLY = process.env.BENCH_OPERATIONS?.split(',').map((key) => key.trim()).filter(Boolean);
/** A folder for the service's CPU profiles (node --cpu-prof), one per service run. */
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROF;
/** The service's response cache: measured with it (the default configuration) and without it. */
const CACHE_MODES = (process.env.BENCH_CACHE ?? 'on,off').split(',').map((mode) => mode.trim());

const basePort = 40_000 + (process.pid % 10_000);

interface Load {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p95: number; p99: number; max: number };
  requests: number;
  errors: number;
}

/** autocannon in a child process, so the load generator does not take the measured process's CPU. */
function load(url: string, body: string): Promise<Load> {
  const cli = require.resolve('autocannon/autocannon.js');
  const args = [cli, '--json', '-c', String(CONNECTIONS), '-d', String(SECONDS), '-m', 'POST',
    '-H', 'content-type=application/json', '-b', body, url];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const result = JSON.parse(stdout) as autocannon.Result & { latency: { p95?: number } };
      resolve({
        requestsPerSecond: Math.round(result.requests.average),
        // autocannon's JSON has p90, p97_5 and p99 but no p95; it is between p90 and p97.5.
        latencyMs: {
          p50: result.latency.p50,
          p90: result.latency.p90,
          p95: result.latency.p95 ?? Math.round((result.latency.p90 + result.latency.p97_5) / 2),
          p99: result.latency.p99,
          max: result.latency.max,
        },
        requests: result.requests.total,
        errors: result.errors + result.non2xx + result.timeouts,
      });
    });
  });
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** CPU time the process has used (user + system), in ms: on a shared machine, the cost that does not depend on its neighbours. */
function cpuMs(pid: number): number {
  // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ, 100 on Linux everywhere. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Runs `work` while sampling the process's RSS every 100 ms; returns its result, the peak and the CPU it used. */
async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakRssMb: number; cpuMs: number }> {
  let peak = rssMb(pid);
  const cpuBefore = cpuMs(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  try {
    const result = await work();
    return { result, peakRssMb: Math.max(peak, rssMb(pid)), cpuMs: cpuMs(pid) - cpuBefore };
  } finally {
    clearInterval(timer);
  }
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not become ready at ${url}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Counters of the service's /metrics: SQL statements and GraphQL requests answered. */
async function scrape(metricsUrl: string): Promise<{ statements: number; requests: number }> {
  const text = await (await fetch(metricsUrl)).text();
  const statements = Number(/^db_sql_statements_total (\d+)/m.exec(text)?.[1] ?? NaN);
  let requests = 0;
  for (const match of text.matchAll(/^http_request_duration_seconds_count\{[^}]*route="\/graphql"[^}]*\} (\d+)/gm)) requests += Number(match[1]);
  return { statements, requests };
}

/**
 * Node's options in `npm start` (package.json), so the benchmark runs the service as users do: the
 * arguments between `node` and the script.
 */
function serviceNodeOptions(): string[] {
  const packageJson = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = packageJson.scripts.start.trim().split(/\s+/);
  if (words[0] !== 'node' || words[words.length - 1] !== 'dist/main.js') throw new Error(`unexpected start script: ${packageJson.scripts.start}`);
  return words.slice(1, -1);
}

function startService(databaseUrl: string, port: number, cache: string): ChildProcess {
  const profile = CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`, `--cpu-prof-name=service-cache-${cache}-${ARTICLES}-${Date.now()}.cpuprofile`] : [];
  return spawn(process.execPath, [...serviceNodeOptions(), ...profile, path.join(PROJECT_ROOT, 'dist', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      RESPONSE_CACHE_MB: cache === 'on' ? (process.env.RESPONSE_CACHE_MB ?? '64') : '0',
      METRICS: 'true',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

function startFloor(databaseUrl: string, port: number): ChildProcess {
  return spawn(process.execPath, [path.join(__dirname, 'floor-server.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), POOL_SIZE: String(POOL_SIZE) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

interface Row {
  key: string;
  operation: string;
  service: Record<string, Load & { sqlStatementsPerRequest: number; peakRssMb: number; cpuMsPerRequest: number }>;
  floor: Load & { peakRssMb: number; cpuMsPerRequest: number };
}

function perRequest(ms: number, requests: number): number {
  return requests ? Math.round((ms / requests) * 100) / 100 : 0;
}

function percent(service: number, floor: number): string {
  return floor ? `${Math.round((service / floor) * 100)}%` : '–';
}

function markdownTable(rows: Row[]): string {
  const lines = [
    '| operation | cache | req/s | p50 ms | p95 ms | p99 ms | SQL/req | CPU ms/req | service RSS MB | floor req/s | floor p99 ms | floor CPU ms/req | service ÷ floor |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    for (const [cache, service] of Object.entries(row.service)) {
      const { p50, p95, p99 } = service.latencyMs;
      lines.push(`| ${row.operation} | ${cache} | ${service.requestsPerSecond} | ${p50} | ${p95} | ${p99} | ${service.sqlStatementsPerRequest} | ` +
        `${service.cpuMsPerRequest} | ${service.peakRssMb} | ${row.floor.requestsPerSecond} | ${row.floor.latencyMs.p99} | ${row.floor.cpuMsPerRequest} | ` +
        `${percent(service.requestsPerSecond, row.floor.requestsPerSecond)} |`);
    }
  }
  return lines.join('\n');
}

/**
 * Latency at this scale against the latest results of another (10,000 ↔ 100,000 articles), as a
 * markdown section: the target is growth of at most 30% from 10,000 to 100,000 for every operation.
 */
function growthSection(rows: Row[]): string {
  const directory = path.join(PROJECT_ROOT, 'bench', 'results');
  const other = fs
    .readdirSync(directory)
    .filter((name) => /^\d{4}-\d{2}-\d{2}-\d+\.json$/.test(name) && !name.endsWith(`-${ARTICLES}.json`))
    .sort()
    .pop();
  if (!other) return '';
  const previous = JSON.parse(fs.readFileSync(path.join(directory, other), 'utf8')) as { articles: number; results: Row[] };
  const [small, large] = previous.articles < ARTICLES
    ? [{ articles: previous.articles, rows: previous.results }, { articles: ARTICLES, rows }]
    : [{ articles: ARTICLES, rows }, { articles: previous.articles, rows: previous.results }];
  const growth = (from: number, to: number) => (from ? `${to >= from ? '+' : ''}${Math.round(((to - from) / from) * 100)}%` : '–');
  const lines = [
    `## Latency from ${small.articles.toLocaleString('en')} to ${large.articles.toLocaleString('en')} articles`,
    '',
    `Against \`${other}\`.`,
    '',
    '| operation | target | p50 ms | p50 growth | p99 ms | p99 growth |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const row of large.rows) {
    const before = small.rows.find((candidate) => candidate.key === row.key);
    if (!before) continue;
    const targets: [string, Load | undefined, Load | undefined][] = [
      ...Object.entries(row.service).map(([cache, load]): [string, Load | undefined, Load | undefined] => [`service, cache ${cache}`, before.service[cache], load]),
      ['floor', before.floor, row.floor],
    ];
    for (const [target, from, to] of targets) {
      if (!from || !to) continue;
      lines.push(`| ${row.operation} | ${target} | ${from.latencyMs.p50} → ${to.latencyMs.p50} | ${growth(from.latencyMs.p50, to.latencyMs.p50)} | ` +
        `${from.latencyMs.p99} → ${to.latencyMs.p99} | ${growth(from.latencyMs.p99, to.latencyMs.p99)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const log = (message: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${message}`);
  const dataset = await ensureDataset({ articles: ARTICLES, seed: SEED, port: basePort, log });
  const postgres = await startEmbeddedPostgres({ dataDir: dataset.dataDir, port: basePort, log });
  const children: ChildProcess[] = [];
  try {
    const client = new Client({ connectionString: postgres.url });
    await client.connect();
    const subjects = await pickSubjects(client);
    await client.end();
    log(`subjects: ${JSON.stringify(subjects)}`);
    const selected = operations(subjects).filter((operation) => !ONLY || ONLY.includes(operation.key));

    const floorPort = basePort + 1;
    const floor = startFloor(postgres.url, floorPort);
    children.push(floor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const floorUrl = (key: string) => `http://127.0.0.1:${floorPort}/${key}`;
    const floorBody = (variables: Record<string, unknown>) => JSON.stringify({ variables });

    const rows: Row[] = selected.map((operation) => ({ key: operation.key, operation: operation.name, service: {}, floor: undefined as never }));
    for (const [modeIndex, cache] of CACHE_MODES.entries()) {
      const port = basePort + 2 + modeIndex;
      const service = startService(postgres.url, port, cache);
      children.push(service);
      await waitFor(`http://127.0.0.1:${port}/readyz`, service, 'the service');
      const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
      const metricsUrl = `http://127.0.0.1:${port}/metrics`;
      for (const [index, operation] of selected.entries()) {
        const body = JSON.stringify({ query: operation.query, variables: operation.variables });
        const answer = (await (await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as {
          data?: unknown;
          errors?: unknown[];
        };
        if (answer.errors) throw new Error(`${operation.key}: the service answered ${JSON.stringify(answer.errors)}`);
        if (modeIndex === 0) {
          // The comparison is honest only if both return the same JSON.
          const floorAnswer = await fetch(floorUrl(operation.key), { method: 'POST', body: floorBody(operation.variables) });
          const floorText = await floorAnswer.text();
          if (!floorAnswer.ok) throw new Error(`${operation.key}: the floor failed: ${floorText}`);
          const floorData = (JSON.parse(floorText) as { data: unknown }).data;
          if (!isDeepStrictEqual(floorData, answer.data)) {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-mismatch-'));
            fs.writeFileSync(path.join(dir, 'service.json'), JSON.stringify(answer.data, null, 2));
            fs.writeFileSync(path.join(dir, 'floor.json'), JSON.stringify(floorData, null, 2));
            throw new Error(`${operation.key}: the floor's JSON differs from the service's data (both in ${dir})`);
          }
        }
        const before = await scrape(metricsUrl);
        log(`service (cache ${cache}): ${operation.name}…`);
        const { result, peakRssMb, cpuMs: used } = await withPeakRss(service.pid!, () => load(graphqlUrl, body));
        const after = await scrape(metricsUrl);
        // The scrape itself is not a GraphQL request; only /graphql requests are counted.
        const served = after.requests - before.requests;
        rows[index].service[cache] = {
          ...result,
          sqlStatementsPerRequest: served ? Math.round(((after.statements - before.statements) / served) * 100) / 100 : 0,
          cpuMsPerRequest: perRequest(used, result.requests),
          peakRssMb,
        };
      }
      await stop(service);
    }
    for (const [index, operation] of selected.entries()) {
      log(`floor: ${operation.name}…`);
      const { result, peakRssMb, cpuMs: used } = await withPeakRss(floor.pid!, () => load(floorUrl(operation.key), floorBody(operation.variables)));
      rows[index].floor = { ...result, peakRssMb, cpuMsPerRequest: perRequest(used, result.requests) };
    }
    await stop(floor);

    const header = `${ARTICLES.toLocaleString('en')} articles (seed ${SEED}), ${CONNECTIONS} connections, ${SECONDS} s per run, ` +
      `pool ${POOL_SIZE}, Node ${process.version}, ${os.cpus().length} cores`;
    const table = markdownTable(rows);
    console.log(`\n${header}\n\n${table}\n`);
    const stamp = new Date().toISOString().slice(0, 10);
    const base = path.join(PROJECT_ROOT, 'bench', 'results', `${stamp}-${ARTICLES}`);
    fs.mkdirSync(path.dirname(base), { recursive: true });
    fs.writeFileSync(`${base}.json`, `${JSON.stringify({
      articles: ARTICLES, seed: SEED, connections: CONNECTIONS, seconds: SECONDS, poolSize: POOL_SIZE,
      node: process.version, cores: os.cpus().length, subjects, results: rows,
    }, null, 2)}\n`);
    const growth = growthSection(rows);
    fs.writeFileSync(`${base}.md`, `# Benchmark ${stamp}\n\n${header}. \`cache\`: the service's response cache of anonymous reads ` +
      `(on by default; \`off\`: RESPONSE_CACHE_MB=0). Service ÷ floor compares requests per second. CPU ms/req: CPU time of ` +
      `the Node process (service or floor) per request, PostgreSQL's not included; unlike req/s it hardly depends on what ` +
      `else the machine runs. p95: midway between autocannon's p90 and p97.5 (it reports no p95).\n\n${table}\n${growth ? `\n${growth}` : ''}`);
    if (growth) console.log(`\n${growth}`);
    console.log(`written to ${path.relative(PROJECT_ROOT, base)}.{json,md}`);
  } finally {
    for (const child of children) await stop(child).catch(() => undefined);
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
