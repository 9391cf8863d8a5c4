// Shared by the mutations-*.test.ts files: API keys of each role, a fingerprint of the whole
// database (to prove a refused write changed nothing), and the checks every mutation test repeats.
import 'reflect-metadata';
import { createApiKey } from '../src/data/api-keys';
import { GraphQLResponse, startTestApp, TestApp } from './support/harness';

export interface Keys {
  reader: string;
  editor: string;
  admin: string;
  editorId: number;
  adminId: number;
}

/** One key per role, made the way `npm run keys -- create` makes them. */
export async function createKeys(app: TestApp): Promise<Keys> {
  const reader = await createApiKey(app.db, { name: 'mutations reader', role: 'READER' });
  const editor = await createApiKey(app.db, { name: 'mutations editor', role: 'EDITOR' });
  const admin = await createApiKey(app.db, { name: 'mutations admin', role: 'ADMIN' });
  return { reader: reader.key, editor: editor.key, admin: admin.key, editorId: editor.apiKey.id, adminId: admin.apiKey.id };
}

/** A test app of its own with one key per role: what every file that writes starts with. */
export async function startTestAppWithKeys(): Promise<{ app: TestApp; keys: Keys }> {
  const app = await startTestApp();
  return { app, keys: await createKeys(app) };
}

/** Every table a mutation can touch (ApiKey is left out: using a key updates its `lastUsedAt`). */
const TABLES = [
  'Country', 'Person', 'Article', 'Event', 'EventParticipant', 'EventCountry', 'ArmsSale',
  'ArticlePerson', 'ArticleCountry', 'ArticleEvent', 'ArticleArmsSale', 'AuditEntry',
];

/**
 * Row count and a hash of every row of every table, all read by one statement (one snapshot, one
 * round trip: the bad-input corpus takes two fingerprints per case): equal fingerprints, equal databases.
 */
const FINGERPRINT = TABLES.map(
  (table) => `SELECT '${table}' AS "table", count(*) AS count, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`,
).join('\nUNION ALL ');

export async function databaseFingerprint(app: TestApp): Promise<Record<string, string>> {
  const rows = await app.db.$queryRawUnsafe<{ table: string; count: bigint; digest: string | null }[]>(FINGERPRINT);
  return Object.fromEntries(rows.map((row) => [row.table, `${row.count}:${row.digest}`]));
}

export interface UserErrorJson {
  field: string[];
  message: string;
  code: string;
}

/**
 * Sends a mutation that must be refused with user errors of these fields and codes, and checks
 * that the database is exactly as before.
 */
export async function expectRefused(
  app: TestApp,
  key: string,
  mutation: string,
  variables: Record<string, unknown>,
  expected: { field: string[]; code: string }[],
): Promise<UserErrorJson[]> {
  const before = await databaseFingerprint(app);
  const response = await app.graphql(mutation, variables, { apiKey: key });
  expect(response.errors).toBeUndefined();
  const payload = Object.values(response.data!)[0] as { userErrors: UserErrorJson[] } & Record<string, unknown>;
  expect(payload.userErrors.map(({ field, code }) => ({ field, code }))).toEqual(expected);
  for (const error of payload.userErrors) expect(error.message).toEqual(expect.any(String));
  // The object the payload names (or the IDs it deleted) is null when there are user errors.
  for (const [name, value] of Object.entries(payload)) {
    if (name === 'userErrors') continue;
    if (Array.isArray(value)) expect(value).toEqual([]);
    else expect(value).toBeNull();
  }
  expect(await databaseFingerprint(app)).toEqual(before);
  return payload.userErrors;
}

/** Sends a mutation that must be refused before it runs, with only this error code. */
export async function expectDenied(
  app: TestApp,
  key: string | undefined,
  mutation: string,
  variables: Record<string, unknown>,
  code: 'UNAUTHENTICATED' | 'FORBIDDEN',
): Promise<void> {
  const before = await databaseFingerprint(app);
  const response: GraphQLResponse = await app.graphql(mutation, variables, key === undefined ? {} : { apiKey: key });
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toEqual({ code });
  expect(await databaseFingerprint(app)).toEqual(before);
}

/** Sends a mutation that must succeed, and returns its payload. */
export async function mutate<T = any>(app: TestApp, key: string, mutation: string, variables: Record<string, unknown>): Promise<T> {
  const response = await app.graphql(mutation, variables, { apiKey: key });
  expect(response.errors).toBeUndefined();
  const payload = Object.values(response.data!)[0] as { userErrors: UserErrorJson[] };
  expect(payload.userErrors).toEqual([]);
  return payload as T;
}

/** The audit entries written since `sinceId`, oldest first, in the shape a test compares. */
export async function auditEntriesAfter(app: TestApp, sinceId: bigint) {
  const rows = await app.db.auditEntry.findMany({ where: { id: { gt: sinceId } }, orderBy: { id: 'asc' } });
  return rows.map(({ apiKeyId, action, entityType, entityId, before, after }) => ({ apiKeyId, action, entityType, entityId, before, after }));
}

/** The newest audit entry's ID (0 when there is none), to read what a write adds after it. */
export async function lastAuditId(app: TestApp): Promise<bigint> {
  const row = await app.db.auditEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return row?.id ?? 0n;
}
