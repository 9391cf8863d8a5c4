// The playground on GET /graphql: a browser gets Ruru (GraphiQL) served from this process alone,
// API clients get GraphQL as before, and the page opens with the README's example operations.
import fs from 'node:fs';
import path from 'node:path';
import { parse, print, OperationDefinitionNode } from 'graphql';
import { PLAYGROUND_EXAMPLES } from '../src/http/playground-examples';
import { openBrowser, SCREENSHOT_DIR, type Browser } from './support/browser';
import { startTestApp, TestApp } from './support/harness';

/** What Chromium sends when a person types the address. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let app: TestApp;
let origin: string;
beforeAll(async () => {
  app = await startTestApp({ playground: true });
  origin = new URL(app.server.url).origin;
});
afterAll(() => app.close());

function operations(document: string): Map<string, string> {
  const definitions = parse(document).definitions as OperationDefinitionNode[];
  return new Map(definitions.map((definition) => [definition.name!.value, print(definition)]));
}

describe('over HTTP', () => {
  test('a browser gets the playground page, whose scripts and styles all come from this server', async () => {
    const response = await fetch(app.server.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<title>Newsgraph GraphQL playground</title>');
    // Every address the page names is on this server: nothing comes from a CDN.
    const addresses = [...html.matchAll(/(?:src|href)="([^"]+)"|import [^"]*"([^"]+)"|new URL\("([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address).toMatch(/^\/graphql\/playground\//);
    expect(html).toContain('"staticPath": "/graphql/playground/"');

    for (const asset of ['ruru.js', 'ruru.css', 'graphqlWorker.js']) {
      const assetResponse = await fetch(`${origin}/graphql/playground/${asset}`);
      expect(assetResponse.status).toBe(200);
      expect(assetResponse.headers.get('content-type')).toMatch(asset.endsWith('.css') ? /text\/css/ : /javascript/);
    }
    expect((await fetch(`${origin}/graphql/playground/no-such-file.js`)).status).toBe(404);
  });

  test('GraphQL clients are answered by GraphQL, whatever else they accept', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json', '*/*', 'application/json, text/html']) {
      const response = await fetch(`${app.server.url}?query=${encodeURIComponent('{ country(code: "jp") { name } }')}`, {
        headers: { accept, 'apollo-require-preflight': 'true' },
      });
      expect(await response.json()).toEqual({ data: { country: { name: 'Japan' } } });
    }
    // A GET without a query from a client that does not prefer HTML is a GraphQL request, refused as one.
    const bare = await fetch(app.server.url, { headers: { accept: '*/*', 'apollo-require-preflight': 'true' } });
    expect(bare.headers.get('content-type')).not.toMatch(/html/);
    expect(bare.status).toBe(400);
  });

  test('PLAYGROUND=false serves no page', async () => {
    const plain = await startTestApp();
    try {
      const response = await fetch(plain.server.url, { headers: { accept: BROWSER_ACCEPT } });
      expect(response.headers.get('content-type')).not.toMatch(/html/);
      const asset = await fetch(`${new URL(plain.server.url).origin}/graphql/playground/ruru.js`);
      expect(asset.headers.get('content-type')).not.toMatch(/javascript/);
    } finally {
      await plain.close();
    }
  });
});

describe('the example operations', () => {
  test("are the README's examples, each named", () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const fromReadme = new Map([...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((match) => [...operations(match[1])]));
    expect(operations(PLAYGROUND_EXAMPLES)).toEqual(fromReadme);
  });

  test('each runs from the one document the playground sends, within every limit', async () => {
    const names = [...operations(PLAYGROUND_EXAMPLES).keys()].filter((name) => name !== 'IngestArticleText' && name !== 'NodeById');
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const operationName of names) {
      const response = await fetch(app.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: PLAYGROUND_EXAMPLES, operationName }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect({ operationName, errors: body.errors }).toEqual({ operationName, errors: undefined });
    }
  });
});

describe('in a browser', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser?.close());

  test('the playground loads with no request leaving the service, shows the schema and runs a query', async () => {
    if (!browser) return; // openBrowser said why
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });
    await page.goto(app.server.url);
    // The editor holds the README's examples.
    await page.getByText('BlinkensLastTrip').first().waitFor({ timeout: 20_000 });

    // The documentation explorer has read the schema.
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    await page.getByText('Query', { exact: true }).first().waitFor();
    await page.getByText('armsSaleStats').first().waitFor();

    // Run the first operation (the one the cursor is in): the trip and its stops come back.
    await page.locator('.graphiql-query-editor').getByText('"antony-blinken"').first().click();
    await page.keyboard.press('Control+Enter');
    await page.locator('.result-window').getByText('Antony Blinken').waitFor({ timeout: 20_000 });
    await page.locator('.result-window').getByText('Secretary of State').first().waitFor();

    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'playground.png') });
    expect(elsewhere).toEqual([]);
  });
});
