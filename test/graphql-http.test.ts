// GraphQL over HTTP: the `graphql-http` audit suite against the running service (every MUST and
// SHOULD passes), and what a plain HTTP client sees on the service's routes.
import http from 'node:http';
import { auditServer } from 'graphql-http';
import { startTestApp, TestApp } from './support/harness';

interface GraphQLBody {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

async function post(body: string, accept?: string, contentType = 'application/json') {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (accept) headers.accept = accept;
  const response = await fetch(app.server.url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
}

/** A GET sent with exactly the given headers. */
function plainGet(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

let app: TestApp;
let origin: string;
beforeAll(async () => {
  app = await startTestApp();
  origin = new URL(app.server.url).origin;
});
afterAll(() => app.close());

test('the graphql-http audit passes every MUST and SHOULD', async () => {
  const results = await auditServer({ url: app.server.url });
  const failures = results
    .filter((result) => result.status === 'error' || result.status === 'warn')
    // The name starts with the requirement level; 'error' fails a MUST, 'warn' a SHOULD.
    .map((result) => `${result.status} [${result.id}] ${result.name}: ${'reason' in result ? result.reason : ''}`);
  expect(failures).toEqual([]);
  expect(results.length).toBeGreaterThan(0);
  expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(0);
});

describe('what an HTTP client sees', () => {
  test('GET /healthz answers 200 ok', async () => {
    const response = await fetch(`${origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('GET /readyz answers 200 ready on a migrated database', async () => {
    const response = await fetch(`${origin}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  test('a GET query works with a CSRF-preventing header (queries are safe, so GET is served)', async () => {
    const url = `${app.server.url}?query=${encodeURIComponent('{countries(first:1){totalCount}}')}`;
    const response = await fetch(url, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
    const body = (await response.json()) as GraphQLBody;
    expect(body.errors).toBeUndefined();
    expect(body.data?.countries.totalCount).toBeGreaterThan(0);
  });

  test('a GET answer carries an ETag, and asking again with If-None-Match answers 304 without a body', async () => {
    const url = `${app.server.url}?query=${encodeURIComponent('{countries(first:2){totalCount}}')}`;
    const headers = { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' };
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"/);
    await first.text();
    // Through node:http: fetch adds `cache-control: no-cache` to a conditional request, which rightly forbids a 304.
    const again = await plainGet(url, { ...headers, 'if-none-match': tag! });
    expect(again).toEqual({ status: 304, body: '' });
    const changed = await plainGet(url, { ...headers, 'if-none-match': 'W/"other"' });
    expect(changed.status).toBe(200);
    // POSTs are never revalidated: no ETag to compute.
    const posted = await fetch(app.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{countries(first:2){totalCount}}' }) });
    expect(posted.headers.get('etag')).toBeNull();
  });

  test('a "simple" GET (one a page on another site could make) is refused by CSRF prevention', async () => {
    // `Accept` is CORS-safelisted, so even `accept: application/json` does not make it non-simple.
    const url = `${app.server.url}?query=${encodeURIComponent('{countries(first:1){totalCount}}')}`;
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLBody;
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  test('a mutation over GET is not executed', async () => {
    const url = `${app.server.url}?query=${encodeURIComponent('mutation { __typename }')}`;
    const response = await fetch(url, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(((await response.json()) as GraphQLBody).data).toBeUndefined();
  });

  test('a POST is answered alike on /graphql (node:http) and on the spellings only Express routes there', async () => {
    const ask = async (path: string, body: string) => {
      const response = await fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://anywhere.example' }, body });
      return { status: response.status, type: response.headers.get('content-type'), cors: response.headers.get('access-control-allow-origin'), text: await response.text() };
    };
    for (const body of ['{"query":"{ countries(first: 1) { totalCount } }"}', '{"query":"{ nope }"}', '{"query":']) {
      const direct = await ask('/graphql', body);
      expect(await ask('/graphql?via=query-string', body)).toEqual(direct);
      expect(await ask('/graphql/', body)).toEqual(direct);
    }
  });

  test('a malformed JSON body answers 400 with a JSON error, not an HTML stack trace', async () => {
    const response = await fetch(app.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: '{"query": "{ countries { totalCount } }"',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const text = await response.text();
    expect(text).not.toMatch(/<html|<pre>|at .*\(.*:\d+:\d+\)/i);
    const body = JSON.parse(text);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors[0].extensions?.stacktrace).toBeUndefined();
  });

  test('an unknown field is a GRAPHQL_VALIDATION_FAILED error', async () => {
    const response = await app.graphql('{ countries(first: 1) { noSuchField } }');
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('an application/json client gets 200 with the errors for a request that fails validation', async () => {
    const response = await post(JSON.stringify({ query: '{ countries(first: 1) { noSuchField } }' }), 'application/json');
    expect(response.status).toBe(200);
    expect(response.contentType).toContain('application/json');
    const body = JSON.parse(response.text) as GraphQLBody;
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test.each([
    ['a document that does not parse', JSON.stringify({ query: '{ countries(first: ' }), 'GRAPHQL_PARSE_FAILED'],
    ['a document that does not validate', JSON.stringify({ query: '{ nope }' }), 'GRAPHQL_VALIDATION_FAILED'],
    [
      'variables that do not coerce',
      JSON.stringify({ query: 'query ($n: Int!) { countries(first: $n) { totalCount } }', variables: { n: 'x' } }),
      'BAD_USER_INPUT',
    ],
    ['an operation name not in the document', JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }), 'OPERATION_RESOLUTION_FAILURE'],
  ])('%s: 400 as application/graphql-response+json, 200 as application/json', async (_name, body, code) => {
    const strict = await post(body, 'application/graphql-response+json');
    expect([strict.status, strict.contentType]).toEqual([400, 'application/graphql-response+json; charset=utf-8']);
    expect((JSON.parse(strict.text) as GraphQLBody).errors?.[0].extensions?.code).toBe(code);
    for (const accept of ['application/json', undefined, '*/*', 'application/graphql-response+json;q=0.5, application/json']) {
      const legacy = await post(body, accept);
      expect([accept, legacy.status, legacy.contentType]).toEqual([accept, 200, 'application/json; charset=utf-8']);
      expect((JSON.parse(legacy.text) as GraphQLBody).errors?.[0].extensions?.code).toBe(code);
    }
  });

  test.each([
    ['no query', JSON.stringify({ qeury: '{ __typename }' })],
    ['an empty query', JSON.stringify({ query: '' })],
    ['a number query', JSON.stringify({ query: 0 })],
    ['a boolean query', JSON.stringify({ query: false })],
    ['an object query', JSON.stringify({ query: { kind: 'Document' } })],
    ['string variables', JSON.stringify({ query: '{ __typename }', variables: '{}' })],
    ['a number operationName', JSON.stringify({ query: '{ __typename }', operationName: 1 })],
  ])('a request that is not well-formed (%s) is 400 whatever the client accepts', async (_name, body) => {
    for (const accept of ['application/graphql-response+json', 'application/json', undefined]) {
      const response = await post(body, accept);
      expect([accept, response.status]).toEqual([accept, 400]);
      expect((JSON.parse(response.text) as GraphQLBody).errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    }
  });

  test('in production mode no error carries a stack trace', async () => {
    const requests: { body: string; contentType: string }[] = [
      { body: JSON.stringify({ query: '{ countries(first: 1) { noSuchField } }' }), contentType: 'application/json' },
      { body: JSON.stringify({ query: '{ countries(first: ' }), contentType: 'application/json' },
      { body: JSON.stringify({ query: 'query ($n: Int!) { countries(first: $n) { totalCount } }', variables: { n: 'x' } }), contentType: 'application/json' },
      { body: JSON.stringify({ query: '{ country(code: "zz") { name } }' }), contentType: 'application/json' },
      { body: JSON.stringify({ query: 42 }), contentType: 'application/json' },
      { body: '{"query":', contentType: 'application/json' },
    ];
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      for (const request of requests) {
        const response = await fetch(app.server.url, {
          method: 'POST',
          headers: { 'content-type': request.contentType, accept },
          body: request.body,
        });
        const text = await response.text();
        expect(text).not.toMatch(/stacktrace|\n\s+at /);
        const body = JSON.parse(text);
        for (const error of body.errors ?? []) expect(error.extensions?.stacktrace).toBeUndefined();
      }
    }
  });
});
