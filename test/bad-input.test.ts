// The bad-input corpus: what a hostile or careless client can send, and the exact error it gets back.
// One table, one row per request: the request (a GraphQL operation with variables, or a raw HTTP
// body with headers), the caller's key, and the answer — a top-level error code with its HTTP
// status, the payload's userErrors, the exact data of a read, or, for a write that is accepted, the
// exact value read back. After every row the whole database is compared with its fingerprint from
// before (a write that is accepted is undone first, so the comparison also proves it touched
// nothing else) and the service must still answer a trivial query.
//
// To add a case: append a row to the category it belongs to. `corpus.length` is counted below.
import { createApiKey, revokeApiKey } from '../src/data/api-keys';
import { toGlobalId } from '../src/schema/relay';
import { createKeys, databaseFingerprint, Keys, mutate } from './mutations-helpers';
import { startTestApp, TestApp } from './support/harness';

// ---------------------------------------------------------------------------------------------
// The shape of a case
// ---------------------------------------------------------------------------------------------

type Role = 'anonymous' | 'reader' | 'editor' | 'admin' | 'revoked';

/** Values only known once the database is up (cursors, IDs); a case's variables may use them. */
interface Fixtures {
  nameCursor: string;
  seoulId: string;
  tripId: string;
  blinkenId: string;
}

type Vars = Record<string, unknown> | ((fixtures: Fixtures) => Record<string, unknown>);

/** A GraphQL operation, POSTed as JSON the way every client sends it. */
interface Operation {
  query: string;
  variables?: Vars;
}

/** Anything else on the wire: the body as is, with headers added to `content-type: application/json`. */
interface RawHttp {
  raw: string;
  method?: 'GET' | 'POST';
  /** Appended to the URL (for GET). */
  search?: string;
  headers?: Record<string, string>;
}

type Expected =
  /** A top-level error: `errors[0].extensions` equals `{ code, ...extensions }`, with this HTTP status. */
  | { status: number; code: string; extensions?: Record<string, unknown>; message?: RegExp }
  /** A refused write: HTTP 200, no `errors`, the payload's object null and exactly these userErrors. */
  | { userErrors: { field: string[]; code: string }[] }
  /** A read that answers normally: HTTP 200, no `errors`, exactly this `data`. */
  | { data: unknown }
  /**
   * An accepted write: no user errors, and `read` (a query built from the response's data) answers
   * exactly `expected`; the rows it created are then deleted again.
   */
  | { stored: { read: (data: any) => Operation; expected: unknown } }
  /** Anything that takes more than one request; rows created are deleted afterwards. */
  | { custom: (response: Response, context: { app: TestApp; keys: Keys; fixtures: Fixtures }) => Promise<void> };

interface Case {
  name: string;
  as: Role;
  request: Operation | RawHttp;
  expect: Expected;
}

interface Response {
  status: number;
  text: string;
  body: any;
}

// ---------------------------------------------------------------------------------------------
// Operations the cases share
// ---------------------------------------------------------------------------------------------

const ERRORS = 'userErrors { field message code }';
const M = {
  createPerson: `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id slug name aliases title } ${ERRORS} } }`,
  updatePerson: `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } ${ERRORS} } }`,
  deletePerson: `mutation ($input: DeletePersonInput!) { deletePerson(input: $input) { deletedPersonId ${ERRORS} } }`,
  createArticle: `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id } ${ERRORS} } }`,
  updateArticle: `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { id } ${ERRORS} } }`,
  deleteArticle: `mutation ($input: DeleteArticleInput!) { deleteArticle(input: $input) { deletedArticleId deletedEventIds deletedArmsSaleIds ${ERRORS} } }`,
  addArticleMention: `mutation ($input: AddArticleMentionInput!) { addArticleMention(input: $input) { article { id } ${ERRORS} } }`,
  removeArticleMention: `mutation ($input: RemoveArticleMentionInput!) { removeArticleMention(input: $input) { article { id } ${ERRORS} } }`,
  createEvent: `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id slug title summary } ${ERRORS} } }`,
  updateEvent: `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { id title } ${ERRORS} } }`,
  deleteEvent: `mutation ($input: DeleteEventInput!) { deleteEvent(input: $input) { deletedEventId ${ERRORS} } }`,
  addEventParticipant: `mutation ($input: AddEventParticipantInput!) { addEventParticipant(input: $input) { event { id } ${ERRORS} } }`,
  removeEventParticipant: `mutation ($input: RemoveEventParticipantInput!) { removeEventParticipant(input: $input) { event { id } ${ERRORS} } }`,
  addEventCountry: `mutation ($input: AddEventCountryInput!) { addEventCountry(input: $input) { event { id } ${ERRORS} } }`,
  removeEventCountry: `mutation ($input: RemoveEventCountryInput!) { removeEventCountry(input: $input) { event { id } ${ERRORS} } }`,
  createArmsSale: `mutation ($input: CreateArmsSaleInput!) { createArmsSale(input: $input) { armsSale { id items valueUsdExact } ${ERRORS} } }`,
  updateArmsSale: `mutation ($input: UpdateArmsSaleInput!) { updateArmsSale(input: $input) { armsSale { id } ${ERRORS} } }`,
  deleteArmsSale: `mutation ($input: DeleteArmsSaleInput!) { deleteArmsSale(input: $input) { deletedArmsSaleId ${ERRORS} } }`,
  updateCountry: `mutation ($input: UpdateCountryInput!) { updateCountry(input: $input) { country { code } ${ERRORS} } }`,
  ingestArticle: `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id url title body } ${ERRORS} } }`,
  createApiKey: `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } ${ERRORS} } }`,
  revokeApiKey: `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } ${ERRORS} } }`,
};
type MutationName = keyof typeof M;

const TRIP = 'blinken-final-trip-2025-01';
const SEOUL = 'blinken-final-trip-2025-01-seoul';
const SALE = 'us-japan-medium-range-missiles-2025-01-03';
const SEED_URL = 'https://www.independent.co.uk/news/world/americas/us-politics/blinken-south-korea-japan-france-trip-b2673524.html';
const MISSING_EVENT_ID = toGlobalId('Event', 999_999);

