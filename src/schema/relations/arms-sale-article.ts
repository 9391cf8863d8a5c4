// Arms sales and the articles that report them, both ways.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField } from '../compiled';
import { BoundedListArgs, boundedList } from '../limits';
import { ArmsSale, ArmsSaleConnection, ArmsSaleListArgs } from '../arms-sale/type';
import { ArmsSaleRow, loadArmsSalesOfArticle } from '../../data/arms-sales';
import { Article, ArticleConnection, ArticleListArgs, ArmsSaleMention } from '../article/type';
import { ArticleRow, loadArticlesOfArmsSale, loadArmsSaleMentions } from '../../data/articles';

@Resolver(() => ArmsSale)
export class ArmsSaleArticleResolver {
  @FieldResolver(() => ArticleConnection, { description: 'Articles that report the sale.' })
  articles(@Root() sale: ArmsSaleRow, @Args() args: ArticleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, sale, info);
    if (compiled) return compiled.value;
    return loadArticlesOfArmsSale(context, sale.id, args);
  }
}

@Resolver(() => Article)
export class ArticleArmsSaleResolver {
  @FieldResolver(() => ArmsSaleConnection, { description: 'Arms sales this article reports.' })
  armsSales(@Root() article: ArticleRow, @Args() args: ArmsSaleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    if (compiled) return compiled.value;
    return loadArmsSalesOfArticle(context, article.id, args);
  }

  @FieldResolver(() => [ArmsSaleMention], { description: 'Each arms sale the article reports (up to `first`; `armsSales` pages through all), how often and where first; most mentioned first.' })
  armsSaleMentions(@Root() article: ArticleRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadArmsSaleMentions>>) : loadArmsSaleMentions(context, article.id), first);
  }
}
