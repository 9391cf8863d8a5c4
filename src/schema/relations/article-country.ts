// Articles and the countries they mention, both ways.
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { compiledField } from '../compiled';
import { BoundedListArgs, boundedList } from '../limits';
import { Article, ArticleConnection, ArticleListArgs, CountryMention } from '../article/type';
import { ArticleRow, loadArticlesOfCountry, loadCountryMentions } from '../../data/articles';
import { Country, CountryConnection, CountryListArgs } from '../country/type';
import { CountryRow, loadCountriesOfArticle } from '../../data/countries';

@Resolver(() => Article)
export class ArticleCountryResolver {
  @FieldResolver(() => CountryConnection, { description: 'Countries this article mentions.' })
  countries(@Root() article: ArticleRow, @Args() args: CountryListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    if (compiled) return compiled.value;
    return loadCountriesOfArticle(context, article.id, args);
  }

  @FieldResolver(() => [CountryMention], { description: 'Each country the article mentions (up to `first`; `countries` pages through all), how often and where first; most mentioned first.' })
  countryMentions(@Root() article: ArticleRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadCountryMentions>>) : loadCountryMentions(context, article.id), first);
  }
}

@Resolver(() => Country)
export class CountryArticleResolver {
  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention this country.' })
  articles(@Root() country: CountryRow, @Args() args: ArticleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, country, info);
    if (compiled) return compiled.value;
    return loadArticlesOfCountry(context, country.id, args);
  }
}
