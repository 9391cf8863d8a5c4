// Global IDs: `node(id)` and `nodes(ids)` for every type, malformed and missing IDs, IDs of the wrong type, opacity and round trips.
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const base64 = (text: string) => Buffer.from(text).toString('base64url');

/** One ID of every type, read from the lists a client would use. */
async function someIds() {
  const response = await app.graphql(`{
    articles(first: 1) { edges { node { id } } }
    events(filter: { types: [DIPLOMATIC_TRIP] }) { edges { node { id } } }
    person(slug: "antony-blinken") { id }
    country(code: "JP") { id }
    armsSales(first: 1) { edges { node { id } } }
  }`);
  expect(response.errors).toBeUndefined();
  const data = response.data!;
  return {
    article: data.articles.edges[0].node.id as string,
    event: data.events.edges[0].node.id as string,
    person: data.person.id as string,
    country: data.country.id as string,
    armsSale: data.armsSales.edges[0].node.id as string,
  };
}

const NODE_QUERY = `query ($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Article { title source }
    ... on Event { title type }
    ... on Person { name slug }
    ... on Country { code name }
    ... on ArmsSale { items status }
  }
}`;

describe('node(id)', () => {
  test('resolves an object of every type, with its own fields', async () => {
    const ids = await someIds();
    const results = [];
    for (const id of Object.values(ids)) {
      const response = await app.graphql(NODE_QUERY, { id });
      expect(response.errors).toBeUndefined();
      results.push(response.data!.node);
    }
    expect(results).toEqual([
      {
        __typename: 'Article',
        id: ids.article,
        title: 'Blinken heads to Asia, Europe on last expected trip as top US diplomat',
        source: 'The Independent',
      },
      { __typename: 'Event', id: ids.event, title: "Blinken's final overseas trip as Secretary of State", type: 'DIPLOMATIC_TRIP' },
      { __typename: 'Person', id: ids.person, name: 'Antony Blinken', slug: 'antony-blinken' },
      { __typename: 'Country', id: ids.country, code: 'JP', name: 'Japan' },
      { __typename: 'ArmsSale', id: ids.armsSale, items: 'medium-range missiles, related equipment and training', status: 'APPROVED' },
    ]);
  });

  test("a node's relations resolve like the object's own", async () => {
    const { event } = await someIds();
    const response = await app.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Event { children { title } participants { person { slug } } } } }`,
      { id: event },
    );
    expect(response.data).toEqual({
      node: {
        children: [{ title: 'Blinken visits Seoul' }, { title: 'Blinken visits Tokyo' }, { title: 'Blinken visits Paris' }],
        participants: [{ person: { slug: 'antony-blinken' } }],
      },
    });
  });

  test.each([
    ['a string that is no ID', 'nope'],
    ['base64 of a non-numeric database ID', base64('Event:abc')],
    ['base64 of an unknown type', base64('Unknown:1')],
    ['base64 of a zero ID', base64('Event:0')],
    ['base64 of an ID beyond the database range', base64('Event:99999999999')],
    ['an empty string', ''],
  ])('%s is a BAD_USER_INPUT naming `id`', async (_name, id) => {
    const response = await app.graphql(NODE_QUERY, { id });
    expect(response.data).toEqual({ node: null });
    expect(response.errors).toEqual([expect.objectContaining({ path: ['node'], extensions: { code: 'BAD_USER_INPUT', field: 'id' } })]);
    expect(response.errors![0].message).toContain('is not a valid ID');
  });

  test.each(['Article', 'Event', 'Person', 'Country', 'ArmsSale'])('a well-formed %s ID of a missing row gives null and NOT_FOUND', async (type) => {
    const id = base64(`${type}:987654`);
    const response = await app.graphql(NODE_QUERY, { id });
    expect(response.data).toEqual({ node: null });
    expect(response.errors).toEqual([expect.objectContaining({ path: ['node'], extensions: { code: 'NOT_FOUND' } })]);
    expect(response.errors![0].message).toContain(id);
  });
});

describe('nodes(ids)', () => {
  test('resolves in the order given, with null and a NOT_FOUND error in place of a missing one', async () => {
    const ids = await someIds();
    const missing = base64('Person:987654');
    const response = await app.graphql(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Country { code } } }`,
      { ids: [ids.country, ids.armsSale, missing, ids.article, ids.country] },
    );
    expect(response.data).toEqual({
      nodes: [
        { __typename: 'Country', id: ids.country, code: 'JP' },
        { __typename: 'ArmsSale', id: ids.armsSale },
        null,
        { __typename: 'Article', id: ids.article },
        { __typename: 'Country', id: ids.country, code: 'JP' },
      ],
    });
    expect(response.errors).toEqual([expect.objectContaining({ path: ['nodes', 2], extensions: { code: 'NOT_FOUND' } })]);
  });

  test('a malformed ID among them is a BAD_USER_INPUT in its place, naming its position', async () => {
    const { person } = await someIds();
    const response = await app.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [person, 'nope'] });
    expect(response.data).toEqual({ nodes: [{ id: person }, null] });
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['nodes', 1], extensions: { code: 'BAD_USER_INPUT', field: 'ids.1' } }),
    ]);
  });

  test('an empty list gives an empty list', async () => {
    const response = await app.graphql(`{ nodes(ids: []) { id } }`);
    expect(response).toMatchObject({ data: { nodes: [] } });
    expect(response.errors).toBeUndefined();
  });

  test('more than 100 IDs is a BAD_USER_INPUT naming `ids`', async () => {
    const { country } = await someIds();
    const response = await app.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array(101).fill(country) });
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'ids' } })]);
  });
});

