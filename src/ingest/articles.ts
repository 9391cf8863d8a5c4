// The write core of articles edited one by one: create, change and delete an article (and with it
// the facts no other article supports), and add or remove what it mentions — each audited in the
// caller's transaction, user errors thrown as UserInputFailure. The GraphQL mutations call these.
import { Prisma } from '../generated/prisma/client';
import type { Article as ArticleRow, ArmsSale as ArmsSaleRow, Event as EventRow } from '../generated/prisma/client';
import { contentHashOf } from '../domain/natural-keys';
import { EDITED_BY_A_PERSON } from '../domain/origin';
import { type UserError, userError, UserErrorCode } from '../domain/user-errors';
import { armsSaleIdOf, articleIdOf, countryIdOf, eventIdOf, failOnUserErrors, nullsOfRequired, personIdOf } from './references';
import { articleKey, lockArticle, lockNaturalKeys } from './locks';
import { deleteUnsupportedFacts, lockFacts } from './unsupported';
import { recordWrite } from './audit';
import type { Transaction } from './transaction';
import type { Writer } from './write-core';
import { type ArticleFields, articleColumnsOf } from './article-input';

/** A new article, without what it mentions: a URL, or a body when it was pasted. */
export type NewArticle = ArticleFields;

/** Changes of an article (by global ID or URL): undefined leaves a field as it is, null clears it. */
export type ArticleChanges = { article: string } & { [Field in keyof NewArticle]?: NewArticle[Field] | null };

/** An article (by global ID or URL) and the one thing it mentions: a person, country, event or arms sale. */
export interface MentionReference {
  article: string;
  person?: string | null;
  country?: string | null;
  event?: string | null;
  armsSale?: string | null;
}

/** A mention to record, with its counts (absent: 1 and unknown for a new mention, unchanged for an existing one). */
export interface MentionChange extends MentionReference {
  mentionCount?: number | null;
  firstOffset?: number | null;
}

/** A unique violation on these columns is TAKEN on these input fields (a concurrent write took the value). */
export const ARTICLE_UNIQUE_FIELDS = { url: ['input', 'url'], contentHash: ['input', 'body'] };

/** What a delete removed: the article, and the events and sales only it mentioned. */
export interface DeletedArticle {
  article: ArticleRow;
  orphanEvents: EventRow[];
  orphanSales: ArmsSaleRow[];
}

/** An article as the audit keeps it: the body (up to 1 MB, the publisher's text) is left out. */
function auditedArticle({ body, ...article }: ArticleRow) {
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

/** Records an article; a taken URL or text, or neither given, is a user error. */
export async function createArticle(tx: Transaction, input: NewArticle, writer: Writer): Promise<ArticleRow> {
  const errors: UserError[] = [];
  const key = await naturalKeyOf(tx, input.url ?? null, input.body ?? null, null, errors);
  failOnUserErrors(errors);
  const article = await tx.article.create({
    data: { ...key, ...articleColumnsOf(input), title: input.title.trim() },
  });
  await recordWrite(tx, writer.apiKeyId, { action: 'createArticle', entityType: 'Article', entityId: article.id, after: auditedArticle(article) });
  return article;
}

/** Changes an article as a person's edit: from then on the extractor fills only what is empty. */
export async function updateArticle(tx: Transaction, input: ArticleChanges, writer: Writer): Promise<ArticleRow> {
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
  await recordWrite(tx, writer.apiKeyId, {
    action: 'updateArticle', entityType: 'Article', entityId: article.id, before: auditedArticle(before!), after: auditedArticle(article),
  });
  return article;
}

/**
 * Deletes an article (by global ID or URL) and its mentions, and the events and arms sales it
 * mentioned that no other article mentions any more; one audit entry for each.
 */
export async function deleteArticle(tx: Transaction, reference: string, writer: Writer): Promise<DeletedArticle> {
  const errors: UserError[] = [];
  const id = await lockedArticleIdOf(tx, reference, ['input', 'article'], errors);
  failOnUserErrors(errors);
  const eventIds = (await tx.articleEvent.findMany({ where: { articleId: id! }, select: { eventId: true } })).map((row) => row.eventId);
  const saleIds = (await tx.articleArmsSale.findMany({ where: { articleId: id! }, select: { armsSaleId: true } })).map(
    (row) => row.armsSaleId,
  );
  await lockFacts(tx, { eventIds, armsSaleIds: saleIds });
  // Deleting the article cascades to its mentions; what it alone mentioned is then unsupported.
  const article = await tx.article.delete({ where: { id: id! } });
  const { events: orphanEvents, armsSales: orphanSales } = await deleteUnsupportedFacts(tx, { eventIds, armsSaleIds: saleIds });
  await recordWrite(tx, writer.apiKeyId, {
    action: 'deleteArticle',
    entityType: 'Article',
    entityId: article.id,
    before: auditedArticle(article),
    after: { deletedEventIds: orphanEvents.map((event) => event.id), deletedArmsSaleIds: orphanSales.map((sale) => sale.id) },
  });
  // One entry per fact deleted along, so each one's history tells what removed it.
  for (const sale of orphanSales) {
    await recordWrite(tx, writer.apiKeyId, { action: 'deleteArticle', entityType: 'ArmsSale', entityId: sale.id, before: sale });
  }
  for (const event of orphanEvents) {
    await recordWrite(tx, writer.apiKeyId, { action: 'deleteArticle', entityType: 'Event', entityId: event.id, before: event });
  }
  return { article, orphanEvents, orphanSales };
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
async function mentionOf(tx: Transaction, input: MentionReference) {
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

/** Records that an article mentions something, or sets the counts given of a mention it has; returns the article. */
export async function addArticleMention(tx: Transaction, input: MentionChange, writer: Writer): Promise<ArticleRow> {
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
  await recordWrite(tx, writer.apiKeyId, { action: 'addArticleMention', entityType: 'Article', entityId: articleId, before, after: { kind, ...after } });
  return tx.article.findUniqueOrThrow({ where: { id: articleId } });
}

/** Removes the record that an article mentions something (the mentioned object stays); returns the article. */
export async function removeArticleMention(tx: Transaction, input: MentionReference, writer: Writer): Promise<ArticleRow> {
  const { kind, articleId, mentionedId, table, column } = await mentionOf(tx, input);
  const [removed] = await tx.$queryRaw<MentionRow[]>`
    DELETE FROM ${table} WHERE "articleId" = ${articleId} AND ${column} = ${mentionedId} RETURNING *`;
  if (!removed) failOnUserErrors([userError(['input', kind], `The article does not mention this ${kind}`, UserErrorCode.NOT_FOUND)]);
  await recordWrite(tx, writer.apiKeyId, { action: 'removeArticleMention', entityType: 'Article', entityId: articleId, before: { kind, ...removed } });
  return tx.article.findUniqueOrThrow({ where: { id: articleId } });
}
