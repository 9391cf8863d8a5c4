// The JSON body of a POST /graphql: the plain body nearly every client sends read directly, and any
// other (another media type or charset, compressed, chunked, too large, not a JSON object or array,
// malformed, too deep, not UTF-8) answered by Express's JSON parser (body-parser) exactly as before.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import bytes from 'bytes';
import express from 'express';
import { jsonDepthLimit, type Limits } from '../schema/limits';

/** A request once its body is read: what body-parser leaves in `body`. */
export type RequestWithBody = IncomingMessage & { body?: unknown };

/** Content types a plain body comes with (clients write them in lower case: fetch, Apollo Client, graphql-request, curl's -H). */
const PLAIN_CONTENT_TYPES = new Set(['application/json', 'application/json; charset=utf-8']);

const LEFT_BRACE = 0x7b;
const LEFT_BRACKET = 0x5b;

/**
 * `(request, response, next)`, as Express's JSON parser: `request.body` set, or `next(error)` with the
 * error body-parser gives (its status and message are what clients see, http/graphql-handler.ts).
 *
 * body-parser reads every body through its general machinery — the media type and charset parsed
 * with type-is and content-type, raw-body's five listeners, the bytes decoded by iconv-lite — about
 * a tenth of a small read's Node CPU on top of what reading and parsing cost (bench/results/
 * 2026-12-04-json-body-session19.md). A plain body is read here instead: `application/json` (UTF-8,
 * the default), no `Content-Encoding`, a `Content-Length` within the limit (Node's parser then ends
 * the body exactly there). Its bytes give the same value body-parser gives when they are UTF-8
 * without a byte-order mark, start with `{` or `[` (body-parser's strict mode; whitespace first
 * would be accepted there too), nest within the depth limit and parse. Whatever else arrives — those
 * bytes refused, or any other request — goes to body-parser itself: a request that is not plain
 * before any byte is read, a body already read replayed to it as a stream of the same bytes with
 * the same headers, so its answer (value, or error status and message) is body-parser's own.
 */
export function jsonBodyReader(limits: Pick<Limits, 'maxBodySize' | 'maxJsonDepth'>) {
  const checkDepth = jsonDepthLimit(limits);
  const readJson = express.json({ limit: limits.maxBodySize, verify: checkDepth });
  const maxBytes = bytes.parse(limits.maxBodySize) ?? Infinity;

  /** The body's value when body-parser would give the same one; undefined when it must decide. */
  function plainValue(body: Buffer): unknown {
    if ((body[0] !== LEFT_BRACE && body[0] !== LEFT_BRACKET) || !isUtf8(body)) return undefined;
    try {
      checkDepth(undefined, undefined, body);
      return JSON.parse(body.toString('utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /** body-parser's answer for a body already read: the same bytes and headers as a stream of their own. */
  function replay(request: RequestWithBody, response: ServerResponse, body: Buffer, next: (error?: unknown) => void): void {
    const copy = Object.assign(Readable.from([body], { objectMode: false }), { headers: request.headers, method: request.method, url: request.url });
    readJson(copy as unknown as express.Request, response as express.Response, (error?: unknown) => {
      request.body = (copy as RequestWithBody).body;
      next(error);
    });
  }

  return (request: RequestWithBody, response: ServerResponse, next: (error?: unknown) => void): void => {
    const { headers } = request;
    const declared = headers['content-length'];
    const length = declared !== undefined && /^\d{1,15}$/.test(declared) ? Number(declared) : NaN;
    const plain = request.method === 'POST' && PLAIN_CONTENT_TYPES.has(headers['content-type'] ?? '')
      && headers['content-encoding'] === undefined && headers['transfer-encoding'] === undefined
      && length > 0 && length <= maxBytes;
    if (!plain) {
      readJson(request as express.Request, response as express.Response, next);
      return;
    }
    const chunks: Buffer[] = [];
    let settled = false;
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('error', (error: Error) => {
      if (settled) return;
      settled = true;
      // The client went away mid-body (body-parser's status for it); nobody reads the answer.
      next(Object.assign(error, { status: 400, expose: true }));
    });
    request.on('end', () => {
      if (settled) return;
      settled = true;
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const value = plainValue(body);
      if (value === undefined) {
        replay(request, response, body, next);
        return;
      }
      request.body = value;
      next();
    });
  };
}
