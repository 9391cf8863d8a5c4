// Authentication and authorization: the viewer a request's `Authorization: Bearer <key>` header
// names, and which role each kind of operation needs. Errors say UNAUTHENTICATED or FORBIDDEN and nothing more.
import { GraphQLError } from 'graphql';
import { ApiKeyRole } from '../generated/prisma/enums';
import type { Database } from '../data/prisma';
import { keyHolderOf } from '../data/api-keys';
import type { Context, Viewer } from './context';

/** RFC 6750 `b64token`, bounded: anything else after `Bearer` is a malformed header. */
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]{1,200}=*$/;

const RANK: Record<ApiKeyRole, number> = { READER: 1, EDITOR: 2, ADMIN: 3 };

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Authentication required: send a valid API key as `Authorization: Bearer <key>`', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

export function forbidden(): GraphQLError {
  return new GraphQLError('This API key is not allowed to do this', {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

/**
 * The viewer a request's `Authorization` header names: null without the header (anonymous);
 * UNAUTHENTICATED for a header that is not `Bearer <key>` or names no live key. The error is the
 * same whatever went wrong, so it tells nothing about which keys exist.
 */
export async function authenticate(db: Database, authorization: string | undefined | null): Promise<Viewer | null> {
  if (authorization === undefined || authorization === null || authorization.trim() === '') return null;
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  if (!match || !BEARER_TOKEN.test(match[1])) throw unauthenticated();
  const holder = await keyHolderOf(db, match[1]);
  if (!holder) throw unauthenticated();
  return holder;
}

/**
 * The viewer, if their key has at least `role`: editors create, update, ingest and import; admins
 * also delete and manage keys.
 */
export function requireRole(context: Context, role: ApiKeyRole): Viewer {
  if (!context.viewer) throw unauthenticated();
  if (RANK[context.viewer.role] < RANK[role]) throw forbidden();
  return context.viewer;
}
