// PostgreSQL CPU per request of the service's statements and of the SQL floor's, without the noise of
// a loaded machine: each operation's statements for every workload subject are captured in process,
// then replayed serially on one prepared connection each, in the benchmark's long-tail order; the
// backend's own CPU (user and system, /proc) and minor page faults are read around the replay.
//
//   node dist-bench/bench/pg-cpu.js [articles] [requests] [operation key…]
//
// PG_CPU_CONNECTIONS=10 replays over that many connections at once (the benchmark's pool), summing
// their backends' CPU: what concurrency adds to a statement, still without the servers' own CPU.
//
// PG_CPU_EVENTS=reported asks the event detail about the 300 events most articles report instead of
// the trips with the most stops (which few articles report): what an event's page of articles costs.
//
// PG_CPU_SUBJECTS=<times> then prints, for each subject of the operations asked for, the service's
// statements replayed that many times serially on one connection: CPU ms per request, and from EXPLAIN
// (ANALYZE, BUFFERS) with the same parameters the rows its scans read (returned plus filtered out, over
// all loops) and the buffers touched — slowest first: the requests that make a latency's tail, which the
// mean over the workload hides. (EXPLAIN plans for the parameters' values; search's plan does not depend
// on its words, so for search it is the plan the prepared statement keeps.)
//
// Page faults are the tell of an execution that allocates past what the C library keeps between
// statements (a plan with many sorts): they cost system CPU on every request and appear in no EXPLAIN.
// Without the service's country directory (it needs the change listener), a lookup by country code
// is one more, small, statement than the service sends.
import 'reflect-metadata';
import fs from 'node:fs';
import { execute, parse } from 'graphql';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/data/embedded-postgres';
import { createDatabase, DEFAULT_RANDOM_PAGE_COST, plannerOptions } from '../src/data/prisma';
import { createContext } from '../src/schema/context';
import { getSchema } from '../src/schema/build';
import { toGlobalId } from '../src/schema/relay';
import { ensureDataset } from './dataset';
import { longTailSequence, operations, pickWorkload, Subjects, workloadVariables } from './operations';

interface Statement {
  sql: string;
  params: unknown[];
}

