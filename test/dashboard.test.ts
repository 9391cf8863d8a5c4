// The dashboard on /, as a person sees it in a browser: each page renders the seed graph's data,
// read through the public GraphQL API only. Screenshots go to test-output/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import type { Page } from 'playwright-core';
import { getSchema } from '../src/schema/build';
import { createApiKey } from '../src/data/api-keys';
import { PROJECT_ROOT } from '../src/paths';
import { openBrowser, SCREENSHOT_DIR, type Browser } from './support/browser';
import { startTestApp, TestApp } from './support/harness';

const SEED = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'prisma', 'seed', 'blinken-final-trip.json'), 'utf8'));
const SEED_TEXT_FILE = path.resolve(PROJECT_ROOT, '..', 'shared', 'seed-article.txt');

let app: TestApp;
let origin: string;
let browser: Browser | undefined;
beforeAll(async () => {
  app = await startTestApp({ dashboard: true });
  origin = new URL(app.server.url).origin;
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app.close();
});

test('the pages are served to browsers; API clients and unknown addresses are not given them', async () => {
  for (const address of ['/', '/search?q=missiles', '/countries/JP', '/events/abc', '/articles/abc', '/flows']) {
    const response = await fetch(`${origin}${address}`, { headers: { accept: 'text/html,*/*;q=0.8' } });
    expect({ address, status: response.status, type: response.headers.get('content-type') }).toEqual({
      address, status: 200, type: 'text/html; charset=utf-8',
    });
  }
  expect((await fetch(`${origin}/assets/dashboard.js`)).headers.get('content-type')).toMatch(/javascript/);
  expect((await fetch(`${origin}/`, { headers: { accept: 'application/json' } })).status).toBe(404);
  expect((await fetch(`${origin}/nowhere`, { headers: { accept: 'text/html' } })).status).toBe(404);
});

test('every operation the dashboard sends is valid against the schema', async () => {
  const directory = path.join(PROJECT_ROOT, 'web', 'dashboard', 'operations');
  const files = fs.readdirSync(directory).filter((file) => file.endsWith('.graphql'));
  expect(files.length).toBeGreaterThanOrEqual(6);
  for (const file of files) {
    const problems = validate(await getSchema(), parse(fs.readFileSync(path.join(directory, file), 'utf8')));
    expect({ file, problems: problems.map((problem) => problem.message) }).toEqual({ file, problems: [] });
  }
});

