// Root fields `armsSaleStats` and `eventStats`, the people co-participants name, and totals formatted for people.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { compiledField } from '../compiled';
import type { Context } from '../context';
import { ArmsSaleFilter } from '../arms-sale/type';
import { EventFilter } from '../event/type';
import { Person } from '../person/type';
import { loadPerson } from '../../data/people';
import { ArmsSaleStatsGroup, ArmsSaleStatsRow, ArmsSaleTotals, CoParticipant, EventStatsGroup, EventStatsRow } from './type';
import { armsSaleStats, eventStats } from '../../data/stats';
import { formattedTotal } from '../../data/profile-counts';

const TOTAL_FORMATTED = { nullable: true, description: 'The sum for people, e.g. "US$3.64 billion".' };

@Resolver(() => ArmsSaleStatsRow)
export class ArmsSaleStatsResolver {
  @Query(() => [ArmsSaleStatsRow], {
    description:
      'Arms sales counted and totalled per group, e.g. by supplier and year: one row per combination of the `groupBy` ' +
      'keys that occurs, most sales first, ties ordered by the keys in the order given (countries by name, years ' +
      'ascending, statuses as they advance; null keys last).',
  })
  armsSaleStats(
    @Arg('groupBy', () => [ArmsSaleStatsGroup], { description: 'What to group by: one or more properties, each at most once.' })
    groupBy: ArmsSaleStatsGroup[],
    @Arg('filter', () => ArmsSaleFilter, { nullable: true, description: 'Only sales matching this filter.' })
    filter: ArmsSaleFilter | null,
    @Ctx() context: Context,
  ) {
    return armsSaleStats(context, groupBy, filter);
  }

  @FieldResolver(() => String, TOTAL_FORMATTED)
  // The root typed as a plain row (as CoParticipantResolver's): typed as the class, type-graphql
  // would copy the row into a new instance before every call (type-graphql's convertToType).
  totalValueFormatted(@Root() row: Pick<ArmsSaleStatsRow, 'totalValueUsdExact'>) {
    return formattedTotal(row.totalValueUsdExact);
  }
}

@Resolver(() => ArmsSaleTotals)
export class ArmsSaleTotalsResolver {
  @FieldResolver(() => String, TOTAL_FORMATTED)
  // A plain row, not copied into an ArmsSaleTotals (see ArmsSaleStatsResolver).
  totalValueFormatted(@Root() totals: Pick<ArmsSaleTotals, 'totalValueUsdExact'>) {
    return formattedTotal(totals.totalValueUsdExact);
  }
}

@Resolver(() => EventStatsRow)
export class EventStatsResolver {
  @Query(() => [EventStatsRow], {
    description:
      'Events counted per group, e.g. per country and month: one row per combination of the `groupBy` keys that ' +
      'occurs, most events first, ties ordered by the keys in the order given (types in declaration order, countries ' +
      'by name, months and years ascending; null keys last).',
  })
  eventStats(
    @Arg('groupBy', () => [EventStatsGroup], { description: 'What to group by: one or more properties, each at most once.' })
    groupBy: EventStatsGroup[],
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Only events matching this filter.' })
    filter: EventFilter | null,
    @Ctx() context: Context,
  ) {
    return eventStats(context, groupBy, filter);
  }
}

@Resolver(() => CoParticipant)
export class CoParticipantResolver {
  @FieldResolver(() => Person, { description: 'The other participant.' })
  // The root typed as a plain row: typed as the class, type-graphql would copy it into one, and the
  // copy would not be the row a compiled statement brought its person for.
  person(@Root() coParticipant: Pick<CoParticipant, 'personId'>, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, coParticipant, info);
    if (compiled) return compiled.value;
    return loadPerson(context, coParticipant.personId);
  }
}
