// Article queries: lookups by ID and URL, the filtered list, and the articles behind any fact.
import { Prisma } from '../../generated/prisma/client';
import type { Article as ArticleRow } from '../../generated/prisma/client';
import { containsPattern } from '../../db/sql';
import { byKey, Context, groupByKey } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { filterFields, findList, linkedThrough, ListArgs, ListDefinition, loadListOf } from '../../graphql/list';
import { OrderDirection } from '../../graphql/relay';
import { countryIdForFilter } from '../country/service';
import { personIdForFilter } from '../person/service';
import { loadPersonArticleCount } from '../stats/counts';
import { ArticleFilter, ArticleOrder, ArticleOrderField } from './type';

export type { ArticleRow };

export type ArticleListArgs = ListArgs<ArticleFilter, ArticleOrder>;

export function loadArticle(context: Context, id: number): Promise<ArticleRow | null> {
  return context.loaders
    .get<number, ArticleRow | null>('articleById', async (ids) =>
      byKey(ids, await context.db.article.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    )
    .load(id);
}

export function findArticleByUrl(context: Context, url: string): Promise<ArticleRow | null> {
  return context.db.article.findUnique({ where: { url } });
}

/** How clients filter and order articles. */
export const articleList: ListDefinition<ArticleFilter, ArticleOrder> = {
  table: 'Article',
  sortColumns: {
    PUBLISHED_AT: { column: 'publishedAt', kind: 'timestamp', nullable: true },
    TITLE: { column: 'title', kind: 'text', nullable: false },
    INGESTED_AT: { column: 'ingestedAt', kind: 'timestamp', nullable: false },
  },
  defaultOrder: { field: ArticleOrderField.PUBLISHED_AT, direction: OrderDirection.DESC },
  async conditions(context, filter) {
    const conditions: Prisma.Sql[] = [];
    if (!filter) return conditions;
    if (filter.text != null) {
      // Words (stemmed, any order) anywhere in the article through the full-text index, or any
      // substring of the title (as before full-text search; trigram-indexed) for partly typed titles.
      conditions.push(
        Prisma.sql`(t."searchVector" @@ websearch_to_tsquery('english', ${filter.text}) OR t."title" ILIKE ${containsPattern(filter.text)})`,
      );
    }
    if (filter.source != null) conditions.push(Prisma.sql`t."source" = ${filter.source}`);
    if (filter.language != null) conditions.push(Prisma.sql`t."language" = ${filter.language}`);
    if (filter.published != null) {
      const { from, to } = filter.published;
      if (from && to && from > to) throw badUserInput('filter.published', '`from` is after `to`');
      if (from) conditions.push(Prisma.sql`t."publishedAt" >= ${from}::date`);
      if (to) conditions.push(Prisma.sql`t."publishedAt" < ${to}::date + 1`);
      if (!from && !to) conditions.push(Prisma.sql`t."publishedAt" IS NOT NULL`);
    }
    if (filter.person != null) {
      const personId = await personIdForFilter(context, filter.person, 'filter.person');
      conditions.push(linkedThrough('ArticlePerson', 'articleId', 'personId')(Prisma.sql`${personId}::int`));
    }
    if (filter.country != null) {
      const countryId = await countryIdForFilter(context, filter.country, 'filter.country');
      conditions.push(linkedThrough('ArticleCountry', 'articleId', 'countryId')(Prisma.sql`${countryId}::int`));
    }
    return conditions;
  },
};

export function findArticles(context: Context, args: ArticleListArgs) {
  return findList<ArticleRow, ArticleFilter, ArticleOrder>(articleList, context, args);
}

/** The articles that mention something, through one of the mention tables. */
function loadArticlesMentioning(
  context: Context,
  relation: string,
  mentionTable: string,
  mentionedColumn: string,
  mentionedId: number,
  args: ArticleListArgs,
) {
  return loadListOf<ArticleRow, ArticleFilter, ArticleOrder>(
    articleList, context, relation, mentionedId, args, linkedThrough(mentionTable, 'articleId', mentionedColumn),
  );
}

export const loadArticlesOfEvent = (context: Context, eventId: number, args: ArticleListArgs) =>
  loadArticlesMentioning(context, 'Event.articles', 'ArticleEvent', 'eventId', eventId, args);

export const loadArticlesOfPerson = (context: Context, personId: number, args: ArticleListArgs) =>
  loadListOf<ArticleRow, ArticleFilter, ArticleOrder>(
    articleList, context, 'Person.articles', personId, args, linkedThrough('ArticlePerson', 'articleId', 'personId'), {
      orderedThrough: { table: 'ArticlePerson', parentColumn: 'personId', rowColumn: 'articleId', sortColumns: ['publishedAt'] },
      maintainedCount: (id, filter) => (filterFields(filter).length === 0 ? loadPersonArticleCount(context, id) : null),
    },
  );

export const loadArticlesOfCountry = (context: Context, countryId: number, args: ArticleListArgs) =>
  loadArticlesMentioning(context, 'Country.articles', 'ArticleCountry', 'countryId', countryId, args);

export const loadArticlesOfArmsSale = (context: Context, armsSaleId: number, args: ArticleListArgs) =>
  loadArticlesMentioning(context, 'ArmsSale.articles', 'ArticleArmsSale', 'armsSaleId', armsSaleId, args);

type MentionRow = { articleId: number; mentionCount: number; firstOffset: number | null; mentioned: object };

/**
 * An article's mentions of one kind, most mentioned first, with the mentioned rows: one statement
 * for all the articles of a page.
 */
function loadMentions(
  context: Context,
  kind: 'people' | 'countries' | 'events' | 'armsSales',
  articleId: number,
): Promise<MentionRow[]> {
  return context.loaders
    .get<number, MentionRow[]>(`Article.mentions.${kind}`, async (ids) => {
      const where = { articleId: { in: [...ids] } };
      const order = [{ mentionCount: 'desc' as const }, { firstOffset: { sort: 'asc' as const, nulls: 'last' as const } }];
      const rows: MentionRow[] =
        kind === 'people'
          ? (await context.db.articlePerson.findMany({ where, include: { person: true }, orderBy: [...order, { personId: 'asc' }] }))
              .map(({ person, ...row }) => ({ ...row, mentioned: person }))
          : kind === 'countries'
            ? (await context.db.articleCountry.findMany({ where, include: { country: true }, orderBy: [...order, { countryId: 'asc' }] }))
                .map(({ country, ...row }) => ({ ...row, mentioned: country }))
            : kind === 'events'
              ? (await context.db.articleEvent.findMany({ where, include: { event: true }, orderBy: [...order, { eventId: 'asc' }] }))
                  .map(({ event, ...row }) => ({ ...row, mentioned: event }))
              : (await context.db.articleArmsSale.findMany({ where, include: { armsSale: true }, orderBy: [...order, { armsSaleId: 'asc' }] }))
                  .map(({ armsSale, ...row }) => ({ ...row, mentioned: armsSale }));
      return groupByKey(ids, rows, (row) => row.articleId);
    })
    .load(articleId);
}

export const loadPersonMentions = (context: Context, articleId: number) => loadMentions(context, 'people', articleId);
export const loadCountryMentions = (context: Context, articleId: number) => loadMentions(context, 'countries', articleId);
export const loadEventMentions = (context: Context, articleId: number) => loadMentions(context, 'events', articleId);
export const loadArmsSaleMentions = (context: Context, articleId: number) => loadMentions(context, 'armsSales', articleId);
