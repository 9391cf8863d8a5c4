// Mutations of events: create and update (with parent, location and dates checked), delete, and the
// links to participants and countries. Editors write, admins delete; the write core (ingest/events.ts)
// writes and audits.
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireRole } from '../auth';
import type { Context } from '../context';
import { UserError, writerOf } from '../mutations';
import {
  addEventLink as addLink,
  createEvent,
  deleteEvent,
  EVENT_COUNTRIES,
  EVENT_UNIQUE_FIELDS,
  type EventLinks,
  PARTICIPANTS,
  removeEventLink as removeLink,
  updateEvent,
} from '../../ingest/events';
import { runValidatedMutation } from '../references';
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
import { Event } from './type';

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

@Resolver()
export class EventMutations {
  @Mutation(() => CreateEventPayload, { description: 'Records an event. Needs an EDITOR key.' })
  async createEvent(
    @Arg('input', () => CreateEventInput, { description: 'The new event.', ...VALIDATED_AS_USER_ERRORS }) input: CreateEventInput,
    @Ctx() context: Context,
  ): Promise<EventPayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => createEvent(tx, input, writerOf(context)), EVENT_UNIQUE_FIELDS);
    return { event: result, userErrors };
  }

  @Mutation(() => UpdateEventPayload, { description: 'Changes an event. Needs an EDITOR key.' })
  async updateEvent(
    @Arg('input', () => UpdateEventInput, { description: 'The event and the changes.', ...VALIDATED_AS_USER_ERRORS }) input: UpdateEventInput,
    @Ctx() context: Context,
  ): Promise<EventPayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => updateEvent(tx, input, writerOf(context)), EVENT_UNIQUE_FIELDS);
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
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => deleteEvent(tx, input.event, writerOf(context)));
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

function addEventLink<Role extends string>(
  context: Context,
  input: { event: string; role: Role },
  reference: string,
  links: EventLinks<Role>,
): Promise<EventPayload> {
  requireRole(context, 'EDITOR');
  return eventPayloadOf(runValidatedMutation(context, input, (tx) => addLink(tx, input, reference, links, writerOf(context))));
}

function removeEventLink<Role extends string>(
  context: Context,
  input: { event: string; role?: Role | null },
  reference: string,
  links: EventLinks<Role>,
): Promise<EventPayload> {
  requireRole(context, 'EDITOR');
  return eventPayloadOf(runValidatedMutation(context, input, (tx) => removeLink(tx, input, reference, links, writerOf(context))));
}

async function eventPayloadOf(written: Promise<{ result: EventRow | null; userErrors: UserError[] }>): Promise<EventPayload> {
  const { result, userErrors } = await written;
  return { event: result, userErrors };
}
