// The JSON body reader of POST /graphql answers every request as Express's JSON parser does: the
// same value, or the same error status and message, for plain bodies and every other kind.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { jsonBodyReader, type RequestWithBody } from '../src/http/json-body';
import { jsonDepthLimit } from '../src/schema/limits';

const limits = { maxBodySize: '1kb', maxJsonDepth: 4 };

type Reader = (request: RequestWithBody, response: http.ServerResponse, next: (error?: unknown) => void) => void;

/** A server answering with what the reader made of the body: its value, or its error's status, message and exposure. */
function serve(read: Reader): Promise<http.Server> {
  const server = http.createServer((request: RequestWithBody, response) => {
    read(request, response, (error?: any) => {
      const outcome = error
        ? { error: { status: error.status, message: error.message, expose: error.expose } }
        : { body: request.body === undefined ? '(no body)' : request.body };
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(outcome));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Sent {
  headers?: Record<string, string>;
  /** Written in this many parts (the body's bytes split evenly). */
  parts?: number;
  /** Sent without Content-Length (chunked). */
  chunked?: boolean;
}

function send(server: http.Server, body: Buffer, sent: Sent = {}): Promise<string> {
  const { port } = server.address() as AddressInfo;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...sent.headers };
  if (!sent.chunked) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/graphql', headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve(`${response.statusCode} ${text}`));
    });
    request.on('error', reject);
    const parts = sent.parts ?? 1;
    const size = Math.ceil(body.length / parts);
    for (let start = 0; start < body.length; start += size) request.write(body.subarray(start, start + size));
    request.end();
  });
}

const text = (value: string) => Buffer.from(value, 'utf8');
const deep = (levels: number) => text(`${'['.repeat(levels)}${']'.repeat(levels)}`);

const cases: [string, Buffer, Sent?][] = [
  ['a plain GraphQL request', text(JSON.stringify({ query: 'query E($id: ID!) { event(id: $id) { title } }', variables: { id: 'RXZlbnQ6MQ' } }))],
  ['a batch (an array)', text(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]))],
  ['text beyond ASCII', text(JSON.stringify({ query: '{ __typename }', variables: { name: 'Yoon Suk Yeol 윤석열 — “Paris” 🇫🇷' } }))],
  ['a plain body in several parts', text(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(600) } })), { parts: 4 }],
  ['charset=utf-8 given', text('{"query":"{ __typename }"}'), { headers: { 'content-type': 'application/json; charset=utf-8' } }],
  ['charset=UTF-8 in capitals', text('{"query":"{ __typename }"}'), { headers: { 'content-type': 'application/json; charset=UTF-8' } }],
  ['an unsupported charset', text('{"query":"{ __typename }"}'), { headers: { 'content-type': 'application/json; charset=latin1' } }],
  ['the media type in capitals', text('{"query":"{ __typename }"}'), { headers: { 'content-type': 'Application/JSON' } }],
  ['a JSON media type with a suffix', text('{"query":"{ __typename }"}'), { headers: { 'content-type': 'application/graphql-response+json' } }],
  ['text/plain', text('{"query":"{ __typename }"}'), { headers: { 'content-type': 'text/plain' } }],
  ['whitespace before the object', text(' \n\t{"query":"{ __typename }"}')],
  ['a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text('{"query":"{ __typename }"}')])],
  ['a JSON string', text('"{ __typename }"')],
  ['a JSON number', text('42')],
  ['JSON null', text('null')],
  ['not JSON at all', text('query=%7B__typename%7D')],
  ['an unterminated object', text('{"query": "{ __typename }"')],
  ['a trailing comma', text('{"query": "{ __typename }",}')],
  ['trailing garbage', text('{"query": "{ __typename }"} x')],
  ['nesting at the depth limit', deep(4)],
  ['nesting beyond the depth limit', deep(5)],
  ['nesting beyond the depth limit and malformed', text(`${'['.repeat(6)}`)],
  ['bytes that are not UTF-8', Buffer.concat([text('{"query":"'), Buffer.from([0xff, 0xfe, 0xc3]), text('"}')])],
  ['a lone surrogate escaped', text('{"query":"\\ud800"}')],
  ['an empty body', Buffer.alloc(0)],
  ['a body at the size limit', text(JSON.stringify({ query: 'x'.repeat(1024 - 13) }))],
  ['a body over the size limit', text(JSON.stringify({ query: 'x'.repeat(1024) }))],
  ['a chunked body', text('{"query":"{ __typename }"}'), { chunked: true }],
  ['a chunked body over the size limit', text(JSON.stringify({ query: 'x'.repeat(2048) })), { chunked: true }],
  ['a gzip body', gzipSync(text('{"query":"{ __typename }"}')), { headers: { 'content-encoding': 'gzip' } }],
  ['an unknown content encoding', text('{"query":"{ __typename }"}'), { headers: { 'content-encoding': 'snappy' } }],
];

let bodyParser: http.Server;
let reader: http.Server;
beforeAll(async () => {
  bodyParser = await serve(express.json({ limit: limits.maxBodySize, verify: jsonDepthLimit(limits) }) as unknown as Reader);
  reader = await serve(jsonBodyReader(limits));
});
afterAll(async () => {
  await new Promise((resolve) => bodyParser.close(resolve));
  await new Promise((resolve) => reader.close(resolve));
});

// Every row has its three values: Jest takes a test function with more parameters than the row for one awaiting `done`.
test.each(cases.map(([name, body, sent]) => [name, body, sent ?? {}] as const))('%s: the same value or error as Express JSON parser', async (_name, body, sent) => {
  const expected = await send(bodyParser, body, sent);
  expect(await send(reader, body, sent)).toBe(expected);
});

test('the cases cover plain bodies and every kind of refusal', async () => {
  const outcomes = await Promise.all(cases.map(([, body, sent]) => send(reader, body, sent)));
  expect(outcomes.filter((outcome) => outcome.startsWith('200 {"body":{') || outcome.startsWith('200 {"body":[')).length).toBeGreaterThanOrEqual(8);
  expect(new Set(outcomes.map((outcome) => /"status":(\d+)/.exec(outcome)?.[1]).filter(Boolean))).toEqual(new Set(['400', '413', '415']));
});
