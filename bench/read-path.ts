// Read-path benchmark: the service in production mode (`node dist/main.js`, its own process) and the
// SQL floor (bench/floor-server.ts) under the same autocannon load, over the operations of
// bench/operations.ts, on a generated dataset imported through the importer (bench/dataset.ts, cached).
//
// The load is varied: each operation's parameters are drawn over the whole dataset (the 50 busiest
// countries, 200 people, 300 trips, 20 words; bench/operations.ts `pickWorkload`) in a long-tail
// sequence, the same for every server. Before any load the floor's JSON is checked equal to the
// service's for every parameter. The headline is the service with its response cache off; with the
// cache on, its measured hit rate is reported beside. Per request: Node CPU ms (the server's
// process), PostgreSQL CPU ms (the whole cluster's processes), PostgreSQL planning and execution ms
// (pg_stat_statements with track_planning), SQL statements (/metrics); beside req/s, latency
// percentiles and peak RSS. Writes bench/results/<date>-<articles>.{json,md}.
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
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/data/embedded-postgres';
import { PROJECT_ROOT } from '../src/paths';
import { ensureDataset } from './dataset';
import type { LoadResult, LoadSpec } from './load';
import { longTailSequence, operations, pickSubjects, pickWorkload, workloadVariables } from './operations';

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
const CACHE_MODES = (process.env.BENCH_CACHE ?? 'off,on').split(',').map((mode) => mode.trim());
/** Requests in each operation's parameter sequence (it repeats when a run sends more). */
const SEQUENCE_LENGTH = 5_000;

type Load = LoadResult;

