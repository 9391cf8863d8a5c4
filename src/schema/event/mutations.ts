// Mutations of events: create and update (with parent, location and dates checked), delete, and the
// links to participants and countries. Editors write, admins delete; every write is audited.
import { EDITED_BY_A_PERSON } from '../../domain/origin';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Prisma } from '../../generated/prisma/client';
import { requireRole } from '../auth';
import type { Context } from '../context';
import { recordAudit, Transaction, UserError, userError, UserErrorCode } from '../mutations';
import { eventSlugKey, lockNaturalKeys } from '../../ingest/locks';
import {
  countryIdOf,
  eventIdOf,
  failOnUserErrors,
  nullsOfRequired,
  personIdOf,
  runValidatedMutation,
} from '../references';
import { toGlobalId } from '../relay';
import { VALIDATED_AS_USER_ERRORS } from '../validation';
import {
  AddEventCountryInput,
  AddEventParticipantInput,
  CreateEventInput,
  DeleteEventInput,
  RemoveEventCountryInput,
  RemoveEventParticipantInput,
  UpdateEventInput,
} from './inputs';
import type { EventRow } from '../../data/events';
import { CountryRole, DatePrecision, Event, ParticipantRole } from './type';
import { editedDates, endDateOf } from '../../domain/event-dates';

function eventPayload(name: string, what: string) {
  @ObjectType(name, { description: `The result of \`${what}\`.` })
  class EventPayload {
    @Field(() => Event, { nullable: true, description: 'The event as it is now; null when there are user errors.' })
    event!: EventRow | null;

    @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
    userErrors!: UserError[];
  }
  return EventPayload;
}

export const CreateEventPayload = eventPayload('CreateEventPayload', 'createEvent');
export const UpdateEventPayload = eventPayload('UpdateEventPayload', 'updateEvent');
export const AddEventParticipantPayload = eventPayload('AddEventParticipantPayload', 'addEventParticipant');
export const RemoveEventParticipantPayload = eventPayload('RemoveEventParticipantPayload', 'removeEventParticipant');
export const AddEventCountryPayload = eventPayload('AddEventCountryPayload', 'addEventCountry');
export const RemoveEventCountryPayload = eventPayload('RemoveEventCountryPayload', 'removeEventCountry');
type EventPayload = { event: EventRow | null; userErrors: UserError[] };

@ObjectType({ description: 'The result of `deleteEvent`.' })
export class DeleteEventPayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted event; null when there are user errors.' })
  deletedEventId!: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors!: UserError[];
}

const UNIQUE_FIELDS = { slug: ['input', 'slug'] };

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
function datesOf(current: EventDates | null, input: CreateEventInput | UpdateEventInput, errors: UserError[]): EventDates {
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

@Resolver()
export class EventMutations {
  @Mutation(() => CreateEventPayload, { description: 'Records an event. Needs an EDITOR key.' })
  async createEvent(
    @Arg('input', () => CreateEventInput, { description: 'The new event.', ...VALIDATED_AS_USER_ERRORS }) input: CreateEventInput,
    @Ctx() context: Context,
  ): Promise<EventPayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
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
      await recordAudit(tx, context, { action: 'createEvent', entityType: 'Event', entityId: event.id, after: event });
      return event;
    }, UNIQUE_FIELDS);
    return { event: result, userErrors };
  }

  @Mutation(() => UpdateEventPayload, { description: 'Changes an event. Needs an EDITOR key.' })
  async updateEvent(
    @Arg('input', () => UpdateEventInput, { description: 'The event and the changes.', ...VALIDATED_AS_USER_ERRORS }) input: UpdateEventInput,
    @Ctx() context: Context,
  ): Promise<EventPayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
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
          // A person's edit: from now on the extractor fills only what is empty.
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
      await recordAudit(tx, context, { action: 'updateEvent', entityType: 'Event', entityId: event.id, before, after: event });
      return event;
    }, UNIQUE_FIELDS);
    return { event: result, userErrors };
  }

  @Mutation(() => DeleteEventPayload, {
    description:
      'Deletes an event with its participants, countries and article mentions. Its parts stay, without a parent; ' +
      'arms sales it announced stay, without an event. Needs an ADMIN key.',
  })
  async deleteEvent(
    @Arg('input', () => DeleteEventInput, { description: 'The event to delete.', ...VALIDATED_AS_USER_ERRORS }) input: DeleteEventInput,
    @Ctx() context: Context,
  ): Promise<DeleteEventPayload> {
    requireRole(context, 'ADMIN');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
      const errors: UserError[] = [];
      const id = await eventIdOf(tx, input.event, ['input', 'event'], errors);
      failOnUserErrors(errors);
      const before = await tx.event.delete({ where: { id: id! } });
      await recordAudit(tx, context, { action: 'deleteEvent', entityType: 'Event', entityId: before.id, before });
      return before;
    });
    return { deletedEventId: result ? toGlobalId('Event', result.id) : null, userErrors };
  }

  @Mutation(() => AddEventParticipantPayload, {
    description: 'Adds a person to an event in a role (nothing changes if they already have it). Needs an EDITOR key.',
  })
  addEventParticipant(
    @Arg('input', () => AddEventParticipantInput, { description: 'Event, person and role.', ...VALIDATED_AS_USER_ERRORS })
    input: AddEventParticipantInput,
    @Ctx() context: Context,
  ): Promise<EventPayload> {
    return addEventLink(context, input, input.person, PARTICIPANTS);
  }

  @Mutation(() => RemoveEventParticipantPayload, {
    description: 'Removes a person from an event (in one role, or in all). Needs an EDITOR key.',
  })
  removeEventParticipant(
    @Arg('input', () => RemoveEventParticipantInput, { description: 'Event, person and optionally the role.', ...VALIDATED_AS_USER_ERRORS })
    input: RemoveEventParticipantInput,
    @Ctx() context: Context,
  ): Promise<EventPayload> {
    return removeEventLink(context, input, input.person, PARTICIPANTS);
  }

  @Mutation(() => AddEventCountryPayload, {
    description: 'Involves a country in an event in a role (nothing changes if it already has it). Needs an EDITOR key.',
  })
  addEventCountry(
    @Arg('input', () => AddEventCountryInput, { description: 'Event, country and role.', ...VALIDATED_AS_USER_ERRORS })
    input: AddEventCountryInput,
    @Ctx() context: Context,
  ): Promise<EventPayload> {
    return addEventLink(context, input, input.country, EVENT_COUNTRIES);
  }

  @Mutation(() => RemoveEventCountryPayload, {
    description: 'Removes a country from an event (in one role, or in all). Needs an EDITOR key.',
  })
  removeEventCountry(
    @Arg('input', () => RemoveEventCountryInput, { description: 'Event, country and optionally the role.', ...VALIDATED_AS_USER_ERRORS })
    input: RemoveEventCountryInput,
    @Ctx() context: Context,
  ): Promise<EventPayload> {
    return removeEventLink(context, input, input.country, EVENT_COUNTRIES);
  }
}

