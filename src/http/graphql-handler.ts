// The /graphql endpoint as one plain Node handler: CORS, the JSON body (size, depth, charset),
// the request deadline, the batch size, the response cache, then Apollo Server's
// `executeHTTPGraphQLRequest` (Apollo's documented way to write an integration). server.ts calls it
// straight from node:http for POST /graphql, nearly every request, and mounts it on Express for the
// rest of /graphql (GETs, preflights), so both go through the same steps, each written once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLResponse } from '@apollo/server';
import cors from 'cors';
import etag from 'etag';
import express from 'express';
import fresh from 'fresh';
import type { Logger } from '../logger';
import { batchTooLarge, corsOptions, jsonDepthLimit, Limits, sendJsonError, startResponseDeadline } from '../schema/limits';
import { negotiateGraphQLMediaType, JSON_MEDIA_TYPE } from './media-types';
import type { ResponseCache } from './response-cache';

/** A request once its body is read: what body-parser left in `body`. */
type ReadRequest = IncomingMessage & { body?: unknown };

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  limits: Limits;
  logger: Logger;
  /** The request's context (authentication), built once Apollo has accepted the request. */
  context: (request: IncomingMessage) => Promise<TContext>;
  responseCache?: ResponseCache;
}

/** `(request, response)` for any request on /graphql; never rejects (failures are answered). */
export function graphqlHandler<TContext extends BaseContext>(options: GraphQLHandlerOptions<TContext>) {
  const { apollo, limits, logger, responseCache } = options;
  apollo.assertStarted('graphqlHandler()');
  const allowOrigin = cors(corsOptions(limits));
  // Express's own JSON parser (body-parser), called without Express: its size limit, charset and
  // encoding rules and error statuses are the ones clients have always seen.
  const readJson = express.json({ limit: limits.maxBodySize, verify: jsonDepthLimit(limits) });

  async function answer(request: ReadRequest, response: ServerResponse): Promise<void> {
    startResponseDeadline(limits, response);
    const body = request.body;
    if (batchTooLarge(limits, body)) {
      sendJsonError(response, 400, 'BAD_REQUEST', `A batch may hold at most ${limits.batchMax} operations, got ${(body as unknown[]).length}.`);
      return;
    }
    const cached = responseCache?.lookup(request.method, request.headers, body, limits.maxTokens);
    if (cached?.hit) {
      send(request, response, 200, cached.hit.contentType, cached.hit.body);
      return;
    }
    const headers = new HeaderMap();
    for (const key in request.headers) {
      const value = request.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = request.url ?? '';
    const query = url.indexOf('?');
    const graphqlResponse = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method!.toUpperCase(), headers, search: query < 0 ? '' : url.slice(query).split('#')[0], body },
      context: () => options.context(request),
    });
    await write(request, response, graphqlResponse, cached?.store);
  }

  function fail(request: IncomingMessage, response: ServerResponse, error: unknown): void {
    sendRequestError(request, response, error, logger);
  }

  return (request: IncomingMessage, response: ServerResponse): void => {
    allowOrigin(request, response, (corsError?: unknown) => {
      if (corsError) return fail(request, response, corsError);
      readJson(request as express.Request, response as express.Response, (bodyError?: unknown) => {
        if (bodyError) return fail(request, response, bodyError);
        answer(request, response).catch((error: unknown) => fail(request, response, error));
      });
    });
  };
}

/**
 * A complete answer to a GET (a query sent in the URL, which browsers and CDNs may cache) carries a
 * weak ETag of its body, as Express gave it, and is answered 304 without a body when the client's
 * `If-None-Match` still holds. POSTs are never revalidated, so they skip hashing the body.
 */
function notModified(request: IncomingMessage, response: ServerResponse, body: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  response.setHeader('etag', etag(body, { weak: true }));
  if (!fresh(request.headers, { etag: response.getHeader('etag') })) return false;
  response.statusCode = 304;
  for (const header of ['content-type', 'content-length', 'transfer-encoding']) response.removeHeader(header);
  response.end();
  return true;
}

/** Sends a complete answer: one status line, the headers, the body (its length computed by Node). */
function send(request: IncomingMessage, response: ServerResponse, status: number, contentType: string, body: string): void {
  response.statusCode = status;
  response.setHeader('content-type', contentType);
  if (status === 200 && notModified(request, response, body)) return;
  response.end(body);
}

/** Writes Apollo's answer; a complete single answer is also offered to the response cache. */
async function write(
  request: IncomingMessage,
  response: ServerResponse,
  answer: HTTPGraphQLResponse,
  store?: (status: number, contentType: string | undefined, body: string) => void,
): Promise<void> {
  for (const [key, value] of answer.headers) response.setHeader(key, value);
  response.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    store?.(response.statusCode, answer.headers.get('content-type'), answer.body.string);
    if (response.statusCode === 200 && notModified(request, response, answer.body.string)) return;
    response.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * Errors met before Apollo answers (the JSON body does not parse, is too large, has an unsupported
 * charset) or by a route, answered as a GraphQL-shaped JSON error rather than Express's default HTML
 * page, which carries a stack trace outside production.
 */
export function sendRequestError(request: IncomingMessage, response: ServerResponse, error: any, logger: Logger): void {
  if (response.headersSent) {
    logger.error({ err: error, url: request.url }, 'request failed after its answer began');
    request.socket.destroy();
    return;
  }
  const status: number = typeof error?.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
  const clientError = status < 500;
  if (!clientError) logger.error({ err: error, path: request.url?.split('?')[0] }, 'request failed');
  const message = clientError && error?.expose !== false && typeof error?.message === 'string' ? error.message : 'Internal server error';
  const mediaType = negotiateGraphQLMediaType(request.headers.accept) ?? JSON_MEDIA_TYPE;
  sendJsonError(response, status, clientError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR', message, mediaType);
}
