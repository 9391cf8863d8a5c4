// The write core of events: creating, changing and deleting an event, and linking people and
// countries to it, as a person's hand-stated facts, each audited in the caller's transaction. The
// GraphQL mutations call these.
import { Prisma, type Event as EventRow } from '../generated/prisma/client';
import { type CountryRole, DatePrecision, type EventType, type ParticipantRole } from '../generated/prisma/enums';
import { editedDates, endDateOf } from '../domain/event-dates';
import { EDITED_BY_A_PERSON } from '../domain/origin';
import { type UserError, userError, UserErrorCode } from '../domain/user-errors';
import { countryIdOf, eventIdOf, failOnUserErrors, nullsOfRequired, personIdOf } from './references';
import { recordWrite } from './audit';
import { eventSlugKey, lockNaturalKeys } from './locks';
import type { Transaction } from './transaction';
import type { Writer } from './write-core';

/** The dates of an event as given: a start, an end, how exactly they are known. */
interface EventDateInput {
  startDate?: Date | null;
  endDate?: Date | null;
  datePrecision?: DatePrecision | null;
}

/** A new event: a location by country code, a parent by global ID or slug. */
export interface NewEvent extends EventDateInput {
  title: string;
  type: EventType;
  slug?: string | null;
  summary?: string | null;
  location?: string | null;
  parent?: string | null;
  position?: number | null;
}

/** Changes of an event (by global ID or slug): undefined leaves a field as it is, null clears it. */
export interface EventChanges extends EventDateInput {
  event: string;
  title?: string | null;
  type?: EventType | null;
  slug?: string | null;
  summary?: string | null;
  location?: string | null;
  parent?: string | null;
  position?: number | null;
}

/** A unique violation on these columns is TAKEN on these input fields (a concurrent write took the value). */
export const EVENT_UNIQUE_FIELDS = { slug: ['input', 'slug'] };

interface EventDates {
  startDate: Date | null;
  endDate: Date | null;
  datePrecision: DatePrecision;
}

/**
 * The dates an event will have, and what is wrong with them. A precision left out follows the
 * dates (UNKNOWN without a start date, DAY when an undated event gets one); a precision given
 * must agree with them: UNKNOWN has no dates, MONTH and YEAR dates are the first day of their
 * month or year (how the read API documents them).
 */
function datesOf(current: EventDates | null, input: EventDateInput, errors: UserError[]): EventDates {
  const { startDate, endDate } = current
    ? editedDates(current, input)
    : { startDate: input.startDate ?? null, endDate: endDateOf(input.startDate ?? null, input.endDate) };
  let datePrecision = input.datePrecision ?? current?.datePrecision ?? DatePrecision.UNKNOWN;
  if (input.datePrecision == null) {
    if (startDate == null) datePrecision = DatePrecision.UNKNOWN;
    else if (datePrecision === DatePrecision.UNKNOWN) datePrecision = DatePrecision.DAY;
  }
  if (endDate && !startDate) {
    errors.push(userError(['input', 'endDate'], 'An end date needs a start date', UserErrorCode.INVALID));
  }
  if (startDate && endDate && endDate < startDate) {
    errors.push(userError(['input', 'endDate'], 'The end date is before the start date', UserErrorCode.OUT_OF_RANGE));
  }
  if (datePrecision === DatePrecision.UNKNOWN && startDate) {
    errors.push(userError(['input', 'datePrecision'], 'UNKNOWN precision means the event has no dates', UserErrorCode.INVALID));
  }
  if (datePrecision !== DatePrecision.UNKNOWN && !startDate) {
    errors.push(userError(['input', 'datePrecision'], `${datePrecision} precision needs a start date`, UserErrorCode.INVALID));
  }
  for (const [field, date] of [['startDate', startDate], ['endDate', endDate]] as const) {
    // A single-day event's end is its start: a wrong day is reported once, on the start.
    if (!date || (field === 'endDate' && date.getTime() === startDate?.getTime())) continue;
    if (datePrecision === DatePrecision.MONTH && date.getUTCDate() !== 1) {
      errors.push(userError(['input', field], 'With MONTH precision a date is the first of its month', UserErrorCode.INVALID));
    }
    if (datePrecision === DatePrecision.YEAR && (date.getUTCDate() !== 1 || date.getUTCMonth() !== 0)) {
      errors.push(userError(['input', field], 'With YEAR precision a date is January 1', UserErrorCode.INVALID));
    }
  }
  return { startDate, endDate, datePrecision };
}

