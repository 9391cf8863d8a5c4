// Every GraphQL example in README.md runs against the seed graph without errors and finds data,
// so the README cannot drift from the API.
import fs from 'node:fs';
import path from 'node:path';
import { createApiKey } from '../src/data/api-keys';
import { startTestApp, TestApp } from './support/harness';

const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

/** For the `ingestArticleText` example: the founding article's text (beside the repository), else a short one. */
const SEED_TEXT_FILE = path.resolve(__dirname, '..', '..', 'shared', 'seed-article.txt');
const articleText = fs.existsSync(SEED_TEXT_FILE)
  ? fs.readFileSync(SEED_TEXT_FILE, 'utf8')
  : 'Blinken visits Seoul\nSecretary of State Antony Blinken arrived in Seoul on Monday for talks with South Korean officials.';

let app: TestApp;
let anEventId: string;
let editor: string;
beforeAll(async () => {
  app = await startTestApp();
  editor = (await createApiKey(app.db, { name: 'readme examples', role: 'EDITOR' })).key;
  const events = await app.graphql(`{ events(first: 1) { edges { node { id } } } }`);
  anEventId = events.data!.events.edges[0].node.id;
});
afterAll(() => app.close());

test('the README has GraphQL examples', () => {
  expect(examples.length).toBeGreaterThanOrEqual(4);
});

test.each(examples.map((query, index) => [index + 1, query]))('README example %i runs and finds data', async (_, query) => {
  const response = await app.graphql(query as string, { id: anEventId, text: articleText }, { apiKey: editor });
  expect(response.errors).toBeUndefined();
  const [root] = Object.values(response.data!);
  expect(root).not.toBeNull();
  const text = JSON.stringify(root);
  expect(text).not.toMatch(/"edges":\[\]/); // every list in an example shows something
});

test('the README example bulk-import line is a valid IngestArticleInput', async () => {
  const lines = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1].trim());
  expect(lines.length).toBeGreaterThanOrEqual(1);
  const { key } = await createApiKey(app.db, { name: 'readme', role: 'EDITOR' });
  for (const line of lines) {
    const response = await app.graphql(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created userErrors { field message } } }`,
      { input: JSON.parse(line) },
      { apiKey: key },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.ingestArticle).toEqual({ created: true, userErrors: [] });
  }
});
