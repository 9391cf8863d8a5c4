// Every fact traces back to its sources: an article's mentions, with counts and first offsets.
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test("the founding article's mentions, most mentioned first, with where each first appears", async () => {
  const response = await app.graphql(`{ articles(first: 1) { edges { node {
    personMentions { person { slug } mentionCount firstOffset }
    countryMentions { country { code } mentionCount firstOffset }
    eventMentions { event { slug } mentionCount }
    armsSaleMentions { armsSale { items } mentionCount firstOffset } } } } }`);
  expect(response.errors).toBeUndefined();
  const article = response.data!.articles.edges[0].node;
  expect(article.personMentions).toEqual([
    { person: { slug: 'antony-blinken' }, mentionCount: 8, firstOffset: 0 },
    { person: { slug: 'yoon-suk-yeol' }, mentionCount: 2, firstOffset: 1663 },
    { person: { slug: 'jimmy-carter' }, mentionCount: 1, firstOffset: 1535 },
    { person: { slug: 'joe-biden' }, mentionCount: 1, firstOffset: 1785 },
  ]);
  expect(article.countryMentions.map((mention: { country: { code: string } }) => mention.country.code)).toEqual([
    'US', 'KR', 'JP', 'FR', 'CN', 'KP', 'UA',
  ]);
  expect(article.countryMentions[0]).toEqual({ country: { code: 'US' }, mentionCount: 9, firstOffset: 59 });
  expect(article.eventMentions).toHaveLength(9);
  expect(article.eventMentions[0].mentionCount).toBeGreaterThanOrEqual(article.eventMentions[8].mentionCount);
  expect(article.armsSaleMentions).toEqual([
    { armsSale: { items: 'medium-range missiles, related equipment and training' }, mentionCount: 2, firstOffset: 2628 },
  ]);
});

test('mentions of a page of articles load in one statement per kind', async () => {
  const japan = await app.db.country.findUniqueOrThrow({ where: { code: 'JP' } });
  const blinken = await app.db.person.findUniqueOrThrow({ where: { slug: 'antony-blinken' } });
  for (let index = 0; index < 5; index++) {
    await app.db.article.create({
      data: {
        url: `https://example.org/mentions/${index}`,
        title: `Follow-up ${index}`,
        personMentions: { create: [{ personId: blinken.id, mentionCount: index + 1 }] },
        countryMentions: { create: [{ countryId: japan.id, mentionCount: 2, firstOffset: index }] },
      },
    });
  }
  const query = `query($first: Int!) { articles(first: $first) { edges { node { title
    personMentions { mentionCount person { name } } countryMentions { mentionCount } } } } }`;
  const one = await app.graphql(query, { first: 1 });
  const page = await app.graphql(query, { first: 20 });
  expect(page.errors).toBeUndefined();
  expect(page.data!.articles.edges).toHaveLength(6);
  for (const { node } of page.data!.articles.edges) expect(node.personMentions.length).toBeGreaterThan(0);
  expect(page.sqlStatements).toBe(one.sqlStatements);
});
