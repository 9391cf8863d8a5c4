// The country mutation: countries are reference data; editors set only their press aliases.
import type { TestApp } from './support/harness';
import { auditEntriesAfter, startTestAppWithKeys, expectDenied, expectRefused, Keys, lastAuditId, mutate } from './mutations-helpers';

let app: TestApp;
let keys: Keys;
beforeAll(async () => ({ app, keys } = await startTestAppWithKeys()));
afterAll(() => app.close());

const UPDATE = `mutation ($input: UpdateCountryInput!) {
  updateCountry(input: $input) { country { code aliases } userErrors { field message code } }
}`;

test('an editor sets the aliases (trimmed, without duplicates); filters find the country by them; audited', async () => {
  const before = (await app.graphql(`{ country(code: "GB") { aliases } }`)).data!.country.aliases as string[];
  const since = await lastAuditId(app);
  const { country } = await mutate(app, keys.editor, UPDATE, { input: { code: 'gbr', aliases: [...before, ' Blighty ', 'Blighty'] } });
  expect(country).toEqual({ code: 'GB', aliases: [...before, 'Blighty'] });
  const found = await app.graphql(`{ countries(filter: { text: "Blighty" }) { edges { node { code } } } }`);
  expect(found.data!.countries.edges).toEqual([{ node: { code: 'GB' } }]);
  expect(await auditEntriesAfter(app, since)).toEqual([
    expect.objectContaining({
      apiKeyId: keys.editorId, action: 'updateCountry', entityType: 'Country', before: { aliases: before }, after: { aliases: [...before, 'Blighty'] },
    }),
  ]);
});

test.each([
  ['an unknown code', { code: 'XX', aliases: [] }, [{ field: ['input', 'code'], code: 'NOT_FOUND' }]],
  ['more than 50 aliases', { code: 'FR', aliases: Array.from({ length: 51 }, (_, i) => `Alias ${i}`) }, [{ field: ['input', 'aliases'], code: 'TOO_LONG' }]],
  ['a blank alias', { code: 'FR', aliases: ['Paris', ' '] }, [{ field: ['input', 'aliases'], code: 'REQUIRED' }]],
])('%s is a user error and changes nothing', async (_what, input, expected) => {
  await expectRefused(app, keys.editor, UPDATE, { input }, expected);
});

test('anonymous is UNAUTHENTICATED, a reader FORBIDDEN', async () => {
  await expectDenied(app, undefined, UPDATE, { input: { code: 'FR', aliases: [] } }, 'UNAUTHENTICATED');
  await expectDenied(app, keys.reader, UPDATE, { input: { code: 'FR', aliases: [] } }, 'FORBIDDEN');
});

test('there is no createCountry or deleteCountry: countries are ISO 3166-1 reference data', async () => {
  const response = await app.graphql(`{ __type(name: "Mutation") { fields { name } } }`);
  const names = response.data!.__type.fields.map((field: { name: string }) => field.name);
  expect(names).toContain('updateCountry');
  expect(names).not.toContain('createCountry');
  expect(names).not.toContain('deleteCountry');
});

test('ingestion reads an alias where it is now: one moved from one country to another is not matched to the first', async () => {
  const INGEST = `mutation ($input: IngestArticleInput!) {
    ingestArticle(input: $input) { article { countries(first: 5) { edges { node { code } } } } userErrors { field message code } }
  }`;
  const aliasesOf = async (code: string) => (await app.graphql(`{ country(code: "${code}") { aliases } }`)).data!.country.aliases as string[];
  const ingestMentioning = async (url: string) =>
    (await mutate(app, keys.editor, INGEST, { input: { url, title: 'Zembla news', countries: [{ country: 'Zembla' }] } })).article.countries.edges;

  const french = await aliasesOf('FR');
  await mutate(app, keys.editor, UPDATE, { input: { code: 'FR', aliases: [...french, 'Zembla'] } });
  expect(await ingestMentioning('https://example.org/zembla/1')).toEqual([{ node: { code: 'FR' } }]);

  await mutate(app, keys.editor, UPDATE, { input: { code: 'FR', aliases: french } });
  await mutate(app, keys.editor, UPDATE, { input: { code: 'DE', aliases: [...(await aliasesOf('DE')), 'Zembla'] } });
  expect(await ingestMentioning('https://example.org/zembla/2')).toEqual([{ node: { code: 'DE' } }]);
});
