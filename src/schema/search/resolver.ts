// Root field `search`: ranked hits over articles, events, people and countries.
import { Args, Ctx, Query, Resolver } from 'type-graphql';
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
  search(@Args() args: SearchArgs, @Ctx() context: Context) {
    return search(context, args);
  }
}
