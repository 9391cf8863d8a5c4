// An event and its parts (a trip and its stops), both ways.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField } from '../compiled';
import { BoundedListArgs, boundedList } from '../limits';
import { Event } from '../event/type';
import { EventRow, loadEvent, loadChildren } from '../../data/events';

@Resolver(() => Event)
export class EventPartsResolver {
  @FieldResolver(() => Event, { nullable: true, description: 'The event this one is part of, e.g. the trip of a visit.' })
  parent(@Root() event: EventRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    if (compiled) return compiled.value;
    return event.parentId == null ? null : loadEvent(context, event.parentId);
  }

  @FieldResolver(() => [Event], { description: "The parts of this event, in order (a trip's stops)." })
  children(@Root() event: EventRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    return boundedList(compiled ? (compiled.value as EventRow[]) : loadChildren(context, event.id), first);
  }
}
