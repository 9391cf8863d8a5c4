// Coverage of the statement compiler (src/data/compile.ts, registry src/data/entities.ts): every
// field of every object type the API reaches is asked for, alone, under `node(id:)`, and either
// compiles into that root field's one statement — answering exactly what the DataLoader path
// answers — or is listed here with the reason it does not. An article with its relations and
// mentions (the article root field), search, extracted facts and co-participants are one statement at
// page sizes 5 and 50; every root field of Query is listed with the statements an ordinary selection costs.
import fs from 'node:fs';
import path from 'node:path';
import {
  execute, getNamedType, GraphQLField, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, isInterfaceType, isLeafType,
  isNonNullType, isObjectType, isUnionType, parse,
} from 'graphql';
import { generateCoverage } from '../src/generate/coverage';
import { createContext } from '../src/schema/context';
import { getSchema } from '../src/schema/build';
import { toGlobalId } from '../src/schema/relay';
import { createApiKey } from '../src/data/api-keys';
import { startTestApp, TestApp } from './support/harness';

let app: TestApp;
let schema: GraphQLSchema;

/** The seed article's text (../shared), ingested as text: its extracted facts (their tests are skipped without it). */
const SEED_TEXT_FILE = path.resolve(__dirname, '..', '..', 'shared', 'seed-article.txt');
const seedText = fs.existsSync(SEED_TEXT_FILE) ? fs.readFileSync(SEED_TEXT_FILE, 'utf8') : null;
if (seedText === null) console.warn(`${SEED_TEXT_FILE} is missing: the tests of the seed article's extracted facts are skipped`);
const SEED_URL = 'https://example.org/compiled-coverage/seed-article';

/**
 * Fields that do not compile into their root field's statement, and why: each is answered by its
 * own DataLoader (one more statement for all the rows of a request that ask for it), counted by the
 * fallback metric.
 */
const NOT_COMPILED: Record<string, string> = {
  'ExtractedFact.subject':
    'an interface (Node): a Person, Country, Event or ArmsSale, which a statement does not read; loaded by the one owner key the fact has',
};

/** A selection under a field of type `type` that reads as little as possible of what lies below it. */
function minimalSelection(type: GraphQLNamedType): string {
  if (isLeafType(type)) return '';
  if (isInterfaceType(type) || isUnionType(type)) return '{ __typename }';
  const object = type as GraphQLObjectType;
  if (object.name.endsWith('Connection')) return '{ totalCount pageInfo { hasNextPage } edges { cursor node { __typename } } }';
  if (object.getInterfaces().some((face) => face.name === 'Node')) return '{ id }';
  // A row without an ID of its own (a link, a summary): its leaves.
  const leaves = Object.values(object.getFields()).filter((field) => isLeafType(getNamedType(field.type)));
  return `{ ${leaves.map((field) => field.name).join(' ') || '__typename'} }`;
}

/** Required arguments without defaults keep a field out of this walk (none today: asserted below). */
function askable(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);
}

/** Runs `query` with compiled reads and without, and what fell back to the DataLoader path. */
async function bothWays(query: string, variables: Record<string, unknown>) {
  const document = parse(query);
  const fellBack: string[] = [];
  const run = (compileReads: boolean) => execute({
    schema, document, variableValues: variables,
    contextValue: createContext(app.db, null, undefined, { compileReads, onCompileFallback: (field) => fellBack.push(field) }),
  });
  const [compiled, loaded] = await Promise.all([run(true), run(false)]);
  return { compiled: JSON.parse(JSON.stringify(compiled)), loaded: JSON.parse(JSON.stringify(loaded)), fellBack };
}

