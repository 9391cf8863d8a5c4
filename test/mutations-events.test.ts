// Event mutations through the API: create, update (dates, parent, location), delete, and the links
// to participants and countries; user errors with their input path; who may write; the audit.
import type { TestApp } from './support/harness';
import { auditEntriesAfter, startTestAppWithKeys, expectDenied, expectRefused, Keys, lastAuditId, mutate } from './mutations-helpers';

let app: TestApp;
let keys: Keys;
beforeAll(async () => ({ app, keys } = await startTestAppWithKeys()));
afterAll(() => app.close());

const eventFields = `id slug title type summary startDate endDate datePrecision position
  location { code } parent { slug } children { slug }`;
const CREATE = `mutation ($input: CreateEventInput!) {
  createEvent(input: $input) { event { ${eventFields} } userErrors { field message code } }
}`;
const UPDATE = `mutation ($input: UpdateEventInput!) {
  updateEvent(input: $input) { event { ${eventFields} } userErrors { field message code } }
}`;
const DELETE = `mutation ($input: DeleteEventInput!) {
  deleteEvent(input: $input) { deletedEventId userErrors { field message code } }
}`;
const ADD_PARTICIPANT = `mutation ($input: AddEventParticipantInput!) {
  addEventParticipant(input: $input) { event { participants { role person { slug } } } userErrors { field message code } }
}`;
const REMOVE_PARTICIPANT = `mutation ($input: RemoveEventParticipantInput!) {
  removeEventParticipant(input: $input) { event { participants { role person { slug } } } userErrors { field message code } }
}`;
const ADD_COUNTRY = `mutation ($input: AddEventCountryInput!) {
  addEventCountry(input: $input) { event { countries { role country { code } } } userErrors { field message code } }
}`;
const REMOVE_COUNTRY = `mutation ($input: RemoveEventCountryInput!) {
  removeEventCountry(input: $input) { event { countries { role country { code } } } userErrors { field message code } }
}`;

const TRIP = 'blinken-final-trip-2025-01';

describe('createEvent', () => {
  test('creates a stop of a trip, readable through queries', async () => {
    const { event } = await mutate(app, keys.editor, CREATE, {
      input: {
        title: 'Blinken visits Brussels', type: 'DIPLOMATIC_VISIT', slug: 'blinken-brussels-2025-01',
        summary: 'A stop that never happened, for the test.', startDate: '2025-01-08', location: 'bel', parent: TRIP, position: 4,
      },
    });
    expect(event).toEqual({
      id: expect.any(String), slug: 'blinken-brussels-2025-01', title: 'Blinken visits Brussels', type: 'DIPLOMATIC_VISIT',
      summary: 'A stop that never happened, for the test.', startDate: '2025-01-08', endDate: '2025-01-08', datePrecision: 'DAY',
      position: 4, location: { code: 'BE' }, parent: { slug: TRIP }, children: [],
    });
    const read = await app.graphql(`query ($id: ID!) { event(id: $id) { ${eventFields} } }`, { id: event.id });
    expect(read.data!.event).toEqual(event);
    const trip = await app.graphql(`{ events(filter: { text: "final overseas trip" }) { edges { node { children { slug } } } } }`);
    expect(trip.data!.events.edges[0].node.children.map((child: { slug: string }) => child.slug)).toContain('blinken-brussels-2025-01');
  });

  test('without dates the precision is UNKNOWN', async () => {
    const { event } = await mutate(app, keys.editor, CREATE, { input: { title: 'Undated', type: 'OTHER' } });
    expect(event).toMatchObject({ startDate: null, endDate: null, datePrecision: 'UNKNOWN', slug: null, location: null, parent: null });
  });

  test.each([
    ['an end before the start', { startDate: '2025-01-09', endDate: '2025-01-05' }, [{ field: ['input', 'endDate'], code: 'OUT_OF_RANGE' }]],
    ['an end without a start', { endDate: '2025-01-05' }, [{ field: ['input', 'endDate'], code: 'INVALID' }]],
    ['UNKNOWN precision with dates', { startDate: '2025-01-05', datePrecision: 'UNKNOWN' }, [{ field: ['input', 'datePrecision'], code: 'INVALID' }]],
    ['DAY precision without dates', { datePrecision: 'DAY' }, [{ field: ['input', 'datePrecision'], code: 'INVALID' }]],
    ['MONTH precision on the 5th', { startDate: '2025-01-05', datePrecision: 'MONTH' }, [{ field: ['input', 'startDate'], code: 'INVALID' }]],
    ['YEAR precision on February 1', { startDate: '2025-02-01', datePrecision: 'YEAR' }, [{ field: ['input', 'startDate'], code: 'INVALID' }]],
    ['a title over 500 characters', { title: 't'.repeat(501) }, [{ field: ['input', 'title'], code: 'TOO_LONG' }]],
    ['a bad slug', { slug: 'Bad_Slug' }, [{ field: ['input', 'slug'], code: 'INVALID' }]],
    ['a taken slug', { slug: TRIP }, [{ field: ['input', 'slug'], code: 'TAKEN' }]],
    ['position 0', { position: 0 }, [{ field: ['input', 'position'], code: 'OUT_OF_RANGE' }]],
    ['an unknown location', { location: 'QQ' }, [{ field: ['input', 'location'], code: 'NOT_FOUND' }]],
    ['an unknown parent', { parent: 'no-such-event' }, [{ field: ['input', 'parent'], code: 'NOT_FOUND' }]],
  ])('%s is a user error and changes nothing', async (_what, fields, expected) => {
    await expectRefused(app, keys.editor, CREATE, { input: { title: 'Refused', type: 'MEETING', ...fields } }, expected);
  });

  test('MONTH and YEAR precision take the first day of the month or year', async () => {
    const { event } = await mutate(app, keys.editor, CREATE, {
      input: { title: 'January talks', type: 'MEETING', startDate: '2025-01-01', endDate: '2025-03-01', datePrecision: 'MONTH' },
    });
    expect(event).toMatchObject({ startDate: '2025-01-01', endDate: '2025-03-01', datePrecision: 'MONTH' });
  });

  test('anonymous is UNAUTHENTICATED, a reader FORBIDDEN', async () => {
    await expectDenied(app, undefined, CREATE, { input: { title: 'X', type: 'OTHER' } }, 'UNAUTHENTICATED');
    await expectDenied(app, keys.reader, CREATE, { input: { title: 'X', type: 'OTHER' } }, 'FORBIDDEN');
  });
});

