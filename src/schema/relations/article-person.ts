// Articles and the people they mention, both ways.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField } from '../compiled';
import { BoundedListArgs, boundedList } from '../limits';
import { Article, ArticleConnection, ArticleListArgs, PersonMention } from '../article/type';
import { ArticleRow, loadArticlesOfPerson, loadPersonMentions } from '../../data/articles';
import { Person, PersonConnection, PersonListArgs } from '../person/type';
import { PersonRow, loadPeopleOfArticle } from '../../data/people';

@Resolver(() => Article)
export class ArticlePersonResolver {
  @FieldResolver(() => PersonConnection, { description: 'People this article mentions.' })
  people(@Root() article: ArticleRow, @Args() args: PersonListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    if (compiled) return compiled.value;
    return loadPeopleOfArticle(context, article.id, args);
  }

  @FieldResolver(() => [PersonMention], { description: 'Each person the article mentions (up to `first`; `people` pages through all), how often and where first; most mentioned first.' })
  personMentions(@Root() article: ArticleRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadPersonMentions>>) : loadPersonMentions(context, article.id), first);
  }
}

@Resolver(() => Person)
export class PersonArticleResolver {
  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention this person.' })
  articles(@Root() person: PersonRow, @Args() args: ArticleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, person, info);
    if (compiled) return compiled.value;
    return loadArticlesOfPerson(context, person.id, args);
  }
}
