// Events and the people who took part in them, both ways.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField } from '../compiled';
import { BoundedListArgs, boundedList } from '../limits';
import { Event, EventConnection, EventListArgs, EventParticipant } from '../event/type';
import { EventRow, loadParticipants, loadEventsOfPerson } from '../../data/events';
import { Person } from '../person/type';
import { PersonRow } from '../../data/people';

@Resolver(() => Event)
export class EventPersonResolver {
  @FieldResolver(() => [EventParticipant], { description: 'People who took part, with their roles.' })
  participants(@Root() event: EventRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadParticipants>>) : loadParticipants(context, event.id), first);
  }
}

@Resolver(() => Person)
export class PersonEventResolver {
  @FieldResolver(() => EventConnection, { description: 'Events this person took part in, in any role.' })
  events(@Root() person: PersonRow, @Args() args: EventListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, person, info);
    if (compiled) return compiled.value;
    return loadEventsOfPerson(context, person.id, args);
  }
}
