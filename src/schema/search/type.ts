// GraphQL types of `search`: what can be searched, one ranked hit, and the page of hits.
import { ArgsType, Field, Float, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { MAX_PAGE_SIZE, PageInfo, typenameOf } from '../relay';
import { Article } from '../article/type';
import { Country } from '../country/type';
import { Event } from '../event/type';
import { Person } from '../person/type';
import { SEARCH_QUERY_MAX_LENGTH, SEARCH_RANKED_PER_TYPE, type SearchArgs as SearchArgsValues, SearchType } from '../../data/search';

export { SEARCH_RANKED_PER_TYPE, SearchType };

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

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'An object `search` found: an article, event, person or country.',
  types: () => [Article, Event, Person, Country] as const,
  resolveType: typenameOf,
});

@ObjectType({ simpleResolvers: true, description: 'One object `search` found, with how well it matched and where.' })
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

@ObjectType({ simpleResolvers: true, description: 'One search hit in a page, with its cursor.' })
export class SearchEdge {
  @Field({ description: 'Opaque position of this item, for `after`.' })
  cursor!: string;

  @Field(() => SearchHit, { description: 'The search hit.' })
  node!: SearchHit;
}

@ObjectType({ simpleResolvers: true,
  description:
    'A page of search hits. A search ranks every matching country and, of articles, events and people, at most ' +
    `${SEARCH_RANKED_PER_TYPE} matches of each kind: the most recent (articles by publication date and events by start ` +
    'date, undated ones last; people by when they were recorded, together with the ' +
    `${SEARCH_RANKED_PER_TYPE} people whose names are most similar to the query). When a kind has more matches, its ` +
    'older ones are not listed and `totalCountIsExact` is false; more words narrow the search to reach them.',
})
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The items of this page, in order.' })
  edges!: SearchEdge[];

  @Field(() => PageInfo, { description: 'Where this page stands in the whole list.' })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      'How many hits the search returns across all pages; paging through yields exactly these. When ' +
      '`totalCountIsExact` is false, more matched than were ranked and this is a lower bound of the matches.',
  })
  totalCount!: number;

  @Field({
    description:
      `True when \`totalCount\` counts every match; false when more than ${SEARCH_RANKED_PER_TYPE} articles, events ` +
      'or people (of one kind) matched, so that only the most recent of that kind are ranked and counted (see ' +
      '`SearchConnection`).',
  })
  totalCountIsExact!: boolean;
}

@ArgsType()
export class SearchArgs implements SearchArgsValues {
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
