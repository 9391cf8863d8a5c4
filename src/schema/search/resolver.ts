// Root field `search`: ranked hits over articles, events, people and countries.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { describeSearchResults } from '../compiled';
import type { Context } from '../context';
import { search } from '../../data/search';
import { SearchArgs, SearchConnection } from './type';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'Articles, events, people and countries matching words, best first (ties by type, then ID): full-text ' +
      'search weighting titles and names above subtitles and summaries above bodies, with approximate matching ' +
      'of names of people and countries. Of articles, events and people the most recent matches of each kind are ' +
      'ranked, up to a bound (see `SearchConnection`), so that a common word is answered as fast as a rare one.',
  })
  async search(@Args() args: SearchArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    // The objects found are read by the search's own statement, when the compiler answers what is selected of them.
    return search(context, args, await describeSearchResults(context, info));
  }
}