async function checkSlugFree(tx: Transaction, slug: string, exceptId: number | null, errors: UserError[]) {
  // Ingests that could create a row with this slug wait for this write, and it for them.
  await lockNaturalKeys(tx, [eventSlugKey(slug)]);
  const holder = await tx.event.findUnique({ where: { slug }, select: { id: true } });
  if (holder && holder.id !== exceptId) {
    errors.push(userError(['input', 'slug'], `Another event has the slug "${slug}"`, UserErrorCode.TAKEN));
  }
}

/** Making `parentId` the parent of `eventId` would make the event its own ancestor. */
async function wouldCycle(tx: Transaction, eventId: number, parentId: number): Promise<boolean> {
  if (eventId === parentId) return true;
  // UNION (not UNION ALL) stops on a cycle that might already be stored.
  const rows = await tx.$queryRaw<unknown[]>(Prisma.sql`
    WITH RECURSIVE ancestors(id, "parentId") AS (
      SELECT id, "parentId" FROM "Event" WHERE id = ${parentId}
      UNION
      SELECT parent.id, parent."parentId" FROM "Event" parent JOIN ancestors ON parent.id = ancestors."parentId"
    )
    SELECT 1 FROM ancestors WHERE id = ${eventId} LIMIT 1`);
  return rows.length > 0;
}

/** A reference that may be null (to clear the link) or left out (to keep it). */
async function optionalReference(
  reference: string | null | undefined,
  resolve: (reference: string) => Promise<number | null>,
): Promise<number | null | undefined> {
  return reference == null ? reference : resolve(reference);
}

/** Records an event; user errors (a taken slug, bad dates, an unknown location or parent) are thrown as UserInputFailure. */
export async function createEvent(tx: Transaction, input: NewEvent, writer: Writer): Promise<EventRow> {
  const errors: UserError[] = [];
  const dates = datesOf(null, input, errors);
  if (input.slug != null) await checkSlugFree(tx, input.slug, null, errors);
  const locationId = await optionalReference(input.location, (code) => countryIdOf(tx, code, ['input', 'location'], errors));
  const parentId = await optionalReference(input.parent, (ref) => eventIdOf(tx, ref, ['input', 'parent'], errors));
  failOnUserErrors(errors);
  const event = await tx.event.create({
    data: {
      title: input.title.trim(),
      type: input.type,
      slug: input.slug ?? null,
      summary: input.summary ?? null,
      ...dates,
      locationId: locationId ?? null,
      parentId: parentId ?? null,
      position: input.position ?? null,
    },
  });
  await recordWrite(tx, writer.apiKeyId, { action: 'createEvent', entityType: 'Event', entityId: event.id, after: event });
  return event;
}

/** Changes an event as a person's edit: from then on the extractor fills only what is empty. */
export async function updateEvent(tx: Transaction, input: EventChanges, writer: Writer): Promise<EventRow> {
  const errors = nullsOfRequired(input, ['title', 'type']);
  const id = await eventIdOf(tx, input.event, ['input', 'event'], errors);
  const before = id == null ? null : await tx.event.findUnique({ where: { id } });
  const dates = before ? datesOf(before, input, errors) : undefined;
  if (id != null && input.slug != null) await checkSlugFree(tx, input.slug, id, errors);
  const locationId = await optionalReference(input.location, (code) => countryIdOf(tx, code, ['input', 'location'], errors));
  const parentId = await optionalReference(input.parent, (ref) => eventIdOf(tx, ref, ['input', 'parent'], errors));
  if (id != null && parentId != null && (await wouldCycle(tx, id, parentId))) {
    errors.push(userError(['input', 'parent'], 'An event cannot be part of itself or of one of its own parts', UserErrorCode.CONFLICT));
  }
  failOnUserErrors(errors);
  const event = await tx.event.update({
    where: { id: id! },
    data: {
      ...EDITED_BY_A_PERSON,
      title: input.title?.trim(),
      type: input.type ?? undefined,
      slug: input.slug,
      summary: input.summary,
      ...dates,
      locationId,
      parentId,
      position: input.position,
    },
  });
  await recordWrite(tx, writer.apiKeyId, { action: 'updateEvent', entityType: 'Event', entityId: event.id, before, after: event });
  return event;
}

