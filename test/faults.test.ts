// Faults: PostgreSQL stops under the running service. /readyz turns 503, GraphQL requests fail fast
// with DATABASE_UNAVAILABLE (HTTP 503), the process lives on, a write cut off half-way leaves
// nothing behind, and once PostgreSQL is back the same service answers again, without a restart.
//
// The shared PostgreSQL of the run must stay up for the other files, so this file runs a private
// cluster of its own through test/support/private-postgres.mjs, which it can stop and start.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import readline from 'node:readline';
import { Client } from 'pg';
import { migrate } from '../src/data/migrate';
import { CONNECT_TIMEOUT_MS, createDatabase, Database } from '../src/data/prisma';
import { isDatabaseUnavailableError } from '../src/schema/errors';
import { logger } from '../src/logger';
import { createApiKey } from '../src/data/api-keys';
import { loadCountries } from '../src/ingest/reference-countries';
import { RunningServer, startServer } from '../src/http/server';
import { freePort } from './support/ports';

jest.setTimeout(60_000);

const HELPER = path.join(__dirname, 'support', 'private-postgres.mjs');
/** Behaviour bounds, generous on purpose: a stopped database must not cost a request seconds. */
const FAIL_FAST_MS = 5_000;
const READYZ_BOUND_MS = 3_000;
const RECOVERY_WINDOW_MS = 15_000;
const UNAVAILABLE = { message: 'The database is unavailable; try again shortly', extensions: { code: 'DATABASE_UNAVAILABLE' } };

