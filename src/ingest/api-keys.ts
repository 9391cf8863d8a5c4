// The write core of API keys: creating and revoking a key, each audited in the caller's
// transaction. The GraphQL mutations and `npm run keys` call these.
import { type ApiKeyRow, createApiKey, type CreatedApiKey, findApiKey, revokeApiKey } from '../data/api-keys';
import type { ApiKeyRole } from '../generated/prisma/enums';
import { userError, UserErrorCode, UserInputFailure } from '../domain/user-errors';
import { recordWrite } from './audit';
import type { Transaction } from './transaction';
import type { Writer } from './write-core';

/** Creates a key with its audit entry; an invalid name is a user error (UserInputFailure). */
export async function createApiKeyAudited(tx: Transaction, input: { name: string; role: ApiKeyRole }, writer: Writer): Promise<CreatedApiKey> {
  const created = await createApiKey(tx, input);
  await recordWrite(tx, writer.apiKeyId, { action: 'createApiKey', entityType: 'ApiKey', entityId: created.apiKey.id, after: created.apiKey });
  return created;
}

/** Revokes a key with its audit entry (none when it already was); a missing key is a user error on `input.id`. */
export async function revokeApiKeyAudited(tx: Transaction, id: number, writer: Writer): Promise<ApiKeyRow> {
  const before = await findApiKey(tx, id);
  if (!before) throw new UserInputFailure([userError(['input', 'id'], 'No API key has this ID', UserErrorCode.NOT_FOUND)]);
  if (before.revokedAt) return before;
  const after = (await revokeApiKey(tx, id))!;
  await recordWrite(tx, writer.apiKeyId, { action: 'revokeApiKey', entityType: 'ApiKey', entityId: id, before, after });
  return after;
}
