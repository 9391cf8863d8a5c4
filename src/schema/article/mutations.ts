// Mutations of articles and of what they mention: create and update (editors), delete (admins, and
// with it the facts no other article supports), and mention links. Every write is audited.
import { EDITED_BY_A_PERSON } from '../../domain/origin';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Prisma } from '../../generated/prisma/client';
import type { Article as ArticleModel } from '../../generated/prisma/client';
import { contentHashOf } from '../../domain/natural-keys';
import { articleKey, lockArticle, lockNaturalKeys } from '../../ingest/locks';
import { deleteUnsupportedFacts, lockFacts } from '../../ingest/unsupported';
import { requireRole } from '../auth';
import type { Context } from '../context';
import { recordAudit, Transaction, UserError, userError, UserErrorCode } from '../mutations';
import {
  armsSaleIdOf,
  articleIdOf,
  countryIdOf,
  eventIdOf,
  failOnUserErrors,
  nullsOfRequired,
  personIdOf,
  runValidatedMutation,
} from '../references';
import { toGlobalId } from '../relay';
import { VALIDATED_AS_USER_ERRORS } from '../validation';
import { AddArticleMentionInput, CreateArticleInput, DeleteArticleInput, RemoveArticleMentionInput, UpdateArticleInput } from './inputs';
import type { ArticleRow } from '../../data/articles';
import { Article } from './type';

function articlePayload(name: string, what: string) {
  @ObjectType(name, { description: `The result of \`${what}\`.` })
  class ArticlePayload {
    @Field(() => Article, { nullable: true, description: 'The article as it is now; null when there are user errors.' })
    article!: ArticleRow | null;

    @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
    userErrors!: UserError[];
  }
  return ArticlePayload;
}

export const CreateArticlePayload = articlePayload('CreateArticlePayload', 'createArticle');
export const UpdateArticlePayload = articlePayload('UpdateArticlePayload', 'updateArticle');
export const AddArticleMentionPayload = articlePayload('AddArticleMentionPayload', 'addArticleMention');
export const RemoveArticleMentionPayload = articlePayload('RemoveArticleMentionPayload', 'removeArticleMention');
type ArticlePayload = { article: ArticleRow | null; userErrors: UserError[] };

@ObjectType({ description: 'The result of `deleteArticle`: the article and the facts that only it supported.' })
export class DeleteArticlePayload {
  @Field(() => ID, { nullable: true, description: 'Global ID of the deleted article; null when there are user errors.' })
  deletedArticleId!: string | null;

  @Field(() => [ID], { description: 'Events deleted with it: it mentioned them and no other article does.' })
  deletedEventIds!: string[];

  @Field(() => [ID], { description: 'Arms sales deleted with it: it mentioned them and no other article does.' })
  deletedArmsSaleIds!: string[];

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  userErrors!: UserError[];
}

/** An article as the audit keeps it: the body (up to 1 MB, the publisher's text) is left out. */
function auditedArticle({ body, ...article }: ArticleModel) {
  return { ...article, bodyLength: body?.length ?? null };
}

/** The natural key an article will have, and what is wrong with it (no key, or another article's). */
async function naturalKeyOf(
  tx: Transaction,
  url: string | null,
  body: string | null,
  exceptId: number | null,
  errors: UserError[],
): Promise<{ url: string | null; contentHash: string | null }> {
  if (url != null) {
    await lockNaturalKeys(tx, [articleKey({ url, contentHash: null })]);
    const holder = await tx.article.findUnique({ where: { url }, select: { id: true } });
    if (holder && holder.id !== exceptId) errors.push(userError(['input', 'url'], 'Another article has this URL', UserErrorCode.TAKEN));
    return { url, contentHash: null };
  }
  if (body == null || body.trim() === '') {
    errors.push(userError(['input', 'url'], 'An article needs a URL, or a body when it was pasted', UserErrorCode.REQUIRED));
    return { url, contentHash: null };
  }
  const contentHash = contentHashOf(body);
  await lockNaturalKeys(tx, [articleKey({ url: null, contentHash })]);
  const holder = await tx.article.findUnique({ where: { contentHash }, select: { id: true } });
  if (holder && holder.id !== exceptId) {
    errors.push(userError(['input', 'body'], 'Another article without a URL has the same text', UserErrorCode.TAKEN));
  }
  return { url, contentHash };
}

const UNIQUE_FIELDS = { url: ['input', 'url'], contentHash: ['input', 'body'] };

/**
 * An article by global ID or URL, locked by its natural key as ingests of it lock it: a change or
 * delete of it and an ingest of it take turns.
 */
async function lockedArticleIdOf(tx: Transaction, reference: string, field: string[], errors: UserError[]): Promise<number | null> {
  const id = await articleIdOf(tx, reference, field, errors);
  if (id == null || (await lockArticle(tx, id))) return id;
  errors.push(userError(field, `No article has the ID or URL "${reference}"`, UserErrorCode.NOT_FOUND));
  return null;
}

