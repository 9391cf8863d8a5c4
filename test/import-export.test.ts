// Bulk import and export: NDJSON lines of IngestArticleInput; bad lines are reported by number and
// skipped, good ones written; import → export → import into an empty database reproduces the data.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateCoverage } from '../src/generate/coverage';
import { exportArticles } from '../src/ingest/export';
import { importFileInBulk } from '../src/ingest/bulk-import';
import { importFile } from '../src/ingest/import';
import { emptyGraph, graphCounts } from './support/graph';
import { startTestApp, TestApp } from './support/harness';
import { tablesByNaturalKeys } from './support/natural-keys';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

let app: TestApp;
let workDir: string;

beforeAll(async () => {
  app = await startTestApp();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-import-'));
});
afterAll(async () => {
  await app.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

async function exportAll(): Promise<string[]> {
  const lines: string[] = [];
  await exportArticles(app.db, (line) => {
    lines.push(line);
  });
  return lines;
}

function writeLines(name: string, lines: string[]): string {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

test('the seed graph survives export → import into an empty database → export unchanged', async () => {
  const exported = await exportAll();
  expect(exported).toHaveLength(1);
  const before = await graphCounts(app.db);
  await emptyGraph(app.db);
  const summary = await importFile(app.db, writeLines('seed.ndjson', exported));
  expect(summary).toMatchObject({ lines: 1, created: 1, existing: 0, failed: 0 });
  expect(await exportAll()).toEqual(exported);
  expect(await graphCounts(app.db)).toEqual(before);
});

test('importing the same file twice changes nothing', async () => {
  const file = writeLines('again.ndjson', await exportAll());
  const before = await graphCounts(app.db);
  const summary = await importFile(app.db, file);
  expect(summary).toMatchObject({ created: 0, existing: 1, failed: 0 });
  expect(await graphCounts(app.db)).toEqual(before);
});

test('bad lines are reported with their number and reason, and the good ones are imported', async () => {
  const good = (n: number) => JSON.stringify({ url: `https://example.org/bulk/${n}`, title: `Bulk ${n}`, countries: [{ country: 'IT' }] });
  const file = writeLines('mixed.ndjson', [
    good(1),
    '{"url": "https://example.org/broken", "title": ',
    good(2),
    JSON.stringify({ url: 'https://example.org/bad-country', title: 'x', countries: [{ country: 'Narnia' }] }),
    '[1, 2, 3]',
    JSON.stringify({ title: 'no url, no body' }),
    JSON.stringify({ url: 'https://example.org/wrong-type', title: 42 }),
    '',
    good(3),
  ]);
  const summary = await importFile(app.db, file);
  expect(summary).toMatchObject({ lines: 9, created: 3, failed: 5 });
  expect(summary.problems.map((problem) => problem.line)).toEqual([2, 4, 5, 6, 7]);
  expect(summary.problems[0].reason).toMatch(/not JSON/);
  expect(summary.problems[1].reason).toMatch(/input\.countries\.0\.country: no country is known as "Narnia"/);
  expect(summary.problems[2].reason).toMatch(/not a JSON object/);
  expect(summary.problems[3].reason).toMatch(/input\.url/);
  expect(summary.problems[4].reason).toMatch(/title/);
  const imported = await app.graphql(`{ articles(filter: { text: "Bulk" }) { totalCount } }`);
  expect(imported.data!.articles.totalCount).toBe(3);
});

describe('the command line', () => {
  // Each run starts a Node process that loads the whole service: a few seconds idle, over 60 s on
  // a machine loaded fifteen deep (as ingest-files.test.ts measured); the bound catches a hang.
  jest.setTimeout(180_000);
  const env = () => ({ ...process.env, DATABASE_URL: app.databaseUrl, NODE_ENV: 'production' });

  test('npm run import prints a summary and exits 2 when some lines were refused', async () => {
    const file = writeLines('cli.ndjson', [
      JSON.stringify({ url: 'https://example.org/cli/1', title: 'CLI one' }),
      'not json',
    ]);
    const outcome = await run(process.execPath, [path.join(ROOT, 'dist/cli/import.js'), file], { env: env() }).catch((error) => error);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('line 2: not JSON');
    expect(outcome.stdout).toMatch(/2 lines: 1 articles created, 0 already there \(updated where they differ\), 1 refused/);
  });

  test('npm run export writes one line per article', async () => {
    const file = path.join(workDir, 'cli-export.ndjson');
    await run(process.execPath, [path.join(ROOT, 'dist/cli/export.js'), file], { env: env() });
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(Number((await graphCounts(app.db)).articles));
    expect(lines).toEqual(await exportAll());
  });
});

test('a few hundred generated articles: import → export → import into an empty database → export is identical', async () => {
  const generated = [...generateCoverage({ articles: 300, seed: 11 })].map((article) => JSON.stringify(article));
  await emptyGraph(app.db);
  const first = await importFile(app.db, writeLines('generated.ndjson', generated));
  expect(first).toMatchObject({ lines: 300, failed: 0, created: 300 });
  const exported = await exportAll();
  const graph = await graphCounts(app.db);

  await emptyGraph(app.db);
  const second = await importFile(app.db, writeLines('generated-export.ndjson', exported));
  expect(second).toMatchObject({ lines: 300, failed: 0, created: 300 });
  expect(await exportAll()).toEqual(exported);
  expect(await graphCounts(app.db)).toEqual(graph);
}, 300_000); // 600 ingestions and two exports: generous, since CI machines may be busy

/** A graph whose hand-made rows no article mentions, as standalone lines around one article. */
function standaloneGraph(): string[] {
  const standalone = (entity: Record<string, unknown>) => JSON.stringify({ standalone: entity });
  return [
    standalone({ person: { name: 'Hanna Hand', slug: 'hanna-hand', aliases: ['H. Hand'], country: 'DE', description: 'Typed in' } }),
    standalone({ event: { slug: 'hand-conference', title: 'A conference', type: 'SUMMIT', startDate: '2025-02-01', endDate: '2025-02-03', datePrecision: 'DAY',
      location: 'DE', countries: [{ country: 'DE', role: 'HOST' }] } }),
    standalone({ event: { slug: 'hand-session', title: 'First session', type: 'MEETING', startDate: '2025-02-01', endDate: '2025-02-01', datePrecision: 'DAY',
      parent: 'hand-conference', position: 1, participants: [{ person: 'hanna-hand', role: 'HOST' }], countries: [{ country: 'FR', role: 'PARTICIPANT' }] } }),
    standalone({ armsSale: { slug: 'hand-sale', supplier: 'DE', recipient: 'FR', valueUsd: '1234.50', items: 'radios', status: 'APPROVED', event: 'hand-session' } }),
    JSON.stringify({ url: 'https://example.org/standalone/1', title: 'An article', language: 'en', people: [{ name: 'Art Icle', slug: 'art-icle', mentionCount: 1 }],
      events: [{ slug: 'art-trip', title: 'A trip', type: 'DIPLOMATIC_TRIP', datePrecision: 'UNKNOWN', parent: 'hand-conference', mentionCount: 1 }] }),
    standalone({ event: { slug: 'hand-side-meeting', title: 'A side meeting', type: 'MEETING', datePrecision: 'UNKNOWN', parent: 'art-trip',
      participants: [{ person: 'art-icle', role: 'PARTICIPANT' }], origin: 'EXTRACTED' } }),
  ];
}

test('people, events and sales no article mentions: one-by-one import → export → import into an empty database → export, idempotent', async () => {
  await emptyGraph(app.db);
  const lines = standaloneGraph();
  expect(await importFile(app.db, writeLines('standalone.ndjson', lines))).toMatchObject({ lines: 6, created: 6, failed: 0 });
  const exported = await exportAll();
  expect(exported).toEqual(lines); // already in export's order and form
  const tables = await tablesByNaturalKeys(app.db);
  expect(tables.EventParticipant).toHaveLength(2);

  await emptyGraph(app.db);
  expect(await importFile(app.db, writeLines('standalone-export.ndjson', exported))).toMatchObject({ created: 6, failed: 0 });
  expect(await exportAll()).toEqual(exported);
  expect(await tablesByNaturalKeys(app.db)).toEqual(tables);

  const again = await importFile(app.db, writeLines('standalone-again.ndjson', exported));
  expect(again).toMatchObject({ created: 0, existing: 6, failed: 0 });
  expect(await tablesByNaturalKeys(app.db)).toEqual(tables);
});

test('standalone lines are refused for the same reasons by both imports', async () => {
  const standalone = (entity: unknown) => JSON.stringify({ standalone: entity });
  const file = writeLines('standalone-bad.ndjson', [
    standalone({ event: { slug: 'orphan', title: 'Orphan', type: 'MEETING', parent: 'no-such-event' } }),
    standalone({ event: { title: 'No slug', type: 'MEETING' } }),
    standalone({ event: { slug: 'with-parts', title: 'Parts', type: 'MEETING', children: [{ title: 'x', type: 'MEETING' }] } }),
    standalone({ armsSale: { slug: 'same', supplier: 'FR', recipient: 'FRA', items: 'x', status: 'PROPOSED' } }),
    standalone({ person: { name: 'Who', country: 'Narnia' } }),
    standalone({ person: { name: 42 } }),
    standalone({ planet: {} }),
  ]);
  const oneByOne = await importFile(app.db, file);
  const bulk = await importFileInBulk(app.db, file);
  expect(bulk.problems).toEqual(oneByOne.problems);
  expect(oneByOne.problems.map((problem) => problem.reason)).toEqual([
    expect.stringMatching(/^standalone\.event\.parent: No event has the ID or slug "no-such-event"/),
    'standalone.event.slug: is needed',
    'standalone.event.children: give each part a line of its own',
    'standalone.armsSale.recipient: is the same country as the supplier',
    expect.stringMatching(/^standalone\.person\.country: "Narnia" is not an ISO 3166-1/),
    expect.stringMatching(/^standalone\.person\.name/),
    'standalone: needs exactly one of "person", "event" or "armsSale"',
  ]);
});
