// The shape of a whole article with its graph, as `ingestArticle` takes it and as bulk import and
// export files hold it (one IngestArticleInput per NDJSON line).
import { CURRENCY_MESSAGE, CURRENCY_PATTERN } from '../../domain/money';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ArmsSaleStatus, CountryRole, DatePrecision, EventType, ParticipantRole } from '../../generated/prisma/enums';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../scalars';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** How often, and where first, the article mentions something (fields shared by the mention inputs). */
@InputType({ description: "How often, and where first, the article mentions something. (Base of the mention inputs; not used on its own.)" })
export abstract class MentionInput {
  @Field(() => Int, { nullable: true, description: 'Times mentioned (default 1).' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  mentionCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Character offset of the first mention in the text.' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  firstOffset?: number | null;
}

@InputType({ description: 'A person the article mentions; matched to an existing person by slug, name or alias.' })
export class IngestPersonInput extends MentionInput {
  @Field({ description: 'Full name, e.g. "Antony Blinken".' })
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Natural key; derived from the name when absent.' })
  @MaxLength(100)
  @Matches(SLUG, { message: 'must be lower-case words joined by hyphens' })
  slug?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names, e.g. "Blinken".' })
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Office or position.' })
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Affiliated country: code, name or alias ("US", "U.S.").' })
  @MaxLength(100)
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Who this person is.' })
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'A country the article mentions.' })
export class IngestCountryMentionInput extends MentionInput {
  @Field({ description: 'Code, name or alias: "JP", "JPN", "Japan", "U.S.".' })
  @MinLength(1)
  @MaxLength(100)
  country!: string;
}

@InputType({ description: 'A person taking part in an event.' })
export class IngestParticipantInput {
  @Field({ description: "A person of the article's `people` (slug, name or alias), or an existing person's slug." })
  @MinLength(1)
  @MaxLength(200)
  person!: string;

  @Field(() => ParticipantRole, { description: 'In what role.' })
  @IsIn(Object.values(ParticipantRole))
  role!: ParticipantRole;
}

@InputType({ description: 'A country involved in an event.' })
export class IngestEventCountryInput {
  @Field({ description: 'Code, name or alias.' })
  @MinLength(1)
  @MaxLength(100)
  country!: string;

  @Field(() => CountryRole, { description: 'In what role.' })
  @IsIn(Object.values(CountryRole))
  role!: CountryRole;
}

@InputType({ description: 'An event the article reports, with its parts (a trip and its stops).' })
export class IngestEventInput extends MentionInput {
  @Field(() => String, {
    nullable: true,
    description: 'Natural key. When absent it is derived from type, start date and title, so re-ingesting finds the same event.',
  })
  @MaxLength(100)
  @Matches(SLUG, { message: 'must be lower-case words joined by hyphens' })
  slug?: string | null;

  @Field({ description: 'Short title.' })
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @Field(() => EventType, { description: 'The kind of event.' })
  @IsIn(Object.values(EventType))
  type!: EventType;

  @Field(() => String, { nullable: true, description: 'What happened.' })
  @MaxLength(10_000)
  summary?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, for an event lasting more than a day; left out, the start date (a single-day event).' })
  endDate?: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: 'DAY by default when a start date is given, else UNKNOWN.' })
  @IsIn(Object.values(DatePrecision))
  datePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'Where it took place: country code, name or alias.' })
  @MaxLength(100)
  location?: string | null;

  @Field(() => [IngestParticipantInput], { nullable: true, description: 'People who took part.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  participants?: IngestParticipantInput[] | null;

  @Field(() => [IngestEventCountryInput], { nullable: true, description: 'Countries involved.' })
  @ArrayMaxSize(250)
  @ValidateNested({ each: true })
  countries?: IngestEventCountryInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Slug of the event this one is part of, when that event is not in this input (otherwise nest this one in its `children`).",
  })
  @MaxLength(100)
  parent?: string | null;

  @Field(() => Int, { nullable: true, description: "Order among the parent's parts, from 1 (children are numbered in order when absent)." })
  @IsInt()
  @Min(1)
  @Max(10_000)
  position?: number | null;

  @Field(() => [IngestEventInput], { nullable: true, description: 'Parts of this event in order (a trip\'s stops); positions follow the order.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  children?: IngestEventInput[] | null;
}

@InputType({ description: 'An arms sale the article reports.' })
export class IngestArmsSaleInput extends MentionInput {
  @Field(() => String, {
    nullable: true,
    description: 'Natural key. When absent it is derived from supplier, recipient, date and items.',
  })
  @MaxLength(100)
  @Matches(SLUG, { message: 'must be lower-case words joined by hyphens' })
  slug?: string | null;

  @Field({ description: 'Selling country: code, name or alias.' })
  @MinLength(1)
  @MaxLength(100)
  supplier!: string;

  @Field({ description: 'Buying country: code, name or alias.' })
  @MinLength(1)
  @MaxLength(100)
  recipient!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Exact value in US dollars.' })
  valueUsd?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The value as reported, in `currency`, e.g. "5500000000" for "€5.5 billion".' })
  valueOriginal?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of `valueOriginal`, e.g. "EUR".' })
  @Matches(CURRENCY_PATTERN, { message: CURRENCY_MESSAGE })
  currency?: string | null;

  @Field({ description: 'What is sold.' })
  @MinLength(1)
  @MaxLength(2000)
  items!: string;

  @Field(() => String, { nullable: true, description: 'Weapon system designation.' })
  @MaxLength(200)
  designation?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of items.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  quantity?: number | null;

  @Field(() => ArmsSaleStatus, { description: 'Where the sale stands.' })
  @IsIn(Object.values(ArmsSaleStatus))
  status!: ArmsSaleStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When it was announced.' })
  announcedDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'The event of this input (its slug) that announced the sale.' })
  @MaxLength(100)
  event?: string | null;
}

