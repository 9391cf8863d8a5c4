// The media type of a GraphQL answer, negotiated from the client's `Accept` (graphql-over-http):
// one function for Apollo's status rule (server.ts), the response cache and the request errors.
import Negotiator from 'negotiator';
import { LRUCache } from 'lru-cache';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const JSON_MEDIA_TYPE = 'application/json';

/**
 * The media type a single GraphQL response is sent as, negotiated from `Accept` with `negotiator`
 * (the library Apollo itself uses): `application/json` wins ties and is the answer when there is no
 * `Accept`. `null`: the client accepts neither (Apollo answers 406).
 */
export function negotiateGraphQLMediaType(accept: string | null | undefined): string | null {
  if (!accept || !accept.trim()) return JSON_MEDIA_TYPE;
  let mediaType = negotiatedMediaTypes.get(accept);
  if (mediaType === undefined) {
    mediaType = new Negotiator({ headers: { accept } }).mediaType([JSON_MEDIA_TYPE, GRAPHQL_RESPONSE_JSON]) ?? NONE_ACCEPTED;
    negotiatedMediaTypes.set(accept, mediaType);
  }
  return mediaType === NONE_ACCEPTED ? null : mediaType;
}

const NONE_ACCEPTED = '';

/**
 * Answers by `Accept` header: a client sends the same one on every request, and parsing it
 * (negotiator splits, parses and sorts every media range) was a visible part of a small request.
 */
const negotiatedMediaTypes = new LRUCache<string, string>({ max: 256, maxSize: 64 * 1024, sizeCalculation: (_type, accept) => accept.length });
