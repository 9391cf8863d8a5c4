// GraphQL types of an event: what happened, when, where, who took part, and its enums and inputs.
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { CountryRole, DatePrecision, EventType, ParticipantRole } from '../../generated/prisma/enums';
import { Node, connectionType, listArgsType, orderInputType } from '../relay';
import { FactOrigin } from '../extracted-fact/type';
import { DateScalar } from '../scalars';
import { Country } from '../country/type';
import { Person } from '../person/type';
import type { DayRange } from '../../data/list';
import { type EventFilter as EventFilterValues, EventOrderField } from '../../data/events';

export { CountryRole, DatePrecision, EventOrderField, EventType, ParticipantRole };

registerEnumType(EventType, {
  name: 'EventType',
  description: 'The kind of an event.',
  valuesConfig: {
    DIPLOMATIC_TRIP: { description: 'A journey abroad with one or more stops (its children).' },
    DIPLOMATIC_VISIT: { description: 'A visit to one country or city, often a stop of a trip.' },
    MEETING: { description: 'A meeting between officials.' },
    SUMMIT: { description: 'A gathering of heads of state or government.' },
    ANNOUNCEMENT: { description: 'An official announcement.' },
    STATEMENT: { description: 'A public statement.' },
    ARMS_SALE: { description: 'The announcement or approval of an arms sale.' },
    FUNERAL: { description: 'A funeral or memorial service.' },
    IMPEACHMENT: { description: 'An impeachment vote or proceeding.' },
    MARTIAL_LAW: { description: 'A declaration of martial law.' },
    ELECTION: { description: 'An election or referendum.' },
    PROTEST: { description: 'A protest or demonstration.' },
    MILITARY_ACTION: { description: 'A military operation, strike or exercise.' },
    OTHER: { description: 'Anything else.' },
  },
});

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How exactly the dates of an event are known.',
  valuesConfig: {
    DAY: { description: 'Known to the day.' },
    MONTH: { description: 'Known to the month; the date is the first of the month.' },
    YEAR: { description: 'Known to the year; the date is January 1.' },
    UNKNOWN: { description: 'Not known; the dates are null.' },
  },
});

registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'What a person did in an event.',
  valuesConfig: {
    VISITOR: { description: 'Travelled to the event.' },
    HOST: { description: 'Received the visitors.' },
    SUBJECT: { description: 'The event is about this person.' },
    SPEAKER: { description: 'Spoke or made the statement.' },
    ATTENDEE: { description: 'Attended.' },
    ORGANIZER: { description: 'Organised or called the event.' },
    PARTICIPANT: { description: 'Took part in another way.' },
  },
});

registerEnumType(CountryRole, {
  name: 'CountryRole',
  description: 'What part a country played in an event.',
  valuesConfig: {
    HOST: { description: 'Hosted the event.' },
    VISITOR: { description: 'Its representatives visited.' },
    SUBJECT: { description: 'The event is about this country.' },
    OBJECTOR: { description: 'Objected to what happened.' },
    SUPPLIER: { description: 'Supplies arms in the event.' },
    RECIPIENT: { description: 'Receives arms in the event.' },
    PARTICIPANT: { description: 'Took part in another way.' },
  },
});

@ObjectType({ simpleResolvers: true, implements: Node, description: 'Something that happened, as reported by one or more articles.' })
export class Event extends Node {
  @Field(() => String, { nullable: true, description: 'Stable natural key, e.g. "blinken-final-trip-2025-01".' })
  slug!: string | null;

  @Field({ description: 'Short title, e.g. "Blinken visits Seoul".' })
  title!: string;

  @Field(() => EventType, { description: 'The kind of event.' })
  type!: EventType;

  @Field(() => String, { nullable: true, description: 'What happened, in a few sentences.' })
  summary!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day (null when unknown).' })
  startDate!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day: the start date for a single-day event; null when the event has no dates.' })
  endDate!: Date | null;

  @Field(() => DatePrecision, { description: 'How exactly the dates are known.' })
  datePrecision!: DatePrecision;

  @Field(() => Int, { nullable: true, description: "Order among the parent's children (a trip's stops), from 1." })
  position!: number | null;

  @Field(() => FactOrigin, {
    description: 'Who stated these fields: MANUAL (a person; the extractor never overwrites them) or EXTRACTED (only the extractor so far).',
  })
  origin!: FactOrigin;
}

export const EventConnection = connectionType(Event, 'Event', 'event');

@ObjectType({ simpleResolvers: true, description: 'A person taking part in an event, in a role.' })
export class EventParticipant {
  @Field(() => Person, { description: 'Who took part.' })
  person!: Person;

  @Field(() => ParticipantRole, { description: 'In what role.' })
  role!: ParticipantRole;
}

@ObjectType({ simpleResolvers: true, description: 'A country involved in an event, in a role.' })
export class EventCountry {
  @Field(() => Country, { description: 'Which country.' })
  country!: Country;

  @Field(() => CountryRole, { description: 'In what role.' })
  role!: CountryRole;
}

@InputType({ description: 'An inclusive range of calendar days; either end may be left open.' })
export class DateRange implements DayRange {
  @Field(() => DateScalar, { nullable: true, description: 'First day of the range.' })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the range.' })
  to?: Date | null;
}

@InputType({ description: 'Narrows a list of events; all given conditions must hold.' })
export class EventFilter implements EventFilterValues {
  @Field(() => [EventType], { nullable: true, description: 'Any of these types.' })
  types?: EventType[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A country (alpha-2 or alpha-3 code) where the event took place or that was involved in it.',
  })
  @MaxLength(3)
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'A person (slug or ID) who took part.' })
  @MaxLength(200)
  person?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Events whose dates overlap this range.' })
  date?: DateRange | null;

  @Field(() => String, { nullable: true, description: 'Text in the title or summary (case-insensitive).' })
  @MaxLength(200)
  text?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only events that are (true) or are not (false) part of another.' })
  hasParent?: boolean | null;
}

registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'Properties events can be ordered by.',
  valuesConfig: {
    START_DATE: { description: 'First day; events without a date come last.' },
    TITLE: { description: 'Title.' },
    CREATED_AT: { description: 'When the event was recorded here.' },
  },
});

export const EventOrder = orderInputType('Event', EventOrderField, 'events');
export type EventOrder = InstanceType<typeof EventOrder>;

export const EventListArgs = listArgsType(EventFilter, EventOrder);
export type EventListArgs = InstanceType<typeof EventListArgs>;
