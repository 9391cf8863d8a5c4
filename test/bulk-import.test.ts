// Bulk import and the lossless round trip: a graph with hand-stated, extracted and edited rows
// (built through the API) survives export → bulk import into an empty database → export byte for
// byte and table for table; the bulk import gives the same database as ingesting the lines one by
// one (which also pins that the bulk path's copies of the matching rules agree with the write
// path's); refused lines are reported without refusing their batch; maintained counts stay exact.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { generateCoverage } from '../src/generate/coverage';
import { importFileInBulk } from '../src/ingest/bulk-import';
import { createApiKey } from '../src/data/api-keys';
import { countryReferenceRecords } from '../src/reference/countries';
import { exportArticles } from '../src/ingest/export';
import { importFile } from '../src/ingest/import';
import { updatePerson } from '../src/ingest/people';
import { runWrite } from '../src/ingest/transaction';
import { COMMAND_LINE_WRITER } from '../src/ingest/write-core';
import { emptyGraph, maintainedCountMismatches, NO_MISMATCHES } from './support/graph';
import { startTestApp, TestApp } from './support/harness';
import { tablesByNaturalKeys } from './support/natural-keys';

let app: TestApp;
let editor: string;
let workDir: string;

beforeAll(async () => {
  app = await startTestApp();
  editor = (await createApiKey(app.db, { name: 'newsroom', role: 'EDITOR' })).key;
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bulk-'));
  await app.server.extraction.warmUp();
}, 60_000);
afterAll(async () => {
  await app.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

async function exportLines(withAudit = false): Promise<string[]> {
  const lines: string[] = [];
  await exportArticles(app.db, (line) => void lines.push(line), { withAudit });
  return lines;
}

function writeLines(name: string, lines: string[]): string {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** A fresh install: no graph, no audit trail, the countries as the reference data has them. */
async function emptyDatabase(): Promise<void> {
  await emptyGraph(app.db);
  for (const record of countryReferenceRecords()) {
    await app.db.country.updateMany({ where: { code: record.code, NOT: { aliases: { equals: record.aliases } } }, data: { aliases: record.aliases } });
  }
}

async function api(query: string, variables: Record<string, unknown>) {
  const response = await app.graphql(query, variables, { apiKey: editor });
  expect(response.errors).toBeUndefined();
  const payload = Object.values(response.data!)[0] as { userErrors: unknown[] };
  expect(payload.userErrors).toEqual([]);
  return payload;
}

const TEXT = `# Japan and France agree on defence cooperation

Japanese Prime Minister Fumio Kishida met French President Emmanuel Macron in Paris on 10 January 2025.

Kishida said Japan would deepen its defence cooperation with France. Macron welcomed the visit to Paris.

France approved the sale of 12 helicopters to Japan worth $400 million, the French Ministry of Armed Forces said.`;

/** The seed's hand-stated graph, an article the extractor read, a person's edit of an extracted row, a country's new alias. */
async function buildGraphThroughTheApi(): Promise<void> {
  await api(`mutation($input: IngestArticleTextInput!) { ingestArticleText(input: $input) { created userErrors { field message } } }`, {
    input: { text: TEXT, url: 'https://example.org/kishida-macron', publishedAt: '2025-01-10T12:00:00Z', source: 'Example Wire' },
  });
  await api(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created userErrors { field message } } }`, {
    input: {
      url: 'https://example.org/manual',
      title: 'A hand-stated article',
      people: [{ name: 'Jane Roe', aliases: ['J. Roe'], title: 'Envoy', country: 'FR' }],
      countries: [{ country: 'FR', mentionCount: 2, firstOffset: 5 }],
      events: [{ title: 'Roe visits Tokyo', type: 'DIPLOMATIC_VISIT', startDate: '2025-01-11', endDate: '2025-01-12', location: 'JP',
        parent: 'blinken-final-trip-2025-01', participants: [{ person: 'Jane Roe', role: 'VISITOR' }] }],
      armsSales: [{ supplier: 'FR', recipient: 'JP', items: 'patrol boats', status: 'PROPOSED', valueOriginal: '250000000', currency: 'EUR' }],
    },
  });
  const extracted = await app.db.person.findFirst({ where: { origin: 'EXTRACTED' }, orderBy: { slug: 'asc' } });
  expect(extracted).not.toBeNull();
  await api(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { field message } } }`, {
    input: { person: extracted!.slug, description: 'Edited by hand' },
  });
  await api(`mutation($input: UpdateCountryInput!) { updateCountry(input: $input) { userErrors { field message } } }`, {
    input: { code: 'JP', aliases: ['Nippon', 'Japan', 'Tokyo'] },
  });
  await buildStandaloneGraph();
}

/**
 * People, events and sales made by hand that no article mentions: some name only each other and
 * countries (exported before the articles), one names a person and an event only articles bring
 * (exported after them).
 */
async function buildStandaloneGraph(): Promise<void> {
  const create = (kind: string, input: Record<string, unknown>) =>
    api(`mutation($input: Create${kind}Input!) { create${kind}(input: $input) { userErrors { field message } } }`, { input });
  const link = (kind: string, input: Record<string, unknown>) =>
    api(`mutation($input: Add${kind}Input!) { add${kind}(input: $input) { userErrors { field message } } }`, { input });
  await create('Person', { name: 'Hanna Hand', slug: 'hanna-hand', aliases: ['H. Hand'], title: 'Attaché', country: 'DE', description: 'Typed in' });
  await create('Event', { slug: 'hand-conference', title: 'A conference typed in', type: 'SUMMIT', startDate: '2025-02-01', endDate: '2025-02-03', location: 'DE' });
  await create('Event', { slug: 'hand-session', title: 'Its first session', type: 'MEETING', startDate: '2025-02-01', parent: 'hand-conference', position: 1 });
  await link('EventParticipant', { event: 'hand-session', person: 'hanna-hand', role: 'HOST' });
  await link('EventCountry', { event: 'hand-session', country: 'FR', role: 'PARTICIPANT' });
  await link('EventCountry', { event: 'hand-conference', country: 'DE', role: 'HOST' });
  await create('ArmsSale', { slug: 'hand-sale', supplier: 'DE', recipient: 'FR', items: 'radios', status: 'APPROVED', valueUsd: '1234.50', event: 'hand-session' });
  // Names an event and a person that only article lines write.
  await create('Event', { slug: 'hand-side-meeting', title: 'A side meeting', type: 'MEETING', parent: 'blinken-final-trip-2025-01' });
  await link('EventParticipant', { event: 'hand-side-meeting', person: 'jane-roe', role: 'PARTICIPANT' });
  await create('ArmsSale', { slug: 'hand-late-sale', supplier: 'FR', recipient: 'JP', items: 'boats', status: 'PROPOSED', event: 'hand-side-meeting' });
}

test('export → bulk import into an empty database → export: the same bytes, the same tables, counts exact', async () => {
  await buildGraphThroughTheApi();
  const exported = await exportLines(true);
  const joined = exported.join('\n');
  expect(joined).toContain('"origin":"EXTRACTED"');
  expect(joined).toContain('"facts":[');
  expect(joined).toContain('{"countryAliases":{"code":"JP","aliases":["Nippon","Japan","Tokyo"]}}');
  expect(joined).toContain('"auditEntry"');
  expect(joined).not.toMatch(/apiKey|"hash"/);
  const standalone = exported.flatMap((line, index) => {
    const found = /^\{"standalone":\{"(\w+)":\{.*?"slug":"([^"]+)"/.exec(line);
    return found ? [[index, `${found[1]} ${found[2]}`] as const] : [];
  });
  const firstArticle = exported.findIndex((line) => line.startsWith('{"url"'));
  const lastArticle = exported.findLastIndex((line) => line.startsWith('{"url"'));
  // People first, parents before their parts, sales after their event; what names an article's rows comes after the articles.
  expect(standalone.map(([index, line]) => [index < firstArticle ? 'early' : index > lastArticle ? 'late' : 'between', line])).toEqual([
    ['early', 'person hanna-hand'],
    ['early', 'event hand-conference'],
    ['early', 'event hand-session'],
    ['early', 'armsSale hand-sale'],
    ['late', 'event hand-side-meeting'],
    ['late', 'armsSale hand-late-sale'],
  ]);
  const tables = await tablesByNaturalKeys(app.db);
  expect(tables.EventParticipant).toContainEqual({ event: 'hand-session', person: 'hanna-hand', role: 'HOST' });
  expect(tables.ExtractedFact.length).toBeGreaterThan(0);

  await emptyDatabase();
  const summary = await importFileInBulk(app.db, writeLines('round-trip.ndjson', exported));
  expect(summary).toMatchObject({ failed: 0, problems: [] });
  expect(await tablesByNaturalKeys(app.db)).toEqual(tables);
  expect(await exportLines(true)).toEqual(exported);
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
  // Search documents are computed by PostgreSQL from the merged rows.
  const found = await app.graphql(`{ search(query: "hand-stated", first: 5) { edges { node { __typename } } } }`);
  expect(found.data!.search.edges.length).toBeGreaterThan(0);
}, 60_000);

/** Lines that exercise the matching rules: people by name and alias, a trip's parent by slug, an article twice, bad lines. */
function trickyLines(): string[] {
  const line = (object: Record<string, unknown>) => JSON.stringify(object);
  return [
    line({ url: 'https://example.org/t/1', title: 'One', people: [{ name: 'Ada Byron', aliases: ['Ada Lovelace'], country: 'GB' }],
      events: [{ slug: 'trip-x', title: 'A trip', type: 'DIPLOMATIC_TRIP', startDate: '2024-03-01', endDate: '2024-03-04',
        children: [{ title: 'Stop in Rome', type: 'DIPLOMATIC_VISIT', startDate: '2024-03-02', location: 'Italy',
          participants: [{ person: 'Ada Lovelace', role: 'VISITOR' }] }] }] }),
    line({ url: 'https://example.org/t/2', title: 'Two', people: [{ name: 'ada lovelace', title: 'Countess' }],
      events: [{ title: 'Stop in Paris', type: 'DIPLOMATIC_VISIT', parent: 'trip-x', position: 2, location: 'FR' }] }),
    '{"url": "https://example.org/t/broken",',
    line({ url: 'https://example.org/t/3', title: 'Three', countries: [{ country: 'Atlantis' }] }),
    line({ url: 'https://example.org/t/4', title: 'Four', events: [{ title: 'Orphan', type: 'MEETING', parent: 'no-such-trip' }] }),
    line({ url: 'https://example.org/t/5', title: 'Five', armsSales: [{ supplier: 'US', recipient: 'USA', items: 'x', status: 'PROPOSED' }] }),
    line({ body: 'Pasted without a URL', title: 'Pasted', people: [{ name: 'Ada Byron', description: 'Mathematician' }] }),
    line({ url: 'https://example.org/t/1', title: 'One, corrected', people: [{ name: 'Charles Babbage', slug: 'babbage' }],
      armsSales: [{ supplier: 'GB', recipient: 'IT', items: 'engines', status: 'APPROVED', valueUsd: '1000.50', event: 'trip-x' }] }),
    line({ url: 'https://example.org/t/6', title: 'Six', origin: 'NOBODY' }),
  ];
}

test('bulk and one-by-one imports of the same file give the same exports, tables and refusals', async () => {
  const generated = [...generateCoverage({ articles: 80, seed: 5 })].map((article) => JSON.stringify(article));
  const lossless = await exportLines(true); // the round-trip graph: extracted rows, facts, edits, audit
  await emptyDatabase();
  const before = [...lossless.filter((line) => !line.startsWith('{"auditEntry"')), ...generated];
  const file = writeLines('two-ways.ndjson', [...before, ...trickyLines()]);

  const oneByOne = await importFile(app.db, file);
  const oneByOneExport = await exportLines();
  const oneByOneTables = await tablesByNaturalKeys(app.db);
  await emptyDatabase();
  const bulk = await importFileInBulk(app.db, file, undefined, { batchLines: 40 });

  expect(bulk.problems).toEqual(oneByOne.problems);
  expect(bulk.problems.map((problem) => problem.line - before.length)).toEqual([3, 4, 5, 6, 9]);
  expect({ ...bulk, seconds: 0 }).toEqual({ ...oneByOne, seconds: 0 });
  expect(await exportLines()).toEqual(oneByOneExport);
  const { AuditEntry: _bulkAudit, ...bulkTables } = await tablesByNaturalKeys(app.db);
  const { AuditEntry: _audit, ...tables } = oneByOneTables;
  expect(bulkTables).toEqual(tables);
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
}, 120_000);

test('a write between two batches is seen by the next one, which was prepared before it', async () => {
  await emptyDatabase();
  const line = (url: string, name: string) => JSON.stringify({ url: `https://example.org/between/${url}`, title: `Article ${url}`, people: [{ name }] });
  // Two batches of two lines; the second is prepared while the first is written, when no one goes by "J. Roe" yet.
  const file = writeLines('between.ndjson', [line('1', 'Jane Roe'), line('2', 'Jane Roe'), line('3', 'J. Roe'), line('4', 'Someone Else')]);
  let batches = 0;
  const summary = await importFileInBulk(
    app.db,
    file,
    async () => {
      if (++batches === 1) await runWrite(app.db, (tx) => updatePerson(tx, { person: 'jane-roe', aliases: ['J. Roe'] }, COMMAND_LINE_WRITER));
    },
    { batchLines: 2 },
  );
  expect(summary).toMatchObject({ created: 4, failed: 0 });
  expect(await app.db.person.findMany({ select: { slug: true, aliases: true }, orderBy: { slug: 'asc' } })).toEqual([
    { slug: 'jane-roe', aliases: ['J. Roe'] },
    { slug: 'someone-else', aliases: [] },
  ]);
  const third = await app.db.article.findUniqueOrThrow({ where: { url: 'https://example.org/between/3' }, select: { personMentions: { select: { person: { select: { slug: true } } } } } });
  expect(third.personMentions).toEqual([{ person: { slug: 'jane-roe' } }]);
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
}, 60_000);

test('a write by a transaction that held an ID as a batch began is seen by the next one, which was prepared before it', async () => {
  await emptyDatabase();
  const line = (url: string, name: string) => JSON.stringify({ url: `https://example.org/older/${url}`, title: `Article ${url}`, people: [{ name }] });
  const file = writeLines('older.ndjson', [line('1', 'Jane Roe'), line('2', 'Jane Roe'), line('3', 'J. Roe'), line('4', 'Someone Else')]);
  // A writer that takes no lock (psql, another tool) took its transaction ID before the import began and writes
  // once the first batch is committed: the second batch's ID still follows the first's, so only the first batch's
  // check that no other transaction held an ID can tell that the second, prepared before, must read again.
  const older = new Client({ connectionString: app.databaseUrl });
  await older.connect();
  try {
    await older.query('BEGIN');
    await older.query('SELECT pg_current_xact_id()');
    let batches = 0;
    const summary = await importFileInBulk(
      app.db,
      file,
      async () => {
        if (++batches > 1) return;
        await older.query(`UPDATE "Person" SET aliases = '{J. Roe}', "updatedAt" = now() WHERE slug = 'jane-roe'`);
        await older.query('COMMIT');
      },
      { batchLines: 2 },
    );
    expect(summary).toMatchObject({ created: 4, failed: 0 });
  } finally {
    await older.end();
  }
  const third = await app.db.article.findUniqueOrThrow({ where: { url: 'https://example.org/older/3' }, select: { personMentions: { select: { person: { select: { slug: true } } } } } });
  expect(third.personMentions).toEqual([{ person: { slug: 'jane-roe' } }]);
  expect(await app.db.person.count()).toBe(2);
}, 60_000);

test('an event written with its parent named by slug keeps it when a later batch names the event again', async () => {
  await emptyDatabase();
  const article = (url: string, event: object) => JSON.stringify({ url: `https://example.org/parent/${url}`, title: `Article ${url}`, events: [event] });
  const trip = { slug: 'parent-trip', title: 'A trip', type: 'DIPLOMATIC_TRIP', startDate: '2025-01-05' };
  const visit = { slug: 'parent-visit', title: 'A visit', type: 'DIPLOMATIC_VISIT', startDate: '2025-01-06' };
  // One line per batch: the second names the trip (written by the first) as the visit's parent; the
  // third names the visit again without it, in a batch prepared from what the second left.
  const file = writeLines('parent.ndjson', [article('1', trip), article('2', { ...visit, parent: 'parent-trip' }), article('3', visit)]);
  const summary = await importFileInBulk(app.db, file, () => undefined, { batchLines: 1 });
  expect(summary).toMatchObject({ created: 3, failed: 0 });
  const stored = await app.db.event.findUniqueOrThrow({ where: { slug: 'parent-visit' }, select: { parent: { select: { slug: true } } } });
  expect(stored.parent).toEqual({ slug: 'parent-trip' });
}, 60_000);

test('importing the same file again in bulk changes nothing', async () => {
  const exported = await exportLines();
  const tables = await tablesByNaturalKeys(app.db);
  const summary = await importFileInBulk(app.db, writeLines('again.ndjson', exported));
  expect(summary).toMatchObject({ failed: 0, created: 0 });
  expect(await tablesByNaturalKeys(app.db)).toEqual(tables);
}, 60_000);
