// Article queries: lookups by ID and URL, the filtered list, and the articles behind any fact.
import { Prisma } from '../generated/prisma/client';
import type { Article as ArticleRow } from '../generated/prisma/client';
import { readLinkedRows, readModelRows, readRows } from './read';
import { containsPattern } from './sql';
import { byKey, groupByKey, type ReadContext } from './read-context';
import { badUserInput } from '../domain/input-error';
import { type DayRange, filterFields, findList, linkedThrough, ListArgs, ListDefinition, type ListOrder, loadListOf, loadRelation } from './list';
import { countryIdForFilter } from './countries';
import { personIdForFilter } from './people';
import { loadPersonArticleCount } from './profile-counts';
import { listOrderings } from './entities';

export type { ArticleRow };

/** A list of articles as its filter narrows it; all given conditions hold (the API's ArticleFilter). */
export interface ArticleFilter {
  /** Words anywhere in the article (full-text), or any part of the title. */
  text?: string | null;
  source?: string | null;
  language?: string | null;
  published?: DayRange | null;
  /** Mentions this person (slug or global ID). */
  person?: string | null;
  /** Mentions this country (alpha-2 or alpha-3 code). */
  country?: string | null;
}

/** What lists of articles can be ordered by. */
export enum ArticleOrderField {
  PUBLISHED_AT = 'PUBLISHED_AT',
  TITLE = 'TITLE',
  INGESTED_AT = 'INGESTED_AT',
}

export type ArticleOrder = ListOrder<ArticleOrderField>;

export type ArticleListArgs = ListArgs<ArticleFilter, ArticleOrder>;

export function loadArticle(context: ReadContext, id: number): Promise<ArticleRow | null> {
  return context.loaders
    .get<number, ArticleRow | null>('articleById', async (ids) =>
      byKey(ids, await readModelRows<ArticleRow>(context.db, 'Article', Prisma.sql`t."id" = ANY(${[...ids]}::int[])`), (row) => row.id),
    )
    .load(id);
}

/**
 * An article's full text. Rows read for lists and relations leave it out (see DEFERRED_COLUMNS in
 * data/sql.ts); the texts a response asks for are read in one statement.
 */
export async function loadArticleBody(context: ReadContext, article: ArticleRow): Promise<string | null> {
  if (article.body !== undefined) return article.body;
  return context.loaders
    .get<number, string | null>('Article.body', async (ids) => {
      const rows = await readRows<{ id: number; body: string | null }>(
        context.db,
        Prisma.sql`SELECT "id", "body" FROM "Article" WHERE "id" = ANY(${[...ids]}::int[])`,
      );
      return byKey(ids, rows, (row) => row.id).map((row) => row?.body ?? null);
    })
    .load(article.id);
}

export async function findArticleByUrl(context: ReadContext, url: string): Promise<ArticleRow | null> {
  const [row] = await readModelRows<ArticleRow>(context.db, 'Article', Prisma.sql`t."url" = ${url}`);
  return row ?? null;
}

/** How clients filter and order articles. */
export const articleList: ListDefinition<ArticleFilter, ArticleOrder> = {
  table: 'Article',
  // Orderings from the entity registry (src/data/entities.ts), which the statement compiler reads too.
  ...listOrderings<ArticleOrderField>('Article'),
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

export function findArticles(context: ReadContext, args: ArticleListArgs, totalCountSelected = false) {
  return findList<ArticleRow, ArticleFilter, ArticleOrder>(articleList, context, args, totalCountSelected);
}

export const loadArticlesOfEvent = (context: ReadContext, eventId: number, args: ArticleListArgs) =>
  loadRelation<ArticleRow, ArticleFilter, ArticleOrder>(articleList, context, 'Event', 'articles', eventId, args);

export const loadArticlesOfPerson = (context: ReadContext, personId: number, args: ArticleListArgs) =>
  loadRelation<ArticleRow, ArticleFilter, ArticleOrder>(articleList, context, 'Person', 'articles', personId, args,
    (id, filter) => (filterFields(filter).length === 0 ? loadPersonArticleCount(context, id) : null));

export const loadArticlesOfCountry = (context: ReadContext, countryId: number, args: ArticleListArgs) =>
  loadRelation<ArticleRow, ArticleFilter, ArticleOrder>(articleList, context, 'Country', 'articles', countryId, args);

export const loadArticlesOfArmsSale = (context: ReadContext, armsSaleId: number, args: ArticleListArgs) =>
  loadRelation<ArticleRow, ArticleFilter, ArticleOrder>(articleList, context, 'ArmsSale', 'articles', armsSaleId, args);

/** A mention, with the row mentioned under the API's name for it (`person`, `country`, `event`, `armsSale`), as the registry holds it. */
type MentionRow = { articleId: number; mentionCount: number; firstOffset: number | null } & Record<string, unknown>;

/** Where each kind of mention is recorded: the link table, its key of the mentioned row, that row's table and the mention's field for it. */
const MENTION_TABLES = {
  people: { link: 'ArticlePerson', foreignKey: 'personId', related: 'Person', field: 'person' },
  countries: { link: 'ArticleCountry', foreignKey: 'countryId', related: 'Country', field: 'country' },
  events: { link: 'ArticleEvent', foreignKey: 'eventId', related: 'Event', field: 'event' },
  armsSales: { link: 'ArticleArmsSale', foreignKey: 'armsSaleId', related: 'ArmsSale', field: 'armsSale' },
} as const;

/**
 * An article's mentions of one kind, most mentioned first, with the mentioned rows: one statement
 * for all the articles of a page.
 */
function loadMentions(
  context: ReadContext,
  kind: 'people' | 'countries' | 'events' | 'armsSales',
  articleId: number,
): Promise<MentionRow[]> {
  return context.loaders
    .get<number, MentionRow[]>(`Article.mentions.${kind}`, async (ids) => {
      const { link, foreignKey, related, field } = MENTION_TABLES[kind];
      const rows = await readLinkedRows<MentionRow>(
        context.db,
        { table: link, foreignKey },
        { table: related, relation: field },
        Prisma.sql`j."articleId" = ANY(${[...ids]}::int[])`,
        Prisma.sql`ORDER BY j."mentionCount" DESC, j."firstOffset" ASC NULLS LAST, ${Prisma.raw(`j."${foreignKey}"`)} ASC`,
      );
      return groupByKey(ids, rows, (row) => row.articleId);
    })
    .load(articleId);
}

export const loadPersonMentions = (context: ReadContext, articleId: number) => loadMentions(context, 'people', articleId);
export const loadCountryMentions = (context: ReadContext, articleId: number) => loadMentions(context, 'countries', articleId);
export const loadEventMentions = (context: ReadContext, articleId: number) => loadMentions(context, 'events', articleId);
export const loadArmsSaleMentions = (context: ReadContext, articleId: number) => loadMentions(context, 'armsSales', articleId);