describe('IDs of the wrong type', () => {
  test.each([
    ['event', 'person', `query ($id: ID!) { event(id: $id) { title } }`],
    ['person', 'event', `query ($id: ID) { person(id: $id) { name } }`],
    ['armsSale', 'country', `query ($id: ID!) { armsSale(id: $id) { items } }`],
    ['article', 'armsSale', `query ($id: ID) { article(id: $id) { title } }`],
  ] as const)('%s(id:) given a %s ID is a BAD_USER_INPUT naming `id`', async (field, wrongType, query) => {
    const ids = await someIds();
    const response = await app.graphql(query, { id: ids[wrongType] });
    expect(response.data).toEqual({ [field]: null });
    expect(response.errors).toEqual([expect.objectContaining({ path: [field], extensions: { code: 'BAD_USER_INPUT', field: 'id' } })]);
    expect(response.errors![0].message).toMatch(/is the ID of a/);
  });
});

describe('IDs are opaque and round-trip', () => {
  test('no ID is a plain number, and IDs of different types never collide', async () => {
    const ids = Object.values(await someIds());
    for (const id of ids) {
      expect(id).not.toMatch(/^\d+$/);
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every kind of object's ID brings the same object back through node(id) and its own root field", async () => {
    const ids = await someIds();
    const response = await app.graphql(
      `query ($article: ID!, $event: ID!, $person: ID!, $armsSale: ID!, $country: ID!) {
        article(id: $article) { id }
        event(id: $event) { id }
        person(id: $person) { id }
        armsSale(id: $armsSale) { id }
        countryNode: node(id: $country) { id }
        nodes(ids: [$article, $event, $person, $armsSale, $country]) { id }
      }`,
      ids,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      article: { id: ids.article },
      event: { id: ids.event },
      person: { id: ids.person },
      armsSale: { id: ids.armsSale },
      countryNode: { id: ids.country },
      nodes: [ids.article, ids.event, ids.person, ids.armsSale, ids.country].map((id) => ({ id })),
    });
  });

  test('the same object has the same ID wherever it appears', async () => {
    const response = await app.graphql(`{
      country(code: "US") { id }
      person(slug: "antony-blinken") { id country { id } events(first: 1) { edges { node { id } } } }
      events(filter: { types: [DIPLOMATIC_TRIP] }) { edges { node { id participants { person { id } } } } }
      armsSales { edges { node { supplier { id } } } }
    }`);
    const data = response.data!;
    expect(data.person.country.id).toBe(data.country.id);
    expect(data.armsSales.edges[0].node.supplier.id).toBe(data.country.id);
    expect(data.events.edges[0].node.participants[0].person.id).toBe(data.person.id);
  });
});
