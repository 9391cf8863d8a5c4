// `npm run ingest` over folders of article files, and `npm run reextract` over stored articles:
// every labelled article goes in, nothing is duplicated on a second run or a re-extraction, and a
// file the extractor cannot use is reported by name without stopping the others.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EXTRACTOR_VERSION } from '../src/extraction';
import { articleFilesIn, ingestArticleFiles, reextractArticles } from '../src/ingest/files';
import { emptyGraph, graphCounts } from './support/graph';
import { startTestApp, TestApp } from './support/harness';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'extraction');
const ARTICLES = articleFilesIn([FIXTURES]);

let app: TestApp;
let workDir: string;

beforeAll(async () => {
  app = await startTestApp();
  await emptyGraph(app.db);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ingest-'));
});
afterAll(async () => {
  await app.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/**
 * The whole stored graph: row counts, the latest change of events and sales, and a digest of the
 * people. (People shared by articles that state different titles are rewritten on the way through
 * a re-extraction, each article in turn, and end as they were: their values are compared, not their
 * update times.)
 */
async function snapshot() {
  const [people] = await app.db.$queryRaw<{ digest: string }[]>`
    SELECT md5(string_agg(concat_ws('|', slug, name, title, "countryId", aliases::text, origin), ',' ORDER BY slug)) AS digest FROM "Person"`;
  const { lastPersonUpdate, ...counts } = await graphCounts(app.db, { updateTimes: true });
  return { ...counts, peopleDigest: people.digest };
}

test('the labelled set is at least a dozen articles in all three formats; the folder README is not one of them', () => {
  expect(ARTICLES.length).toBeGreaterThanOrEqual(12);
  expect(new Set(ARTICLES.map((file) => path.extname(file)))).toEqual(new Set(['.md', '.txt', '.html']));
  expect(ARTICLES.some((file) => /readme/i.test(file))).toBe(false);
});

describe('the command line', () => {
  jest.setTimeout(180_000); // each run starts a Node process that loads the whole service: 15 s idle, over 60 s on a loaded machine
  const env = () => ({ ...process.env, DATABASE_URL: app.databaseUrl, NODE_ENV: 'production' });
  const cli = (...args: string[]) =>
    run(process.execPath, [path.join(ROOT, 'dist/cli/ingest.js'), ...args], { env: env() }).catch((error) => error);

  test('npm run ingest reads a folder of articles into the graph, and a second run changes nothing', async () => {
    const first = await cli(FIXTURES);
    expect(first.stdout).toContain(`${ARTICLES.length} articles: ${ARTICLES.length} created, 0 already there (updated where they differ), 0 refused`);
    const graph = await snapshot();
    expect(graph.articles).toBe(BigInt(ARTICLES.length));
    expect(Number(graph.events)).toBeGreaterThan(ARTICLES.length);
    expect(Number(graph.sales)).toBeGreaterThanOrEqual(6);

    const second = await cli(FIXTURES);
    expect(second.stdout).toContain(`${ARTICLES.length} articles: 0 created, ${ARTICLES.length} already there`);
    expect(await snapshot()).toEqual(graph);
  });

  test('a file the extractor cannot use is reported by name, the others are written, and the exit code is 2', async () => {
    const empty = path.join(workDir, 'only-boilerplate.md');
    fs.writeFileSync(empty, '---\ntitle: "Support us"\n---\nYour support helps us to tell the story. Your donation allows us to keep sending journalists.\n');
    const good = path.join(workDir, 'good.txt');
    fs.writeFileSync(good, 'Macron hosts Scholz in Paris\nFrench President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on Monday.\n');
    const outcome = await cli(empty, good);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(`${empty}: input.text: no article text is left once boilerplate is removed`);
    expect(outcome.stdout).toContain('2 articles: 1 created, 0 already there (updated where they differ), 1 refused, 1 with warnings');
    // The good file gives no publication date: its "Monday" stays unresolved, and the output says so.
    expect(outcome.stdout).toContain(`warning: ${good}: no publication date is known`);
    expect(outcome.stdout).toContain('relative dates ("Monday") were left unresolved');
  });

  test('--published-at dates the files that state no date: their relative dates are resolved, no warning', async () => {
    const story = path.join(workDir, 'kishida.txt');
    fs.writeFileSync(story, 'Blinken meets Kishida\nSecretary of State Antony Blinken met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.\n');
    const outcome = await cli('--published-at', '2024-07-30', story);
    expect(outcome.stdout).toContain('1 articles: 1 created, 0 already there (updated where they differ), 0 refused, 0 with warnings');
    const article = await app.db.article.findFirst({ where: { title: 'Blinken meets Kishida' }, include: { eventMentions: { include: { event: true } } } });
    expect(article!.publishedAt).toEqual(new Date('2024-07-30T00:00:00Z'));
    expect(article!.eventMentions.map((mention) => mention.event.startDate)).toContainEqual(new Date('2024-07-29T00:00:00Z'));
  });
});

describe('re-extraction', () => {
  test('re-reads only the articles an older extractor read, finding the same rows again', async () => {
    await app.db.article.updateMany({ where: { url: { contains: 'example.com' } }, data: { extractorVersion: '0.0.0-old' } });
    const stale = await app.db.article.count({ where: { extractorVersion: '0.0.0-old' } });
    expect(stale).toBeGreaterThan(0);
    const before = await snapshot();
    const summary = await reextractArticles(app.db);
    expect(summary).toMatchObject({ items: stale, created: 0, existing: stale, failed: 0 });
    expect(await app.db.article.count({ where: { extractorVersion: EXTRACTOR_VERSION } })).toBe(Number(before.articles));
    const after = await snapshot();
    expect({ ...after, lastEventUpdate: null, lastSaleUpdate: null }).toEqual({ ...before, lastEventUpdate: null, lastSaleUpdate: null });
  });

  test('with --all it re-reads every article ingested as text, and nothing is duplicated', async () => {
    const before = await snapshot();
    const summary = await reextractArticles(app.db, { all: true });
    expect(summary).toMatchObject({ items: Number(before.articles), created: 0, failed: 0 });
    expect(await snapshot()).toEqual(before);
  });

  test('facts an older reading stated and the current one no longer finds are removed with it', async () => {
    const article = await app.db.article.findFirstOrThrow({ where: { url: { contains: 'example.com' } }, select: { id: true } });
    // As if an older extractor had read an extra event in this article, and only here.
    const stale = await app.db.event.create({
      data: { title: 'A misread protest', type: 'PROTEST', origin: 'EXTRACTED', articleMentions: { create: { articleId: article.id } } },
    });
    await app.db.article.update({ where: { id: article.id }, data: { extractorVersion: '0.0.0-old' } });
    const summary = await reextractArticles(app.db);
    expect(summary).toMatchObject({ items: 1, failed: 0 });
    expect(await app.db.event.findUnique({ where: { id: stale.id } })).toBeNull();
  });
});

test('ingesting files programmatically reports progress for each one', async () => {
  const seen: number[] = [];
  const summary = await ingestArticleFiles(app.db, [ARTICLES[0]], (done) => seen.push(done));
  expect(summary).toMatchObject({ items: 1, created: 0, existing: 1, failed: 0 });
  expect(seen).toEqual([1]);
});