@InputType({ description: 'A whole article with the people, countries, events and arms sales it reports.' })
export class IngestArticleInput {
  @Field(() => String, { nullable: true, description: 'Where it was published: the natural key. Without it, the body is.' })
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'must be an http(s) URL' })
  url?: string | null;

  @Field({ description: 'Headline.' })
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Standfirst or subheadline.' })
  @MaxLength(2000)
  subtitle?: string | null;

  @Field(() => String, { nullable: true, description: 'What the article reports, in our own words.' })
  @MaxLength(10_000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Full text, when the publisher allows keeping it.' })
  @MaxLength(1_000_000)
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher.' })
  @MaxLength(200)
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Byline.' })
  @MaxLength(500)
  author?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published.' })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Language, ISO 639-1 (default "en").' })
  @Matches(/^[a-z]{2}$/, { message: 'must be a two-letter ISO 639-1 code' })
  language?: string | null;

  @Field(() => [IngestPersonInput], { nullable: true, description: 'People the article mentions.' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  people?: IngestPersonInput[] | null;

  @Field(() => [IngestCountryMentionInput], { nullable: true, description: 'Countries the article mentions.' })
  @ArrayMaxSize(250)
  @ValidateNested({ each: true })
  countries?: IngestCountryMentionInput[] | null;

  @Field(() => [IngestEventInput], { nullable: true, description: 'Events the article reports (top level; parts go in `children`).' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  events?: IngestEventInput[] | null;

  @Field(() => [IngestArmsSaleInput], { nullable: true, description: 'Arms sales the article reports.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  armsSales?: IngestArmsSaleInput[] | null;
}

/** How the text of `ingestArticleText` is written. */
export enum ArticleTextFormat {
  TEXT = 'TEXT',
  MARKDOWN = 'MARKDOWN',
  HTML = 'HTML',
}
registerEnumType(ArticleTextFormat, {
  name: 'ArticleTextFormat',
  description: 'How an article given as text is written.',
  valuesConfig: {
    TEXT: { description: 'Plain text: the first line is the headline unless `title` is given; a YAML front matter block is read as metadata.' },
    MARKDOWN: { description: 'Markdown, with optional YAML front matter (title, subtitle, source, url, publishedAt, author).' },
    HTML: { description: 'A web page: the article is found in it and navigation, newsletter boxes and the like are dropped.' },
  },
});

@InputType({ description: 'An article as raw text, from which the people, countries, events and arms sales it reports are extracted.' })
export class IngestArticleTextInput {
  @Field({ description: 'The article as published: plain text, Markdown or HTML (at most 1,000,000 characters).' })
  @MinLength(1)
  @MaxLength(1_000_000)
  text!: string;

  @Field(() => ArticleTextFormat, { nullable: true, description: 'How `text` is written; guessed (HTML or plain text) when absent.' })
  @IsIn(Object.values(ArticleTextFormat))
  format?: ArticleTextFormat | null;

  @Field(() => String, { nullable: true, description: 'Where it was published: the natural key. Without it, the cleaned body is.' })
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'must be an http(s) URL' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Headline; read from the text when absent." })
  @MinLength(1)
  @MaxLength(500)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Standfirst or subheadline; read from the text when absent.' })
  @MaxLength(2000)
  subtitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher.' })
  @MaxLength(200)
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Byline.' })
  @MaxLength(500)
  author?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was published: relative dates in the text ("on Friday") are resolved against it. Read from the text when absent.',
  })
  publishedAt?: Date | null;
}
