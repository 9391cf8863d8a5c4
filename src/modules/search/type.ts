// GraphQL types of `search`: what can be searched, one ranked hit, and the page of hits.
import { ArgsType, Field, Float, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { connectionType, MAX_PAGE_SIZE } from '../../graphql/relay';
import { Article } from '../article/type';
import { Country } from '../country/type';
import { Event } from '../event/type';
import { Person } from '../person/type';

/** The kinds of object `search` finds; the declaration order breaks ties between equal scores. */
export enum SearchType {
  ARTICLE = 'ARTICLE',
  EVENT = 'EVENT',
  PERSON = 'PERSON',
  COUNTRY = 'COUNTRY',
}
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'A kind of object `search` can find.',
  valuesConfig: {
    ARTICLE: { description: 'Articles, by title (weighted highest), subtitle, then summary and body.' },
    EVENT: { description: 'Events, by title, then summary.' },
    PERSON: { description: 'People, by name and aliases (also with typos), then title and description.' },
    COUNTRY: { description: 'Countries, by name, official name, aliases, demonyms (names also with typos) or ISO code.' },
  },
});

export const SEARCH_QUERY_MAX_LENGTH = 200;

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'An object `search` found: an article, event, person or country.',
  types: () => [Article, Event, Person, Country] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType({ description: 'One object `search` found, with how well it matched and where.' })
export class SearchHit {
  @Field(() => Float, {
    description:
      'Relevance, from 0 to 1 (higher is better): the full-text rank (title words weigh most) or, for a name ' +
      'matched approximately, its trigram similarity; an exact name or ISO code is 1. Comparable within one search only.',
  })
  score!: number;

  @Field(() => SearchType, { description: 'What kind of object this is.' })
  type!: SearchType;

  @Field({
    description:
      'Where the object matched, as an HTML fragment: the text is HTML-escaped and matched words are wrapped in ' +
      '`<b>` and `</b>` (a name matched with a typo is wrapped whole). At most two passages, joined by " … ".',
  })
  snippet!: string;

  @Field(() => SearchResult, { description: 'The object found; `__typename` says which kind.' })
  result!: object;
}

export const SearchConnection = connectionType(SearchHit, 'Search', 'search hit');

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      `Words to look for (at most ${SEARCH_QUERY_MAX_LENGTH} characters), in web-search syntax: words in any order, ` +
      '`"a phrase"`, `or`, `-excluded`. Words are stemmed ("missile" finds "missiles"); names of people and ' +
      'countries are also matched approximately ("blinkn" finds Blinken).',
  })
  query!: string;

  @Field(() => [SearchType], { nullable: true, description: 'Only these kinds of object; all kinds when absent.' })
  types?: SearchType[] | null;

  @Field(() => Int, { nullable: true, description: `Return the first n hits (at most ${MAX_PAGE_SIZE}; 20 when absent).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return hits after this cursor (the same query and types).' })
  after?: string | null;
}