/** Opens a dashboard address with every request outside the service refused, and returns the page. */
async function open(address: string): Promise<{ page: Page; elsewhere: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
  const elsewhere: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'data:') return route.continue();
    elsewhere.push(url.href);
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${address}`);
  (page as Page & { errors: string[] }).errors = errors;
  return { page, elsewhere };
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

describe('in a browser', () => {
  test("search finds the seed's missile sale and marks the word", async () => {
    if (!browser) return;
    const { page, elsewhere } = await open('/');
    await page.getByRole('searchbox').fill('missiles');
    await page.keyboard.press('Enter');
    await page.locator('.hits mark').first().waitFor();
    expect(new URL(page.url()).search).toBe('?q=missiles');
    expect((await page.locator('.hits mark').first().textContent())!.toLowerCase()).toContain('missile');
    await screenshot(page, 'dashboard-search');
    expect(elsewhere).toEqual([]);
    await page.close();
  });

  test("Japan's page shows the US sale of $3.64 billion, its timeline and a chart by year", async () => {
    if (!browser) return;
    const { page, elsewhere } = await open('/countries/JP');
    await page.getByRole('heading', { name: 'Japan', level: 1 }).waitFor();
    const bought = page.locator('table').first();
    await bought.getByText('$3.64 billion').waitFor();
    await expect(bought.getByRole('link', { name: 'United States' }).count()).resolves.toBeGreaterThan(0);
    await page.locator('.chart svg').first().waitFor();
    await page.locator('.timeline').getByText('Blinken visits Tokyo').waitFor();
    await screenshot(page, 'dashboard-country');

    // The timeline's filter is part of the address.
    await page.getByRole('checkbox', { name: /Arms sale/ }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/types=ARMS_SALE/);
    await page.locator('.timeline').getByText('Blinken visits Tokyo').waitFor({ state: 'detached' });
    expect(elsewhere).toEqual([]);
    await page.close();
  });

  test("the trip's page lists its stops in order, participants, countries and its article", async () => {
    if (!browser) return;
    const trips = await app.graphql(`{ events(filter: { types: [DIPLOMATIC_TRIP] }, first: 1) { edges { node { id } } } }`);
    const { page } = await open(`/events/${encodeURIComponent(trips.data!.events.edges[0].node.id)}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const stops = await page.locator('.stops li a').allTextContents();
    expect(stops).toEqual(['Blinken visits Seoul', 'Blinken visits Tokyo', 'Blinken visits Paris']);
    await page.getByRole('region', { name: 'Participants' }).getByText('Antony Blinken').waitFor();
    await page.getByRole('region', { name: 'Countries' }).getByRole('link', { name: 'South Korea' }).first().waitFor();
    await page.getByRole('region', { name: /Reported by/ }).getByRole('link').first().waitFor();
    await screenshot(page, 'dashboard-event');
    await page.close();
  });

  test('arms-sale flows chart supplier → recipient totals and narrow by date', async () => {
    if (!browser) return;
    const { page } = await open('/flows');
    await page.locator('.chart svg').waitFor();
    await page.locator('table').getByText('$3.64 billion').waitFor();
    await screenshot(page, 'dashboard-flows');
    await page.getByLabel('Announced from').fill('2026-01-01');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('No valued arms sale announced in this range.').waitFor();
    await page.close();
  });

  (fs.existsSync(SEED_TEXT_FILE) ? test : test.skip)(
    "after the seed article is ingested as text, its page lights up the sentence of the Japan sale's value",
    async () => {
      if (!browser) return;
      const { key } = await createApiKey(app.db, { name: 'dashboard test', role: 'EDITOR' });
      const ingested = await app.graphql(
        `mutation($input: IngestArticleTextInput!) { ingestArticleText(input: $input) { article { id } userErrors { message } } }`,
        { input: { text: fs.readFileSync(SEED_TEXT_FILE, 'utf8'), url: SEED.url, source: SEED.source, publishedAt: SEED.publishedAt } },
        { apiKey: key },
      );
      expect(ingested.data!.ingestArticleText.userErrors).toEqual([]);
      const { page, elsewhere } = await open(`/articles/${encodeURIComponent(ingested.data!.ingestArticleText.article.id)}`);
      const facts = page.getByRole('complementary', { name: 'Extracted facts' });
      await facts.locator('.fact').first().waitFor();

      // Click the sale's value: its sentence lights up, with the evidence marked.
      await facts.locator('.fact', { hasText: /value: 3640000000/ }).first().click();
      const lit = page.locator('.sentence.lit');
      await expect(lit.textContent()).resolves.toMatch(/\$3\.64 billion dollars in medium-range missiles/);
      await expect(lit.locator('mark.evidence').count()).resolves.toBe(1);
      await screenshot(page, 'dashboard-article');

      // Click that sentence: the facts read in it are listed, the sale's value among them.
      await facts.locator('.fact').first().click(); // another fact first, so the click below selects the sentence anew
      await page.locator('.sentence', { hasText: '$3.64 billion dollars in medium-range missiles' }).click();
      await facts.getByRole('heading', { name: /Facts read in this sentence/ }).waitFor();
      await expect(facts.locator('.fact', { hasText: /value: 3640000000/ }).count()).resolves.toBe(1);
      expect(elsewhere).toEqual([]);
      expect((page as Page & { errors: string[] }).errors).toEqual([]);
      await page.close();
    },
    // It extracts the seed article through the worker pool and then drives a browser: 15 s on a busy machine, past the
    // suite's 30 s with two suites running side by side (load average 11).
    90_000,
  );
});
