// `ingestArticle` writes an article with its whole graph given as data; `ingestArticleText` reads the
// graph out of the article's text and writes it the same way.
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireRole } from '../../graphql/auth';
import type { Context } from '../../graphql/context';
import { extractArticle, type ArticleFormat } from '../../extraction';
import { readArticleText } from '../../extraction/read';
import { recordAudit, runMutation, UserError, UserErrorCode, userError } from '../../graphql/mutations';
import { inputUserErrors, VALIDATED_AS_USER_ERRORS } from '../../graphql/validation';
import { Article } from '../article/type';
import type { ArticleRow } from '../article/service';
import { ArticleTextFormat, IngestArticleInput, IngestArticleTextInput } from './inputs';
import { ingestArticle } from './service';
import { ingestExtraction } from './text';

@ObjectType({ description: 'The result of ingesting an article.' })
export class IngestArticlePayload {
  @Field(() => Article, { nullable: true, description: 'The article as stored (null when the input was refused).' })
  article!: ArticleRow | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the article was new, false when it existed and was updated.' })
  created!: boolean | null;

  @Field(() => [UserError], { description: 'Problems with the input; when any, nothing was written.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Text the cleaner dropped from an article before extraction.' })
export class RemovedText {
  @Field({ description: 'Why, e.g. "donation appeal", "newsletter prompt", "repeated lead".' })
  reason!: string;

  @Field({ description: 'The text dropped.' })
  text!: string;
}

@ObjectType({ description: 'What the extractor did with an article given as text.' })
export class ExtractionReport {
  @Field({ description: 'Version of the extractor that read it.' })
  extractorVersion!: string;

  @Field(() => Int, { description: 'Facts recorded, each with its sentence and span (see `Article.extractedFacts`).' })
  factCount!: number;

  @Field(() => [RemovedText], { description: 'Boilerplate dropped before reading: donation appeals, newsletter prompts, repeated leads, …' })
  removed!: RemovedText[];
}

@ObjectType({ description: 'The result of ingesting an article given as text.' })
export class IngestArticleTextPayload extends IngestArticlePayload {
  @Field(() => ExtractionReport, { nullable: true, description: 'What the extractor did (null when the input was refused).' })
  extraction!: ExtractionReport | null;
}

const FORMATS: Record<ArticleTextFormat, ArticleFormat> = { TEXT: 'text', MARKDOWN: 'markdown', HTML: 'html' };

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

  @Mutation(() => IngestArticleTextPayload, {
    description:
      'Reads an article given as text (plain, Markdown or HTML): drops boilerplate, extracts the people, countries, events and arms ' +
      'sales it reports, and writes them as `ingestArticle` does, in one transaction, recording for every fact the sentence and span it ' +
      'was read from. Facts a person stated are never overwritten: on hand-stated articles, people, events and sales the extractor only ' +
      'fills empty fields and adds missing links. Idempotent: the same text again changes nothing; a new extractor version replaces ' +
      "the article's extracted facts. Needs an editor key.",
  })
  async ingestArticleText(
    @Arg('input', () => IngestArticleTextInput, VALIDATED_AS_USER_ERRORS) input: IngestArticleTextInput,
    @Ctx() context: Context,
  ): Promise<IngestArticleTextPayload> {
    requireRole(context, 'EDITOR');
    const refused = (userErrors: UserError[]) => ({ article: null, created: null, extraction: null, userErrors });
    const invalid = await inputUserErrors(input);
    if (invalid.length) return refused(invalid);
    // Metadata the text carries (front matter, meta tags) gives way to what the input states.
    const { text, format, ...metadata } = input;
    const stated = Object.fromEntries(Object.entries(metadata).filter(([, value]) => value != null));
    const extraction = extractArticle({ ...readArticleText(text, format ? FORMATS[format] : undefined), ...stated });
    if (!extraction.article.title.trim()) {
      return refused([userError(['input', 'title'], 'no headline was found in the text: give a title', UserErrorCode.REQUIRED)]);
    }
    if (!extraction.article.body.trim()) {
      return refused([userError(['input', 'text'], 'no article text is left once boilerplate is removed', UserErrorCode.INVALID)]);
    }
    const { result, userErrors } = await runMutation(context, async (tx) => {
      const ingested = await ingestExtraction(tx, extraction);
      if (ingested.changes > 0) {
        await recordAudit(tx, context, {
          action: 'ingestArticleText',
          entityType: 'Article',
          entityId: ingested.article.id,
          after: { ...ingested.graph, extractorVersion: extraction.version, abandoned: ingested.abandoned },
        });
      }
      return ingested;
    });
    if (!result) return refused(userErrors);
    return {
      article: result.article,
      created: result.created,
      extraction: { extractorVersion: extraction.version, factCount: result.factCount, removed: extraction.article.removed },
      userErrors,
    };
  }
}