/** What differs between an event's participants and its countries, for the link mutations. */
interface EventLinks<Role extends string> {
  /** The input field naming the linked person or country. */
  field: 'person' | 'country';
  resolve: (tx: Transaction, reference: string, field: string[], errors: UserError[]) => Promise<number | null>;
  add: (tx: Transaction, eventId: number, id: number, role: Role) => Promise<{ count: number }>;
  find: (tx: Transaction, eventId: number, id: number, role: Role | undefined) => Promise<object[]>;
  remove: (tx: Transaction, eventId: number, id: number, role: Role | undefined) => Promise<unknown>;
  notLinked: string;
  actions: { add: string; remove: string };
}

const PARTICIPANTS: EventLinks<ParticipantRole> = {
  field: 'person',
  resolve: personIdOf,
  add: (tx, eventId, personId, role) => tx.eventParticipant.createMany({ data: [{ eventId, personId, role }], skipDuplicates: true }),
  find: (tx, eventId, personId, role) => tx.eventParticipant.findMany({ where: { eventId, personId, role } }),
  remove: (tx, eventId, personId, role) => tx.eventParticipant.deleteMany({ where: { eventId, personId, role } }),
  notLinked: 'This person does not take part in this event',
  actions: { add: 'addEventParticipant', remove: 'removeEventParticipant' },
};

const EVENT_COUNTRIES: EventLinks<CountryRole> = {
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

async function addEventLink<Role extends string>(
  context: Context,
  input: { event: string; role: Role },
  reference: string,
  links: EventLinks<Role>,
): Promise<EventPayload> {
  requireRole(context, 'EDITOR');
  const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
    const { eventId, id } = await linkEnds(tx, input.event, reference, links);
    const { count } = await links.add(tx, eventId, id, input.role);
    await recordAudit(tx, context, {
      action: links.actions.add,
      entityType: 'Event',
      entityId: eventId,
      after: { eventId, [`${links.field}Id`]: id, role: input.role, added: count > 0 },
    });
    return tx.event.findUniqueOrThrow({ where: { id: eventId } });
  });
  return { event: result, userErrors };
}

async function removeEventLink<Role extends string>(
  context: Context,
  input: { event: string; role?: Role | null },
  reference: string,
  links: EventLinks<Role>,
): Promise<EventPayload> {
  requireRole(context, 'EDITOR');
  const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
    const { eventId, id } = await linkEnds(tx, input.event, reference, links);
    const role = input.role ?? undefined;
    const removed = await links.find(tx, eventId, id, role);
    if (removed.length === 0) {
      const inRole = role ? ` as ${role}` : '';
      failOnUserErrors([userError(['input', links.field], `${links.notLinked}${inRole}`, UserErrorCode.NOT_FOUND)]);
    }
    await links.remove(tx, eventId, id, role);
    await recordAudit(tx, context, { action: links.actions.remove, entityType: 'Event', entityId: eventId, before: removed });
    return tx.event.findUniqueOrThrow({ where: { id: eventId } });
  });
  return { event: result, userErrors };
}