/** A valid input for every mutation, so that only the caller's key can make it fail. */
const VALID_INPUT: Record<MutationName, Record<string, unknown>> = {
  createPerson: { name: 'Nobody Special' },
  updatePerson: { person: 'joe-biden', title: 'Former President' },
  deletePerson: { person: 'joe-biden' },
  createArticle: { url: 'https://example.org/auth-probe', title: 'Auth probe' },
  updateArticle: { article: SEED_URL, title: 'Changed' },
  deleteArticle: { article: SEED_URL },
  addArticleMention: { article: SEED_URL, country: 'DE' },
  removeArticleMention: { article: SEED_URL, country: 'JP' },
  createEvent: { title: 'Auth probe', type: 'OTHER' },
  updateEvent: { event: TRIP, title: 'Changed' },
  deleteEvent: { event: TRIP },
  addEventParticipant: { event: TRIP, person: 'joe-biden', role: 'ATTENDEE' },
  removeEventParticipant: { event: TRIP, person: 'antony-blinken' },
  addEventCountry: { event: TRIP, country: 'DE', role: 'PARTICIPANT' },
  removeEventCountry: { event: TRIP, country: 'JP' },
  createArmsSale: { supplier: 'FR', recipient: 'IN', items: 'jets', status: 'PROPOSED' },
  updateArmsSale: { armsSale: SALE, items: 'changed' },
  deleteArmsSale: { armsSale: SALE },
  updateCountry: { code: 'GB', aliases: ['Blighty'] },
  ingestArticle: { url: 'https://example.org/auth-probe', title: 'Auth probe' },
  createApiKey: { name: 'sneaky', role: 'ADMIN' },
  revokeApiKey: { id: '1' },
};
const MUTATIONS = Object.keys(M) as MutationName[];
const EDITOR_MUTATIONS = MUTATIONS.filter((name) => !/^delete|ApiKey$/.test(name));
const ADMIN_ONLY = MUTATIONS.filter((name) => /^delete|ApiKey$/.test(name));

/** `mutation(input)` as a case request. */
function call(name: MutationName, input: Vars): Operation {
  return { query: M[name], variables: typeof input === 'function' ? (fixtures) => ({ input: input(fixtures) }) : { input } };
}

function refused(...errors: [string, string][]): Expected {
  return { userErrors: errors.map(([field, code]) => ({ field: field.split('.'), code })) };
}

function topLevel(status: number, code: string, extensions?: Record<string, unknown>): Expected {
  return { status, code, extensions };
}

// ---------------------------------------------------------------------------------------------
// Odd strings, sent through every string filter and every string input
// ---------------------------------------------------------------------------------------------

const LONG = 'x'.repeat(10_000);

interface OddString {
  label: string;
  value: string;
  /** PostgreSQL cannot store it (NUL) or UTF-8 cannot encode it (a lone surrogate): always refused. */
  unstorable?: boolean;
}

const ODD_STRINGS: OddString[] = [
  { label: 'SQL injection', value: `'; DROP TABLE "Event"; --` },
  { label: 'percent', value: '%' },
  { label: 'underscore', value: '_' },
  { label: 'backslash', value: '\\' },
  { label: 'double quote', value: '"' },
  { label: 'JSON operator', value: '{"$gt":""}' },
  { label: 'NUL byte', value: 'a\u0000b', unstorable: true },
  { label: 'lone surrogate', value: 'a\ud800b', unstorable: true },
  { label: 'right-to-left override', value: 'abc\u202edef' },
  // Inside the string: names and titles are trimmed, and JavaScript's trim() takes U+FEFF as white space.
  { label: 'zero-width characters', value: 'a\u200db\ufeffc\u200c' },
  { label: 'emoji', value: '👩‍👩‍👧 🇯🇵' },
  { label: '10,000 characters', value: LONG },
];

/** The fixture person whose name holds LIKE's metacharacters, to prove they are taken literally. */
const PERCENT_PERSON = { name: '100% Real_Name', slug: 'percent-person', title: 'Back\\slash "quoted"' };

/** Every string filter and string lookup, with what each odd string must answer. */
interface StringFilter {
  label: string;
  query: string;
  /** The argument's path in `extensions.field`. */
  field: string;
  /** The answer to a value that finds nothing. */
  none: Expected;
  /** Exact answers to the values that do find something, and to values the argument refuses. */
  special?: Partial<Record<string, Expected>>;
}

const peopleFound: Expected = { data: { people: { totalCount: 1, edges: [{ node: { slug: PERCENT_PERSON.slug } }] } } };
/** Text filters take at most 200 characters. */
const filterTooLong = (field: string) => ({ [LONG]: topLevel(200, 'BAD_USER_INPUT', { field }) });
const STRING_FILTERS: StringFilter[] = [
  {
    label: 'events(filter: { text })',
    query: `query ($s: String) { events(filter: { text: $s }) { totalCount edges { node { slug } } } }`,
    field: 'filter.text',
    none: { data: { events: { totalCount: 0, edges: [] } } },
    special: filterTooLong('filter.text'),
  },
  {
    label: 'people(filter: { text })',
    query: `query ($s: String) { people(filter: { text: $s }) { totalCount edges { node { slug } } } }`,
    field: 'filter.text',
    none: { data: { people: { totalCount: 0, edges: [] } } },
    // Only the fixture person has these characters: `%`, `_` and `\` are not wildcards.
    special: { '%': peopleFound, _: peopleFound, '\\': peopleFound, '"': peopleFound, ...filterTooLong('filter.text') },
  },
  {
    label: 'countries(filter: { text })',
    query: `query ($s: String) { countries(filter: { text: $s }) { totalCount edges { node { code } } } }`,
    field: 'filter.text',
    none: { data: { countries: { totalCount: 0, edges: [] } } },
    special: filterTooLong('filter.text'),
  },
  {
    label: 'articles(filter: { source })',
    query: `query ($s: String) { articles(filter: { source: $s }) { totalCount edges { node { url } } } }`,
    field: 'filter.source',
    none: { data: { articles: { totalCount: 0, edges: [] } } },
    special: filterTooLong('filter.source'),
  },
  // A key that names nothing is null with a NOT_FOUND error (README: Errors).
  { label: 'person(slug:)', query: `query ($s: String) { person(slug: $s) { slug } }`, field: 'slug', none: topLevel(200, 'NOT_FOUND') },
  { label: 'article(url:)', query: `query ($s: String) { article(url: $s) { url } }`, field: 'url', none: topLevel(200, 'NOT_FOUND') },
  // Something that is not a code at all is bad input naming the argument.
  { label: 'country(code:)', query: `query ($s: String!) { country(code: $s) { code } }`, field: 'code', none: topLevel(200, 'BAD_USER_INPUT', { field: 'code' }) },
];

function filterCase(filter: StringFilter, odd: OddString): Case {
  const expected = odd.unstorable ? topLevel(200, 'BAD_USER_INPUT', { field: filter.field }) : filter.special?.[odd.value] ?? filter.none;
  return { name: `${filter.label} with ${odd.label}`, as: 'anonymous', request: { query: filter.query, variables: { s: odd.value } }, expect: expected };
}

/** A string input of a mutation, with what each odd string must do there. */
interface StringInput {
  label: string;
  mutation: MutationName;
  /** The input with the odd string in place. */
  input: (value: string, index: number) => Record<string, unknown>;
  /** The path of the field in userErrors. */
  field: string;
  /** The code of the refusal when the field does not accept the value; 'none' when it accepts even an unstorable one. */
  refuses?: (odd: OddString) => string | null;
  /** Reads the stored value back. */
  read: (data: any, index: number) => Operation;
  /** What the read answers when the value is stored. */
  stored: (value: string, index: number) => unknown;
}

/** A URL with `value` in its query string, percent-encoded when it can be. */
function searchUrl(value: string, index: number): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    encoded = value;
  }
  return `https://example.org/search?i=${index}&q=${encoded}`;
}