/** An object of each type of the registry's Node types that has relations worth reading: the one with the most mentions. */
async function busiest(): Promise<Record<string, number>> {
  const [article] = await app.db.$queryRaw<{ id: number }[]>`
    SELECT a.id FROM "Article" a ORDER BY (SELECT count(*) FROM "ExtractedFact" f WHERE f."articleId" = a.id) DESC,
      (SELECT count(*) FROM "ArticlePerson" m WHERE m."articleId" = a.id)
      + (SELECT count(*) FROM "ArticleArmsSale" m WHERE m."articleId" = a.id) DESC, a.id LIMIT 1`;
  const [event] = await app.db.$queryRaw<{ id: number }[]>`
    SELECT e.id FROM "Event" e ORDER BY (SELECT count(*) FROM "EventParticipant" p WHERE p."eventId" = e.id) DESC, e.id LIMIT 1`;
  const [person] = await app.db.$queryRaw<{ id: number }[]>`
    SELECT p."personId" AS id FROM "EventParticipant" p GROUP BY p."personId" ORDER BY count(*) DESC, p."personId" LIMIT 1`;
  const [country] = await app.db.$queryRaw<{ id: number }[]>`
    SELECT c."countryId" AS id FROM "CountryEvent" c GROUP BY c."countryId" ORDER BY count(*) DESC, c."countryId" LIMIT 1`;
  const [sale] = await app.db.$queryRaw<{ id: number }[]>`SELECT s.id FROM "ArmsSale" s WHERE s."eventId" IS NOT NULL ORDER BY s.id LIMIT 1`;
  return { Article: article.id, Event: event.id, Person: person.id, Country: country.id, ArmsSale: sale.id };
}