/** The join table of each kind of mention, and how its other end is found. */
const MENTIONS = {
  person: { table: 'ArticlePerson', column: 'personId', resolve: personIdOf },
  country: { table: 'ArticleCountry', column: 'countryId', resolve: countryIdOf },
  event: { table: 'ArticleEvent', column: 'eventId', resolve: eventIdOf },
  armsSale: { table: 'ArticleArmsSale', column: 'armsSaleId', resolve: armsSaleIdOf },
} as const;
type MentionKind = keyof typeof MENTIONS;

interface MentionRow {
  articleId: number;
  mentionCount: number;
  firstOffset: number | null;
}

/** The article and the one thing the input names, with user errors for anything else. */
async function mentionOf(tx: Transaction, input: RemoveArticleMentionInput) {
  const errors: UserError[] = [];
  const kinds = (Object.keys(MENTIONS) as MentionKind[]).filter((kind) => input[kind] != null);
  if (kinds.length !== 1) {
    failOnUserErrors([
      userError(['input'], 'Give exactly one of `person`, `country`, `event` and `armsSale`', UserErrorCode.INVALID),
    ]);
  }
  const kind = kinds[0];
  const articleId = await lockedArticleIdOf(tx, input.article, ['input', 'article'], errors);
  const mentionedId = await MENTIONS[kind].resolve(tx, input[kind]!, ['input', kind], errors);
  failOnUserErrors(errors);
  const { table, column } = MENTIONS[kind];
  return { kind, articleId: articleId!, mentionedId: mentionedId!, table: Prisma.raw(`"${table}"`), column: Prisma.raw(`"${column}"`) };
}