/** CPU ms (user, system) and minor page faults of one process so far. */
function processCounters(pid: number): { user: number; system: number; faults: number } {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ": state=0 … minflt=7 … utime=11 stime=12, in clock ticks of 10 ms.
  return { faults: Number(fields[7]), user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
}

/** The counters of several backends, summed. */
function summedCounters(pids: number[]): { user: number; system: number; faults: number } {
  return pids.map(processCounters).reduce((sum, counters) => ({
    user: sum.user + counters.user, system: sum.system + counters.system, faults: sum.faults + counters.faults,
  }));
}

/**
 * Replays each request's statements `count` times in `order` over `connections` connections at
 * once (one: serially); per request: the backends' CPU ms and faults.
 */
async function replay(url: string, requests: Statement[][], order: number[], count: number, connections: number) {
  const clients = Array.from({ length: connections }, () => new Client({ connectionString: url, ...plannerOptions(DEFAULT_RANDOM_PAGE_COST) }));
  try {
    const pids: number[] = [];
    for (const client of clients) {
      await client.connect();
      pids.push((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);
    }
    const names = new Map<string, string>();
    const run = async (client: Client, index: number) => {
      for (const statement of requests[order[index % order.length]]) {
        if (!names.has(statement.sql)) names.set(statement.sql, `replay_${names.size}`);
        await client.query({ name: names.get(statement.sql), text: statement.sql, values: statement.params });
      }
    };
    // Past PostgreSQL's five custom plans, to the plans that serve every later request, on every connection.
    for (const client of clients) for (let index = 0; index < 30; index++) await run(client, index);
    const before = summedCounters(pids);
    let next = 0;
    await Promise.all(clients.map(async (client) => {
      while (next < count) await run(client, next++);
    }));
    const after = summedCounters(pids);
    const per = (value: number) => value / count;
    return { user: per(after.user - before.user), system: per(after.system - before.system), faults: per(after.faults - before.faults) };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

interface PlanNode {
  'Node Type': string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

/** The plan nodes that read a table's rows (a bitmap index scan's rows are read by its heap scan). */
const TABLE_SCANS = new Set(['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan', 'Tid Scan', 'Tid Range Scan']);

/** Rows read by a plan's scans: those they returned and those their filters removed, over all loops. */
function rowsScanned(node: PlanNode): number {
  const own = TABLE_SCANS.has(node['Node Type'])
    ? ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * (node['Actual Loops'] ?? 1)
    : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsScanned(child), 0);
}

/**
 * Each request replayed `times` times serially on one prepared connection (past its custom plans):
 * CPU ms and wall ms per request, and the rows its scans read and the buffers it touched (EXPLAIN).
 */
async function perRequest(url: string, requests: Statement[][], labels: string[], times: number) {
  const client = new Client({ connectionString: url, ...plannerOptions(DEFAULT_RANDOM_PAGE_COST) });
  await client.connect();
  try {
    const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const names = new Map<string, string>();
    const run = async (statements: Statement[]) => {
      for (const statement of statements) {
        if (!names.has(statement.sql)) names.set(statement.sql, `subject_${names.size}`);
        await client.query({ name: names.get(statement.sql), text: statement.sql, values: statement.params });
      }
    };
    for (let index = 0; index < 30; index++) await run(requests[index % requests.length]);
    const rows = [];
    for (const [index, statements] of requests.entries()) {
      await run(statements);
      const before = processCounters(pid);
      const started = performance.now();
      for (let time = 0; time < times; time++) await run(statements);
      const wall = (performance.now() - started) / times;
      const after = processCounters(pid);
      let scanned = 0;
      let buffers = 0;
      for (const statement of statements) {
        const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`, statement.params)).rows[0]['QUERY PLAN'][0];
        scanned += rowsScanned(plan.Plan);
        buffers += (plan.Plan['Shared Hit Blocks'] ?? 0) + (plan.Plan['Shared Read Blocks'] ?? 0);
      }
      rows.push({ label: labels[index], cpu: (after.user + after.system - before.user - before.system) / times, wall, scanned, buffers });
    }
    return rows.sort((a, b) => b.cpu - a.cpu);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const [articlesArg, requestsArg, ...keys] = process.argv.slice(2);
  const port = 46_000 + (process.pid % 1000);
  const dataset = await ensureDataset({ articles: Number(articlesArg ?? 10_000), seed: '1', port, log: console.error });
  const postgres = await startEmbeddedPostgres({ dataDir: dataset.dataDir, port });
  try {
    const client = new Client({ connectionString: postgres.url });
    await client.connect();
    const variables = workloadVariables(await pickWorkload(client));
    if (process.env.PG_CPU_EVENTS === 'reported') {
      const { rows } = await client.query<{ id: number }>(`SELECT "eventId" AS id FROM "ArticleEvent" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 300`);
      variables.event = rows.map((row) => ({ id: toGlobalId('Event', row.id) }));
    }
    const countryIds = new Map((await client.query<{ id: number; code: string }>(`SELECT id, trim(code) AS code FROM "Country"`)).rows
      .map((row) => [row.code, row.id]));
    await client.end();
    let trace: Statement[] = [];
    const db = createDatabase({ url: postgres.url, poolSize: 1, onQuery: (sql, _ms, params) => trace.push({ sql, params: JSON.parse(params) as unknown[] }) });
    const schema = await getSchema();
    const count = Number(requestsArg ?? 600);
    const connections = Number(process.env.PG_CPU_CONNECTIONS ?? 1);
    console.log('| operation | server | PG CPU ms/request | user | system | minor faults/request | statements/request |');
    console.log('|---|---|---:|---:|---:|---:|---:|');
    for (const operation of operations({ country: 'US', person: '', trip: '', tripId: 0, search: '' } as Subjects)) {
      if (keys.length ? !keys.includes(operation.key) : operation.floorPlan === 'custom') continue;
      const service: Statement[][] = [];
      const floor: Statement[][] = [];
      for (const values of variables[operation.key]) {
        trace = [];
        const result = await execute({ schema, document: parse(operation.query), variableValues: values, contextValue: createContext(db) });
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        service.push(trace);
        floor.push([{ sql: operation.floorSql, params: operation.floorParameters(values, { countryId: (code) => countryIds.get(code) ?? null }) }]);
      }
      const order = longTailSequence(service.length, count);
      for (const [server, requests] of [['service', service], ['SQL floor', floor]] as const) {
        const { user, system, faults } = await replay(postgres.url, requests, order, count, connections);
        const statements = requests.reduce((sum, request) => sum + request.length, 0) / requests.length;
        console.log(`| ${operation.key} | ${server} | ${(user + system).toFixed(2)} | ${user.toFixed(2)} | ${system.toFixed(2)} | ${faults.toFixed(1)} | ${statements.toFixed(2)} |`);
      }
      if (process.env.PG_CPU_SUBJECTS) {
        const labels = variables[operation.key].map((values) => JSON.stringify(values));
        const asked = new Map<number, number>();
        for (const index of order) asked.set(index, (asked.get(index) ?? 0) + 1);
        console.log(`\n${operation.key}, each subject ${process.env.PG_CPU_SUBJECTS} times (service), slowest first:\n`);
        console.log('| subject | share of requests | PG CPU ms/request | wall ms/request | rows scanned | buffers |');
        console.log('|---|---:|---:|---:|---:|---:|');
        const measured = await perRequest(postgres.url, service, labels, Number(process.env.PG_CPU_SUBJECTS));
        for (const row of measured) {
          const share = (asked.get(labels.indexOf(row.label)) ?? 0) / order.length;
          console.log(`| ${row.label} | ${(share * 100).toFixed(1)}% | ${row.cpu.toFixed(2)} | ${row.wall.toFixed(2)} | ${row.scanned} | ${row.buffers} |`);
        }
        console.log('');
      }
    }
    await db.$disconnect();
  } finally {
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
