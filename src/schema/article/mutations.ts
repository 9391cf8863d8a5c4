// Mutations of articles and of what they mention: create and update (editors), delete (admins, and
// with it the facts no other article supports), and mention links; written and audited by the write
// core (ingest/articles.ts).
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import {
  addArticleMention,
  ARTICLE_UNIQUE_FIELDS,
  createArticle,
  deleteArticle,
  removeArticleMention,
  updateArticle,
} from '../../ingest/articles';
import { requireRole } from '../auth';
import type { Context } from '../context';
import { UserError, writerOf } from '../mutations';
import { runValidatedMutation } from '../references';
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

@Resolver()
export class ArticleMutations {
  @Mutation(() => CreateArticlePayload, { description: 'Records an article (without what it mentions; see `addArticleMention`). Needs an EDITOR key.' })
  async createArticle(
    @Arg('input', () => CreateArticleInput, { description: 'The new article.', ...VALIDATED_AS_USER_ERRORS }) input: CreateArticleInput,
    @Ctx() context: Context,
  ): Promise<ArticlePayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => createArticle(tx, input, writerOf(context)), ARTICLE_UNIQUE_FIELDS);
    return { article: result, userErrors };
  }

  @Mutation(() => UpdateArticlePayload, { description: 'Changes an article. Needs an EDITOR key.' })
  async updateArticle(
    @Arg('input', () => UpdateArticleInput, { description: 'The article and the changes.', ...VALIDATED_AS_USER_ERRORS }) input: UpdateArticleInput,
    @Ctx() context: Context,
  ): Promise<ArticlePayload> {
    requireRole(context, 'EDITOR');
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => updateArticle(tx, input, writerOf(context)), ARTICLE_UNIQUE_FIELDS);
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
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => deleteArticle(tx, input.article, writerOf(context)));
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
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => addArticleMention(tx, input, writerOf(context)));
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
    const { result, userErrors } = await runValidatedMutation(context, input, (tx) => removeArticleMention(tx, input, writerOf(context)));
    return { article: result, userErrors };
  }
}