beforeAll(async () => {
  app = await startTestApp();
  schema = await getSchema();
  const editor = (await createApiKey(app.db, { name: 'compiled-coverage', role: 'EDITOR' })).key;
  const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { userErrors { message } } }`;
  for (const input of generateCoverage({ articles: 40, seed: 23 })) {
    const response = await app.graphql(ingest, { input }, { apiKey: editor });
    expect(response.errors).toBeUndefined();
  }
  const text = `mutation($input: IngestArticleTextInput!) { ingestArticleText(input: $input) { userErrors { message } } }`;
  if (seedText === null) return;
  const ingested = await app.graphql(text, { input: { text: seedText, url: SEED_URL, source: 'The Independent' } }, { apiKey: editor });
  expect(ingested.data!.ingestArticleText.userErrors).toEqual([]);
}, 120_000);
afterAll(() => app?.close());

test('every field of every object type under a Node compiles, or is listed with the reason it does not', async () => {
  const ids = await busiest();
  const notCompiled = new Set<string>();
  const asked = new Set<string>();
  /** Asks for each field of `type` alone, at `path` (a selection with one hole) under the node. */
  const walk = async (type: GraphQLObjectType, node: string, path: (inner: string) => string) => {
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      if (asked.has(name)) continue;
      asked.add(name);
      expect(askable(field)).toBe(true);
      const named = getNamedType(field.type);
      const query = `query($id: ID!) { node(id: $id) { ... on ${node} { ${path(`${field.name} ${minimalSelection(named)}`)} } } }`;
      const { compiled, loaded, fellBack } = await bothWays(query, { id: toGlobalId(node as Parameters<typeof toGlobalId>[0], ids[node]) });
      expect(compiled.errors).toBeUndefined();
      expect({ name, answer: compiled }).toEqual({ name, answer: loaded });
      if (fellBack.length) {
        notCompiled.add(name);
        continue;
      }
      // Compiled, and every resolver under it found what the statement brought (none loaded anything more).
      const counted = await app.graphql(query, { id: toGlobalId(node as Parameters<typeof toGlobalId>[0], ids[node]) });
      expect({ name, statements: counted.sqlStatements }).toEqual({ name, statements: 1 });
      // Rows without an ID of their own (links, summaries, a connection's edges and nodes) are walked into.
      if (!isObjectType(named) || named.getInterfaces().length) continue;
      if (named.name.endsWith('Connection')) {
        const nodeType = getNamedType(named.getFields().edges.type) as GraphQLObjectType;
        const rowType = getNamedType(nodeType.getFields().node.type);
        if (isObjectType(rowType) && !rowType.getInterfaces().length) {
          await walk(rowType, node, (inner) => path(`${field.name} { edges { node { ${inner} } } }`));
        }
      } else {
        await walk(named, node, (inner) => path(`${field.name} { ${inner} }`));
      }
    }
  };
  for (const node of Object.keys(ids)) await walk(schema.getType(node) as GraphQLObjectType, node, (inner) => inner);
  expect([...notCompiled].sort()).toEqual(Object.keys(NOT_COMPILED).sort());
});

describe('the article root field', () => {
  /** The article detail a reader's page asks for, with its page size a variable. */
  const ARTICLE = `query Article($id: ID!, $size: Int!) { article(id: $id) { title source publishedAt body
    events(first: $size) { totalCount edges { cursor node { title startDate location { name } } } }
    people(first: $size) { totalCount edges { cursor node { name country { code } } } }
    countries(first: $size) { totalCount edges { node { code name } } }
    armsSales(first: $size) { totalCount edges { node { valueUsd supplier { code } recipient { code } } } }
    personMentions(first: $size) { mentionCount firstOffset person { name } }
    countryMentions { mentionCount country { code } }
    eventMentions { mentionCount event { title } }
    armsSaleMentions { mentionCount armsSale { items } } } }`;

  let articleId: number;

  beforeAll(async () => {
    // An article mentioning every event, person, country and sale: pages of 50 are full.
    const article = await app.db.article.create({ data: { title: 'Everything at once', url: 'https://example.org/everything', body: 'All of it.' } });
    articleId = article.id;
    const [events, people, countries, sales] = await Promise.all([
      app.db.event.findMany({ select: { id: true } }), app.db.person.findMany({ select: { id: true } }),
      app.db.country.findMany({ select: { id: true } }), app.db.armsSale.findMany({ select: { id: true } }),
    ]);
    await app.db.articleEvent.createMany({ data: events.map(({ id }, index) => ({ articleId, eventId: id, mentionCount: 1 + (index % 3) })) });
    await app.db.articlePerson.createMany({ data: people.map(({ id }, index) => ({ articleId, personId: id, firstOffset: index % 4 ? index : null })) });
    await app.db.articleCountry.createMany({ data: countries.map(({ id }) => ({ articleId, countryId: id })) });
    await app.db.articleArmsSale.createMany({ data: sales.map(({ id }) => ({ articleId, armsSaleId: id })) });
  });

  test.each([5, 50])('costs exactly one SQL statement at page size %i', async (size) => {
    const response = await app.graphql(ARTICLE, { id: toGlobalId('Article', articleId), size });
    expect(response.errors).toBeUndefined();
    const article = response.data!.article;
    for (const connection of ['events', 'people', 'countries', 'armsSales']) {
      expect(article[connection].totalCount).toBeGreaterThan(0);
      expect(article[connection].edges).toHaveLength(Math.min(size, article[connection].totalCount));
    }
    expect(article.personMentions).toHaveLength(size);
    expect(article.body).toBe('All of it.');
    expect(response.sqlStatements).toBe(1);
  });

  test('by URL, and an article that does not exist, in one statement each', async () => {
    const byUrl = await app.graphql(`{ article(url: "https://example.org/everything") { title people(first: 2) { totalCount } } }`);
    expect(byUrl.data!.article.title).toBe('Everything at once');
    expect(byUrl.sqlStatements).toBe(1);
    const missing = await app.graphql(ARTICLE, { id: toGlobalId('Article', 999999999), size: 5 });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.sqlStatements).toBe(1);
  });

  test('answers exactly what the DataLoader path answers: filters, orders, cursors both ways, counts, mentions', async () => {
    const query = `query($id: ID, $url: String, $size: Int!, $after: String, $before: String, $peopleAfter: String) { article(id: $id, url: $url) {
      id title body
      events(first: $size, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { title startDate } } }
      undatedFirst: events(last: $size, before: $before) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { title } } }
      meetings: events(first: $size, filter: { types: [MEETING] }, orderBy: { field: TITLE, direction: DESC }) { totalCount edges { cursor node { title } } }
      people(first: $size, after: $peopleAfter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name slug } } }
      byName: people(last: 3, orderBy: { field: NAME, direction: DESC }) { totalCount edges { cursor node { name } } }
      countries(first: $size) { totalCount edges { cursor node { code name } } }
      europe: countries(first: $size, filter: { region: "Europe" }, orderBy: { field: CODE, direction: DESC }) { totalCount edges { cursor node { code } } }
      armsSales(first: $size) { totalCount edges { cursor node { valueUsd announcedDate status } } }
      byValue: armsSales(first: $size, orderBy: { field: VALUE_USD, direction: DESC }) { totalCount edges { cursor node { valueUsdExact supplier { code } } } }
      personMentions { mentionCount firstOffset person { name country { code } } }
      top: personMentions(first: 2) { mentionCount person { slug } }
      countryMentions { mentionCount firstOffset country { code } }
      eventMentions { mentionCount event { title participants { role person { name } } } }
      armsSaleMentions { mentionCount armsSale { items valueUsd } } } }`;
    // The article mentioning everything, and the others with the most mentions.
    const articles = await app.db.$queryRaw<{ id: number; url: string | null }[]>`
      SELECT a.id, a.url FROM "Article" a ORDER BY (SELECT count(*) FROM "ArticleEvent" m WHERE m."articleId" = a.id) DESC, a.id LIMIT 12`;
    for (const { id, url } of articles) {
      for (const size of [2, 50]) {
        const variables = { id: toGlobalId('Article', id), size };
        const first = await bothWays(query, variables);
        expect(first.compiled.errors).toBeUndefined();
        expect(first.compiled).toEqual(first.loaded);
        expect(first.fellBack).toEqual([]);
        const article = first.compiled.data.article;
        const { endCursor: after, startCursor: before } = article.events.pageInfo;
        const peopleAfter = article.people.pageInfo.endCursor;
        if (after || peopleAfter) {
          const next = await bothWays(query, { ...variables, after, before, peopleAfter });
          expect(next.compiled).toEqual(next.loaded);
        }
      }
      if (url) {
        const byUrl = await bothWays(query, { url, size: 5 });
        expect(byUrl.compiled).toEqual(byUrl.loaded);
      }
    }
    const missing = await bothWays(query, { url: 'https://example.org/nothing-here', size: 5 });
    expect(missing.compiled).toEqual(missing.loaded);
  });
});

describe('search', () => {
  /** The benchmark's search operation (bench/operations.ts), with its page size a variable. */
  const SEARCH = `query Search($q: String!, $size: Int!) { search(query: $q, first: $size) { totalCount totalCountIsExact edges { node { score snippet result {
    __typename ... on Event { title } ... on Article { title } ... on Person { name } ... on Country { name } } } } } }`;

  test.each([5, 50])('the hits and the objects found cost exactly one SQL statement at page size %i', async (size) => {
    const response = await app.graphql(SEARCH, { q: 'minister', size });
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.edges.length).toBe(Math.min(size, response.data!.search.totalCount));
    expect(new Set(response.data!.search.edges.map((edge: any) => edge.node.result.__typename)).size).toBeGreaterThan(1);
    expect(response.sqlStatements).toBe(1);
  });

  test('answers exactly what the DataLoader path answers, with relations under the objects found and cursors', async () => {
    const query = `query($q: String!, $size: Int!, $after: String, $types: [SearchType!]) {
      search(query: $q, first: $size, after: $after, types: $types) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { type score snippet result { __typename
          ... on Event { id title location { code } participants { role person { name } } articles(first: 2) { totalCount edges { cursor node { title } } } }
          ... on Article { id title body people(first: 2) { totalCount edges { node { name } } } personMentions { mentionCount person { name } } }
          ... on Person { id name country { code } events(first: 2) { totalCount edges { node { title } } } }
          ... on Country { id code eventCountsByType { type count } } } } }
        hits: edges { node { found: result { ... on Person { slug } ... on Country { name } } } } } }`;
    const words = ['minister', 'meeting', 'visit', 'minister', 'fr', 'japna', 'the of and'];
    for (const q of words) {
      for (const variables of [{ size: 5 }, { size: 50 }, { size: 3, types: ['PERSON', 'COUNTRY'] }, { size: 0 }]) {
        const first = await bothWays(query, { q, ...variables });
        expect(first.compiled.errors).toBeUndefined();
        expect(first.compiled).toEqual(first.loaded);
        expect(first.fellBack).toEqual([]);
        const after = first.compiled.data.search.pageInfo.endCursor;
        if (after) {
          const next = await bothWays(query, { q, ...variables, after });
          expect(next.compiled).toEqual(next.loaded);
        }
      }
    }
  });

  test('what the compiler does not answer under the objects found is loaded the DataLoader way, and counted', async () => {
    const query = `query($q: String!) { search(query: $q, first: 5) { edges { node { result {
      ... on Person { name extractedFacts(first: 2) { edges { node { fact subject { id } } } } } } } } } }`;
    const { compiled, loaded, fellBack } = await bothWays(query, { q: 'minister' });
    expect(compiled).toEqual(loaded);
    expect(fellBack).toContain('ExtractedFact.subject');
  });

  test('a bad argument under the objects found is reported as the DataLoader path reports it', async () => {
    const query = `query($q: String!) { search(query: $q, first: 5) { edges { node { result { ... on Person { name topCoParticipants(first: 500) { sharedEvents } } } } } } }`;
    const { compiled, loaded, fellBack } = await bothWays(query, { q: 'minister' });
    expect(compiled).toEqual(loaded);
    expect(compiled.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fellBack).toEqual(['Query.search']);
  });
});

(seedText === null ? describe.skip : describe)('extracted facts', () => {
  const FACTS = (size: number, subject: boolean) => `{ article(url: "${SEED_URL}") { title
    extractedFacts(first: ${size}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
      fact value sentence spanStart spanEnd confidence extractorVersion article { title } ${subject ? 'subject { id __typename }' : ''} } } } } }`;

  test.each([5, 50])("an article's facts cost one SQL statement at page size %i", async (size) => {
    const response = await app.graphql(FACTS(size, false));
    expect(response.errors).toBeUndefined();
    expect(response.data!.article.extractedFacts.edges).toHaveLength(size);
    expect(response.sqlStatements).toBe(1);
  });

  test('what each fact is about is loaded by its DataLoaders: as many more statements for a page of 50 as for a page of 5', async () => {
    const [small, large] = [await app.graphql(FACTS(5, true)), await app.graphql(FACTS(50, true))];
    expect(large.errors).toBeUndefined();
    expect(small.sqlStatements).toBeGreaterThan(1);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });

  test('answer exactly what the DataLoader path answers, for the article and for what they are about, page after page', async () => {
    const owners = await app.db.$queryRaw<{ type: string; id: number }[]>`
      SELECT DISTINCT ON (type) type, id FROM (
        SELECT 'Person' AS type, f."personId" AS id FROM "ExtractedFact" f WHERE f."personId" IS NOT NULL
        UNION ALL SELECT 'Country', f."countryId" FROM "ExtractedFact" f WHERE f."countryId" IS NOT NULL
        UNION ALL SELECT 'Event', f."eventId" FROM "ExtractedFact" f WHERE f."eventId" IS NOT NULL
        UNION ALL SELECT 'ArmsSale', f."armsSaleId" FROM "ExtractedFact" f WHERE f."armsSaleId" IS NOT NULL
        UNION ALL SELECT 'Article', f."articleId" FROM "ExtractedFact" f) owners ORDER BY type, id`;
    expect(owners.map((owner) => owner.type).sort()).toEqual(['ArmsSale', 'Article', 'Country', 'Event', 'Person']);
    const query = `query($id: ID!, $after: String, $fact: String) { node(id: $id) { ... on Article { ...Facts } ... on Person { ...Facts }
      ... on Country { ...Facts } ... on Event { ...Facts } ... on ArmsSale { ...Facts } } }
      fragment Facts on Node { ... on Article { title } ... on Person { name } ... on Country { code } ... on Event { title } ... on ArmsSale { items }
        first: extractedFacts(first: 7, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { fact value spanStart confidence article { url } } } }
        newest: extractedFacts(last: 3, orderBy: { field: CREATED_AT, direction: DESC }) { edges { cursor node { fact sentence } } }
        some: extractedFacts(first: 4, filter: { fact: $fact }) { totalCount edges { node { value spanEnd } } } }`;
    for (const { type, id } of owners) {
      for (const fact of ['mention', 'title', 'value']) {
        const variables = { id: toGlobalId(type as Parameters<typeof toGlobalId>[0], id), fact };
        const first = await bothWays(query, variables);
        expect(first.compiled.errors).toBeUndefined();
        expect(first.compiled).toEqual(first.loaded);
        expect(first.fellBack).toEqual([]);
        const after = first.compiled.data.node.first.pageInfo.endCursor;
        if (after) expect((await bothWays(query, { ...variables, after })).compiled).toEqual((await bothWays(query, { ...variables, after })).loaded);
      }
    }
    const subjects = await bothWays(FACTS(50, true), {});
    expect(subjects.compiled).toEqual(subjects.loaded);
    expect(new Set(subjects.fellBack)).toEqual(new Set(['ExtractedFact.subject']));
  });
});

describe("a person's co-participants", () => {
  const QUERY = `query($slug: String!, $size: Int!) { person(slug: $slug) { name
    topCoParticipants(first: $size) { sharedEvents person { name slug country { code } events(first: 2) { totalCount edges { node { title } } } } }
    top: topCoParticipants { sharedEvents person { id } } } }`;
  let people: string[];

  beforeAll(async () => {
    people = (await app.db.$queryRaw<{ slug: string }[]>`
      SELECT p.slug FROM "Person" p JOIN "EventParticipant" mine ON mine."personId" = p.id
        JOIN "EventParticipant" other ON other."eventId" = mine."eventId" AND other."personId" <> p.id
      GROUP BY p.id ORDER BY count(DISTINCT other."personId") DESC, p.id LIMIT 6`)
      .map((row) => row.slug);
  });

  test.each([5, 50])('cost exactly one SQL statement at page size %i', async (size) => {
    const response = await app.graphql(QUERY, { slug: people[0], size });
    expect(response.errors).toBeUndefined();
    expect(response.data!.person.topCoParticipants.length).toBeGreaterThan(1);
    expect(response.sqlStatements).toBe(1);
  });

  test('answer exactly what the DataLoader path answers, ties by name included; a bad count is reported as it reports it', async () => {
    for (const slug of people) {
      for (const size of [0, 1, 5, 100]) {
        const { compiled, loaded, fellBack } = await bothWays(QUERY, { slug, size });
        expect(compiled.errors).toBeUndefined();
        expect(compiled).toEqual(loaded);
        expect(fellBack).toEqual([]);
      }
    }
    const { compiled, loaded } = await bothWays(QUERY, { slug: people[0], size: 101 });
    expect(compiled).toEqual(loaded);
    expect(compiled.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('root fields', () => {
  /**
   * Every root field of Query with an ordinary nested selection, and the statements it costs: one
   * each, but for those the compiler does not build, with the reason.
   */
  const ROOT_FIELDS: Record<string, { query: string; statements: number; why?: string }> = {
    event: { query: `event(id: $event) { title location { name } participants { person { name topCoParticipants { person { name } } } } articles(first: 5) { totalCount edges { node { title people(first: 3) { edges { node { name } } } } } } }`, statements: 1 },
    events: { query: `events(first: 5) { totalCount edges { node { title armsSales(first: 2) { edges { node { valueUsd } } } } } }`, statements: 1 },
    person: { query: `person(slug: $person) { name country { name } events(first: 5) { totalCount edges { node { title } } } articles(first: 5) { edges { node { title countryMentions { country { code } } } } } }`, statements: 1 },
    people: { query: `people(first: 5) { edges { node { name topCoParticipants(first: 2) { sharedEvents } } } }`, statements: 1 },
    country: { query: `country(code: "FR") { name events(first: 5) { totalCount edges { node { title } } } people(first: 5) { edges { node { name } } } }`, statements: 1 },
    countries: { query: `countries(first: 5) { edges { node { code armsSales(first: 2) { totalCount } } } }`, statements: 1 },
    armsSale: { query: `armsSale(id: $sale) { items supplier { name } event { title } articles(first: 5) { edges { node { title } } } }`, statements: 1 },
    armsSales: { query: `armsSales(first: 5) { totalCount edges { node { valueUsd supplier { code } recipient { code } } } }`, statements: 1 },
    article: { query: `article(id: $article) { title body events(first: 5) { edges { node { title } } } people(first: 5) { edges { node { name } } } extractedFacts(first: 5) { edges { node { fact } } } }`, statements: 1 },
    articles: { query: `articles(first: 5) { edges { node { title countries(first: 3) { edges { node { code } } } } } }`, statements: 1 },
    node: { query: `node(id: $article) { ... on Article { title armsSaleMentions { armsSale { items } } } }`, statements: 1 },
    nodes: { query: `nodes(ids: [$article, $event]) { ... on Article { title } ... on Event { title countries { country { code } } } }`, statements: 1 },
    search: { query: `search(query: "minister", first: 10) { totalCount edges { node { snippet result { ... on Person { name country { code } } ... on Article { title } ... on Event { title } } } } }`, statements: 1 },
    armsSaleStats: {
      query: `armsSaleStats(groupBy: [SUPPLIER, YEAR]) { supplier { code name } year count totalValueUsd }`, statements: 1,
      why: 'an aggregate (GROUP BY) the compiler does not build: one statement written for it; the countries it names come from the in-memory directory, and relations selected under them from their DataLoaders',
    },
    eventStats: {
      query: `eventStats(groupBy: [COUNTRY]) { country { code } count }`, statements: 1,
      why: 'as armsSaleStats',
    },
    viewer: { query: 'viewer { name }', statements: 0, why: 'the API key of the request, read when it is authenticated; null for anonymous requests' },
    apiKeys: {
      query: 'apiKeys { name }', statements: 3,
      why: 'API keys, for admins only: not in the registry, read by Prisma; the count includes authenticating the admin key the request sends',
    },
  };

  test('every root field is listed, and an ordinary nested selection of it costs the statements listed', async () => {
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(Object.keys(ROOT_FIELDS).sort());
    const ids = await busiest();
    const [person] = await app.db.person.findMany({ where: { id: ids.Person }, select: { slug: true } });
    const admin = (await createApiKey(app.db, { name: 'compiled-coverage admin', role: 'ADMIN' })).key;
    const values: Record<string, [string, string]> = {
      event: ['ID!', toGlobalId('Event', ids.Event)], person: ['String!', person.slug], article: ['ID!', toGlobalId('Article', ids.Article)],
      sale: ['ID!', toGlobalId('ArmsSale', ids.ArmsSale)],
    };
    for (const [field, { query, statements }] of Object.entries(ROOT_FIELDS)) {
      const used = Object.keys(values).filter((name) => query.includes(`$${name}`));
      const declared = used.length ? `(${used.map((name) => `$${name}: ${values[name][0]}`).join(', ')})` : '';
      const response = await app.graphql(`query${declared} { ${query} }`, Object.fromEntries(used.map((name) => [name, values[name][1]])),
        field === 'apiKeys' ? { apiKey: admin } : undefined);
      expect({ field, errors: response.errors }).toEqual({ field, errors: undefined });
      expect({ field, statements: response.sqlStatements }).toEqual({ field, statements });
    }
  });
});
