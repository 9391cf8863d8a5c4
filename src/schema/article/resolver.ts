// Root fields `article` and `articles`, and what an article reports.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { compiledField, readCompiledList, readCompiledOne } from '../compiled';
import { Prisma } from '../../generated/prisma/client';
import type { Context } from '../context';
import { badUserInput, notFound } from '../errors';
import { BoundedListArgs, boundedList } from '../limits';
import { databaseIdOf, selectsField, toGlobalId } from '../relay';
import { ArmsSaleConnection, ArmsSaleListArgs } from '../arms-sale/type';
import { loadArmsSalesOfArticle } from '../../data/arms-sales';
import { CountryConnection, CountryListArgs } from '../country/type';
import { loadCountriesOfArticle } from '../../data/countries';
import { EventConnection, EventListArgs } from '../event/type';
import { loadEventsOfArticle } from '../../data/events';
import { PersonConnection, PersonListArgs } from '../person/type';
import { loadPeopleOfArticle } from '../../data/people';
import { Article, ArticleConnection, ArticleListArgs, ArmsSaleMention, CountryMention, EventMention, PersonMention } from './type';
import {
  ArticleRow,
  findArticleByUrl,
  findArticles,
  loadArmsSaleMentions,
  loadArticle,
  loadArticleBody,
  loadCountryMentions,
  loadEventMentions,
  loadPersonMentions,
} from '../../data/articles';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'An article by ID or by URL (give exactly one).' })
  async article(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('url', () => String, { nullable: true }) url: string | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ArticleRow> {
    if ((id == null) === (url == null)) throw badUserInput('id', 'give exactly one of `id` and `url`');
    const databaseId = id != null ? databaseIdOf(id, 'Article') : null;
    // One statement for the article and all that is selected under it, when the compiler answers the selection.
    const compiled = await readCompiledOne<ArticleRow>(context, 'Article', (alias) => databaseId != null
      ? Prisma.sql`${Prisma.raw(`${alias}."id"`)} = ${databaseId}::int`
      : Prisma.sql`${Prisma.raw(`${alias}."url"`)} = ${url}::text`, info);
    const article = compiled !== undefined ? compiled
      : databaseId != null ? await loadArticle(context, databaseId) : await findArticleByUrl(context, url!);
    if (!article) throw notFound(id != null ? `No article has the ID "${id}"` : `No article has the URL "${url}"`);
    return article;
  }

  @Query(() => ArticleConnection, { description: 'Articles, filtered and ordered (latest first by default).' })
  async articles(@Args() args: ArticleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    return (await readCompiledList<ArticleRow>(context, 'Article', info)) ?? findArticles(context, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => ID, { description: 'Opaque global identifier; `node(id:)` fetches it.' })
  id(@Root() article: ArticleRow): string {
    return toGlobalId('Article', article.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Full text, when the publisher allows keeping it.' })
  body(@Root() article: ArticleRow, @Ctx() context: Context): Promise<string | null> {
    return loadArticleBody(context, article);
  }

  @FieldResolver(() => EventConnection, { description: 'Events this article reports.' })
  events(@Root() article: ArticleRow, @Args() args: EventListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    if (compiled) return compiled.value;
    return loadEventsOfArticle(context, article.id, args);
  }

  @FieldResolver(() => PersonConnection, { description: 'People this article mentions.' })
  people(@Root() article: ArticleRow, @Args() args: PersonListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    if (compiled) return compiled.value;
    return loadPeopleOfArticle(context, article.id, args);
  }

  @FieldResolver(() => CountryConnection, { description: 'Countries this article mentions.' })
  countries(@Root() article: ArticleRow, @Args() args: CountryListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    if (compiled) return compiled.value;
    return loadCountriesOfArticle(context, article.id, args);
  }

  @FieldResolver(() => ArmsSaleConnection, { description: 'Arms sales this article reports.' })
  armsSales(@Root() article: ArticleRow, @Args() args: ArmsSaleListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    if (compiled) return compiled.value;
    return loadArmsSalesOfArticle(context, article.id, args);
  }

  @FieldResolver(() => [PersonMention], { description: 'Each person the article mentions (up to `first`; `people` pages through all), how often and where first; most mentioned first.' })
  personMentions(@Root() article: ArticleRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadPersonMentions>>) : loadPersonMentions(context, article.id), first);
  }

  @FieldResolver(() => [CountryMention], { description: 'Each country the article mentions (up to `first`; `countries` pages through all), how often and where first; most mentioned first.' })
  countryMentions(@Root() article: ArticleRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadCountryMentions>>) : loadCountryMentions(context, article.id), first);
  }

  @FieldResolver(() => [EventMention], { description: 'Each event the article reports (up to `first`; `events` pages through all), how often and where first; most mentioned first.' })
  eventMentions(@Root() article: ArticleRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadEventMentions>>) : loadEventMentions(context, article.id), first);
  }

  @FieldResolver(() => [ArmsSaleMention], { description: 'Each arms sale the article reports (up to `first`; `armsSales` pages through all), how often and where first; most mentioned first.' })
  armsSaleMentions(@Root() article: ArticleRow, @Args() { first }: BoundedListArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo) {
    const compiled = compiledField(context, article, info);
    return boundedList(compiled ? (compiled.value as Awaited<ReturnType<typeof loadArmsSaleMentions>>) : loadArmsSaleMentions(context, article.id), first);
  }
}
