// Root fields `article` and `articles`, and an article's own computed fields (its links: schema/relations/).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { readCompiledList, readCompiledOne } from '../compiled';
import { Prisma } from '../../generated/prisma/client';
import type { Context } from '../context';
import { badUserInput, notFound } from '../errors';
import { databaseIdOf, selectsField, toGlobalId } from '../relay';
import { Article, ArticleConnection, ArticleListArgs } from './type';
import { ArticleRow, findArticleByUrl, findArticles, loadArticle, loadArticleBody } from '../../data/articles';

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
}
