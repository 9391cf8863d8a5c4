// GraphQL's view of a whole article with its graph, as `ingestArticle` takes it and as bulk import and
// export files hold it (one IngestArticleInput per NDJSON line), and of an article given as text. The
// shapes and their bounds are the write core's (ingest/article-input.ts), which checks them.
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { ArmsSaleStatus, CountryRole, DatePrecision, EventType, ParticipantRole } from '../../generated/prisma/enums';
import type {
  ArmsSaleInput,
  ArticleInput,
  ArticleTextInput,
  CountryMentionInput,
  EventCountryInput,
  EventInput,
  MentionInput as MentionInputValues,
  ParticipantInput,
  PersonInput,
} from '../../ingest/article-input';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../scalars';

/** How often, and where first, the article mentions something (fields shared by the mention inputs). */
@InputType({ description: "How often, and where first, the article mentions something. (Base of the mention inputs; not used on its own.)" })
export abstract class MentionInput implements MentionInputValues {
  @Field(() => Int, { nullable: true, description: 'Times mentioned (default 1).' })
  mentionCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Character offset of the first mention in the text.' })
  firstOffset?: number | null;
}

@InputType({ description: 'A person the article mentions; matched to an existing person by slug, name or alias.' })
export class IngestPersonInput extends MentionInput implements PersonInput {
  @Field({ description: 'Full name, e.g. "Antony Blinken".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Natural key; derived from the name when absent.' })
  slug?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names, e.g. "Blinken".' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Office or position.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Affiliated country: code, name or alias ("US", "U.S.").' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Who this person is.' })
  description?: string | null;
}

@InputType({ description: 'A country the article mentions.' })
export class IngestCountryMentionInput extends MentionInput implements CountryMentionInput {
  @Field({ description: 'Code, name or alias: "JP", "JPN", "Japan", "U.S.".' })
  country!: string;
}

@InputType({ description: 'A person taking part in an event.' })
export class IngestParticipantInput implements ParticipantInput {
  @Field({ description: "A person of the article's `people` (slug, name or alias), or an existing person's slug." })
  person!: string;

  @Field(() => ParticipantRole, { description: 'In what role.' })
  role!: ParticipantRole;
}

@InputType({ description: 'A country involved in an event.' })
export class IngestEventCountryInput implements EventCountryInput {
  @Field({ description: 'Code, name or alias.' })
  country!: string;

  @Field(() => CountryRole, { description: 'In what role.' })
  role!: CountryRole;
}

@InputType({ description: 'An event the article reports, with its parts (a trip and its stops).' })
export class IngestEventInput extends MentionInput implements EventInput {
  @Field(() => String, {
    nullable: true,
    description: 'Natural key. When absent it is derived from type, start date and title, so re-ingesting finds the same event.',
  })
  slug?: string | null;

  @Field({ description: 'Short title.' })
  title!: string;

  @Field(() => EventType, { description: 'The kind of event.' })
  type!: EventType;

  @Field(() => String, { nullable: true, description: 'What happened.' })
  summary?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startDate?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, for an event lasting more than a day; left out, the start date (a single-day event).' })
  endDate?: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: 'DAY by default when a start date is given, else UNKNOWN.' })
  datePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'Where it took place: country code, name or alias.' })
  location?: string | null;

  @Field(() => [IngestParticipantInput], { nullable: true, description: 'People who took part.' })
  participants?: IngestParticipantInput[] | null;

  @Field(() => [IngestEventCountryInput], { nullable: true, description: 'Countries involved.' })
  countries?: IngestEventCountryInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Slug of the event this one is part of, when that event is not in this input (otherwise nest this one in its `children`).",
  })
  parent?: string | null;

  @Field(() => Int, { nullable: true, description: "Order among the parent's parts, from 1 (children are numbered in order when absent)." })
  position?: number | null;

  @Field(() => [IngestEventInput], { nullable: true, description: 'Parts of this event in order (a trip\'s stops); positions follow the order.' })
  children?: IngestEventInput[] | null;
}

@InputType({ description: 'An arms sale the article reports.' })
export class IngestArmsSaleInput extends MentionInput implements ArmsSaleInput {
  @Field(() => String, {
    nullable: true,
    description: 'Natural key. When absent it is derived from supplier, recipient, date and items.',
  })
  slug?: string | null;

  @Field({ description: 'Selling country: code, name or alias.' })
  supplier!: string;

  @Field({ description: 'Buying country: code, name or alias.' })
  recipient!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Exact value in US dollars.' })
  valueUsd?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The value as reported, in `currency`, e.g. "5500000000" for "€5.5 billion".' })
  valueOriginal?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of `valueOriginal`, e.g. "EUR".' })
  currency?: string | null;

  @Field({ description: 'What is sold.' })
  items!: string;

  @Field(() => String, { nullable: true, description: 'Weapon system designation.' })
  designation?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of items.' })
  quantity?: number | null;

  @Field(() => ArmsSaleStatus, { description: 'Where the sale stands.' })
  status!: ArmsSaleStatus;

  @Field(() => DateScalar, { nullable: true, description: 'When it was announced.' })
  announcedDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'The event of this input (its slug) that announced the sale.' })
  event?: string | null;
}

@InputType({ description: 'A whole article with the people, countries, events and arms sales it reports.' })
export class IngestArticleInput implements ArticleInput {
  @Field(() => String, { nullable: true, description: 'Where it was published: the natural key. Without it, the body is.' })
  url?: string | null;

  @Field({ description: 'Headline.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Standfirst or subheadline.' })
  subtitle?: string | null;

  @Field(() => String, { nullable: true, description: 'What the article reports, in our own words.' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Full text, when the publisher allows keeping it.' })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher.' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Byline.' })
  author?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published.' })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Language, ISO 639-1 (default "en").' })
  language?: string | null;

  @Field(() => [IngestPersonInput], { nullable: true, description: 'People the article mentions.' })
  people?: IngestPersonInput[] | null;

  @Field(() => [IngestCountryMentionInput], { nullable: true, description: 'Countries the article mentions.' })
  countries?: IngestCountryMentionInput[] | null;

  @Field(() => [IngestEventInput], { nullable: true, description: 'Events the article reports (top level; parts go in `children`).' })
  events?: IngestEventInput[] | null;

  @Field(() => [IngestArmsSaleInput], { nullable: true, description: 'Arms sales the article reports.' })
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
export class IngestArticleTextInput implements ArticleTextInput {
  @Field({ description: 'The article as published: plain text, Markdown or HTML (at most 1,000,000 characters).' })
  text!: string;

  @Field(() => ArticleTextFormat, { nullable: true, description: 'How `text` is written; guessed (HTML or plain text) when absent.' })
  format?: ArticleTextFormat | null;

  @Field(() => String, { nullable: true, description: 'Where it was published: the natural key. Without it, the cleaned body is.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Headline; read from the text when absent." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Standfirst or subheadline; read from the text when absent.' })
  subtitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher.' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Byline.' })
  author?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was published: relative dates in the text ("on Friday") are resolved against it. Read from the text when absent.',
  })
  publishedAt?: Date | null;
}
