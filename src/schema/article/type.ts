// GraphQL types of a news article, the source every fact in the graph traces back to.
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { Node, connectionType, listArgsType, orderInputType } from '../relay';
import { FactOrigin } from '../extracted-fact/type';
import { DateTimeScalar } from '../scalars';
import { ArmsSale } from '../arms-sale/type';
import { Country } from '../country/type';
import { DateRange, Event } from '../event/type';
import { Person } from '../person/type';
import { type ArticleFilter as ArticleFilterValues, ArticleOrderField } from '../../data/articles';

export { ArticleOrderField };

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news article: the source of the facts in the graph.' })
export class Article extends Node {
  @Field(() => String, { nullable: true, description: 'Where it was published; null for pasted text.' })
  url!: string | null;

  @Field({ description: 'Headline.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Standfirst or subheadline.' })
  subtitle!: string | null;

  @Field(() => String, { nullable: true, description: 'What the article reports, in our own words.' })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher, e.g. "The Independent".' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Byline.' })
  author!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  @Field({ description: 'Language (ISO 639-1), e.g. "en".' })
  language!: string;

  @Field(() => DateTimeScalar, { description: 'When it was added here.' })
  ingestedAt!: Date;

  @Field(() => FactOrigin, { description: 'EXTRACTED when the article came in as text (`ingestArticleText`) and its graph was read from it; MANUAL otherwise.' })
  origin!: FactOrigin;

  @Field(() => String, { nullable: true, description: "Version of the extractor that last read the article's text; null when none did." })
  extractorVersion!: string | null;
}

export const ArticleConnection = connectionType(Article, 'Article', 'article');

/** The mention fields every kind shares: how often, and where first, the article names it. */
function mentionType<T extends object>(name: string, field: string, type: new () => T, noun: string) {
  @ObjectType(name, { simpleResolvers: true, description: `How the article mentions a ${noun}: the source of what the graph says about it.` })
  class Mention {
    // The row is held under the schema's name for it (`person`, …), as the loader and the statement
    // compiler bring it (src/data/entities.ts), and read by the default resolver; `mentioned` is the class's name.
    @Field(() => type, { name: field, description: `The ${noun} mentioned.` })
    mentioned!: T;

    @Field(() => Int, { description: 'How many times the article mentions it.' })
    mentionCount!: number;

    @Field(() => Int, { nullable: true, description: 'Character offset of the first mention in the text, when known.' })
    firstOffset!: number | null;
  }
  return Mention;
}

export const PersonMention = mentionType('PersonMention', 'person', Person, 'person');
export const CountryMention = mentionType('CountryMention', 'country', Country, 'country');
export const EventMention = mentionType('EventMention', 'event', Event, 'event');
export const ArmsSaleMention = mentionType('ArmsSaleMention', 'armsSale', ArmsSale, 'arms sale');

@InputType({ description: 'Narrows a list of articles; all given conditions must hold.' })
export class ArticleFilter implements ArticleFilterValues {
  @Field(() => String, { nullable: true, description:
      'Words anywhere in the article — title, subtitle, summary or body — found through the full-text index (stemmed, in any order, web-search syntax: "missile sale" finds "missiles … sales"), or any part of the title (case-insensitive).' })
  @MaxLength(200)
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher, exactly, e.g. "The Independent".' })
  @MaxLength(200)
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Language (ISO 639-1).' })
  @MaxLength(8)
  language?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Published on one of these days (UTC).' })
  published?: DateRange | null;

  @Field(() => String, { nullable: true, description: 'Mentions this person (slug or ID).' })
  @MaxLength(200)
  person?: string | null;

  @Field(() => String, { nullable: true, description: 'Mentions this country (alpha-2 or alpha-3 code).' })
  @MaxLength(3)
  country?: string | null;
}

registerEnumType(ArticleOrderField, {
  name: 'ArticleOrderField',
  description: 'Properties articles can be ordered by.',
  valuesConfig: {
    PUBLISHED_AT: { description: 'Publication time; undated articles come last.' },
    TITLE: { description: 'Headline.' },
    INGESTED_AT: { description: 'When added here.' },
  },
});

export const ArticleOrder = orderInputType('Article', ArticleOrderField, 'articles');
export type ArticleOrder = InstanceType<typeof ArticleOrder>;

export const ArticleListArgs = listArgsType(ArticleFilter, ArticleOrder);
export type ArticleListArgs = InstanceType<typeof ArticleListArgs>;