/** One load run in a child process (bench/load.ts), so the load generator does not take the measured process's CPU. */
function load(url: string, bodies: string[], seconds = SECONDS): Promise<Load> {
  const spec: LoadSpec = { url, bodies, connections: CONNECTIONS, seconds };
  const file = path.join(os.tmpdir(), `bench-load-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(__dirname, 'load.js'), file], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      fs.rmSync(file, { force: true });
      if (error) return reject(error);
      resolve(JSON.parse(stdout) as Load);
    });
  });
}

const basePort = 40_000 + (process.pid % 10_000);

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

/**
 * CPU ms of the whole PostgreSQL cluster: the postmaster, its live children (the backends of the
 * pools, which live through a run) and the children that have ended (counted in the postmaster's
 * cutime/cstime once reaped).
 */
function clusterCpuMs(postmasterPid: number): number {
  const stat = (pid: number | string) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const own = stat(postmasterPid);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = stat(entry);
      if (Number(fields[1]) === postmasterPid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended meanwhile
    }
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

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

/** Waits until `url` answers (with a success, unless `anyStatus`). */
async function waitFor(url: string, child: ChildProcess, what: string, anyStatus = false): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok || anyStatus) return;
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

/** Counters of the service's /metrics: SQL statements, GraphQL requests answered, response-cache hits and lookups. */
async function scrape(metricsUrl: string): Promise<{ statements: number; requests: number; hits: number; lookups: number }> {
  const text = await (await fetch(metricsUrl)).text();
  const statements = Number(/^db_sql_statements_total (\d+)/m.exec(text)?.[1] ?? NaN);
  let requests = 0;
  for (const match of text.matchAll(/^http_request_duration_seconds_count\{[^}]*route="\/graphql"[^}]*\} (\d+)/gm)) requests += Number(match[1]);
  const hits = Number(/^graphql_response_cache_lookups_total\{result="hit"\} (\d+)/m.exec(text)?.[1] ?? 0);
  const misses = Number(/^graphql_response_cache_lookups_total\{result="miss"\} (\d+)/m.exec(text)?.[1] ?? 0);
  return { statements, requests, hits, lookups: hits + misses };
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

/** One server's figures for one operation, per request where it says so. */
interface Measured extends Load {
  nodeCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  /** PostgreSQL's planning and execution time (pg_stat_statements), ms per request. */
  planningMsPerRequest: number;
  executionMsPerRequest: number;
  /** The service's from its /metrics; the floor's from pg_stat_statements. */
  sqlStatementsPerRequest: number;
  /** Share of requests the response cache answered (cache on only). */
  cacheHitRate?: number;
  peakRssMb: number;
  /** The statements PostgreSQL spent most planning time on: what prepared statements did not take off. */
  mostPlanned: StatementPlanning[];
}

interface StatementPlanning {
  calls: number;
  /** Plans made: as many as calls when PostgreSQL re-plans each execution (custom plans). */
  plans: number;
  planningMs: number;
  executionMs: number;
  query: string;
}

interface Row {
  key: string;
  operation: string;
  /** Distinct parameters the operation was driven with. */
  parameters: number;
  service: Record<string, Measured>;
  floor: Measured;
}

function perRequest(amount: number, requests: number): number {
  return requests ? Math.round((amount / requests) * 100) / 100 : 0;
}

function percent(service: number, floor: number): string {
  return floor ? `${Math.round((service / floor) * 100)}%` : '–';
}

function markdownTable(rows: Row[]): string {
  const lines = [
    '| operation | params | server | req/s | p50 ms | p99 ms | Node CPU ms/req | PG CPU ms/req | PG plan ms/req | PG exec ms/req | SQL/req | cache hits | RSS MB | ÷ floor req/s |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const cells = (measured: Measured) => [measured.requestsPerSecond, measured.latencyMs.p50, measured.latencyMs.p99, measured.nodeCpuMsPerRequest,
    measured.postgresCpuMsPerRequest, measured.planningMsPerRequest, measured.executionMsPerRequest, measured.sqlStatementsPerRequest,
    measured.cacheHitRate === undefined ? '–' : `${(measured.cacheHitRate * 100).toFixed(1)}%`, measured.peakRssMb];
  for (const row of rows) {
    for (const [cache, service] of Object.entries(row.service)) {
      lines.push(`| ${row.operation} | ${row.parameters} | service, cache ${cache} | ${cells(service).join(' | ')} | ` +
        `${percent(service.requestsPerSecond, row.floor.requestsPerSecond)} |`);
    }
    lines.push(`| ${row.operation} | ${row.parameters} | SQL floor | ${cells(row.floor).join(' | ')} | 100% |`);
  }
  return lines.join('\n');
}

/** pg_stat_statements of the benchmark's database: statements, planning and execution time since the last reset. */
class StatementStatistics {
  constructor(private readonly admin: Client) {}

  /**
   * Loads pg_stat_statements with track_planning, restarting the cluster if it was not loaded; `undo`
   * puts the cached dataset's configuration back.
   */
  static async enable(url: string, restart: () => Promise<string>): Promise<{ url: string; undo: (admin: Client) => Promise<void> }> {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    const loaded = (await admin.query<{ shared_preload_libraries: string }>('SHOW shared_preload_libraries')).rows[0].shared_preload_libraries;
    let current = url;
    if (!loaded.includes('pg_stat_statements')) {
      await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
      await admin.query(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
      await admin.end();
      current = await restart();
    } else {
      await admin.end();
    }
    return {
      url: current,
      undo: async (client) => {
        await client.query('DROP EXTENSION IF EXISTS pg_stat_statements');
        await client.query('ALTER SYSTEM RESET shared_preload_libraries');
        await client.query('ALTER SYSTEM RESET pg_stat_statements.track_planning');
      },
    };
  }

  async reset(): Promise<void> {
    await this.admin.query('SELECT pg_stat_statements_reset()');
  }

  async mostPlanned(limit = 3): Promise<StatementPlanning[]> {
    const { rows } = await this.admin.query<{ calls: string; plans: string; planning: number; execution: number; query: string }>(`
      SELECT calls, plans, total_plan_time::float8 AS planning, total_exec_time::float8 AS execution, query
      FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat_statements%' AND total_plan_time > 0
      ORDER BY total_plan_time DESC LIMIT $1`, [limit]);
    return rows.map((row) => ({
      calls: Number(row.calls), plans: Number(row.plans), planningMs: Math.round(row.planning), executionMs: Math.round(row.execution),
      query: row.query.replace(/\s+/g, ' ').slice(0, 300),
    }));
  }

  async totals(): Promise<{ calls: number; planningMs: number; executionMs: number }> {
    const { rows } = await this.admin.query<{ calls: string; planning: number; execution: number }>(`
      SELECT COALESCE(sum(calls), 0) AS calls, COALESCE(sum(total_plan_time), 0)::float8 AS planning, COALESCE(sum(total_exec_time), 0)::float8 AS execution
      FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT ILIKE '%pg_stat_statements%'`);
    return { calls: Number(rows[0].calls), planningMs: rows[0].planning, executionMs: rows[0].execution };
  }
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
    // Only results of the varied workload (they record it): one repeated subject measured something else.
    .filter((name) => 'workload' in (JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as object))
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

/** Seconds of load before an operation's measured runs (JIT, prepared statements, buffers). */
const WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? 2);

async function main(): Promise<void> {
  const log = (message: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${message}`);
  const dataset = await ensureDataset({ articles: ARTICLES, seed: SEED, port: basePort, log });
  let postgres = await startEmbeddedPostgres({ dataDir: dataset.dataDir, port: basePort, log });
  // Loading pg_stat_statements takes the superuser (the service's role is not one), on the service's database.
  const superuserUrl = () => {
    const url = new URL(postgres.adminUrl);
    url.pathname = new URL(postgres.url).pathname;
    return url.toString();
  };
  const statistics = await StatementStatistics.enable(superuserUrl(), async () => {
    await postgres.stop();
    postgres = await startEmbeddedPostgres({ dataDir: dataset.dataDir, port: basePort, log });
    return superuserUrl();
  });
  const children: ChildProcess[] = [];
  const admin = new Client({ connectionString: statistics.url });
  await admin.connect();
  try {
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const statements = new StatementStatistics(admin);
    const cluster = postmasterPid(dataset.dataDir);
    const subjects = await pickSubjects(admin);
    const workload = await pickWorkload(admin);
    const variablesByKey = workloadVariables(workload);
    log(`workload: ${Object.entries(variablesByKey).map(([key, list]) => `${key} ${list.length}`).join(', ')} parameters`);
    const selected = operations(subjects).filter((operation) => !ONLY || ONLY.includes(operation.key));

    const floorPort = basePort + 1;
    const floor = startFloor(postgres.url, floorPort);
    children.push(floor);
    const services = new Map<string, { child: ChildProcess; graphqlUrl: string; metricsUrl: string }>();
    for (const [modeIndex, cache] of CACHE_MODES.entries()) {
      const port = basePort + 2 + modeIndex;
      const child = startService(postgres.url, port, cache);
      children.push(child);
      await waitFor(`http://127.0.0.1:${port}/readyz`, child, 'the service');
      services.set(cache, { child, graphqlUrl: `http://127.0.0.1:${port}/graphql`, metricsUrl: `http://127.0.0.1:${port}/metrics` });
    }
    // The floor answers 404 to anything but an operation's path.
    await waitFor(`http://127.0.0.1:${floorPort}/none`, floor, 'the floor', true);
    const floorUrl = (key: string) => `http://127.0.0.1:${floorPort}/${key}`;
    const reference = services.get('off') ?? services.values().next().value!;

    const rows: Row[] = [];
    for (const operation of selected) {
      const variablesList = variablesByKey[operation.key];
      const serviceBodies = variablesList.map((variables) => JSON.stringify({ query: operation.query, variables }));
      const floorBodies = variablesList.map((variables) => JSON.stringify({ variables }));
      // The comparison is honest only if both return the same JSON, for every parameter.
      for (const [index, body] of serviceBodies.entries()) {
        const answer = (await (await fetch(reference.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as {
          data?: unknown;
          errors?: unknown[];
        };
        if (answer.errors) throw new Error(`${operation.key}: the service answered ${JSON.stringify(answer.errors)} to ${body}`);
        const floorAnswer = await fetch(floorUrl(operation.key), { method: 'POST', body: floorBodies[index] });
        const floorText = await floorAnswer.text();
        if (!floorAnswer.ok) throw new Error(`${operation.key}: the floor failed: ${floorText}`);
        const floorData = (JSON.parse(floorText) as { data: unknown }).data;
        if (!isDeepStrictEqual(floorData, answer.data)) {
          const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-mismatch-'));
          fs.writeFileSync(path.join(dir, 'service.json'), JSON.stringify(answer.data, null, 2));
          fs.writeFileSync(path.join(dir, 'floor.json'), JSON.stringify(floorData, null, 2));
          throw new Error(`${operation.key}: the floor's JSON differs from the service's data for ${floorBodies[index]} (both in ${dir})`);
        }
      }
      log(`${operation.key}: the floor's JSON equals the service's for all ${variablesList.length} parameters`);

      // One long-tail sequence of parameters, the same for every server.
      const sequence = longTailSequence(variablesList.length, SEQUENCE_LENGTH);
      const measure = async (pid: number, url: string, bodies: string[], metricsUrl?: string): Promise<Measured> => {
        const sent = sequence.map((index) => bodies[index]);
        const before = metricsUrl ? await scrape(metricsUrl) : undefined;
        await statements.reset();
        const postgresBefore = clusterCpuMs(cluster);
        const { result, peakRssMb, cpuMs: used } = await withPeakRss(pid, () => load(url, sent));
        const postgresUsed = clusterCpuMs(cluster) - postgresBefore;
        const sql = await statements.totals();
        const mostPlanned = await statements.mostPlanned();
        const after = metricsUrl ? await scrape(metricsUrl) : undefined;
        const served = before && after ? after.requests - before.requests : result.requests;
        const lookups = before && after ? after.lookups - before.lookups : 0;
        return {
          ...result,
          nodeCpuMsPerRequest: perRequest(used, result.requests),
          postgresCpuMsPerRequest: perRequest(postgresUsed, result.requests),
          planningMsPerRequest: perRequest(sql.planningMs, result.requests),
          executionMsPerRequest: perRequest(sql.executionMs, result.requests),
          sqlStatementsPerRequest: before && after ? perRequest(after.statements - before.statements, served) : perRequest(sql.calls, result.requests),
          ...(lookups ? { cacheHitRate: (after!.hits - before!.hits) / lookups } : {}),
          peakRssMb,
          mostPlanned,
        };
      };
      // A warm-up load (its figures discarded), the parameters in another order than the measured sequence's.
      const warm = async (url: string, bodies: string[]) => {
        if (WARM_SECONDS > 0) await load(url, [...bodies].reverse(), WARM_SECONDS);
      };
      const row: Row = { key: operation.key, operation: operation.name, parameters: variablesList.length, service: {}, floor: undefined as never };
      for (const [cache, service] of services) {
        // The cache-on service is not warmed: its cache starts empty for every operation's keys.
        if (cache === 'off') await warm(service.graphqlUrl, serviceBodies);
        log(`service (cache ${cache}): ${operation.name}…`);
        row.service[cache] = await measure(service.child.pid!, service.graphqlUrl, serviceBodies, service.metricsUrl);
      }
      await warm(floorUrl(operation.key), floorBodies);
      log(`floor: ${operation.name}…`);
      row.floor = await measure(floor.pid!, floorUrl(operation.key), floorBodies);
      rows.push(row);
    }
    for (const { child } of services.values()) await stop(child);
    await stop(floor);

    const header = `${ARTICLES.toLocaleString('en')} articles (seed ${SEED}), ${CONNECTIONS} connections, ${SECONDS} s per run, ` +
      `pool ${POOL_SIZE}, Node ${process.version}, ${os.cpus().length} cores, load average before: ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`;
    const table = markdownTable(rows);
    console.log(`\n${header}\n\n${table}\n`);
    const stamp = new Date().toISOString().slice(0, 10);
    const base = path.join(PROJECT_ROOT, 'bench', 'results', `${stamp}-${ARTICLES}`);
    fs.mkdirSync(path.dirname(base), { recursive: true });
    fs.writeFileSync(`${base}.json`, `${JSON.stringify({
      articles: ARTICLES, seed: SEED, connections: CONNECTIONS, seconds: SECONDS, poolSize: POOL_SIZE,
      node: process.version, cores: os.cpus().length, subjects, workload, results: rows,
    }, null, 2)}\n`);
    const growth = growthSection(rows);
    fs.writeFileSync(`${base}.md`, `# Benchmark ${stamp}\n\n${header}.\n\nEvery operation is driven with parameters drawn over the ` +
      `dataset (\`params\`: the 50 countries in the most events, the 200 people in the most events, the 300 trips with the most stops, ` +
      `20 words) in one long-tail sequence (Zipf, exponent 1) sent to every server; the floor's JSON was checked equal to the service's for ` +
      `every parameter first. \`cache off\` (RESPONSE_CACHE_MB=0) is the headline; \`cache on\` starts empty and its hit rate is ` +
      `measured. Node CPU: the server's process; PG CPU: the whole PostgreSQL cluster; PG plan/exec: pg_stat_statements ` +
      `(track_planning on); SQL/req: the service's /metrics, the floor's pg_stat_statements. On a shared machine trust the CPU ` +
      `columns and the ratios of one run more than absolute req/s.\n\n${table}\n${growth ? `\n${growth}` : ''}`);
    if (growth) console.log(`\n${growth}`);
    console.log(`written to ${path.relative(PROJECT_ROOT, base)}.{json,md}`);
  } finally {
    for (const child of children) await stop(child).catch(() => undefined);
    await statistics.undo(admin).catch((error: Error) => log(`restoring the dataset's configuration: ${error.message}`));
    await admin.end();
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