const READ = `{ countries(first: 3, orderBy: { field: CODE, direction: ASC }) { totalCount edges { node { code } } } }`;
const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { url } userErrors { field message code } }
}`;
const articleInput = (url: string, person: string) => ({
  url,
  title: `Faults: ${person}`,
  people: [{ name: person, title: 'Envoy', country: 'FR' }],
  countries: [{ country: 'FR' }],
  events: [{ title: `Visit of ${person}`, type: 'MEETING', startDate: '2025-03-03', location: 'FR',
    participants: [{ person, role: 'ATTENDEE' }] }],
});

/** The private cluster's supervisor, driven one line at a time. */
class PrivatePostgres {
  readonly child: ChildProcess;
  private readonly lines: string[] = [];
  private readonly waiters: Array<(line: string) => void> = [];
  private stderr = '';
  readonly exited: Promise<void>;

  constructor(readonly dataDir: string, port: number) {
    this.child = spawn(process.execPath, [HELPER, dataDir, String(port)], { stdio: ['pipe', 'pipe', 'pipe'] });
    readline.createInterface({ input: this.child.stdout! }).on('line', (line) => {
      const waiter = this.waiters.shift();
      if (waiter) waiter(line);
      else this.lines.push(line);
    });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
  }

  /** Sends `command` (or nothing) and waits for the next line the helper prints. */
  async send(command: string | null, expected: RegExp, timeoutMs = 30_000): Promise<string> {
    const line = new Promise<string>((resolve, reject) => {
      const queued = this.lines.shift();
      if (queued !== undefined) return resolve(queued);
      const timer = setTimeout(() => reject(new Error(`private PostgreSQL: no answer to ${command ?? 'start-up'}\n${this.stderr}`)), timeoutMs);
      this.waiters.push((value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
    if (command) this.child.stdin!.write(`${command}\n`);
    const answer = await line;
    if (!expected.test(answer)) throw new Error(`private PostgreSQL answered "${answer}" to ${command ?? 'start-up'}\n${this.stderr}`);
    return answer;
  }

  /** Stops the cluster and the helper; kills both when they do not go quietly. */
  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.stdin!.end();
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref());
      if ((await Promise.race([this.exited, timeout])) === 'timeout') this.child.kill('SIGKILL');
    }
    // A helper killed outright leaves its PostgreSQL running: stop it by the pid it recorded.
    const pidFile = path.join(this.dataDir, 'postgres', 'postmaster.pid');
    if (fs.existsSync(pidFile)) {
      const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
      try {
        if (pid > 0) process.kill(pid, 'SIGINT');
      } catch {
        // already gone
      }
    }
  }
}

let dataDir: string | undefined;
let postgres: PrivatePostgres | undefined;
let db: Database | undefined;
let server: RunningServer | undefined;
let databaseUrl: string;
let origin: string;
let editor: string;
const extraClients: Client[] = [];

interface Timed<T> {
  status: number;
  body: T;
  headers: Headers;
  ms: number;
}

async function timed<T>(request: () => Promise<Response>): Promise<Timed<T>> {
  const started = Date.now();
  const response = await request();
  const body = (await response.json()) as T;
  return { status: response.status, body, headers: response.headers, ms: Date.now() - started };
}

const readyz = () => timed<Record<string, unknown>>(() => fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(20_000) }));
const healthz = () => fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(5_000) });

function graphql(query: string, variables?: Record<string, unknown>, apiKey?: string, extensions?: Record<string, unknown>) {
  return timed<{ data?: any; errors?: any[] }>(() =>
    fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body: JSON.stringify({ query, variables, extensions }),
      // Far beyond the bounds asserted: a hang fails the test instead of stalling it.
      signal: AbortSignal.timeout(40_000),
    }),
  );
}

/** What a write could leave behind, read straight from the database. */
async function footprint() {
  const [row] = await db!.$queryRaw<Record<string, bigint>[]>`SELECT
    (SELECT count(*) FROM "Article") AS articles, (SELECT count(*) FROM "Person") AS people,
    (SELECT count(*) FROM "Event") AS events, (SELECT count(*) FROM "EventParticipant") AS participants,
    (SELECT count(*) FROM "ArticlePerson") + (SELECT count(*) FROM "ArticleCountry") + (SELECT count(*) FROM "ArticleEvent") AS mentions,
    (SELECT count(*) FROM "AuditEntry") AS audits`;
  return row;
}

async function connectedClient(): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl });
  // Stopping PostgreSQL kills this session; the error is expected, not a crash.
  client.on('error', () => undefined);
  await client.connect();
  extraClients.push(client);
  return client;
}

async function until<T>(what: string, windowMs: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + windowMs;
  for (;;) {
    const result = await attempt().catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`${what} within ${windowMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-faults-'));
  // Run as root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  fs.chmodSync(dataDir, 0o755);
  postgres = new PrivatePostgres(dataDir, await freePort());
  databaseUrl = (await postgres.send(null, /^ready /, 45_000)).slice('ready '.length);
  await migrate(databaseUrl);
  db = createDatabase({ url: databaseUrl, poolSize: 5 });
  await loadCountries(db);
  editor = (await createApiKey(db, { name: 'faults', role: 'EDITOR' })).key;
  server = await startServer({ db, logger, development: false, port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  // Whatever failed: no server, pool, session or PostgreSQL left behind, no temp folder.
  await server?.stop().catch(() => undefined);
  await db?.$disconnect().catch(() => undefined);
  for (const client of extraClients) await client.end().catch(() => undefined);
  await postgres?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the database stops under the running service, then comes back: 503s fast, then recovery without a restart', async () => {
  // Up and answering.
  expect((await readyz()).status).toBe(200);
  const before = await graphql(READ);
  expect(before.status).toBe(200);
  expect(before.body.errors).toBeUndefined();
  expect(before.body.data.countries.edges.map((edge: any) => edge.node.code)).toEqual(['AD', 'AE', 'AF']);
  const initial = await footprint();
  // A read of one row answered as text: its next requests are answered without Apollo's pipeline (http/graphql-handler.ts).
  const ONE_ROW = '{ country(code: "FR") { code3 } }';
  for (const _ of [1, 2]) expect((await graphql(ONE_ROW)).body).toEqual({ data: { country: { code3: 'FRA' } } });

  // An ingestion caught half-way: it has written its Article row and waits on a lock another
  // session holds on "Person" when PostgreSQL stops.
  const blocker = await connectedClient();
  await blocker.query('BEGIN');
  await blocker.query('LOCK TABLE "Person" IN ACCESS EXCLUSIVE MODE');
  const inFlight = graphql(INGEST, { input: articleInput('https://example.org/faults/in-flight', 'Cut Off') }, editor);
  const watcher = await connectedClient();
  await until('the ingestion reaches the lock after writing its article', 10_000, async () => {
    const { rows } = await watcher.query(
      `SELECT 1 FROM pg_locks waiting
         JOIN pg_locks wrote ON wrote.pid = waiting.pid
        WHERE NOT waiting.granted AND waiting.relation = '"Person"'::regclass
          AND wrote.relation = '"Article"'::regclass AND wrote.mode = 'RowExclusiveLock'`,
    );
    return rows.length ? true : undefined;
  });

  // Stop PostgreSQL (fast shutdown: every session is terminated with 57P01).
  await postgres!.send('stop', /^stopped$/);

  const cutOff = await inFlight;
  expect(cutOff.status).toBe(503);
  expect(cutOff.body.errors).toEqual([expect.objectContaining({ ...UNAVAILABLE, path: ['ingestArticle'] })]);

  // /readyz: red, quickly, with a reason.
  const notReady = await readyz();
  expect(notReady.status).toBe(503);
  expect(notReady.body).toEqual({ status: 'unavailable', reason: 'database unreachable' });
  expect(notReady.ms).toBeLessThan(READYZ_BOUND_MS);

  // A read: fails fast with a clear, retryable error rather than a masked internal one.
  const read = await graphql(READ);
  expect(read.status).toBe(503);
  expect(read.headers.get('retry-after')).toBe('5');
  expect(read.body.errors).toEqual([expect.objectContaining(UNAVAILABLE)]);
  expect(read.ms).toBeLessThan(FAIL_FAST_MS);
  // The read of one row, answered without Apollo's pipeline and through it (a request with extensions): the same 503.
  const [direct, throughApollo] = [await graphql(ONE_ROW), await graphql(ONE_ROW, undefined, undefined, {})];
  const answer = ({ status, body, headers }: Timed<unknown>) => ({ status, body, headers: [...headers].filter(([name]) => name !== 'date') });
  expect(answer(direct)).toEqual(answer(throughApollo));
  expect(direct.status).toBe(503);

  // A write with a key: the key cannot even be checked, and the request says why.
  const write = await graphql(INGEST, { input: articleInput('https://example.org/faults/while-down', 'While Down') }, editor);
  expect(write.status).toBe(503);
  expect(write.body).toEqual({ errors: [UNAVAILABLE] });
  expect(write.ms).toBeLessThan(FAIL_FAST_MS);

  // The process lives on and still answers what needs no database.
  expect((await healthz()).status).toBe(200);
  console.log(`database down: /readyz 503 in ${notReady.ms} ms, read ${read.ms} ms, write ${write.ms} ms`);

  // PostgreSQL back on the same port: the same server and pool recover on their own.
  const restarted = Date.now();
  await postgres!.send('start', /^started$/);
  const startedMs = Date.now() - restarted;
  let probes = 0;
  const ready = await until('/readyz answers 200 again', RECOVERY_WINDOW_MS, async () => {
    probes++;
    const response = await readyz();
    return response.status === 200 ? response : undefined;
  });
  expect(ready.body).toEqual({ status: 'ready' });
  const recoveredMs = Date.now() - restarted;
  const after = await graphql(READ);
  expect(after.status).toBe(200);
  expect(after.body).toEqual(before.body);
  console.log(`database back: PostgreSQL started in ${startedMs} ms; /readyz 200 after ${recoveredMs} ms, on probe ${probes}`);

  // Nothing of either failed write was kept: not the article the cut-off one had written, not its
  // people, events, mentions or audit entry.
  expect(await footprint()).toEqual(initial);
  const urls = await db!.article.findMany({ where: { url: { startsWith: 'https://example.org/faults/' } } });
  expect(urls).toEqual([]);

  // And writes work again: both articles ingest in full, once each.
  for (const [url, person] of [['https://example.org/faults/in-flight', 'Cut Off'], ['https://example.org/faults/while-down', 'While Down']]) {
    const retried = await graphql(INGEST, { input: articleInput(url, person) }, editor);
    expect(retried.status).toBe(200);
    expect(retried.body.data.ingestArticle).toEqual({ created: true, article: { url }, userErrors: [] });
  }
  expect(await footprint()).toEqual({
    ...initial,
    articles: initial.articles + 2n,
    people: initial.people + 2n,
    events: initial.events + 2n,
    participants: initial.participants + 2n,
    audits: initial.audits + 2n,
    mentions: expect.any(BigInt),
  });
});

test('a database that accepts connections and never answers: /readyz and requests give up within their bounds', async () => {
  // A network black hole: the TCP connection opens, PostgreSQL's handshake never comes.
  const sockets = new Set<net.Socket>();
  const hole = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', resolve));
  const holeDb = createDatabase({ url: `postgresql://u:p@127.0.0.1:${(hole.address() as net.AddressInfo).port}/none`, poolSize: 2 });
  const holeServer = await startServer({ db: holeDb, logger, development: false, port: 0, host: '127.0.0.1' });
  const holeOrigin = `http://127.0.0.1:${holeServer.port}`;
  try {
    const [ready, read] = await Promise.all([
      timed<Record<string, unknown>>(() => fetch(`${holeOrigin}/readyz`, { signal: AbortSignal.timeout(20_000) })),
      timed<{ data?: any; errors?: any[] }>(() =>
        fetch(`${holeOrigin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({ query: READ }),
          signal: AbortSignal.timeout(40_000),
        }),
      ),
    ]);
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    expect(ready.ms).toBeLessThan(READYZ_BOUND_MS);
    expect(read.status).toBe(503);
    expect(read.body.errors).toEqual([expect.objectContaining(UNAVAILABLE)]);
    expect(read.ms).toBeGreaterThanOrEqual(CONNECT_TIMEOUT_MS - 100);
    expect(read.ms).toBeLessThan(CONNECT_TIMEOUT_MS + FAIL_FAST_MS);
    console.log(`black hole: /readyz 503 in ${ready.ms} ms, read ${read.ms} ms`);
  } finally {
    await holeServer.stop();
    await holeDb.$disconnect().catch(() => undefined);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => hole.close(resolve));
  }
});

describe('which errors mean "the database is unavailable"', () => {
  // The shapes Prisma 7 with @prisma/adapter-pg produced when PostgreSQL was stopped, shutting
  // down, starting up, or did not answer (see isDatabaseUnavailableError).
  const adapterError = (cause: Record<string, unknown>) => ({ driverAdapterError: { name: 'DriverAdapterError', cause } });
  const prismaError = (code: string, meta: unknown) => Object.assign(new Error('Invalid invocation'), { code, meta, clientVersion: '7' });

  test.each([
    ['refused (P1001)', prismaError('P1001', adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }))],
    ['refused, raw query (P2010)', prismaError('P2010', adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }))],
    ['admin shutdown (57P01)', prismaError('P2010', adapterError({ kind: 'postgres', code: '57P01', originalCode: '57P01', severity: 'FATAL' }))],
    ['starting up (57P03)', prismaError('P2039', adapterError({ kind: 'postgres', code: '57P03', originalCode: '57P03', severity: 'FATAL' }))],
    ['connection reset', prismaError('P2010', adapterError({ kind: 'ConnectionClosed' }))],
    ['terminated', new Error('Connection terminated unexpectedly')],
    ['dead transaction client', new Error('Client has encountered a connection error and is not queryable')],
    ['connect timeout', new Error('timeout expired')],
    ['pool wait timeout', new Error('timeout exceeded when trying to connect')],
    ['transaction could not start in time (P2028)', prismaError('P2028', { error: 'Unable to start a transaction in the given time.' })],
    ['wrapped in a GraphQL error', { message: 'x', originalError: new Error('Connection terminated unexpectedly') }],
  ])('%s: yes', (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  test.each([
    ['unique violation (P2002)', prismaError('P2002', adapterError({ kind: 'UniqueConstraintViolation' }))],
    ['statement timeout (57014)', prismaError('P2010', adapterError({ kind: 'postgres', code: '57014', originalCode: '57014' }))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('%s: no', (_name, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });
});
