// `ingestArticle`: one mutation that writes an article with its whole graph.
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireRole } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { recordAudit, runMutation, UserError } from '../../graphql/mutations';
import { inputUserErrors, VALIDATED_AS_USER_ERRORS } from '../../graphql/validation';
import { Article } from '../article/type';
import type { ArticleRow } from '../article/service';
import { IngestArticleInput } from './inputs';
import { ingestArticle } from './service';

@ObjectType({ description: 'The result of ingesting an article.' })
export class IngestArticlePayload {
  @Field(() => Article, { nullable: true, description: 'The article as stored (null when the input was refused).' })
  article!: ArticleRow | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the article was new, false when it existed and was updated.' })
  created!: boolean | null;

  @Field(() => [UserError], { description: 'Problems with the input; when any, nothing was written.' })
  userErrors!: UserError[];
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestArticlePayload, {
    description:
      'Writes an article with the people, countries, events (with their parts) and arms sales it reports, in one transaction. ' +
      'Idempotent: the same article again (same URL, or same body when there is no URL) is updated, never duplicated; ' +
      'people, countries, events and sales are matched to existing ones by slug, name, code or alias. Needs an editor key.',
  })
  async ingestArticle(
    @Arg('input', () => IngestArticleInput, VALIDATED_AS_USER_ERRORS) input: IngestArticleInput,
    @Ctx() context: Context,
  ): Promise<IngestArticlePayload> {
    requireRole(context, 'EDITOR');
    const invalid = await inputUserErrors(input);
    if (invalid.length) return { article: null, created: null, userErrors: invalid };
    const { result, userErrors } = await runMutation(context, async (tx) => {
      const ingested = await ingestArticle(tx, input);
      if (ingested.changes > 0) {
        await recordAudit(tx, context, {
          action: 'ingestArticle',
          entityType: 'Article',
          entityId: ingested.article.id,
          after: ingested.graph,
        });
      }
      return ingested;
    });
    return { article: result?.article ?? null, created: result?.created ?? null, userErrors };
  }
}
