// Person mutations through the API: create, update, delete; validation as user errors with their
// input path; who may write; the audit trail; and a refused write leaving the database untouched.
import type { TestApp } from './support/harness';
import { auditEntriesAfter, startTestAppWithKeys, databaseFingerprint, expectDenied, expectRefused, Keys, lastAuditId, mutate } from './mutations-helpers';

let app: TestApp;
let keys: Keys;
beforeAll(async () => ({ app, keys } = await startTestAppWithKeys()));
afterAll(() => app.close());

const personFields = 'id name slug aliases title description country { code }';
const CREATE = `mutation ($input: CreatePersonInput!) {
  createPerson(input: $input) { person { ${personFields} } userErrors { field message code } }
}`;
const UPDATE = `mutation ($input: UpdatePersonInput!) {
  updatePerson(input: $input) { person { ${personFields} } userErrors { field message code } }
}`;
const DELETE = `mutation ($input: DeletePersonInput!) {
  deletePerson(input: $input) { deletedPersonId userErrors { field message code } }
}`;

describe('createPerson', () => {
  test('creates a person with a slug made from the name, readable through queries', async () => {
    const { person } = await mutate(app, keys.editor, CREATE, {
      input: { name: 'Takeshi Iwaya', aliases: ['Iwaya'], title: 'Foreign Minister', country: 'jpn', description: "Japan's foreign minister." },
    });
    expect(person).toEqual({
      id: expect.any(String),
      name: 'Takeshi Iwaya',
      slug: 'takeshi-iwaya',
      aliases: ['Iwaya'],
      title: 'Foreign Minister',
      description: "Japan's foreign minister.",
      country: { code: 'JP' },
    });
    const read = await app.graphql(`{ person(slug: "takeshi-iwaya") { ${personFields} } country(code: "JP") { people(filter: { text: "Iwaya" }) { totalCount } } }`);
    expect(read.data).toEqual({ person, country: { people: { totalCount: 1 } } });
  });

  test('takes a given slug; a taken slug is TAKEN on input.slug, given or made from the name', async () => {
    const { person } = await mutate(app, keys.editor, CREATE, { input: { name: 'Cho Tae-yul', slug: 'cho-tae-yul' } });
    expect(person).toMatchObject({ slug: 'cho-tae-yul', aliases: [], title: null, country: null });
    await expectRefused(app, keys.editor, CREATE, { input: { name: 'Someone Else', slug: 'antony-blinken' } }, [
      { field: ['input', 'slug'], code: 'TAKEN' },
    ]);
    const [error] = await expectRefused(app, keys.editor, CREATE, { input: { name: 'Antony Blinken' } }, [
      { field: ['input', 'slug'], code: 'TAKEN' },
    ]);
    expect(error.message).toContain('antony-blinken');
  });

  test('a slug taken by a concurrent write (past the check) is still TAKEN on input.slug, not an internal error', async () => {
    // Another transaction inserts the slug and commits only after createPerson has checked it and
    // is waiting on the unique index.
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    const concurrent = app.db.$transaction(async (tx) => {
      await tx.person.create({ data: { name: 'Race Winner', slug: 'race-winner' } });
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const response = app.graphql(CREATE, { input: { name: 'Race Winner' } }, { apiKey: keys.editor });
    for (let waited = 0; waited < 10_000; waited += 50) {
      const [{ waiting }] = await app.db.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      if (waiting > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    commit();
    await concurrent;
    const { data, errors } = await response;
    expect(errors).toBeUndefined();
    expect(data!.createPerson).toEqual({
      person: null,
      userErrors: [{ field: ['input', 'slug'], message: expect.any(String), code: 'TAKEN' }],
    });
    expect(await app.db.person.count({ where: { slug: 'race-winner' } })).toBe(1);
  });

  test.each([
    ['a name over 200 characters', { name: 'x'.repeat(201) }, [{ field: ['input', 'name'], code: 'TOO_LONG' }]],
    ['a blank name', { name: '   ' }, [{ field: ['input', 'name'], code: 'REQUIRED' }]],
    ['a slug that is not lower-case words', { name: 'A B', slug: 'Not A Slug' }, [{ field: ['input', 'slug'], code: 'INVALID' }]],
    ['a slug over 100 characters', { name: 'A B', slug: 'a'.repeat(101) }, [{ field: ['input', 'slug'], code: 'TOO_LONG' }]],
    ['more than 50 aliases', { name: 'A B', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }, [{ field: ['input', 'aliases'], code: 'TOO_LONG' }]],
    ['an alias over 200 characters', { name: 'A B', aliases: ['y'.repeat(201)] }, [{ field: ['input', 'aliases'], code: 'TOO_LONG' }]],
    ['a title over 500 characters', { name: 'A B', title: 't'.repeat(501) }, [{ field: ['input', 'title'], code: 'TOO_LONG' }]],
    ['an unknown country code', { name: 'A B', country: 'XX' }, [{ field: ['input', 'country'], code: 'NOT_FOUND' }]],
    [
      'several faults at once, each reported',
      { name: 'n'.repeat(201), slug: '-bad-', title: 't'.repeat(501) },
      [
        { field: ['input', 'name'], code: 'TOO_LONG' },
        { field: ['input', 'slug'], code: 'INVALID' },
        { field: ['input', 'title'], code: 'TOO_LONG' },
      ],
    ],
  ])('%s is a user error and changes nothing', async (_what, input, expected) => {
    await expectRefused(app, keys.editor, CREATE, { input }, expected);
  });

  test('anonymous callers are UNAUTHENTICATED, reader keys FORBIDDEN', async () => {
    await expectDenied(app, undefined, CREATE, { input: { name: 'Nobody Anon' } }, 'UNAUTHENTICATED');
    await expectDenied(app, keys.reader, CREATE, { input: { name: 'Nobody Reader' } }, 'FORBIDDEN');
  });

  test('is audited: who, what, which person, the row after', async () => {
    const since = await lastAuditId(app);
    const { person } = await mutate(app, keys.editor, CREATE, { input: { name: 'Audit Subject', country: 'US' } });
    const entries = await auditEntriesAfter(app, since);
    expect(entries).toEqual([
      {
        apiKeyId: keys.editorId,
        action: 'createPerson',
        entityType: 'Person',
        entityId: Number(Buffer.from(person.id, 'base64url').toString().split(':')[1]),
        before: null,
        after: expect.objectContaining({ name: 'Audit Subject', slug: 'audit-subject', countryId: expect.any(Number) }),
      },
    ]);
  });
});

describe('updatePerson', () => {
  test('changes only the fields given, by slug or by ID; null clears optional fields', async () => {
    const { person } = await mutate(app, keys.editor, CREATE, {
      input: { name: 'Rename Me', aliases: ['RM'], title: 'Minister', country: 'FR', description: 'To be changed.' },
    });
    const renamed = await mutate(app, keys.editor, UPDATE, { input: { person: 'rename-me', name: 'Renamed', slug: 'renamed' } });
    expect(renamed.person).toEqual({ ...person, name: 'Renamed', slug: 'renamed' });
    const cleared = await mutate(app, keys.editor, UPDATE, {
      input: { person: person.id, title: null, country: null, aliases: null, description: 'Changed.' },
    });
    expect(cleared.person).toEqual({ ...person, name: 'Renamed', slug: 'renamed', title: null, country: null, aliases: [], description: 'Changed.' });
    const read = await app.graphql(`query ($id: ID!) { person(id: $id) { ${personFields} } }`, { id: person.id });
    expect(read.data!.person).toEqual(cleared.person);
  });

  test('user errors: unknown person, taken slug, null name, unknown country; nothing changes', async () => {
    await mutate(app, keys.editor, CREATE, { input: { name: 'Keeps Slug' } });
    await expectRefused(app, keys.editor, UPDATE, { input: { person: 'no-such-person', name: 'X' } }, [
      { field: ['input', 'person'], code: 'NOT_FOUND' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { person: 'keeps-slug', slug: 'antony-blinken' } }, [
      { field: ['input', 'slug'], code: 'TAKEN' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { person: 'keeps-slug', name: null, slug: null } }, [
      { field: ['input', 'name'], code: 'REQUIRED' },
      { field: ['input', 'slug'], code: 'REQUIRED' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { person: 'keeps-slug', country: 'ZZZ', name: 'Changed' } }, [
      { field: ['input', 'country'], code: 'NOT_FOUND' },
    ]);
    // The ID of something else names no person.
    const japan = await app.graphql(`{ country(code: "JP") { id } }`);
    await expectRefused(app, keys.editor, UPDATE, { input: { person: japan.data!.country.id, name: 'X' } }, [
      { field: ['input', 'person'], code: 'NOT_FOUND' },
    ]);
  });

  test('keeping its own slug is not a conflict', async () => {
    const { person } = await mutate(app, keys.editor, UPDATE, { input: { person: 'jimmy-carter', slug: 'jimmy-carter' } });
    expect(person.slug).toBe('jimmy-carter');
  });

  test('is audited with the row before and after', async () => {
    await mutate(app, keys.editor, CREATE, { input: { name: 'Before After', title: 'Old' } });
    const since = await lastAuditId(app);
    await mutate(app, keys.editor, UPDATE, { input: { person: 'before-after', title: 'New' } });
    const [entry] = await auditEntriesAfter(app, since);
    expect(entry).toMatchObject({
      apiKeyId: keys.editorId,
      action: 'updatePerson',
      entityType: 'Person',
      before: expect.objectContaining({ title: 'Old' }),
      after: expect.objectContaining({ title: 'New' }),
    });
  });

  test('a reader cannot update', async () => {
    await expectDenied(app, keys.reader, UPDATE, { input: { person: 'antony-blinken', name: 'Tony' } }, 'FORBIDDEN');
  });
});

describe('deletePerson', () => {
  test('an editor cannot delete (FORBIDDEN); an admin can, and the person leaves events and articles', async () => {
    await expectDenied(app, keys.editor, DELETE, { input: { person: 'yoon-suk-yeol' } }, 'FORBIDDEN');
    await expectDenied(app, undefined, DELETE, { input: { person: 'yoon-suk-yeol' } }, 'UNAUTHENTICATED');
    const before = await app.graphql(`{ person(slug: "yoon-suk-yeol") { id events { totalCount } articles { totalCount } } }`);
    const { id, events } = before.data!.person;
    expect(events.totalCount).toBeGreaterThan(0);
    const eventCount = await app.db.event.count();
    const since = await lastAuditId(app);

    const payload = await mutate(app, keys.admin, DELETE, { input: { person: 'yoon-suk-yeol' } });
    expect(payload.deletedPersonId).toBe(id);
    const after = await app.graphql(`{ person(slug: "yoon-suk-yeol") { id } }`);
    expect(after.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await app.db.event.count()).toBe(eventCount);
    expect(await app.db.eventParticipant.count({ where: { person: { slug: 'yoon-suk-yeol' } } })).toBe(0);
    expect(await auditEntriesAfter(app, since)).toEqual([
      expect.objectContaining({ apiKeyId: keys.adminId, action: 'deletePerson', entityType: 'Person', before: expect.objectContaining({ slug: 'yoon-suk-yeol' }), after: null }),
    ]);
  });

  test('an unknown person is NOT_FOUND and nothing changes', async () => {
    const fingerprint = await databaseFingerprint(app);
    await expectRefused(app, keys.admin, DELETE, { input: { person: 'nobody-here' } }, [{ field: ['input', 'person'], code: 'NOT_FOUND' }]);
    expect(await databaseFingerprint(app)).toEqual(fingerprint);
  });
});
