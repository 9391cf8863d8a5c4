// Authorization rules: which role each kind of operation needs. Errors say UNAUTHENTICATED or
// FORBIDDEN and nothing more.
import { GraphQLError } from 'graphql';
import { ApiKeyRole } from '../generated/prisma/enums';
import type { Context, Viewer } from './context';

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
 * The viewer, if their key has at least `role`: editors create, update, ingest and import; admins
 * also delete and manage keys.
 */
export function requireRole(context: Context, role: ApiKeyRole): Viewer {
  if (!context.viewer) throw unauthenticated();
  if (RANK[context.viewer.role] < RANK[role]) throw forbidden();
  return context.viewer;
}
