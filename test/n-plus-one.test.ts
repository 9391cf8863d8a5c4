// Relations load through per-request DataLoaders: a page of 50 events with nested relations costs
// the same, small number of SQL statements as a page of 5.
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;

const TIMELINE = `query Timeline($first: Int!) {
  events(first: $first, orderBy: { field: START_DATE, direction: ASC }) {
    edges {
      node {
        title
        location { code }
        participants { role person { name country { code } } }
        countries { role country { code } }
        articles(first: 3) { edges { node { title } } }
      }
    }
  }
}`;

beforeAll(async () => {
  app = await startTestApp();
  const countries = await app.db.country.findMany({ where: { code: { in: ['FR', 'DE', 'IN', 'BR', 'ZA', 'AU'] } } });
  // People belong to other countries than the events' locations, so that DataLoader's per-request
  // cache cannot answer one relation from another and make the counts depend on the data.
  const homeCountries = await app.db.country.findMany({ where: { code: { in: ['NG', 'MX', 'ID', 'CA'] } } });
  const people = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      app.db.person.create({
        data: { name: `Minister ${index}`, slug: `minister-${index}`, countryId: homeCountries[index % homeCountries.length].id },
      }),
    ),
  );
  const articles = await Promise.all(
    Array.from({ length: 10 }, (_, index) =>
      app.db.article.create({ data: { title: `Dispatch ${index}`, url: `https://example.org/dispatch-${index}` } }),
    ),
  );
  for (let index = 0; index < 60; index++) {
    await app.db.event.create({
      data: {
        title: `Meeting ${index}`,
        type: 'MEETING',
        startDate: new Date(Date.UTC(2020, 0, 1 + index)),
        locationId: countries[index % countries.length].id,
        participants: {
          create: [
            { personId: people[index % people.length].id, role: 'HOST' },
            { personId: people[(index + 1) % people.length].id, role: 'VISITOR' },
          ],
        },
        countries: {
          create: [
            { countryId: countries[index % countries.length].id, role: 'HOST' },
            { countryId: countries[(index + 1) % countries.length].id, role: 'VISITOR' },
          ],
        },
        articleMentions: {
          create: [0, 1, 2, 3].map((offset) => ({ articleId: articles[(index + offset) % articles.length].id })),
        },
      },
    });
  }
});
afterAll(() => app.close());

test('a page of 50 events costs as many SQL statements as a page of 5, and no more than 8', async () => {
  const small = await app.graphql(TIMELINE, { first: 5 });
  const large = await app.graphql(TIMELINE, { first: 50 });
  expect(small.errors).toBeUndefined();
  expect(large.errors).toBeUndefined();
  expect(small.data!.events.edges).toHaveLength(5);
  expect(large.data!.events.edges).toHaveLength(50);
  // Every nested list is really there, so the count covers the loading of all of it.
  for (const { node } of large.data!.events.edges) {
    expect(node.location.code).toMatch(/^[A-Z]{2}$/);
    expect(node.participants).toHaveLength(2);
    expect(node.participants[0].person.country.code).toMatch(/^[A-Z]{2}$/);
    expect(node.countries).toHaveLength(2);
    expect(node.articles.edges).toHaveLength(3);
  }
  console.log(`SQL statements: page of 5 → ${small.sqlStatements}, page of 50 → ${large.sqlStatements}`);
  expect(large.sqlStatements).toBe(small.sqlStatements);
  expect(large.sqlStatements).toBeLessThanOrEqual(8);
});

test('totalCount of nested connections is batched too', async () => {
  const query = `query($first: Int!) { countries(first: $first, orderBy: { field: CODE, direction: ASC }) {
    edges { node { code events(first: 2) { totalCount edges { node { title } } } people { totalCount } } } } }`;
  const small = await app.graphql(query, { first: 5 });
  const large = await app.graphql(query, { first: 100 });
  expect(large.errors).toBeUndefined();
  expect(large.sqlStatements).toBe(small.sqlStatements);
  const france = large.data!.countries.edges.find((edge: any) => edge.node.code === 'FR');
  expect(france.node.events.totalCount).toBeGreaterThan(2);
  expect(france.node.events.edges).toHaveLength(2);
});
