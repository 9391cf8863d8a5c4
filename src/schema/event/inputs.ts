// Inputs of the event mutations, validated with class-validator (failures come back as userErrors).
import { Field, ID, InputType, Int } from 'type-graphql';
import { Matches, Max, MaxLength, Min } from 'class-validator';
import { NotBlank, SLUG_MESSAGE, SLUG_PATTERN } from '../references';
import { DateScalar } from '../scalars';
import { CountryRole, DatePrecision, EventType, ParticipantRole } from './type';

@InputType({
  description:
    'A new event. Dates: `endDate` is not before `startDate`; `datePrecision` UNKNOWN means no dates, any other ' +
    'precision needs a `startDate` (MONTH: the first of a month, YEAR: January 1).',
})
export class CreateEventInput {
  @Field({ description: 'Short title, e.g. "Blinken visits Seoul" (at most 500 characters).' })
  @NotBlank()
  @MaxLength(500)
  title!: string;

  @Field(() => EventType, { description: 'The kind of event.' })
  type!: EventType;

  @Field(() => String, { nullable: true, description: 'Natural key, e.g. "blinken-final-trip-2025-01" (at most 100 characters).' })
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened, in a few sentences (at most 10,000 characters).' })
  @MaxLength(10_000)
  summary?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, for an event lasting more than a day; left out, the start date (a single-day event).' })
  endDate?: Date | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: 'How exactly the dates are known; DAY when a start date is given, UNKNOWN otherwise.',
  })
  datePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'Where it took place: ISO 3166-1 alpha-2 or alpha-3 code.' })
  @MaxLength(3)
  location?: string | null;

  @Field(() => ID, { nullable: true, description: 'The event this one is part of (global ID or slug), e.g. the trip of a visit.' })
  @MaxLength(200)
  parent?: string | null;

  @Field(() => Int, { nullable: true, description: "Order among the parent's children, from 1." })
  @Min(1)
  @Max(10_000)
  position?: number | null;
}

@InputType({ description: 'Changes to an event: fields left out stay as they are; null clears an optional field.' })
export class UpdateEventInput {
  @Field(() => ID, { description: 'The event to change: global ID or slug.' })
  @MaxLength(200)
  event!: string;

  @Field(() => String, { nullable: true, description: 'Short title (at most 500 characters); cannot be null.' })
  @NotBlank()
  @MaxLength(500)
  title?: string | null;

  @Field(() => EventType, { nullable: true, description: 'The kind of event; cannot be null.' })
  type?: EventType | null;

  @Field(() => String, { nullable: true, description: 'Natural key (at most 100 characters).' })
  @MaxLength(100)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened (at most 10,000 characters).' })
  @MaxLength(10_000)
  summary?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day. Left out, it stays, except that a single-day event whose start moves stays a single-day event; null makes it a single-day event.',
  })
  endDate?: Date | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: 'How exactly the dates are known. Left out, it follows the dates: UNKNOWN when they are cleared, DAY when an undated event gets one.',
  })
  datePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'Where it took place (country code); null clears it.' })
  @MaxLength(3)
  location?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The event this one is part of (global ID or slug); null detaches it. An event cannot be its own ancestor.',
  })
  @MaxLength(200)
  parent?: string | null;

  @Field(() => Int, { nullable: true, description: "Order among the parent's children, from 1." })
  @Min(1)
  @Max(10_000)
  position?: number | null;
}

@InputType({ description: 'The event to delete.' })
export class DeleteEventInput {
  @Field(() => ID, { description: 'Global ID or slug.' })
  @MaxLength(200)
  event!: string;
}

@InputType({ description: 'A person taking part in an event, in a role.' })
export class AddEventParticipantInput {
  @Field(() => ID, { description: 'The event: global ID or slug.' })
  @MaxLength(200)
  event!: string;

  @Field(() => ID, { description: 'The person: global ID or slug.' })
  @MaxLength(200)
  person!: string;

  @Field(() => ParticipantRole, { description: 'What the person did in the event.' })
  role!: ParticipantRole;
}

@InputType({ description: 'A person to remove from an event.' })
export class RemoveEventParticipantInput {
  @Field(() => ID, { description: 'The event: global ID or slug.' })
  @MaxLength(200)
  event!: string;

  @Field(() => ID, { description: 'The person: global ID or slug.' })
  @MaxLength(200)
  person!: string;

  @Field(() => ParticipantRole, { nullable: true, description: 'Only this role; every role of the person when left out.' })
  role?: ParticipantRole | null;
}

@InputType({ description: 'A country involved in an event, in a role.' })
export class AddEventCountryInput {
  @Field(() => ID, { description: 'The event: global ID or slug.' })
  @MaxLength(200)
  event!: string;

  @Field({ description: 'The country: ISO 3166-1 alpha-2 or alpha-3 code, any case.' })
  @MaxLength(3)
  country!: string;

  @Field(() => CountryRole, { description: 'What part the country played.' })
  role!: CountryRole;
}

@InputType({ description: 'A country to remove from an event.' })
export class RemoveEventCountryInput {
  @Field(() => ID, { description: 'The event: global ID or slug.' })
  @MaxLength(200)
  event!: string;

  @Field({ description: 'The country: ISO 3166-1 alpha-2 or alpha-3 code, any case.' })
  @MaxLength(3)
  country!: string;

  @Field(() => CountryRole, { nullable: true, description: 'Only this role; every role of the country when left out.' })
  role?: CountryRole | null;
}