/** Deletes an event (by global ID or slug) with its participants, countries and mentions; returns it as it was. */
export async function deleteEvent(tx: Transaction, reference: string, writer: Writer): Promise<EventRow> {
  const errors: UserError[] = [];
  const id = await eventIdOf(tx, reference, ['input', 'event'], errors);
  failOnUserErrors(errors);
  const before = await tx.event.delete({ where: { id: id! } });
  await recordWrite(tx, writer.apiKeyId, { action: 'deleteEvent', entityType: 'Event', entityId: before.id, before });
  return before;
}

/** What differs between an event's participants and its countries, for the link mutations. */
export interface EventLinks<Role extends string> {
  /** The input field naming the linked person or country. */
  field: 'person' | 'country';
  resolve: (tx: Transaction, reference: string, field: string[], errors: UserError[]) => Promise<number | null>;
  add: (tx: Transaction, eventId: number, id: number, role: Role) => Promise<{ count: number }>;
  find: (tx: Transaction, eventId: number, id: number, role: Role | undefined) => Promise<object[]>;
  remove: (tx: Transaction, eventId: number, id: number, role: Role | undefined) => Promise<unknown>;
  notLinked: string;
  actions: { add: string; remove: string };
}

export const PARTICIPANTS: EventLinks<ParticipantRole> = {
  field: 'person',
  resolve: personIdOf,
  add: (tx, eventId, personId, role) => tx.eventParticipant.createMany({ data: [{ eventId, personId, role }], skipDuplicates: true }),
  find: (tx, eventId, personId, role) => tx.eventParticipant.findMany({ where: { eventId, personId, role } }),
  remove: (tx, eventId, personId, role) => tx.eventParticipant.deleteMany({ where: { eventId, personId, role } }),
  notLinked: 'This person does not take part in this event',
  actions: { add: 'addEventParticipant', remove: 'removeEventParticipant' },
};

export const EVENT_COUNTRIES: EventLinks<CountryRole> = {
  field: 'country',
  resolve: countryIdOf,
  add: (tx, eventId, countryId, role) => tx.eventCountry.createMany({ data: [{ eventId, countryId, role }], skipDuplicates: true }),
  find: (tx, eventId, countryId, role) => tx.eventCountry.findMany({ where: { eventId, countryId, role } }),
  remove: (tx, eventId, countryId, role) => tx.eventCountry.deleteMany({ where: { eventId, countryId, role } }),
  notLinked: 'This country is not involved in this event',
  actions: { add: 'addEventCountry', remove: 'removeEventCountry' },
};

/** Resolves the event and the linked person or country of a link input (user errors for both). */
async function linkEnds<Role extends string>(tx: Transaction, event: string, reference: string, links: EventLinks<Role>) {
  const errors: UserError[] = [];
  const eventId = await eventIdOf(tx, event, ['input', 'event'], errors);
  const id = await links.resolve(tx, reference, ['input', links.field], errors);
  failOnUserErrors(errors);
  return { eventId: eventId!, id: id! };
}

/** Links the event to the person or country in a role (nothing changes if it has it); returns the event. */
export async function addEventLink<Role extends string>(
  tx: Transaction,
  input: { event: string; role: Role },
  reference: string,
  links: EventLinks<Role>,
  writer: Writer,
): Promise<EventRow> {
  const { eventId, id } = await linkEnds(tx, input.event, reference, links);
  const { count } = await links.add(tx, eventId, id, input.role);
  await recordWrite(tx, writer.apiKeyId, {
    action: links.actions.add,
    entityType: 'Event',
    entityId: eventId,
    after: { eventId, [`${links.field}Id`]: id, role: input.role, added: count > 0 },
  });
  return tx.event.findUniqueOrThrow({ where: { id: eventId } });
}

/** Unlinks the person or country (in one role, or in all); NOT_FOUND when they were not linked. Returns the event. */
export async function removeEventLink<Role extends string>(
  tx: Transaction,
  input: { event: string; role?: Role | null },
  reference: string,
  links: EventLinks<Role>,
  writer: Writer,
): Promise<EventRow> {
  const { eventId, id } = await linkEnds(tx, input.event, reference, links);
  const role = input.role ?? undefined;
  const removed = await links.find(tx, eventId, id, role);
  if (removed.length === 0) {
    const inRole = role ? ` as ${role}` : '';
    failOnUserErrors([userError(['input', links.field], `${links.notLinked}${inRole}`, UserErrorCode.NOT_FOUND)]);
  }
  await links.remove(tx, eventId, id, role);
  await recordWrite(tx, writer.apiKeyId, { action: links.actions.remove, entityType: 'Event', entityId: eventId, before: removed });
  return tx.event.findUniqueOrThrow({ where: { id: eventId } });
}
