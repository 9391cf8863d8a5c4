// Who may write: API keys sent as `Authorization: Bearer <key>`, their roles, their storage as
// hashes only, revocation, the audit of key management, the setting that closes reads, and the CLI.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { logger } from '../src/logger';
import { createApiKey } from '../src/data/api-keys';
import { RunningServer, startServer } from '../src/http/server';
import { GraphQLResponse, startTestApp, TestApp } from './support/harness';

const run = promisify(execFile);

const CREATE = `mutation ($name: String!, $role: ApiKeyRole!) {
  createApiKey(input: { name: $name, role: $role }) {
    key
    apiKey { id name role prefix createdAt lastUsedAt revokedAt }
    userErrors { field message code }
  }
}`;
const REVOKE = `mutation ($id: ID!) {
  revokeApiKey(input: { id: $id }) {
    apiKey { id name revokedAt }
    userErrors { field message code }
  }
}`;
const LIST = `{ apiKeys { id name role prefix revokedAt } }`;
const VIEWER = `{ viewer { id name role prefix lastUsedAt } }`;
const READ = `{ country(code: "JP") { name } }`;

let app: TestApp;
let adminKey: string;
let adminId: number;
let readerKey: string;
let editorKey: string;

beforeAll(async () => {
  app = await startTestApp();
  // The first admin key comes from the service, as `npm run keys -- create --role admin` makes it.
  const admin = await createApiKey(app.db, { name: 'test admin', role: 'ADMIN' });
  adminKey = admin.key;
  adminId = admin.apiKey.id;
  readerKey = (await createApiKey(app.db, { name: 'test reader', role: 'READER' })).key;
  editorKey = (await createApiKey(app.db, { name: 'test editor', role: 'EDITOR' })).key;
});
afterAll(() => app.close());

function expectOnly(response: GraphQLResponse, code: 'UNAUTHENTICATED' | 'FORBIDDEN') {
  expect(response.status).toBe(code === 'UNAUTHENTICATED' ? 401 : 403);
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toEqual({ code });
}

async function createKeyAsAdmin(name: string, role: string) {
  const response = await app.graphql(CREATE, { name, role }, { apiKey: adminKey });
  expect(response.errors).toBeUndefined();
  expect(response.data!.createApiKey.userErrors).toEqual([]);
  return response.data!.createApiKey as { key: string; apiKey: { id: string; name: string; role: string; prefix: string } };
}

describe('anonymous callers', () => {
  test('read without a key', async () => {
    const response = await app.graphql(READ);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ country: { name: 'Japan' } });
  });

  test('are nobody: viewer is null', async () => {
    expect((await app.graphql(VIEWER)).data).toEqual({ viewer: null });
  });

  test('cannot manage keys: UNAUTHENTICATED', async () => {
    const create = await app.graphql(CREATE, { name: 'x', role: 'ADMIN' });
    expectOnly(create, 'UNAUTHENTICATED');
    expect(create.data).toBeNull();
    expectOnly(await app.graphql(REVOKE, { id: String(adminId) }), 'UNAUTHENTICATED');
    expectOnly(await app.graphql(LIST), 'UNAUTHENTICATED');
  });
});

describe('roles', () => {
  test.each([
    ['a reader', () => readerKey],
    ['an editor', () => editorKey],
  ])('%s key reads but may not manage keys: FORBIDDEN', async (_role, key) => {
    expect((await app.graphql(READ, undefined, { apiKey: key() })).data).toEqual({ country: { name: 'Japan' } });
    expectOnly(await app.graphql(CREATE, { name: 'x', role: 'ADMIN' }, { apiKey: key() }), 'FORBIDDEN');
    expectOnly(await app.graphql(REVOKE, { id: String(adminId) }, { apiKey: key() }), 'FORBIDDEN');
    expectOnly(await app.graphql(LIST, undefined, { apiKey: key() }), 'FORBIDDEN');
    expect(await app.db.apiKey.count({ where: { name: 'x' } })).toBe(0);
    expect((await app.db.apiKey.findUnique({ where: { id: adminId } }))!.revokedAt).toBeNull();
  });

  test('viewer is the caller’s own key', async () => {
    const response = await app.graphql(VIEWER, undefined, { apiKey: editorKey });
    expect(response.data!.viewer).toMatchObject({ name: 'test editor', role: 'EDITOR', prefix: editorKey.slice(0, 10) });
  });

  test('the Authorization scheme is case-insensitive', async () => {
    const response = await app.graphql(VIEWER, undefined, { headers: { authorization: `bearer ${readerKey}` } });
    expect(response.data!.viewer).toMatchObject({ role: 'READER' });
  });
});

