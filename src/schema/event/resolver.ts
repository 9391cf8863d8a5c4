// Root fields `event` and `events`, and the relations of an event.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField, readCompiled, readCompiledList } from '../compiled';
import { notFound } from '../errors';
import { BoundedListArgs, boundedList } from '../limits';
import { databaseIdOf, selectsField, toGlobalId } from '../relay';
import { ArmsSaleConnection, ArmsSaleListArgs } from '../arms-sale/type';
import { loadArmsSalesOfEvent } from '../../data/arms-sales';
import { ArticleConnection, ArticleListArgs } from '../article/type';
import { loadArticlesOfEvent } from '../../data/articles';
import { Country } from '../country/type';
import { loadCountry } from '../../data/countries';
import { Event, EventConnection, EventCountry, EventListArgs, EventParticipant } from './type';
import {
  EventRow,
  findEvents,
  loadChildren,
  loadEvent,
  loadEventCountries,
  loadParticipants,
} from '../../data/events';

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

  @FieldResolver(() => Country, { nullable: true, description: 'Where it took place (null for multi-country events).' })
  location(@Root() event: EventRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    if (compiled) return compiled.value;
    return event.locationId == null ? null : loadCountry(context, event.locationId);
  }

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

  @FieldResolver(() => [EventParticipant], { description: 'People who took part, with their roles.' })
  participants(@Root() event: EventRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadParticipants>>) : loadParticipants(context, event.id), first);
  }

  @FieldResolver(() => [EventCountry], { description: 'Countries involved, with their roles.' })
  countries(@Root() event: EventRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadEventCountries>>) : loadEventCountries(context, event.id), first);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that report this event.' })
  articles(@Root() event: EventRow, @Args() args: ArticleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    if (compiled) return compiled.value;
    return loadArticlesOfEvent(context, event.id, args);
  }

  @FieldResolver(() => ArmsSaleConnection, { description: 'Arms sales this event announced.' })
  armsSales(@Root() event: EventRow, @Args() args: ArmsSaleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    if (compiled) return compiled.value;
    return loadArmsSalesOfEvent(context, event.id, args);
  }
}
