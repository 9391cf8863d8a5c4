// Articles given as text are read in worker threads, each run bounded in time: a 1 MB text never
// holds up other requests, a run past its bound is a user error that writes nothing, and the
// service goes on reading texts afterwards.
import path from 'node:path';
import { ARTICLE_EXTENSIONS, readArticleFile } from '../src/extraction/read';
import { LABELLED_SET_DIR } from '../src/extraction/corpus';
import fs from 'node:fs';
import { createApiKey } from '../src/data/api-keys';
import { graphCounts } from './support/graph';
import { startTestApp, TestApp } from './support/harness';
import { ExtractionPool } from '../src/extraction/pool';

const INGEST_TEXT = `mutation($input: IngestArticleTextInput!) {
  ingestArticleText(input: $input) { created article { id title } extraction { factCount } warnings { code } userErrors { field message code } }
}`;
const CHEAP_QUERY = `{ country(code: "FR") { name } }`;

/** About `size` characters of the written-here articles' paragraphs, over and over: a long digest of real-like text. */
function bigText(size: number): string {
  const paragraphs = fs
    .readdirSync(LABELLED_SET_DIR)
    .filter((file) => ARTICLE_EXTENSIONS.includes(path.extname(file)) && !file.endsWith('.html'))
    .map((file) => readArticleFile(path.join(LABELLED_SET_DIR, file)).text.trim())
    .join('\n');
  let body = '';
  while (body.length < size) body += `${paragraphs}\n`;
  return `A digest of the week's coverage\n${body.slice(0, body.lastIndexOf('\n', size))}`;
}

/** Reading and writing a 1 MB text (30 000 facts) takes seconds on a shared 2-core machine; the tests assert order, never time. */
const SLOW_MS = 180_000;
const MEGABYTE_TEXT = bigText(1_000_000);

describe('a 1 MB text', () => {
  let app: TestApp;
  let editor: string;
  beforeAll(async () => {
    // The text with its JSON escaping is a little over the default 1 MB request body; reading and
    // writing it may take longer than the default bounds on a busy machine.
    app = await startTestApp({ limits: { maxBodySize: '2mb', requestTimeoutMs: SLOW_MS }, extraction: { timeoutMs: SLOW_MS } });
    editor = (await createApiKey(app.db, { name: 'newsroom', role: 'EDITOR' })).key;
  });
  afterAll(() => app.close(), SLOW_MS);

  test('is read in a worker: cheap queries sent meanwhile are answered before its extraction ends', async () => {
    const order: string[] = [];
    const extraction = app.server.extraction;
    const ingest = app
      .graphql(INGEST_TEXT, { input: { text: MEGABYTE_TEXT, format: 'TEXT', publishedAt: '2025-01-03T00:00:00Z' } }, { apiKey: editor })
      .then((response) => {
        order.push('ingest');
        return response;
      });
    // The server runs in this process: wait until the text is being read (were it read on this
    // thread, this loop could not run until the reading had ended), then ask cheap questions one
    // after another, noting whether the reading was still going on when each answer came.
    while (extraction.inProgress === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const answers = [];
    for (let index = 0; index < 5; index++) {
      const answer = await app.graphql(CHEAP_QUERY);
      order.push(extraction.inProgress === 1 ? `query ${index} while reading` : `query ${index} after reading`);
      answers.push(answer);
    }
    const response = await ingest;
    expect(answers.map((answer) => answer.data)).toEqual(Array(5).fill({ country: { name: 'France' } }));
    expect(order).toEqual([0, 1, 2, 3, 4].map((index) => `query ${index} while reading`).concat('ingest'));
    expect(response.errors).toBeUndefined();
    const payload = response.data!.ingestArticleText;
    expect(payload.userErrors).toEqual([]);
    expect(payload).toMatchObject({ created: true, article: { title: "A digest of the week's coverage" }, warnings: [] });
    expect(payload.extraction.factCount).toBeGreaterThan(10_000);
  }, SLOW_MS);
});

describe('a run past its time bound', () => {
  let app: TestApp;
  let editor: string;
  beforeAll(async () => {
    // Only the extraction's bound is short: taking in the 1 MB request may outlast the default 30 s on a busy machine.
    app = await startTestApp({ limits: { maxBodySize: '2mb', requestTimeoutMs: SLOW_MS }, extraction: { timeoutMs: 50 } });
    editor = (await createApiKey(app.db, { name: 'newsroom', role: 'EDITOR' })).key;
  });
  afterAll(() => app.close(), SLOW_MS);

  test('is a user error naming the text; nothing is written, and the service reads the next text', async () => {
    const before = await graphCounts(app.db, { audits: true });
    const response = await app.graphql(INGEST_TEXT, { input: { text: MEGABYTE_TEXT, format: 'TEXT' } }, { apiKey: editor });
    expect(response.errors).toBeUndefined();
    expect(response.data!.ingestArticleText).toMatchObject({ created: null, article: null, extraction: null });
    const [error] = response.data!.ingestArticleText.userErrors;
    expect(error).toMatchObject({ field: ['input', 'text'], code: 'TIMED_OUT' });
    expect(error.message).toMatch(/took longer than 0\.05 s.*EXTRACTION_TIMEOUT_MS/);
    expect(await graphCounts(app.db, { audits: true })).toEqual(before);

    // The stopped worker is gone; the service answers as before.
    expect((await app.graphql(CHEAP_QUERY)).data).toEqual({ country: { name: 'France' } });
  }, SLOW_MS);
});

describe("a worker's start", () => {
  test('is outside the time bound: the first text is read under a bound shorter than the start', async () => {
    // Under Jest a new worker compiles the extractor's sources before reading (13 s with eight other
    // jobs on the 2-core machine); the bound counts only the reading of the text, a few milliseconds
    // for these two sentences when the machine is idle and 0.75 s under that load: 5 s leaves room
    // for the load and stays well under the start.
    const pool = new ExtractionPool({ timeoutMs: 5_000, workers: 1 });
    try {
      const extraction = await pool.extract({ text: 'Talks in Paris\nThe French foreign minister met her Japanese counterpart in Paris on Monday.', format: 'text', publishedAt: new Date('2025-01-03T00:00:00Z') });
      expect(extraction.graph.countries.map((mention) => mention.country).sort()).toEqual(['FR', 'JP']);
    } finally {
      await pool.close();
    }
  }, SLOW_MS);
});
