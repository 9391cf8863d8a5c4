// Root fields `event` and `events`, and an event's ID (its links: schema/relations/).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { readCompiled, readCompiledList } from '../compiled';
import { notFound } from '../errors';
import { databaseIdOf, selectsField, toGlobalId } from '../relay';
import { Event, EventConnection, EventListArgs } from './type';
import { EventRow, findEvents, loadEvent } from '../../data/events';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'An event by ID.' })
  async event(@Arg('id', () => ID) id: string, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<EventRow> {
    const databaseId = databaseIdOf(id, 'Event');
    // One statement for the event and all that is selected under it, when the compiler answers the selection.
    const compiled = await readCompiled<EventRow>(context, 'Event', databaseId, info);
    const event = compiled === undefined ? await loadEvent(context, databaseId) : compiled;
    if (!event) throw notFound(`No event has the ID "${id}"`);
    return event;
  }

  @Query(() => EventConnection, { description: 'Events, filtered and ordered (latest first by default).' })
  async events(@Args() args: EventListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return (await readCompiledList<EventRow>(context, 'Event', info)) ?? findEvents(context, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => ID, { description: 'Opaque global identifier; `node(id:)` fetches it.' })
  id(@Root() event: EventRow): string {
    return toGlobalId('Event', event.id);
  }







}
