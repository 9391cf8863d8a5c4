// API keys: generated at random, stored only as SHA-256 hashes, revocable; and the live key a
// request's secret names. (Audited writes of keys: ingest/api-keys.ts; the header: schema/auth.ts.)
import crypto from 'node:crypto';
import type { Database } from './prisma';
import type { Prisma } from '../generated/prisma/client';
import type { ApiKeyRole } from '../generated/prisma/enums';
import { userError, UserErrorCode, UserInputFailure } from '../domain/user-errors';

/** Every key starts with this, so a leaked key is recognisable (secret scanners, logs). */
export const KEY_PREFIX = 'ng_';
/** How many characters of a key are stored in clear, to tell keys apart in lists. */
const STORED_PREFIX_LENGTH = 10;
export const NAME_MAX_LENGTH = 100;
/** `lastUsedAt` is written at most this often per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The columns of a key a client may see: everything but the hash. */
const PUBLIC_COLUMNS = {
  id: true,
  name: true,
  role: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

export interface ApiKeyRow {
  id: number;
  name: string;
  role: ApiKeyRole;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface CreatedApiKey {
  /** The secret, in clear: returned once, never stored. */
  key: string;
  apiKey: ApiKeyRow;
}

type Client = Database | Prisma.TransactionClient;

/** Who holds a live key: what a request authenticated with it may do. */
export interface KeyHolder {
  apiKeyId: number;
  name: string;
  role: ApiKeyRole;
}

/** A new secret: `ng_` and 32 random bytes in base64url (256 bits). */
export function generateKey(): string {
  return KEY_PREFIX + crypto.randomBytes(32).toString('base64url');
}

/** SHA-256 (hex) of a key. A fast hash suffices: keys are 256-bit random, not passwords. */
export function hashKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Creates a key; the plaintext is in the result and nowhere else. Invalid names are user errors. */
export async function createApiKey(db: Client, input: { name: string; role: ApiKeyRole }): Promise<CreatedApiKey> {
  const name = input.name.trim();
  if (!name) throw new UserInputFailure([userError(['input', 'name'], 'A key needs a name', UserErrorCode.REQUIRED)]);
  if (name.length > NAME_MAX_LENGTH) {
    throw new UserInputFailure([
      userError(['input', 'name'], `At most ${NAME_MAX_LENGTH} characters`, UserErrorCode.TOO_LONG),
    ]);
  }
  const key = generateKey();
  const apiKey = await db.apiKey.create({
    data: { name, role: input.role, prefix: key.slice(0, STORED_PREFIX_LENGTH), hash: hashKey(key) },
    select: PUBLIC_COLUMNS,
  });
  return { key, apiKey };
}

/** All keys, revoked ones included, oldest first. */
export function listApiKeys(db: Client): Promise<ApiKeyRow[]> {
  return db.apiKey.findMany({ select: PUBLIC_COLUMNS, orderBy: { id: 'asc' } });
}

export function findApiKey(db: Client, id: number): Promise<ApiKeyRow | null> {
  return db.apiKey.findUnique({ where: { id }, select: PUBLIC_COLUMNS });
}

/**
 * Revokes a key from now on; null when there is no such key. Revoking a revoked key changes
 * nothing (it keeps its first `revokedAt`).
 */
export async function revokeApiKey(db: Client, id: number): Promise<ApiKeyRow | null> {
  const existing = await findApiKey(db, id);
  if (!existing || existing.revokedAt) return existing;
  return db.apiKey.update({ where: { id }, data: { revokedAt: new Date() }, select: PUBLIC_COLUMNS });
}

/**
 * The holder of the live key `key` is (revoked and unknown keys: null), recording that it was used.
 * No cache: one lookup by the unique hash index per authenticated request, so a revocation takes
 * effect on the very next request.
 */
export async function keyHolderOf(db: Database, key: string): Promise<KeyHolder | null> {
  const row = await db.apiKey.findUnique({
    where: { hash: hashKey(key) },
    select: { id: true, name: true, role: true, lastUsedAt: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  await touchLastUsed(db, row.id, row.lastUsedAt);
  return { apiKeyId: row.id, name: row.name, role: row.role };
}

/**
 * Records that a key was used, at most once per LAST_USED_RESOLUTION_MS: a busy key costs one
 * write a minute, not one per request. The condition in SQL keeps concurrent requests from
 * writing the same minute twice.
 */
async function touchLastUsed(db: Database, id: number, lastUsedAt: Date | null): Promise<void> {
  const now = Date.now();
  if (lastUsedAt && now - lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  const threshold = new Date(now - LAST_USED_RESOLUTION_MS);
  await db.apiKey.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: threshold } }] },
    data: { lastUsedAt: new Date(now) },
  });
}