const tooLongOver = (max: number) => (odd: OddString) => (odd.value.length > max ? 'TOO_LONG' : null);
const notASlug = (odd: OddString) => (odd.value.length > 100 ? 'TOO_LONG' : 'INVALID');

const STRING_INPUTS: StringInput[] = [
  {
    label: 'createPerson name',
    mutation: 'createPerson',
    input: (value, index) => ({ name: value, slug: `odd-name-${index}` }),
    field: 'input.name',
    refuses: tooLongOver(200),
    read: (_data, index) => ({ query: `{ person(slug: "odd-name-${index}") { name } }` }),
    stored: (value) => ({ person: { name: value } }),
  },
  {
    label: 'createPerson slug',
    mutation: 'createPerson',
    input: (value) => ({ name: 'Slug Prober', slug: value }),
    field: 'input.slug',
    refuses: notASlug,
    read: () => ({ query: '{ __typename }' }),
    stored: () => null,
  },
  {
    label: 'createPerson aliases',
    mutation: 'createPerson',
    input: (value, index) => ({ name: `Alias Prober ${index}`, slug: `odd-alias-${index}`, aliases: ['Prober', value] }),
    field: 'input.aliases',
    refuses: tooLongOver(200),
    read: (_data, index) => ({ query: `{ person(slug: "odd-alias-${index}") { aliases } }` }),
    stored: (value) => ({ person: { aliases: ['Prober', value] } }),
  },
  {
    label: 'createEvent title',
    mutation: 'createEvent',
    input: (value, index) => ({ title: value, type: 'OTHER', slug: `odd-title-${index}` }),
    field: 'input.title',
    refuses: tooLongOver(500),
    read: (data) => ({ query: `query ($id: ID!) { event(id: $id) { title } }`, variables: { id: data.createEvent.event.id } }),
    stored: (value) => ({ event: { title: value } }),
  },
  {
    label: 'createEvent summary',
    mutation: 'createEvent',
    input: (value, index) => ({ title: 'Summary prober', summary: value, type: 'OTHER', slug: `odd-summary-${index}` }),
    field: 'input.summary',
    refuses: tooLongOver(10_000),
    read: (data) => ({ query: `query ($id: ID!) { event(id: $id) { summary } }`, variables: { id: data.createEvent.event.id } }),
    stored: (value) => ({ event: { summary: value } }),
  },
  {
    label: 'ingestArticle title',
    mutation: 'ingestArticle',
    input: (value, index) => ({ url: `https://example.org/odd-title-${index}`, title: value }),
    field: 'input.title',
    refuses: tooLongOver(500),
    read: (_data, index) => ({ query: `{ article(url: "https://example.org/odd-title-${index}") { title } }` }),
    stored: (value) => ({ article: { title: value } }),
  },
  {
    label: 'ingestArticle body (the key when there is no URL)',
    mutation: 'ingestArticle',
    input: (value) => ({ title: 'Pasted', body: value }),
    field: 'input.body',
    read: (data) => ({ query: `query ($id: ID!) { node(id: $id) { ... on Article { body url } } }`, variables: { id: data.ingestArticle.article.id } }),
    stored: (value) => ({ node: { body: value, url: null } }),
  },
  {
    label: 'ingestArticle url',
    mutation: 'ingestArticle',
    input: (value) => ({ url: value, title: 'URL prober' }),
    field: 'input.url',
    refuses: () => 'INVALID',
    read: () => ({ query: '{ __typename }' }),
    stored: () => null,
  },
  {
    label: 'ingestArticle url (metacharacters in the query string)',
    mutation: 'ingestArticle',
    input: (value, index) => ({ url: searchUrl(value, index), title: 'URL prober' }),
    field: 'input.url',
    // Percent-encoded, a NUL is just "%00"; a lone surrogate cannot be encoded and stays raw.
    // Over 2,000 characters the URL check fails first: INVALID rather than TOO_LONG.
    refuses: (odd) => (odd.label === 'lone surrogate' || odd.value.length > 2000 ? 'INVALID' : 'none'),
    read: (data) => ({ query: `query ($id: ID!) { node(id: $id) { ... on Article { url } } }`, variables: { id: data.ingestArticle.article.id } }),
    stored: (value, index) => ({ node: { url: searchUrl(value, index) } }),
  },
  {
    label: 'createArmsSale items',
    mutation: 'createArmsSale',
    input: (value) => ({ supplier: 'FR', recipient: 'IN', items: value, status: 'PROPOSED' }),
    field: 'input.items',
    refuses: tooLongOver(2000),
    read: (data) => ({ query: `query ($id: ID!) { armsSale(id: $id) { items } }`, variables: { id: data.createArmsSale.armsSale.id } }),
    stored: (value) => ({ armsSale: { items: value } }),
  },
];

function inputCase(input: StringInput, odd: OddString, index: number): Case {
  const name = `${input.label} with ${odd.label}`;
  const request = call(input.mutation, input.input(odd.value, index));
  // What the field itself refuses comes first; otherwise a string PostgreSQL cannot store is INVALID.
  const own = input.refuses?.(odd) ?? null;
  const refusal = own === 'none' ? null : own ?? (odd.unstorable ? 'INVALID' : null);
  if (refusal) {
    // A list is refused at the element at fault when it cannot be stored, as a whole when too long.
    const field = input.field === 'input.aliases' && odd.unstorable ? 'input.aliases.1' : input.field;
    return { name, as: 'editor', request, expect: refused([field, refusal]) };
  }
  return { name, as: 'editor', request, expect: { stored: { read: (data) => input.read(data, index), expected: input.stored(odd.value, index) } } };
}

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

const deep = `{ country(code: "JP") { ${'events(first: 1) { edges { node { location { '.repeat(4)} name ${'} } } } '.repeat(4)} } }`;
const aliasFlood = `{ ${Array.from({ length: 40 }, (_, index) => `c${index}: country(code: "JP") { name }`).join(' ')} }`;
const wide = `{ ${Array.from({ length: 16 }, (_, index) => `c${index}: person(slug: "antony-blinken") { name }`).join(' ')} }`;
const costBomb = `{ countries(first: 100) { edges { node { events(first: 100) { edges { node { articles(first: 100) { totalCount } } } } } } } }`;

