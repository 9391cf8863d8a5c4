// The /graphql endpoint as one plain Node handler: CORS, the JSON body (size, depth, charset),
// the request deadline, the batch size, the response cache, an operation answered as text before
// answered again, then Apollo Server's `executeHTTPGraphQLRequest` (Apollo's documented way to write
// an integration). server.ts calls it straight from node:http for POST /graphql, nearly every
// request, and mounts it on Express for the rest of /graphql (GETs, preflights), so both go through
// the same steps, each written once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, HTTPGraphQLResponse } from '@apollo/server';
import cors from 'cors';
import etag from 'etag';
import express from 'express';
import fresh from 'fresh';
import type { FormattedExecutionResult, GraphQLSchema } from 'graphql';
import type { Logger } from '../logger';
import type { Context } from '../schema/context';
import type { JitExecution, TextOperation } from '../schema/jit-execution';
import { batchTooLarge, corsOptions, CostLimit, jsonDepthLimit, Limits, sendJsonError, startResponseDeadline } from '../schema/limits';
import { negotiateGraphQLMediaType, JSON_MEDIA_TYPE } from './media-types';
import type { ResponseCache } from './response-cache';

/** A request once its body is read: what body-parser left in `body`. */
type ReadRequest = IncomingMessage & { body?: unknown };

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<Context>;
  limits: Limits;
  logger: Logger;
  /** The request's context (authentication), built once Apollo has accepted the request. */
  context: (request: IncomingMessage) => Promise<Context>;
  responseCache?: ResponseCache;
  /** Operations answered as text before, answered again without Apollo's pipeline (answerAgain); absent, Apollo answers every request. */
  textAnswers?: TextAnswers;
}

/** What answering an operation again as text takes: what Apollo's pipeline has for it, each in its one home. */
export interface TextAnswers {
  jit: JitExecution;
  schema: GraphQLSchema;
  /** The limits plugin's own cost limit (schema/limits.ts). */
  costLimit: CostLimit;
  /** Apollo's `stringifyResult` (schema/limits.ts, serializeResponse). */
  stringifyResult: (result: FormattedExecutionResult) => string;
}

/** A POST body of a query, operation name and variables only, each of a type Apollo accepts, with the operation answered as text before. */
interface KnownRequest {
  operation: TextOperation;
  variables: Record<string, unknown> | undefined;
  /** The negotiated media type Apollo would answer with. */
  mediaType: string;
}

/** `(request, response)` for any request on /graphql; never rejects (failures are answered). */
export function graphqlHandler(options: GraphQLHandlerOptions) {
  const { apollo, limits, logger, responseCache, textAnswers } = options;
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
    const known = textAnswers && request.method === 'POST' ? knownRequest(textAnswers.jit, body, request.headers.accept) : undefined;
    let context: Promise<Context> | undefined;
    if (known) {
      context = options.context(request);
      const answered = await answerAgain(textAnswers!, known, context);
      if (answered) {
        const headers = new HeaderMap([['content-type', `${known.mediaType}; charset=utf-8`]]);
        await write(request, response, { status: 200, headers, body: { kind: 'complete', string: answered } }, cached?.store);
        return;
      }
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
      // The context answerAgain built (or failed to), not a second one: authentication is asked once.
      context: () => context ?? options.context(request),
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
 * The request, if it is one answerAgain may answer: a POST body holding `query`, and maybe
 * `operationName` and `variables`, of the types Apollo accepts (anything else, `extensions` and
 * persisted queries among it, is Apollo's to answer or refuse), whose operation was answered as text
 * before (JitExecution.textOperation), to a client accepting a JSON media type (otherwise Apollo
 * answers 406). Only a JSON body is parsed (express.json): its content type passes Apollo's CSRF check.
 */
function knownRequest(jit: JitExecution, body: unknown, accept: string | undefined): KnownRequest | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  let query: unknown;
  let operationName: unknown;
  let variables: unknown;
  for (const key in body) {
    const value = (body as Record<string, unknown>)[key];
    if (key === 'query') query = value;
    else if (key === 'operationName') operationName = value;
    else if (key === 'variables') variables = value;
    else return undefined;
  }
  if (typeof query !== 'string' || (operationName != null && typeof operationName !== 'string')) return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  const mediaType = negotiateGraphQLMediaType(accept);
  const operation = mediaType ? jit.textOperation(query, operationName ?? null) : undefined;
  return operation && { operation, variables: (variables ?? undefined) as Record<string, unknown> | undefined, mediaType: mediaType! };
}

/**
 * The answer, as Apollo would write it, to an operation answered as text before (knownRequest),
 * without Apollo's per-request pipeline: what the pipeline did for it that depends on the request
 * is done here, in Apollo's order and with its own pieces — the context (authentication), the cost
 * limit for these variables, then the root field, whose statement writes the answer
 * (JitExecution.answerAsTextAgain, which coerces the variables), serialized by Apollo's
 * `stringifyResult`. Undefined when anything else happens (the context fails, the cost is over its
 * limit, the variables do not coerce, an error, not found, a row not written as text): then Apollo's
 * pipeline answers with the same context, and the root field's outcome, so nothing runs twice
 * and every error, status and header is Apollo's.
 */
async function answerAgain(textAnswers: TextAnswers, known: KnownRequest, context: Promise<Context>): Promise<string | undefined> {
  const { jit, schema, costLimit, stringifyResult } = textAnswers;
  const { operation: { document, operation }, variables } = known;
  let contextValue: Context;
  let share: number;
  try {
    contextValue = await context;
    share = await costLimit.admit(schema, document, operation.name?.value ?? null, variables);
  } catch {
    return undefined;
  }
  try {
    const data = await jit.answerAsTextAgain(known.operation, contextValue, variables);
    return data ? stringifyResult({ data }) : undefined;
  } finally {
    if (share) costLimit.release(share);
  }
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
