// Events and the countries where they took place or that were involved, both ways.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField } from '../compiled';
import { BoundedListArgs, boundedList } from '../limits';
import { Country } from '../country/type';
import { CountryRow, loadCountry } from '../../data/countries';
import { Event, EventConnection, EventListArgs, EventCountry } from '../event/type';
import { EventRow, loadEventCountries, loadEventsOfCountry } from '../../data/events';

@Resolver(() => Event)
export class EventCountryResolver {
  @FieldResolver(() => Country, { nullable: true, description: 'Where it took place (null for multi-country events).' })
  location(@Root() event: EventRow, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    if (compiled) return compiled.value;
    return event.locationId == null ? null : loadCountry(context, event.locationId);
  }

  @FieldResolver(() => [EventCountry], { description: 'Countries involved, with their roles.' })
  countries(@Root() event: EventRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadEventCountries>>) : loadEventCountries(context, event.id), first);
  }
}

@Resolver(() => Country)
export class CountryEventResolver {
  @FieldResolver(() => EventConnection, { description: 'Events that took place in this country or involved it.' })
  events(@Root() country: CountryRow, @Args() args: EventListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, country, info);
    if (compiled) return compiled.value;
    return loadEventsOfCountry(context, country.id, args);
  }
}