describe('updateEvent', () => {
  test('changes the fields given; null clears; dates follow the precision rules', async () => {
    await mutate(app, keys.editor, CREATE, {
      input: { title: 'Movable', type: 'MEETING', slug: 'movable', startDate: '2025-02-03', location: 'FR', parent: TRIP, position: 9 },
    });
    const moved = await mutate(app, keys.editor, UPDATE, {
      input: { event: 'movable', title: 'Moved', location: 'de', endDate: '2025-02-04', parent: null, position: null },
    });
    expect(moved.event).toMatchObject({
      title: 'Moved', startDate: '2025-02-03', endDate: '2025-02-04', datePrecision: 'DAY', location: { code: 'DE' }, parent: null, position: null,
    });
    // Clearing the dates makes the precision UNKNOWN; dating an undated event makes it DAY.
    const undated = await mutate(app, keys.editor, UPDATE, { input: { event: 'movable', startDate: null, endDate: null } });
    expect(undated.event).toMatchObject({ startDate: null, endDate: null, datePrecision: 'UNKNOWN' });
    const dated = await mutate(app, keys.editor, UPDATE, { input: { event: moved.event.id, startDate: '2025-02-10' } });
    expect(dated.event).toMatchObject({ startDate: '2025-02-10', datePrecision: 'DAY' });
  });

  test('the dates are checked against what is stored', async () => {
    // The trip runs 2025-01-05 to 2025-01-09: a new start after its end is out of range.
    await expectRefused(app, keys.editor, UPDATE, { input: { event: TRIP, startDate: '2025-01-10' } }, [
      { field: ['input', 'endDate'], code: 'OUT_OF_RANGE' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { event: TRIP, datePrecision: 'UNKNOWN' } }, [
      { field: ['input', 'datePrecision'], code: 'INVALID' },
    ]);
  });

  test('an event cannot become its own ancestor (CONFLICT), directly or through its parts', async () => {
    await expectRefused(app, keys.editor, UPDATE, { input: { event: TRIP, parent: TRIP } }, [{ field: ['input', 'parent'], code: 'CONFLICT' }]);
    await expectRefused(app, keys.editor, UPDATE, { input: { event: TRIP, parent: `${TRIP}-seoul` } }, [
      { field: ['input', 'parent'], code: 'CONFLICT' },
    ]);
    await mutate(app, keys.editor, CREATE, { input: { title: 'Seoul press conference', type: 'STATEMENT', slug: 'seoul-press', parent: `${TRIP}-seoul` } });
    await expectRefused(app, keys.editor, UPDATE, { input: { event: TRIP, parent: 'seoul-press' } }, [
      { field: ['input', 'parent'], code: 'CONFLICT' },
    ]);
  });

  test('user errors: unknown event, null title, taken slug', async () => {
    await expectRefused(app, keys.editor, UPDATE, { input: { event: 'nothing-like-it', title: 'X' } }, [{ field: ['input', 'event'], code: 'NOT_FOUND' }]);
    await expectRefused(app, keys.editor, UPDATE, { input: { event: TRIP, title: null, type: null } }, [
      { field: ['input', 'title'], code: 'REQUIRED' },
      { field: ['input', 'type'], code: 'REQUIRED' },
    ]);
    await expectRefused(app, keys.editor, UPDATE, { input: { event: TRIP, slug: 'yoon-suk-yeol-impeachment' } }, [
      { field: ['input', 'slug'], code: 'TAKEN' },
    ]);
  });

  test('is audited with the rows before and after', async () => {
    const since = await lastAuditId(app);
    await mutate(app, keys.editor, UPDATE, { input: { event: 'yoon-suk-yeol-martial-law', summary: 'Rewritten.' } });
    expect(await auditEntriesAfter(app, since)).toEqual([
      expect.objectContaining({
        apiKeyId: keys.editorId, action: 'updateEvent', entityType: 'Event',
        before: expect.objectContaining({ slug: 'yoon-suk-yeol-martial-law' }),
        after: expect.objectContaining({ summary: 'Rewritten.' }),
      }),
    ]);
  });
});

describe('participants and countries', () => {
  test('add and remove a participant; adding twice changes nothing', async () => {
    const added = await mutate(app, keys.editor, ADD_PARTICIPANT, { input: { event: 'jimmy-carter-funeral-2025-01-09', person: 'yoon-suk-yeol', role: 'ATTENDEE' } });
    expect(added.event.participants).toContainEqual({ role: 'ATTENDEE', person: { slug: 'yoon-suk-yeol' } });
    const again = await mutate(app, keys.editor, ADD_PARTICIPANT, { input: { event: 'jimmy-carter-funeral-2025-01-09', person: 'yoon-suk-yeol', role: 'ATTENDEE' } });
    expect(again.event.participants).toEqual(added.event.participants);
    const read = await app.graphql(`{ person(slug: "yoon-suk-yeol") { events(filter: { types: [FUNERAL] }) { totalCount } } }`);
    expect(read.data!.person.events.totalCount).toBe(1);

    const removed = await mutate(app, keys.editor, REMOVE_PARTICIPANT, { input: { event: 'jimmy-carter-funeral-2025-01-09', person: 'yoon-suk-yeol' } });
    expect(removed.event.participants).not.toContainEqual(expect.objectContaining({ person: { slug: 'yoon-suk-yeol' } }));
    await expectRefused(app, keys.editor, REMOVE_PARTICIPANT, { input: { event: 'jimmy-carter-funeral-2025-01-09', person: 'yoon-suk-yeol' } }, [
      { field: ['input', 'person'], code: 'NOT_FOUND' },
    ]);
  });

  test('unknown event and person are both reported', async () => {
    await expectRefused(app, keys.editor, ADD_PARTICIPANT, { input: { event: 'nope', person: 'nobody', role: 'HOST' } }, [
      { field: ['input', 'event'], code: 'NOT_FOUND' },
      { field: ['input', 'person'], code: 'NOT_FOUND' },
    ]);
  });

  test('add and remove a country in a role, audited', async () => {
    const since = await lastAuditId(app);
    const added = await mutate(app, keys.editor, ADD_COUNTRY, { input: { event: TRIP, country: 'CHN', role: 'OBJECTOR' } });
    expect(added.event.countries).toContainEqual({ role: 'OBJECTOR', country: { code: 'CN' } });
    const removed = await mutate(app, keys.editor, REMOVE_COUNTRY, { input: { event: TRIP, country: 'cn', role: 'OBJECTOR' } });
    expect(removed.event.countries).not.toContainEqual({ role: 'OBJECTOR', country: { code: 'CN' } });
    expect((await auditEntriesAfter(app, since)).map((entry) => [entry.action, entry.apiKeyId])).toEqual([
      ['addEventCountry', keys.editorId],
      ['removeEventCountry', keys.editorId],
    ]);
    await expectRefused(app, keys.editor, ADD_COUNTRY, { input: { event: TRIP, country: 'XYZ', role: 'HOST' } }, [
      { field: ['input', 'country'], code: 'NOT_FOUND' },
    ]);
    await expectRefused(app, keys.editor, REMOVE_COUNTRY, { input: { event: TRIP, country: 'BR' } }, [
      { field: ['input', 'country'], code: 'NOT_FOUND' },
    ]);
  });

  test('a reader cannot link', async () => {
    await expectDenied(app, keys.reader, ADD_COUNTRY, { input: { event: TRIP, country: 'CN', role: 'OBJECTOR' } }, 'FORBIDDEN');
  });
});

describe('deleteEvent', () => {
  test('editors cannot delete; admins can, and the parts stay without a parent', async () => {
    await expectDenied(app, keys.editor, DELETE, { input: { event: TRIP } }, 'FORBIDDEN');
    const trip = await app.graphql(`{ events(filter: { text: "final overseas trip" }) { edges { node { id children { slug } } } } }`);
    const { id, children } = trip.data!.events.edges[0].node;
    expect(children.length).toBeGreaterThan(0);
    const since = await lastAuditId(app);

    const payload = await mutate(app, keys.admin, DELETE, { input: { event: id } });
    expect(payload.deletedEventId).toBe(id);
    for (const { slug } of children) {
      const child = await app.db.event.findUnique({ where: { slug } });
      expect(child).toMatchObject({ parentId: null });
    }
    const gone = await app.graphql(`query ($id: ID!) { event(id: $id) { id } }`, { id });
    expect(gone.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await auditEntriesAfter(app, since)).toEqual([
      expect.objectContaining({ apiKeyId: keys.adminId, action: 'deleteEvent', entityType: 'Event', before: expect.objectContaining({ slug: TRIP }) }),
    ]);
    await expectRefused(app, keys.admin, DELETE, { input: { event: id } }, [{ field: ['input', 'event'], code: 'NOT_FOUND' }]);
  });
});