export const corpus: Case[] = [
  // --- Transport: the HTTP request itself is malformed --------------------------------------
  { name: 'malformed JSON body', as: 'anonymous', request: { raw: '{"query": "{ __typename }"' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'JSON with a trailing comma', as: 'anonymous', request: { raw: '{"query": "{ __typename }",}' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'empty body', as: 'anonymous', request: { raw: '' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'body is a JSON string', as: 'anonymous', request: { raw: '"{ __typename }"' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'body is a JSON number', as: 'anonymous', request: { raw: '42' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'body is JSON null', as: 'anonymous', request: { raw: 'null' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'body is an empty object (no query)', as: 'anonymous', request: { raw: '{}' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'query is a number', as: 'anonymous', request: { raw: '{"query": 42}' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'variables is a string', as: 'anonymous', request: { raw: '{"query": "{ __typename }", "variables": "x"}' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'text/plain body (a CSRF vector)', as: 'anonymous', request: { raw: '{"query": "{ __typename }"}', headers: { 'content-type': 'text/plain' } }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'form-encoded body', as: 'anonymous', request: { raw: 'query=%7B__typename%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'XML content type', as: 'anonymous', request: { raw: '<query>{ __typename }</query>', headers: { 'content-type': 'application/xml' } }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'GET without a CSRF preflight header', as: 'anonymous', request: { raw: '', method: 'GET', search: `?query=${encodeURIComponent('{ __typename }')}` }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'GET with a mutation', as: 'editor', request: { raw: '', method: 'GET', search: `?query=${encodeURIComponent('mutation { createPerson(input: { name: "Via GET" }) { person { id } } }')}`, headers: { 'apollo-require-preflight': 'true' } }, expect: topLevel(405, 'BAD_REQUEST') },
  { name: 'a body over MAX_BODY_SIZE', as: 'anonymous', request: { raw: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1024 * 1024 + 1) } }) }, expect: topLevel(413, 'BAD_REQUEST') },
  { name: 'an HTTP batch (refused by default)', as: 'anonymous', request: { raw: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'an empty HTTP batch', as: 'anonymous', request: { raw: '[]' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'a malformed Authorization header on a read', as: 'anonymous', request: { raw: '{"query": "{ __typename }"}', headers: { authorization: 'Basic dXNlcjpwYXNz' } }, expect: topLevel(401, 'UNAUTHENTICATED') },
  { name: 'an unknown key on a read', as: 'anonymous', request: { raw: '{"query": "{ __typename }"}', headers: { authorization: `Bearer ng_${'A'.repeat(43)}` } }, expect: topLevel(401, 'UNAUTHENTICATED') },

  // --- Malformed GraphQL ---------------------------------------------------------------------
  { name: 'syntax error', as: 'anonymous', request: { query: '{ country(code: "JP") { name }' }, expect: topLevel(400, 'GRAPHQL_PARSE_FAILED') },
  { name: 'unterminated string', as: 'anonymous', request: { query: '{ country(code: "JP) { name } }' }, expect: topLevel(400, 'GRAPHQL_PARSE_FAILED') },
  { name: 'empty document', as: 'anonymous', request: { query: '' }, expect: topLevel(400, 'BAD_REQUEST') },
  { name: 'only a comment', as: 'anonymous', request: { query: '# nothing here' }, expect: topLevel(400, 'GRAPHQL_PARSE_FAILED') },
  { name: 'two anonymous operations', as: 'anonymous', request: { query: '{ __typename } { __typename }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'unknown field', as: 'anonymous', request: { query: '{ country(code: "JP") { password } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'unknown root field', as: 'anonymous', request: { query: '{ users { id } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'unknown argument', as: 'anonymous', request: { query: '{ people(where: { name: "x" }) { totalCount } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'unknown filter field', as: 'anonymous', request: { query: '{ events(filter: { title_contains: "x" }) { totalCount } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'unknown input field in a mutation', as: 'editor', request: { query: M.createPerson, variables: { input: { name: 'X', admin: true } } }, expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'a selection on a scalar', as: 'anonymous', request: { query: '{ country(code: "JP") { name { length } } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'an object without a selection', as: 'anonymous', request: { query: '{ country(code: "JP") }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'operationName that is not in the document', as: 'anonymous', request: { raw: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }) }, expect: topLevel(400, 'OPERATION_RESOLUTION_FAILURE') },
  { name: 'a fragment cycle', as: 'anonymous', request: { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'a fragment spreading itself', as: 'anonymous', request: { query: '{ countries { ...C } } fragment C on CountryConnection { totalCount ...C }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },

  // --- Variables of the wrong type --------------------------------------------------------------
  { name: 'a string for Int', as: 'anonymous', request: { query: 'query ($n: Int) { people(first: $n) { totalCount } }', variables: { n: '10' } }, expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'a float for Int', as: 'anonymous', request: { query: 'query ($n: Int) { people(first: $n) { totalCount } }', variables: { n: 1.5 } }, expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'an object for String', as: 'anonymous', request: { query: 'query ($s: String) { people(filter: { text: $s }) { totalCount } }', variables: { s: { $ne: null } } }, expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'an array for String', as: 'anonymous', request: { query: 'query ($s: String!) { person(slug: $s) { name } }', variables: { s: ['antony-blinken'] } }, expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'a missing required variable', as: 'anonymous', request: { query: 'query ($code: String!) { country(code: $code) { name } }' }, expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'null for a non-null variable', as: 'anonymous', request: { query: 'query ($code: String!) { country(code: $code) { name } }', variables: { code: null } }, expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'null for a required input field', as: 'editor', request: call('createPerson', { name: null }), expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'a variable declared with an unknown type', as: 'anonymous', request: { query: 'query ($x: Strin) { __typename }', variables: { x: 'a' } }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'a variable used where its type does not fit', as: 'anonymous', request: { query: 'query ($n: String) { people(first: $n) { totalCount } }', variables: { n: '1' } }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'an unknown enum value in a filter', as: 'anonymous', request: { query: '{ events(filter: { types: [COUP] }) { totalCount } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'an unknown enum value in a filter variable', as: 'anonymous', request: { query: 'query ($t: [EventType!]) { events(filter: { types: $t }) { totalCount } }', variables: { t: ['COUP'] } }, expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'an enum value as a string literal', as: 'anonymous', request: { query: '{ events(filter: { types: ["MEETING"] }) { totalCount } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'an unknown enum value in an input', as: 'editor', request: call('createEvent', { title: 'x', type: 'PARTY' }), expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'an unknown order field', as: 'anonymous', request: { query: '{ people(orderBy: { field: PASSWORD, direction: ASC }) { totalCount } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'an unknown role', as: 'editor', request: call('addEventParticipant', { event: TRIP, person: 'joe-biden', role: 'KING' }), expect: topLevel(400, 'BAD_USER_INPUT') },

  // --- Paging: first/last, cursors ----------------------------------------------------------------
  { name: 'first: 101', as: 'anonymous', request: { query: '{ people(first: 101) { totalCount } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'first' }) },
  { name: 'first: -1', as: 'anonymous', request: { query: '{ people(first: -1) { totalCount } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'first' }) },
  { name: 'last: 101 on a nested list', as: 'anonymous', request: { query: '{ country(code: "JP") { events(last: 101) { totalCount } } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'last' }) },
  { name: 'first: 2^31 (not an Int)', as: 'anonymous', request: { query: '{ people(first: 2147483648) { totalCount } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'first: 2^31 as a variable', as: 'anonymous', request: { query: 'query ($n: Int) { people(first: $n) { totalCount } }', variables: { n: 2 ** 31 } }, expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'first: 2^31 - 1', as: 'anonymous', request: { query: '{ people(first: 2147483647) { totalCount } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'first' }) },
  { name: 'first and last together', as: 'anonymous', request: { query: '{ people(first: 5, last: 5) { totalCount } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'last' }) },
  { name: 'a garbage cursor', as: 'anonymous', request: { query: '{ people(after: "!!not a cursor!!") { totalCount } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'after' }) },
  { name: 'valid base64 of junk as a cursor', as: 'anonymous', request: { query: 'query ($c: String) { people(after: $c) { totalCount } }', variables: { c: Buffer.from('junk junk').toString('base64') } }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'after' }) },
  { name: 'base64 of JSON of the wrong shape as a cursor', as: 'anonymous', request: { query: 'query ($c: String) { people(before: $c, last: 2) { totalCount } }', variables: { c: Buffer.from('{"$gt":""}').toString('base64url') } }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'before' }) },
  { name: 'a cursor of another ordering', as: 'anonymous', request: { query: 'query ($c: String) { people(after: $c, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount } }', variables: (f) => ({ c: f.nameCursor }) }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'after' }) },
  { name: 'a cursor with an injected sort value', as: 'anonymous', request: { query: 'query ($c: String) { people(after: $c, orderBy: { field: NAME, direction: ASC }) { edges { node { slug } } } }', variables: { c: Buffer.from(JSON.stringify(['name', `zzz' OR 1=1 --`, 1])).toString('base64url') } }, expect: { data: { people: { edges: [] } } } },

  // --- Global IDs ------------------------------------------------------------------------------
  { name: 'node(id:) with garbage', as: 'anonymous', request: { query: '{ node(id: "%%%") { id } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'id' }) },
  { name: 'node(id:) with base64 of junk', as: 'anonymous', request: { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: Buffer.from('Event:abc').toString('base64url') } }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'id' }) },
  { name: 'node(id:) of an unknown type', as: 'anonymous', request: { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: Buffer.from('ApiKey:1').toString('base64url') } }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'id' }) },
  { name: 'node(id:) with an id beyond int4', as: 'anonymous', request: { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: Buffer.from('Event:99999999999').toString('base64url') } }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'id' }) },
  { name: 'event(id:) with a person ID', as: 'anonymous', request: { query: 'query ($id: ID!) { event(id: $id) { title } }', variables: (f) => ({ id: f.blinkenId }) }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'id' }) },
  { name: 'event(id:) well-formed but missing', as: 'anonymous', request: { query: 'query ($id: ID!) { event(id: $id) { title } }', variables: { id: MISSING_EVENT_ID } }, expect: topLevel(200, 'NOT_FOUND') },
  { name: 'an ID as a number', as: 'anonymous', request: { query: '{ node(id: 1) { id } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'id' }) },

  // --- Deep, wide and costly documents -----------------------------------------------------------------
  { name: 'a query deeper than MAX_QUERY_DEPTH', as: 'anonymous', request: { query: deep }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED', { limit: 'MAX_DEPTH' }) },
  { name: 'an alias flood', as: 'anonymous', request: { query: aliasFlood }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED', { limit: 'MAX_ALIASES' }) },
  { name: 'a wide query of 16 aliased lookups', as: 'anonymous', request: { query: wide }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED', { limit: 'MAX_ALIASES' }) },
  { name: 'a token flood', as: 'anonymous', request: { query: `{ ${'__typename '.repeat(3000)} }` }, expect: topLevel(400, 'GRAPHQL_PARSE_FAILED') },
  { name: 'a directive flood', as: 'anonymous', request: { query: `{ ${'__typename @skip(if: false) '.repeat(60)} }` }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED', { limit: 'MAX_DIRECTIVES' }) },
  { name: 'a cost bomb (first: 100, three levels)', as: 'anonymous', request: { query: costBomb }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED', { limit: 'MAX_QUERY_COST' }) },
  { name: 'a fragment bomb', as: 'anonymous', request: { query: `{ ...F4 } ${Array.from({ length: 5 }, (_, index) => (index === 0 ? 'fragment F0 on Query { countries { totalCount } }' : `fragment F${index} on Query { ${`...F${index - 1} `.repeat(10)}}`)).join(' ')}` }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED', { limit: 'MAX_QUERY_COST' }) },
  { name: 'nodes(ids:) with 101 IDs', as: 'anonymous', request: { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: (f) => ({ ids: Array.from({ length: 101 }, () => f.tripId) }) }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'ids' }) },

  // --- SQL and JSON metacharacters, odd Unicode: every string filter ----------------------------------
  ...STRING_FILTERS.flatMap((filter) => ODD_STRINGS.map((odd) => filterCase(filter, odd))),
  { name: 'country(code:) with an empty string', as: 'anonymous', request: { query: '{ country(code: "") { code } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'code' }) },
  { name: 'country(code:) with blanks', as: 'anonymous', request: { query: '{ country(code: "  ") { code } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'code' }) },
  { name: 'country(code: "XX")', as: 'anonymous', request: { query: '{ country(code: "XX") { code } }' }, expect: topLevel(200, 'NOT_FOUND') },
  { name: 'country(code: "ZZZ")', as: 'anonymous', request: { query: '{ country(code: "ZZZ") { code } }' }, expect: topLevel(200, 'NOT_FOUND') },
  { name: 'events(filter: { country: "XX" })', as: 'anonymous', request: { query: '{ events(filter: { country: "XX" }) { totalCount } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'filter.country' }) },
  { name: 'events(filter: { person }) with a NUL byte', as: 'anonymous', request: { query: 'query ($p: String) { events(filter: { person: $p }) { totalCount } }', variables: { p: 'antony-blinken\u0000' } }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'filter.person' }) },
  { name: 'nodes(ids:) with a NUL byte', as: 'anonymous', request: { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: (f) => ({ ids: [f.tripId, '\u0000'] }) }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'ids' }) },
  { name: 'people(filter: { text: "0%" }) takes % literally', as: 'anonymous', request: { query: '{ people(filter: { text: "0% r" }) { edges { node { slug } } } }' }, expect: { data: { people: { edges: [{ node: { slug: PERCENT_PERSON.slug } }] } } } },
  { name: 'people(filter: { text: "l_Na" }) takes _ literally', as: 'anonymous', request: { query: '{ people(filter: { text: "l_Na" }) { edges { node { slug } } } }' }, expect: { data: { people: { edges: [{ node: { slug: PERCENT_PERSON.slug } }] } } } },
  { name: 'people(filter: { text: "Rea%me" }) finds no one (no wildcard)', as: 'anonymous', request: { query: '{ people(filter: { text: "Rea%me" }) { totalCount } }' }, expect: { data: { people: { totalCount: 0 } } } },

  // --- SQL and JSON metacharacters, odd Unicode: every string input -----------------------------------
  ...STRING_INPUTS.flatMap((input) => ODD_STRINGS.map((odd, index) => inputCase(input, odd, index))),

  { name: 'updatePerson title with a NUL byte', as: 'editor', request: call('updatePerson', { person: 'joe-biden', title: 'Former\u0000President' }), expect: refused(['input.title', 'INVALID']) },
  { name: 'updateCountry aliases with a lone surrogate', as: 'editor', request: call('updateCountry', { code: 'GB', aliases: ['Britain', '\udfff'] }), expect: refused(['input.aliases.1', 'INVALID']) },
  { name: 'ingestArticle person name with a NUL byte, deep in the graph', as: 'editor', request: call('ingestArticle', { url: 'https://example.org/nul', title: 'x', events: [{ title: 'x', type: 'OTHER', participants: [{ person: 'Nul\u0000Person', role: 'HOST' }] }] }), expect: refused(['input.events.0.participants.0.person', 'INVALID']) },
  { name: 'createApiKey name with a NUL byte', as: 'admin', request: call('createApiKey', { name: 'bad\u0000key', role: 'READER' }), expect: refused(['input.name', 'INVALID']) },
  { name: 'revokeApiKey id with a NUL byte', as: 'admin', request: call('revokeApiKey', { id: '1\u0000' }), expect: refused(['input.id', 'INVALID']) },
  { name: 'revokeApiKey of a missing key', as: 'admin', request: call('revokeApiKey', { id: '999999' }), expect: refused(['input.id', 'NOT_FOUND']) },

  // --- Dates ----------------------------------------------------------------------------------------
  { name: 'a Date of February 30', as: 'anonymous', request: { query: '{ events(filter: { date: { from: "2025-02-30" } }) { totalCount } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'a Date of month 13 (variable)', as: 'anonymous', request: { query: 'query ($d: Date) { events(filter: { date: { from: $d } }) { totalCount } }', variables: { d: '2025-13-01' } }, expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'a Date that is not a date', as: 'editor', request: call('createEvent', { title: 'x', type: 'OTHER', startDate: 'not-a-date' }), expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'the Date 0000-00-00', as: 'editor', request: call('createEvent', { title: 'x', type: 'OTHER', startDate: '0000-00-00' }), expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'a Date with a time', as: 'editor', request: call('createArmsSale', { supplier: 'FR', recipient: 'IN', items: 'x', status: 'PROPOSED', announcedDate: '2025-01-01T00:00:00Z' }), expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'a DateTime without a time zone', as: 'editor', request: call('createArticle', { url: 'https://example.org/tz', title: 'x', publishedAt: '2025-01-03T10:00:00' }), expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'a DateTime of February 30', as: 'editor', request: call('ingestArticle', { url: 'https://example.org/tz', title: 'x', publishedAt: '2025-02-30T10:00:00Z' }), expect: topLevel(400, 'BAD_USER_INPUT') },
  { name: 'a date range from after to', as: 'anonymous', request: { query: '{ events(filter: { date: { from: "2025-02-01", to: "2025-01-01" } }) { totalCount } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'filter.date' }) },
  { name: 'an article date range from after to', as: 'anonymous', request: { query: '{ articles(filter: { published: { from: "2025-02-01", to: "2025-01-01" } }) { totalCount } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'filter.published' }) },
  { name: 'an event ending before it starts', as: 'editor', request: call('createEvent', { title: 'x', type: 'OTHER', startDate: '2025-02-02', endDate: '2025-02-01' }), expect: refused(['input.endDate', 'OUT_OF_RANGE']) },
  { name: 'a MONTH precision date that is not the first', as: 'editor', request: call('createEvent', { title: 'x', type: 'OTHER', startDate: '2025-02-02', datePrecision: 'MONTH' }), expect: refused(['input.startDate', 'INVALID']) },

  // --- Money and quantities ----------------------------------------------------------------------
  ...([
    ['-1', refused(['input.valueUsd', 'OUT_OF_RANGE'])],
    [-1, refused(['input.valueUsd', 'OUT_OF_RANGE'])],
    [1e30, topLevel(400, 'BAD_USER_INPUT')],
    ['12.345', topLevel(400, 'BAD_USER_INPUT')],
    ['NaN', topLevel(400, 'BAD_USER_INPUT')],
    ['Infinity', topLevel(400, 'BAD_USER_INPUT')],
    ['1234567890123456789', topLevel(400, 'BAD_USER_INPUT')],
    ['1e3', topLevel(400, 'BAD_USER_INPUT')],
    ['', topLevel(400, 'BAD_USER_INPUT')],
    [true, topLevel(400, 'BAD_USER_INPUT')],
  ] as [unknown, Expected][]).map(([valueUsd, expected]): Case => ({
    name: `createArmsSale valueUsd ${JSON.stringify(valueUsd)}`,
    as: 'editor',
    request: call('createArmsSale', { supplier: 'FR', recipient: 'IN', items: 'jets', status: 'PROPOSED', valueUsd }),
    expect: expected,
  })),
  { name: 'a Decimal literal with 3 decimals', as: 'editor', request: { query: 'mutation { createArmsSale(input: { supplier: "FR", recipient: "IN", items: "x", status: PROPOSED, valueUsd: 1.005 }) { armsSale { id } userErrors { code } } }' }, expect: topLevel(400, 'GRAPHQL_VALIDATION_FAILED') },
  { name: 'createArmsSale quantity -1', as: 'editor', request: call('createArmsSale', { supplier: 'FR', recipient: 'IN', items: 'jets', status: 'PROPOSED', quantity: -1 }), expect: refused(['input.quantity', 'OUT_OF_RANGE']) },
  { name: 'ingestArticle arms sale quantity -1', as: 'editor', request: call('ingestArticle', { url: 'https://example.org/q', title: 'x', armsSales: [{ supplier: 'FR', recipient: 'IN', items: 'jets', status: 'PROPOSED', quantity: -1 }] }), expect: refused(['input.armsSales.0.quantity', 'OUT_OF_RANGE']) },
  { name: 'a money filter with min above max', as: 'anonymous', request: { query: '{ armsSales(filter: { valueUsd: { min: 10, max: 1 } }) { totalCount } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'filter.valueUsd' }) },
  { name: 'a negative money filter (matches every sale)', as: 'anonymous', request: { query: '{ armsSales(filter: { valueUsd: { min: -1 } }) { totalCount } }' }, expect: { data: { armsSales: { totalCount: 1 } } } },
  { name: 'an absurd money filter', as: 'anonymous', request: { query: '{ armsSales(filter: { valueUsd: { min: 1e300 } }) { totalCount } }' }, expect: topLevel(200, 'BAD_USER_INPUT', { field: 'filter.valueUsd.min' }) },

  // --- Unknown countries, missing references -------------------------------------------------------
  ...(['XX', 'ZZZ', '', '  '] as const).map((code): Case => ({
    name: `createPerson country ${JSON.stringify(code)}`,
    as: 'editor',
    request: call('createPerson', { name: 'Stateless Person', country: code }),
    expect: refused(['input.country', 'NOT_FOUND']),
  })),
  { name: 'createArmsSale from an unknown supplier', as: 'editor', request: call('createArmsSale', { supplier: 'XX', recipient: 'IN', items: 'x', status: 'PROPOSED' }), expect: refused(['input.supplier', 'NOT_FOUND']) },
  { name: 'ingestArticle mentioning an unknown country', as: 'editor', request: call('ingestArticle', { url: 'https://example.org/x', title: 'x', countries: [{ country: 'ZZZ' }] }), expect: refused(['input.countries.0.country', 'NOT_FOUND']) },
  { name: 'updateCountry of an unknown code', as: 'editor', request: call('updateCountry', { code: 'XX', aliases: [] }), expect: refused(['input.code', 'NOT_FOUND']) },
  { name: 'updateEvent of a missing event ID', as: 'editor', request: call('updateEvent', { event: MISSING_EVENT_ID, title: 'Ghost' }), expect: refused(['input.event', 'NOT_FOUND']) },
  { name: 'addEventParticipant to a missing event ID', as: 'editor', request: call('addEventParticipant', { event: MISSING_EVENT_ID, person: 'joe-biden', role: 'ATTENDEE' }), expect: refused(['input.event', 'NOT_FOUND']) },
  { name: 'addEventParticipant of a missing person slug', as: 'editor', request: call('addEventParticipant', { event: TRIP, person: 'no-such-person', role: 'ATTENDEE' }), expect: refused(['input.person', 'NOT_FOUND']) },
  { name: 'addArticleMention to a missing article URL', as: 'editor', request: call('addArticleMention', { article: 'https://example.org/missing', country: 'JP' }), expect: refused(['input.article', 'NOT_FOUND']) },
  { name: 'createEvent under a missing parent', as: 'editor', request: call('createEvent', { title: 'Orphan', type: 'OTHER', parent: 'no-such-trip' }), expect: refused(['input.parent', 'NOT_FOUND']) },
  { name: 'createArmsSale announced by an event ID of a person', as: 'editor', request: call('createArmsSale', (f) => ({ supplier: 'FR', recipient: 'IN', items: 'x', status: 'PROPOSED', event: f.blinkenId })), expect: refused(['input.event', 'NOT_FOUND']) },
  { name: 'updatePerson of a missing slug', as: 'editor', request: call('updatePerson', { person: 'no-such-person', title: 'x' }), expect: refused(['input.person', 'NOT_FOUND']) },
  { name: 'person(slug:) of a missing slug', as: 'anonymous', request: { query: '{ person(slug: "no-such-person") { name } }' }, expect: topLevel(200, 'NOT_FOUND') },
  { name: 'article(url:) of a missing URL', as: 'anonymous', request: { query: '{ article(url: "https://example.org/missing") { title } }' }, expect: topLevel(200, 'NOT_FOUND') },

  // --- Duplicates -------------------------------------------------------------------------------
  { name: 'createPerson with a taken slug', as: 'editor', request: call('createPerson', { name: 'Another Blinken', slug: 'antony-blinken' }), expect: refused(['input.slug', 'TAKEN']) },
  { name: 'createPerson whose name makes a taken slug', as: 'editor', request: call('createPerson', { name: 'Joe Biden' }), expect: refused(['input.slug', 'TAKEN']) },
  { name: 'createArticle with a taken URL', as: 'editor', request: call('createArticle', { url: SEED_URL, title: 'Copy' }), expect: refused(['input.url', 'TAKEN']) },
  { name: 'createEvent with a taken slug', as: 'editor', request: call('createEvent', { title: 'Copy', type: 'OTHER', slug: TRIP }), expect: refused(['input.slug', 'TAKEN']) },
  {
    name: 'ingesting the same URL again with conflicting content updates the article, never duplicates it',
    as: 'editor',
    request: call('ingestArticle', { url: 'https://example.org/dup', title: 'First headline', body: 'First body.', people: [{ name: 'Dup Person' }] }),
    expect: {
      custom: async (first, { app, keys }) => {
        expect(first.body.data.ingestArticle).toMatchObject({ created: true, userErrors: [] });
        const articlesBefore = await app.db.article.count();
        const peopleBefore = await app.db.person.count();
        const second = await app.graphql(M.ingestArticle, {
          input: { url: 'https://example.org/dup', title: 'Second headline', body: 'Second, different body.', people: [{ name: 'Dup Person' }] },
        }, { apiKey: keys.editor });
        expect(second.data!.ingestArticle).toEqual({
          created: false,
          userErrors: [],
          article: { id: first.body.data.ingestArticle.article.id, url: 'https://example.org/dup', title: 'Second headline', body: 'Second, different body.' },
        });
        expect(await app.db.article.count()).toBe(articlesBefore);
        expect(await app.db.person.count()).toBe(peopleBefore);
      },
    },
  },

  // --- A transaction failing half-way -------------------------------------------------------------
  {
    name: 'ingestArticle whose last arms sale is invalid after valid people and events',
    as: 'editor',
    request: call('ingestArticle', {
      url: 'https://example.org/half-way', title: 'Half way',
      people: [{ name: 'Half Way Person', country: 'FR' }],
      countries: [{ country: 'FR' }],
      events: [{ title: 'Half-way meeting', type: 'MEETING', startDate: '2025-03-01', participants: [{ person: 'Half Way Person', role: 'HOST' }] }],
      armsSales: [
        { supplier: 'FR', recipient: 'IN', items: 'jets', status: 'PROPOSED' },
        { supplier: 'FR', recipient: 'IN', items: 'ships', status: 'PROPOSED', valueUsd: '-1' },
      ],
    }),
    expect: refused(['input.armsSales.1.valueUsd', 'OUT_OF_RANGE']),
  },
  {
    name: 'ingestArticle whose last sale names an unknown recipient after valid people and events',
    as: 'editor',
    request: call('ingestArticle', {
      url: 'https://example.org/half-way-2', title: 'Half way again',
      people: [{ name: 'Half Way Person Two' }],
      events: [{ title: 'Half-way summit', type: 'SUMMIT', startDate: '2025-03-02', children: [{ title: 'Day one', type: 'MEETING', startDate: '2025-03-02' }] }],
      armsSales: [{ supplier: 'FR', recipient: 'Atlantis', items: 'jets', status: 'PROPOSED' }],
    }),
    expect: refused(['input.armsSales.0.recipient', 'NOT_FOUND']),
  },
  { name: 'updateEvent with a valid title and a parent cycle', as: 'editor', request: call('updateEvent', { event: TRIP, title: 'Renamed trip', parent: SEOUL }), expect: refused(['input.parent', 'CONFLICT']) },
  { name: 'updateEvent with a parent cycle given by global ID', as: 'editor', request: call('updateEvent', (f) => ({ event: f.tripId, title: 'Renamed trip', parent: f.seoulId })), expect: refused(['input.parent', 'CONFLICT']) },
  { name: 'updateEvent made its own parent', as: 'editor', request: call('updateEvent', { event: SEOUL, title: 'Renamed stop', parent: SEOUL }), expect: refused(['input.parent', 'CONFLICT']) },
  { name: 'updatePerson with a valid title and a null name', as: 'editor', request: call('updatePerson', { person: 'joe-biden', title: 'Changed', name: null }), expect: refused(['input.name', 'REQUIRED']) },

  // --- Who may write --------------------------------------------------------------------------
  ...MUTATIONS.map((name): Case => ({ name: `${name} anonymously`, as: 'anonymous', request: call(name, VALID_INPUT[name]), expect: topLevel(401, 'UNAUTHENTICATED') })),
  ...MUTATIONS.map((name): Case => ({ name: `${name} as a reader`, as: 'reader', request: call(name, VALID_INPUT[name]), expect: topLevel(403, 'FORBIDDEN') })),
  ...ADMIN_ONLY.map((name): Case => ({ name: `${name} as an editor`, as: 'editor', request: call(name, VALID_INPUT[name]), expect: topLevel(403, 'FORBIDDEN') })),
  ...(['createPerson', 'ingestArticle', 'deleteArticle'] as MutationName[]).map((name): Case => ({ name: `${name} with a revoked key`, as: 'revoked', request: call(name, VALID_INPUT[name]), expect: topLevel(401, 'UNAUTHENTICATED') })),
  { name: 'a read with a revoked key', as: 'revoked', request: { query: '{ __typename }' }, expect: topLevel(401, 'UNAUTHENTICATED') },
  { name: 'apiKeys as an editor', as: 'editor', request: { query: '{ apiKeys { id } }' }, expect: topLevel(403, 'FORBIDDEN') },
];

// ---------------------------------------------------------------------------------------------
// The runner
// ---------------------------------------------------------------------------------------------

let app: TestApp;
let keys: Keys;
let revoked: string;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestApp();
  keys = await createKeys(app);
  const revokedKey = await createApiKey(app.db, { name: 'revoked', role: 'ADMIN' });
  await revokeApiKey(app.db, revokedKey.apiKey.id);
  revoked = revokedKey.key;
  await mutate(app, keys.editor, M.createPerson, { input: PERCENT_PERSON });
  const names = await app.graphql(`{ people(first: 1, orderBy: { field: NAME, direction: ASC }) { pageInfo { endCursor } } }`);
  const ids = await app.graphql(`{ person(slug: "antony-blinken") { id events(filter: { types: [DIPLOMATIC_TRIP] }) { edges { node { id children { id } } } } } }`);
  const trip = ids.data!.person.events.edges[0].node;
  fixtures = { nameCursor: names.data!.people.pageInfo.endCursor, blinkenId: ids.data!.person.id, tripId: trip.id, seoulId: trip.children[0].id };
});
afterAll(() => app.close());

function keyOf(role: Role): string | undefined {
  if (role === 'anonymous') return undefined;
  if (role === 'revoked') return revoked;
  return keys[role];
}

async function send(request: Operation | RawHttp, role: Role): Promise<Response> {
  const key = keyOf(role);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json',
    ...(key ? { authorization: `Bearer ${key}` } : {}),
  };
  let init: RequestInit;
  let url = app.server.url;
  if ('raw' in request) {
    url += request.search ?? '';
    if (request.method === 'GET') delete headers['content-type'];
    Object.assign(headers, request.headers);
    init = { method: request.method ?? 'POST', headers, body: request.method === 'GET' ? undefined : request.raw };
  } else {
    const variables = typeof request.variables === 'function' ? request.variables(fixtures) : request.variables;
    init = { method: 'POST', headers, body: JSON.stringify({ query: request.query, variables }) };
  }
  const response = await fetch(url, init);
  const text = await response.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    // checked below: every answer is JSON
  }
  return { status: response.status, text, body };
}

/** Deletes what an accepted write created (every row newer than `marks`), so the fingerprint can compare. */
async function newestIds() {
  const [row] = await app.db.$queryRaw<Record<string, bigint | number | null>[]>`SELECT
    (SELECT max(id) FROM "Person") AS person, (SELECT max(id) FROM "Event") AS event, (SELECT max(id) FROM "Article") AS article,
    (SELECT max(id) FROM "ArmsSale") AS "armsSale", (SELECT max(id) FROM "AuditEntry") AS audit`;
  return row;
}

async function undoWritesAfter(marks: Record<string, bigint | number | null>) {
  const after = (name: string) => Number(marks[name] ?? 0);
  await app.db.$transaction([
    app.db.armsSale.deleteMany({ where: { id: { gt: after('armsSale') } } }),
    app.db.event.deleteMany({ where: { id: { gt: after('event') } } }),
    app.db.article.deleteMany({ where: { id: { gt: after('article') } } }),
    app.db.person.deleteMany({ where: { id: { gt: after('person') } } }),
    app.db.auditEntry.deleteMany({ where: { id: { gt: BigInt(marks.audit ?? 0) } } }),
  ]);
}

describe('the bad-input corpus', () => {
  test('holds at least 60 cases, each with a distinct name', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((entry) => entry.name)).size).toBe(corpus.length);
  });

  test.each(corpus.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const before = await databaseFingerprint(app);
    const marks = await newestIds();
    const response = await send(entry.request, entry.as);

    // Whatever happened, the answer is JSON and carries no stack trace or internal detail.
    expect(response.body).not.toBeNull();
    expect(response.text).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace|\bat [\w.<>]+ \(?[^()\s]+\.[jt]s:\d+:\d+|prisma|invalid byte sequence/i);

    const expected = entry.expect;
    if ('code' in expected) {
      expect({ status: response.status, extensions: response.body.errors?.[0]?.extensions }).toEqual({
        status: expected.status,
        extensions: { code: expected.code, ...expected.extensions },
      });
      if (expected.message) expect(response.body.errors[0].message).toMatch(expected.message);
    } else if ('userErrors' in expected) {
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      const payload = Object.values(response.body.data)[0] as Record<string, any>;
      expect(payload.userErrors.map(({ field, code }: { field: string[]; code: string }) => ({ field, code }))).toEqual(expected.userErrors);
      for (const [name, value] of Object.entries(payload)) {
        if (name === 'userErrors') continue;
        if (Array.isArray(value)) expect(value).toEqual([]);
        else expect(value).toBeNull();
      }
    } else if ('data' in expected) {
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: expected.data });
    } else if ('stored' in expected) {
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      const payload = Object.values(response.body.data)[0] as Record<string, any>;
      expect(payload.userErrors).toEqual([]);
      const read = expected.stored.read(response.body.data);
      const readBack = await app.graphql(read.query, read.variables as Record<string, unknown>);
      expect(readBack.errors).toBeUndefined();
      expect(readBack.data).toEqual(expected.stored.expected);
    } else {
      await expected.custom(response, { app, keys, fixtures });
    }

    // Accepted writes are undone; then the database must be exactly as before.
    if ('stored' in expected || 'custom' in expected) await undoWritesAfter(marks);
    expect(await databaseFingerprint(app)).toEqual(before);

    // And the service still answers.
    const alive = await app.graphql('{ country(code: "JP") { name } }');
    expect(alive).toMatchObject({ status: 200, data: { country: { name: 'Japan' } } });
  });
});