@Resolver()
export class ArticleMutations {
  @Mutation(() => CreateArticlePayload, { description: 'Records an article (without what it mentions; see `addArticleMention`). Needs an EDITOR key.' })
  async createArticle(
    @Arg('input', () => CreateArticleInput, { description: 'The new article.', ...VALIDATED_AS_USER_ERRORS }) input: CreateArticleInput,
    @Ctx() context: Context,
  ): Promise<ArticlePayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
      const errors: UserError[] = [];
      const key = await naturalKeyOf(tx, input.url ?? null, input.body ?? null, null, errors);
      failOnUserErrors(errors);
      const article = await tx.article.create({
        data: {
          ...key,
          title: input.title.trim(),
          subtitle: input.subtitle ?? null,
          summary: input.summary ?? null,
          body: input.body ?? null,
          source: input.source ?? null,
          author: input.author ?? null,
          publishedAt: input.publishedAt ?? null,
          language: input.language ?? 'en',
        },
      });
      await recordAudit(tx, context, { action: 'createArticle', entityType: 'Article', entityId: article.id, after: auditedArticle(article) });
      return article;
    }, UNIQUE_FIELDS);
    return { article: result, userErrors };
  }

  @Mutation(() => UpdateArticlePayload, { description: 'Changes an article. Needs an EDITOR key.' })
  async updateArticle(
    @Arg('input', () => UpdateArticleInput, { description: 'The article and the changes.', ...VALIDATED_AS_USER_ERRORS }) input: UpdateArticleInput,
    @Ctx() context: Context,
  ): Promise<ArticlePayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
      const errors = nullsOfRequired(input, ['title', 'language']);
      const id = await lockedArticleIdOf(tx, input.article, ['input', 'article'], errors);
      const before = id == null ? null : await tx.article.findUnique({ where: { id } });
      const key = before
        ? await naturalKeyOf(
            tx,
            input.url === undefined ? before.url : input.url,
            input.body === undefined ? before.body : input.body,
            before.id,
            errors,
          )
        : undefined;
      failOnUserErrors(errors);
      const article = await tx.article.update({
        where: { id: id! },
        data: {
          // A person's edit: from now on the extractor fills only what is empty.
          ...EDITED_BY_A_PERSON,
          ...key,
          title: input.title?.trim(),
          subtitle: input.subtitle,
          summary: input.summary,
          body: input.body,
          source: input.source,
          author: input.author,
          publishedAt: input.publishedAt,
          language: input.language ?? undefined,
        },
      });
      await recordAudit(tx, context, {
        action: 'updateArticle', entityType: 'Article', entityId: article.id, before: auditedArticle(before!), after: auditedArticle(article),
      });
      return article;
    }, UNIQUE_FIELDS);
    return { article: result, userErrors };
  }

  @Mutation(() => DeleteArticlePayload, {
    description:
      'Deletes an article and its mentions, and the events and arms sales it mentioned that no other article ' +
      'mentions any more. Facts that never had a source, people and countries stay. Needs an ADMIN key.',
  })
  async deleteArticle(
    @Arg('input', () => DeleteArticleInput, { description: 'The article to delete.', ...VALIDATED_AS_USER_ERRORS }) input: DeleteArticleInput,
    @Ctx() context: Context,
  ): Promise<DeleteArticlePayload> {
    requireRole(context, 'ADMIN');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
      const errors: UserError[] = [];
      const id = await lockedArticleIdOf(tx, input.article, ['input', 'article'], errors);
      failOnUserErrors(errors);
      const eventIds = (await tx.articleEvent.findMany({ where: { articleId: id! }, select: { eventId: true } })).map((row) => row.eventId);
      const saleIds = (await tx.articleArmsSale.findMany({ where: { articleId: id! }, select: { armsSaleId: true } })).map(
        (row) => row.armsSaleId,
      );
      await lockFacts(tx, { eventIds, armsSaleIds: saleIds });
      // Deleting the article cascades to its mentions; what it alone mentioned is then unsupported.
      const article = await tx.article.delete({ where: { id: id! } });
      const { events: orphanEvents, armsSales: orphanSales } = await deleteUnsupportedFacts(tx, { eventIds, armsSaleIds: saleIds });
      await recordAudit(tx, context, {
        action: 'deleteArticle',
        entityType: 'Article',
        entityId: article.id,
        before: auditedArticle(article),
        after: { deletedEventIds: orphanEvents.map((event) => event.id), deletedArmsSaleIds: orphanSales.map((sale) => sale.id) },
      });
      // One entry per fact deleted along, so each one's history tells what removed it.
      for (const sale of orphanSales) {
        await recordAudit(tx, context, { action: 'deleteArticle', entityType: 'ArmsSale', entityId: sale.id, before: sale });
      }
      for (const event of orphanEvents) {
        await recordAudit(tx, context, { action: 'deleteArticle', entityType: 'Event', entityId: event.id, before: event });
      }
      return { article, orphanEvents, orphanSales };
    });
    return {
      deletedArticleId: result ? toGlobalId('Article', result.article.id) : null,
      deletedEventIds: result?.orphanEvents.map((event) => toGlobalId('Event', event.id)) ?? [],
      deletedArmsSaleIds: result?.orphanSales.map((sale) => toGlobalId('ArmsSale', sale.id)) ?? [],
      userErrors,
    };
  }

  @Mutation(() => AddArticleMentionPayload, {
    description:
      'Records that an article mentions a person, country, event or arms sale (exactly one); if it already does, ' +
      'sets the counts given. Needs an EDITOR key.',
  })
  async addArticleMention(
    @Arg('input', () => AddArticleMentionInput, { description: 'The article, what it mentions, and the counts.', ...VALIDATED_AS_USER_ERRORS })
    input: AddArticleMentionInput,
    @Ctx() context: Context,
  ): Promise<ArticlePayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
      const { kind, articleId, mentionedId, table, column } = await mentionOf(tx, input);
      const [before] = await tx.$queryRaw<MentionRow[]>`
        SELECT * FROM ${table} WHERE "articleId" = ${articleId} AND ${column} = ${mentionedId}`;
      const [after] = await tx.$queryRaw<MentionRow[]>`
        INSERT INTO ${table} AS mention ("articleId", ${column}, "mentionCount", "firstOffset")
        VALUES (${articleId}, ${mentionedId}, ${input.mentionCount ?? 1}::int, ${input.firstOffset ?? null}::int)
        ON CONFLICT ("articleId", ${column}) DO UPDATE SET
          "mentionCount" = CASE WHEN ${input.mentionCount != null}::boolean THEN EXCLUDED."mentionCount" ELSE mention."mentionCount" END,
          "firstOffset" = CASE WHEN ${input.firstOffset !== undefined}::boolean THEN EXCLUDED."firstOffset" ELSE mention."firstOffset" END
        RETURNING *`;
      await recordAudit(tx, context, { action: 'addArticleMention', entityType: 'Article', entityId: articleId, before, after: { kind, ...after } });
      return tx.article.findUniqueOrThrow({ where: { id: articleId } });
    });
    return { article: result, userErrors };
  }

  @Mutation(() => RemoveArticleMentionPayload, {
    description:
      'Removes the record that an article mentions a person, country, event or arms sale (exactly one). The mentioned ' +
      'object stays. Needs an EDITOR key.',
  })
  async removeArticleMention(
    @Arg('input', () => RemoveArticleMentionInput, { description: 'The article and what it no longer mentions.', ...VALIDATED_AS_USER_ERRORS })
    input: RemoveArticleMentionInput,
    @Ctx() context: Context,
  ): Promise<ArticlePayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, async (tx) => {
      const { kind, articleId, mentionedId, table, column } = await mentionOf(tx, input);
      const [removed] = await tx.$queryRaw<MentionRow[]>`
        DELETE FROM ${table} WHERE "articleId" = ${articleId} AND ${column} = ${mentionedId} RETURNING *`;
      if (!removed) failOnUserErrors([userError(['input', kind], `The article does not mention this ${kind}`, UserErrorCode.NOT_FOUND)]);
      await recordAudit(tx, context, { action: 'removeArticleMention', entityType: 'Article', entityId: articleId, before: { kind, ...removed } });
      return tx.article.findUniqueOrThrow({ where: { id: articleId } });
    });
    return { article: result, userErrors };
  }
}
