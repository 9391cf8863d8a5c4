// A sale reported in another currency keeps the amount as reported and its ISO 4217 code, beside
// the value in US dollars: written by ingestion and the sale mutations, read through the API,
// exported and imported.
import { createApiKey } from '../src/data/api-keys';
import { exportArticles } from '../src/ingest/export';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
let editor: string;
beforeAll(async () => {
  app = await startTestApp();
  editor = (await createApiKey(app.db, { name: 'newsroom', role: 'EDITOR' })).key;
});
afterAll(() => app.close());

const SALE_FIELDS = 'valueUsdExact valueOriginal currency';

test('ingestArticle stores the original amount and currency; the API, the export and createArmsSale carry them', async () => {
  const ingested = await app.graphql(
    `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { userErrors { field message } } }`,
    {
      input: {
        url: 'https://example.org/wire/rafale-marine',
        title: 'India orders 26 Rafale Marine jets',
        armsSales: [{ slug: 'fr-in-rafale-marine', supplier: 'FR', recipient: 'IN', items: '26 Rafale Marine fighter jets', status: 'CONTRACTED',
          valueOriginal: '630000000000', currency: 'INR', announcedDate: '2025-04-28' }],
      },
    },
    { apiKey: editor },
  );
  expect(ingested.data!.ingestArticle.userErrors).toEqual([]);
  const sale = await app.graphql(`{ armsSales(first: 5) { edges { node { slug ${SALE_FIELDS} } } } }`);
  expect(sale.data!.armsSales.edges.map((edge: any) => edge.node)).toContainEqual(
    { slug: 'fr-in-rafale-marine', valueUsdExact: null, valueOriginal: '630000000000.00', currency: 'INR' },
  );

  const lines: string[] = [];
  await exportArticles(app.db, (line) => void lines.push(line));
  const exported = lines.map((line) => JSON.parse(line)).find((article) => article.url === 'https://example.org/wire/rafale-marine');
  expect(exported.armsSales[0]).toMatchObject({ valueOriginal: '630000000000.00', currency: 'INR' });

  const created = await app.graphql(
    `mutation($input: CreateArmsSaleInput!) { createArmsSale(input: $input) { armsSale { ${SALE_FIELDS} } userErrors { field code } } }`,
    { input: { supplier: 'KR', recipient: 'PL', items: 'K2 tanks', status: 'CONTRACTED', valueUsd: '6500000000', valueOriginal: '9000000000000', currency: 'KRW' } },
    { apiKey: editor },
  );
  expect(created.data!.createArmsSale).toEqual({
    armsSale: { valueUsdExact: '6500000000.00', valueOriginal: '9000000000000.00', currency: 'KRW' },
    userErrors: [],
  });
});

test('a currency that is not an ISO 4217 code is a user error naming the field', async () => {
  const response = await app.graphql(
    `mutation($input: CreateArmsSaleInput!) { createArmsSale(input: $input) { armsSale { id } userErrors { field code } } }`,
    { input: { supplier: 'KR', recipient: 'PL', items: 'K9 howitzers', status: 'CONTRACTED', valueOriginal: '100', currency: 'won' } },
    { apiKey: editor },
  );
  expect(response.data!.createArmsSale).toEqual({ armsSale: null, userErrors: [{ field: ['input', 'currency'], code: 'INVALID' }] });
});
