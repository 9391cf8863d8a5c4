// Bulk import and export: NDJSON lines of IngestArticleInput; bad lines are reported by number and
// skipped, good ones written; import → export → import into an empty database reproduces the data.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateCoverage } from '../src/generate/coverage';
import { exportArticles } from '../src/ingest/export';
import { importFile } from '../src/ingest/import';
import { emptyGraph, graphCounts } from './support/graph';
import { startTestApp, TestApp } from './support/harness';

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
  jest.setTimeout(30_000); // each run starts a Node process that loads the whole service
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
