// Inputs of the article and mention mutations, validated with class-validator (failures come back
// as userErrors).
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUrl, Matches, Max, MaxLength, Min } from 'class-validator';
import { NotBlank } from '../references';
import { DateTimeScalar } from '../scalars';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };
const URL_MESSAGE = 'url must be an http or https URL';
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const LANGUAGE_MESSAGE = 'language must be an ISO 639 code, e.g. "en" or "pt-BR"';

@InputType({ description: 'A new article. It needs a `url`, or a `body` when it was pasted (its SHA-256 is then its key).' })
export class CreateArticleInput {
  @Field(() => String, { nullable: true, description: 'Where it was published: an http(s) URL of at most 2,000 characters, unique.' })
  @MaxLength(2000)
  @IsUrl(URL_OPTIONS, { message: URL_MESSAGE })
  url?: string | null;

  @Field({ description: 'Headline (at most 500 characters).' })
  @NotBlank()
  @MaxLength(500)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Standfirst or subheadline (at most 500 characters).' })
  @MaxLength(500)
  subtitle?: string | null;

  @Field(() => String, { nullable: true, description: 'What the article reports, in our own words (at most 10,000 characters).' })
  @MaxLength(10_000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Full text, when the publisher allows keeping it (at most 1,000,000 characters).' })
  @MaxLength(1_000_000)
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher, e.g. "The Independent" (at most 200 characters).' })
  @MaxLength(200)
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Byline (at most 200 characters).' })
  @MaxLength(200)
  author?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published.' })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Language (ISO 639-1), "en" when left out.' })
  @MaxLength(12)
  @Matches(LANGUAGE, { message: LANGUAGE_MESSAGE })
  language?: string | null;
}

@InputType({ description: 'Changes to an article: fields left out stay as they are; null clears an optional field.' })
export class UpdateArticleInput {
  @Field(() => ID, { description: 'The article to change: global ID or URL.' })
  @MaxLength(2000)
  article!: string;

  @Field(() => String, { nullable: true, description: 'Where it was published (http(s), at most 2,000 characters, unique).' })
  @MaxLength(2000)
  @IsUrl(URL_OPTIONS, { message: URL_MESSAGE })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Headline (at most 500 characters); cannot be null.' })
  @NotBlank()
  @MaxLength(500)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Standfirst or subheadline (at most 500 characters).' })
  @MaxLength(500)
  subtitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Our own summary (at most 10,000 characters).' })
  @MaxLength(10_000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Full text (at most 1,000,000 characters).' })
  @MaxLength(1_000_000)
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher (at most 200 characters).' })
  @MaxLength(200)
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Byline (at most 200 characters).' })
  @MaxLength(200)
  author?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published.' })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Language (ISO 639-1); cannot be null.' })
  @MaxLength(12)
  @Matches(LANGUAGE, { message: LANGUAGE_MESSAGE })
  language?: string | null;
}

@InputType({ description: 'The article to delete.' })
export class DeleteArticleInput {
  @Field(() => ID, { description: 'Global ID or URL.' })
  @MaxLength(2000)
  article!: string;
}

@InputType({ description: 'An article and exactly one thing it mentions.' })
export class RemoveArticleMentionInput {
  @Field(() => ID, { description: 'The article: global ID or URL.' })
  @MaxLength(2000)
  article!: string;

  @Field(() => ID, { nullable: true, description: 'A person (global ID or slug).' })
  @MaxLength(200)
  person?: string | null;

  @Field(() => String, { nullable: true, description: 'A country (ISO 3166-1 alpha-2 or alpha-3 code).' })
  @MaxLength(3)
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'An event (global ID or slug).' })
  @MaxLength(200)
  event?: string | null;

  @Field(() => ID, { nullable: true, description: 'An arms sale (global ID or slug).' })
  @MaxLength(200)
  armsSale?: string | null;
}

@InputType({ description: 'An article, exactly one thing it mentions, and how often and where first.' })
export class AddArticleMentionInput extends RemoveArticleMentionInput {
  @Field(() => Int, { nullable: true, description: 'Times mentioned, 1 or more (1 for a new mention; unchanged when left out).' })
  @Min(1)
  @Max(1_000_000)
  mentionCount?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Character offset of the first mention, 0 or more (unchanged when left out; null clears it).',
  })
  @Min(0)
  @Max(100_000_000)
  firstOffset?: number | null;
}
