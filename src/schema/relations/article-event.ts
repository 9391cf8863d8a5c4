// Articles and the events they report, both ways.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField } from '../compiled';
import { BoundedListArgs, boundedList } from '../limits';
import { Article, ArticleConnection, ArticleListArgs, EventMention } from '../article/type';
import { ArticleRow, loadArticlesOfEvent, loadEventMentions } from '../../data/articles';
import { Event, EventConnection, EventListArgs } from '../event/type';
import { EventRow, loadEventsOfArticle } from '../../data/events';

@Resolver(() => Article)
export class ArticleEventResolver {
  @FieldResolver(() => EventConnection, { description: 'Events this article reports.' })
  events(@Root() article: ArticleRow, @Args() args: EventListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    if (compiled) return compiled.value;
    return loadEventsOfArticle(context, article.id, args);
  }

  @FieldResolver(() => [EventMention], { description: 'Each event the article reports (up to `first`; `events` pages through all), how often and where first; most mentioned first.' })
  eventMentions(@Root() article: ArticleRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadEventMentions>>) : loadEventMentions(context, article.id), first);
  }
}

@Resolver(() => Event)
export class EventArticleResolver {
  @FieldResolver(() => ArticleConnection, { description: 'Articles that report this event.' })
  articles(@Root() event: EventRow, @Args() args: ArticleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, event, info);
    if (compiled) return compiled.value;
    return loadArticlesOfEvent(context, event.id, args);
  }
}
