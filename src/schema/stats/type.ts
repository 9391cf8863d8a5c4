// GraphQL types of the dashboard aggregates: grouped counts and totals of arms sales and events,
// and the summary figures of a country's or a person's profile page.
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArmsSaleStatus } from '../arms-sale/type';
import { Country } from '../country/type';
import { EventType } from '../event/type';
import {
  ArmsSaleStatsGroup,
  type ArmsSaleStatsRow as ArmsSaleStatsRowValues,
  type CoParticipant as CoParticipantValues,
  EventStatsGroup,
  type EventStatsRow as EventStatsRowValues,
  type GroupCountry,
} from '../../data/stats';
import type { ArmsSaleTotals as ArmsSaleTotalsValues, EventTypeCount as EventTypeCountValues } from '../../data/profile-counts';

export { ArmsSaleStatsGroup, EventStatsGroup };

registerEnumType(ArmsSaleStatsGroup, {
  name: 'ArmsSaleStatsGroup',
  description: 'A property arms sales can be grouped by in `armsSaleStats`; several combine (supplier and year, …).',
  valuesConfig: {
    SUPPLIER: { description: 'The selling country (`supplier`).' },
    RECIPIENT: { description: 'The buying country (`recipient`).' },
    YEAR: { description: 'The year of the announcement date (`year`); undated sales form the group whose year is null.' },
    STATUS: { description: 'Where the sale stands (`status`).' },
  },
});

registerEnumType(EventStatsGroup, {
  name: 'EventStatsGroup',
  description:
    'A property events can be grouped by in `eventStats`; several combine. Dates are those of the first day ' +
    '(`startDate`): an event spanning months counts once, in the month it began.',
  valuesConfig: {
    TYPE: { description: 'The kind of event (`type`).' },
    COUNTRY: {
      description:
        'Each country the event took place in or involved in any role (`country`): an event counts once for every ' +
        'distinct country, so counts of several countries add up to more than the number of events. Events involving ' +
        'no country form the group whose country is null.',
    },
    MONTH: {
      description:
        'The calendar month, "YYYY-MM" (`month`), of events whose month is known (date precision DAY or MONTH); ' +
        'null for undated events and those known only to the year. Combine with YEAR to keep the year of the latter ' +
        '(year 2024, month null); for every other event YEAR then adds no split, only the `year` key.',
    },
    YEAR: { description: 'The year (`year`); undated events form the group whose year is null.' },
  },
});

@ObjectType({ simpleResolvers: true,
  description:
    'One group of arms sales: the keys it was grouped by (the others are null), how many sales it holds and their value.',
})
export class ArmsSaleStatsRow implements ArmsSaleStatsRowValues {
  supplierId!: number | null;
  recipientId!: number | null;

  // The countries come with the row (src/data/stats.ts), read as properties: a field resolver would
  // cost type-graphql's call pipeline on every row of a dashboard's hundred.
  @Field(() => Country, { nullable: true, description: 'The selling country, when grouped by SUPPLIER.' })
  supplier!: GroupCountry;

  @Field(() => Country, { nullable: true, description: 'The buying country, when grouped by RECIPIENT.' })
  recipient!: GroupCountry;

  @Field(() => Int, { nullable: true, description: 'Year of the announcement date, when grouped by YEAR (null for undated sales).' })
  year!: number | null;

  @Field(() => ArmsSaleStatus, { nullable: true, description: 'Status, when grouped by STATUS.' })
  status!: ArmsSaleStatus | null;

  @Field(() => Int, { description: 'Number of arms sales in the group.' })
  count!: number;

  @Field(() => Int, { description: 'Number of them whose value is known (those `totalValueUsd` adds up).' })
  countWithKnownValue!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Sum of the known values in US dollars, as a JSON number; null when no value is known. `totalValueUsdExact` is exact.',
  })
  totalValueUsd!: number | null;

  @Field(() => String, { nullable: true, description: 'Sum of the known values in US dollars, exact, as a decimal string ("3640000000.00").' })
  totalValueUsdExact!: string | null;

  // `totalValueFormatted` is made by its field resolver (ArmsSaleStatsResolver), only when asked for.
}

@ObjectType({ simpleResolvers: true, description: 'One group of events: the keys it was grouped by (the others are null) and how many events it holds.' })
export class EventStatsRow implements EventStatsRowValues {
  countryId!: number | null;

  @Field(() => Country, {
    nullable: true,
    description: 'The country, when grouped by COUNTRY (null for the events that involve no country).',
  })
  country!: GroupCountry;

  @Field(() => EventType, { nullable: true, description: 'Kind of event, when grouped by TYPE.' })
  type!: EventType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Month of the first day, "YYYY-MM", when grouped by MONTH (null when the month is not known).',
  })
  month!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of the first day, when grouped by YEAR (null for undated events).' })
  year!: number | null;

  @Field(() => Int, { description: 'Number of events in the group.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many events of one type.' })
export class EventTypeCount implements EventTypeCountValues {
  @Field(() => EventType, { description: 'The kind of event.' })
  type!: EventType;

  @Field(() => Int, { description: 'Number of events of this type.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Number and total value of a set of arms sales.' })
export class ArmsSaleTotals implements ArmsSaleTotalsValues {
  @Field(() => Int, { description: 'Number of arms sales.' })
  count!: number;

  @Field(() => Int, { description: 'Number of them whose value is known (those `totalValueUsd` adds up).' })
  countWithKnownValue!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Sum of the known values in US dollars, as a JSON number; null when no value is known. `totalValueUsdExact` is exact.',
  })
  totalValueUsd!: number | null;

  @Field(() => String, { nullable: true, description: 'Sum of the known values in US dollars, exact, as a decimal string ("3640000000.00").' })
  totalValueUsdExact!: string | null;

  // `totalValueFormatted` is made by its field resolver (ArmsSaleTotalsResolver), only when asked for.
}

@ObjectType({ simpleResolvers: true, description: 'Someone who took part in events together with the person, and in how many.' })
export class CoParticipant implements CoParticipantValues {
  /** The other participant; the `person` field loads them. */
  personId!: number;

  @Field(() => Int, { description: 'Number of events both took part in.' })
  sharedEvents!: number;
}