describe('admins manage keys', () => {
  test('create: the secret works at once and is returned only this once', async () => {
    const created = await createKeyAsAdmin('newsroom importer', 'EDITOR');
    expect(created.key).toMatch(/^ng_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({ name: 'newsroom importer', role: 'EDITOR', prefix: created.key.slice(0, 10) });

    const viewer = await app.graphql(VIEWER, undefined, { apiKey: created.key });
    expect(viewer.data!.viewer).toMatchObject({ id: created.apiKey.id, name: 'newsroom importer' });

    // Lists and the key itself show no secret, and the schema has no field that could.
    const list = await app.graphql(LIST, undefined, { apiKey: adminKey });
    const { id, name, role, prefix } = created.apiKey;
    expect(list.data!.apiKeys).toContainEqual({ id, name, role, prefix, revokedAt: null });
    expect(JSON.stringify(list.data)).not.toContain(created.key);
    const fields = await app.graphql(`{ __type(name: "ApiKey") { fields { name } } }`);
    const names = fields.data!.__type.fields.map((field: { name: string }) => field.name);
    expect(names).not.toContain('key');
    expect(names).not.toContain('hash');
    expect((await app.graphql(`{ apiKeys { key } }`, undefined, { apiKey: adminKey })).errors![0].extensions!.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  test('keys are stored only as SHA-256 hashes and a short prefix', async () => {
    const created = await createKeyAsAdmin('hash check', 'READER');
    const row = await app.db.apiKey.findUniqueOrThrow({ where: { id: Number(created.apiKey.id) } });
    expect(row.hash).toBe(crypto.createHash('sha256').update(created.key).digest('hex'));
    expect(row.prefix).toBe(created.key.slice(0, 10));
    const everything = await app.db.$queryRaw<unknown[]>`SELECT * FROM "ApiKey"`;
    const audit = await app.db.$queryRaw<unknown[]>`SELECT * FROM "AuditEntry"`;
    const stored = JSON.stringify([everything, audit], (_key, value) => (typeof value === 'bigint' ? String(value) : value));
    for (const key of [created.key, adminKey, readerKey, editorKey]) expect(stored).not.toContain(key);
  });

  test('revoke: the key fails from the next request on; revoking again changes nothing', async () => {
    const created = await createKeyAsAdmin('to revoke', 'EDITOR');
    expect((await app.graphql(READ, undefined, { apiKey: created.key })).status).toBe(200);

    const revoked = await app.graphql(REVOKE, { id: created.apiKey.id }, { apiKey: adminKey });
    expect(revoked.data!.revokeApiKey.userErrors).toEqual([]);
    const revokedAt = revoked.data!.revokeApiKey.apiKey.revokedAt;
    expect(revokedAt).toEqual(expect.any(String));

    const refused = await app.graphql(READ, undefined, { apiKey: created.key });
    expectOnly(refused, 'UNAUTHENTICATED');
    expect(refused.data).toBeUndefined();

    const again = await app.graphql(REVOKE, { id: created.apiKey.id }, { apiKey: adminKey });
    expect(again.data!.revokeApiKey).toEqual({ apiKey: { id: created.apiKey.id, name: 'to revoke', revokedAt }, userErrors: [] });
    const list = await app.graphql(LIST, undefined, { apiKey: adminKey });
    expect(list.data!.apiKeys).toContainEqual(expect.objectContaining({ id: created.apiKey.id, revokedAt }));
  });

  test('bad input is a user error, not an exception', async () => {
    const blank = await app.graphql(CREATE, { name: '  ', role: 'READER' }, { apiKey: adminKey });
    expect(blank.data!.createApiKey).toEqual({
      key: null,
      apiKey: null,
      userErrors: [{ field: ['input', 'name'], message: expect.any(String), code: 'REQUIRED' }],
    });
    const long = await app.graphql(CREATE, { name: 'n'.repeat(101), role: 'READER' }, { apiKey: adminKey });
    expect(long.data!.createApiKey.userErrors).toEqual([{ field: ['input', 'name'], message: expect.any(String), code: 'TOO_LONG' }]);
    const missing = await app.graphql(REVOKE, { id: '999999' }, { apiKey: adminKey });
    expect(missing.data!.revokeApiKey).toEqual({
      apiKey: null,
      userErrors: [{ field: ['input', 'id'], message: expect.any(String), code: 'NOT_FOUND' }],
    });
    const malformed = await app.graphql(REVOKE, { id: 'abc' }, { apiKey: adminKey });
    expect(malformed.data!.revokeApiKey.userErrors).toEqual([{ field: ['input', 'id'], message: expect.any(String), code: 'INVALID' }]);
    expect(await app.db.apiKey.count({ where: { name: { startsWith: 'nnn' } } })).toBe(0);
  });

  test('creating and revoking are audited with the admin’s key and no secret', async () => {
    const created = await createKeyAsAdmin('audited', 'READER');
    await app.graphql(REVOKE, { id: created.apiKey.id }, { apiKey: adminKey });
    const entries = await app.db.auditEntry.findMany({
      where: { entityType: 'ApiKey', entityId: Number(created.apiKey.id) },
      orderBy: { id: 'asc' },
    });
    expect(entries.map((entry) => [entry.action, entry.apiKeyId])).toEqual([
      ['createApiKey', adminId],
      ['revokeApiKey', adminId],
    ]);
    expect(entries[0].before).toBeNull();
    expect(entries[0].after).toMatchObject({ id: Number(created.apiKey.id), name: 'audited', role: 'READER', revokedAt: null });
    expect(entries[1].before).toMatchObject({ revokedAt: null });
    expect(entries[1].after).toMatchObject({ revokedAt: expect.any(String) });
    for (const entry of entries) {
      expect(entry.after).not.toHaveProperty('hash');
      expect(JSON.stringify(entry, (_key, value) => (typeof value === 'bigint' ? String(value) : value))).not.toContain(created.key);
    }
  });
});

describe('bad credentials: 401 UNAUTHENTICATED, no data, the same answer whatever is wrong', () => {
  const unknownKey = `ng_${'A'.repeat(43)}`;
  test.each([
    ['a scheme without a key', 'Bearer'],
    ['an empty key', 'Bearer '],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['garbage', 'garbage'],
    ['two words', 'Bearer two words'],
    ['characters no key has', 'Bearer ng_<script>'],
    ['an oversized key', `Bearer ${'x'.repeat(5000)}`],
    ['an unknown key', `Bearer ${unknownKey}`],
    ['a key with another scheme', `Token ${unknownKey}`],
  ])('%s', async (_case, authorization) => {
    const response = await app.graphql(READ, undefined, { headers: { authorization } });
    expectOnly(response, 'UNAUTHENTICATED');
    expect(response.data).toBeUndefined();
  });

  test('an unknown key and a malformed header get identical answers', async () => {
    const strip = ({ sqlStatements: _, ...rest }: GraphQLResponse & { sqlStatements: number }) => rest;
    const unknown = strip(await app.graphql(READ, undefined, { apiKey: unknownKey }));
    const malformed = strip(await app.graphql(READ, undefined, { headers: { authorization: 'Basic x' } }));
    expect(unknown).toEqual(malformed);
    expect(unknown.errors![0].message).not.toMatch(/revoked|unknown|exist|found/i);
  });
});

test('lastUsedAt is written at most once a minute, not on every request', async () => {
  const { key, apiKey } = await createApiKey(app.db, { name: 'busy', role: 'READER' });
  const first = await app.graphql(VIEWER, undefined, { apiKey: key });
  const lastUsedAt = first.data!.viewer.lastUsedAt;
  expect(lastUsedAt).toEqual(expect.any(String));
  const anonymous = await app.graphql(READ);
  const second = await app.graphql(READ, undefined, { apiKey: key });
  // One statement more than anonymously: the lookup by hash, no write.
  expect(second.sqlStatements).toBe(anonymous.sqlStatements + 1);
  const row = await app.db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
  expect(row.lastUsedAt!.toISOString()).toBe(lastUsedAt);
});

describe('REQUIRE_API_KEY_FOR_READS', () => {
  let closed: RunningServer;
  beforeAll(async () => {
    closed = await startServer({ db: app.db, logger, development: false, requireApiKeyForReads: true, port: 0, host: '127.0.0.1' });
  });
  afterAll(() => closed.stop());

  async function post(query: string, authorization?: string) {
    const response = await fetch(closed.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return { ...((await response.json()) as GraphQLResponse), status: response.status };
  }

  test('anonymous reads are refused with 401 UNAUTHENTICATED', async () => {
    const response = await post(READ);
    expectOnly(response, 'UNAUTHENTICATED');
    expect(response.data).toBeUndefined();
  });

  test('a reader key reads', async () => {
    const response = await post(READ, `Bearer ${readerKey}`);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ country: { name: 'Japan' } });
  });

  test('roles still apply', async () => {
    expectOnly(await post(LIST, `Bearer ${readerKey}`), 'FORBIDDEN');
    expect((await post(LIST, `Bearer ${adminKey}`)).data!.apiKeys.length).toBeGreaterThan(0);
  });
});

describe('npm run keys', () => {
  // Each run starts a Node process that loads the Prisma client and checks the migrations: about a
  // second idle, over 20 s on a machine loaded fifteen deep; the bound catches a hang.
  const CLI_TIMEOUT_MS = 180_000;
  const cli = path.join(__dirname, '..', 'dist', 'cli', 'keys.js');
  const keys = (...args: string[]) =>
    run(process.execPath, [cli, ...args], { env: { ...process.env, DATABASE_URL: app.databaseUrl, LOG_LEVEL: 'silent' } });

  test('create prints a working key once, with a warning; audited without a key', async () => {
    const { stdout, stderr } = await keys('create', '--role', 'editor', '--name', 't');
    const key = stdout.trim();
    expect(key).toMatch(/^ng_[A-Za-z0-9_-]{43}$/);
    expect(stderr).toMatch(/will not be shown again/);
    const viewer = await app.graphql(VIEWER, undefined, { apiKey: key });
    expect(viewer.data!.viewer).toMatchObject({ name: 't', role: 'EDITOR' });

    const id = Number(viewer.data!.viewer.id);
    const audit = await app.db.auditEntry.findMany({ where: { entityType: 'ApiKey', entityId: id } });
    expect(audit.map((entry) => [entry.action, entry.apiKeyId])).toEqual([['createApiKey', null]]);

    const list = await keys('list');
    expect(list.stdout).toContain(key.slice(0, 10));
    expect(list.stdout).not.toContain(key);

    await keys('revoke', String(id));
    expectOnly(await app.graphql(READ, undefined, { apiKey: key }), 'UNAUTHENTICATED');
    const revokeAudit = await app.db.auditEntry.findMany({ where: { entityType: 'ApiKey', entityId: id, action: 'revokeApiKey' } });
    expect(revokeAudit.map((entry) => entry.apiKeyId)).toEqual([null]);
  }, CLI_TIMEOUT_MS);

  test('a bad command line fails with the usage and touches nothing', async () => {
    const before = await app.db.apiKey.count();
    // The four runs are independent (none may write): started together, they cost one start's wait.
    const badCommandLines = [['create', '--role', 'owner', '--name', 'x'], ['create', '--role', 'editor'], ['revoke', 'abc'], ['rotate']];
    await Promise.all(badCommandLines.map((args) =>
      expect(keys(...args)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Usage:') })));
    expect(await app.db.apiKey.count()).toBe(before);
  }, CLI_TIMEOUT_MS);
});
