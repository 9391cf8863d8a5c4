// `ingestArticle` writes an article with its whole graph given as data; `ingestArticleText` reads the
// graph out of the article's text and writes it the same way.
import { Arg, Ctx, Field, Int, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import { requireRole } from '../auth';
import type { Context } from '../context';
import type { ArticleFormat, Extraction, ExtractionWarning } from '../../extraction';
import { runMutation, UserError, UserInputFailure, writerOf } from '../mutations';
import {
  prepareArticle, type PreparedExtraction, prepareExtraction, type PreparedIngest, readText, writeExtraction, writePreparedArticle,
} from '../../ingest/write-core';
import { articleInputErrors, articleTextInputErrors } from '../../ingest/article-input';
import { VALIDATED_AS_USER_ERRORS } from '../validation';
import { Article } from '../article/type';
import type { ArticleRow } from '../../data/articles';
import { ArticleTextFormat, IngestArticleInput, IngestArticleTextInput } from './inputs';

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

export enum IngestWarningCode {
  PUBLICATION_DATE_UNKNOWN = 'PUBLICATION_DATE_UNKNOWN',
}
registerEnumType(IngestWarningCode, {
  name: 'IngestWarningCode',
  description: 'Why an ingestion that succeeded may not have read everything the text says.',
  valuesConfig: {
    PUBLICATION_DATE_UNKNOWN: {
      description:
        'No publication date was given, in the metadata or in a dateline of the text: relative dates ("Friday", "next week") were left unresolved.',
    },
  },
});

@ObjectType({ description: 'Something the client should know about an article that was written: it may lack facts the text states.' })
export class IngestWarning {
  @Field(() => IngestWarningCode, { description: 'What kind of warning (stable, for programs).' })
  code!: IngestWarningCode;

  @Field({ description: 'What happened and how to avoid it (for people).' })
  message!: string;
}

@ObjectType({ description: 'The result of ingesting an article given as text.' })
export class IngestArticleTextPayload extends IngestArticlePayload {
  @Field(() => ExtractionReport, { nullable: true, description: 'What the extractor did (null when the input was refused).' })
  extraction!: ExtractionReport | null;

  @Field(() => [IngestWarning], {
    description:
      'What the client should know about an article that was written (empty when the input was refused): ' +
      'PUBLICATION_DATE_UNKNOWN when no publication date was given and neither the metadata (front matter, html meta tags) nor a dateline ' +
      'of the text ("WASHINGTON, Jan. 3, 2025 —") states one, so relative dates ("Friday") were left unresolved: give `publishedAt` to resolve them.',
  })
  warnings!: IngestWarning[];
}

/** The request's API key writes (for the audit trail). */

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
    const invalid = articleInputErrors(input);
    if (invalid.length) return { article: null, created: null, userErrors: invalid };
    let prepared: PreparedIngest;
    try {
      // Before the transaction: no lock waits while the countries are found and the keys listed.
      prepared = await prepareArticle(context.db, input);
    } catch (error) {
      if (error instanceof UserInputFailure) return { article: null, created: null, userErrors: error.userErrors };
      throw error;
    }
    const { result, userErrors } = await runMutation(context, (tx) => writePreparedArticle(tx, prepared, writerOf(context)), { keys: prepared.keys, sqlOnly: true });
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
    const refused = (userErrors: UserError[]) => ({ article: null, created: null, extraction: null, warnings: [], userErrors });
    const invalid = articleTextInputErrors(input);
    if (invalid.length) return refused(invalid);
    if (!context.extraction) throw new Error('this process reads no articles given as text (no extraction pool)');
    const { format, ...article } = input;
    let extraction: Extraction;
    let prepared: PreparedExtraction;
    try {
      // In a worker thread, bounded in time, outside any transaction: a huge text holds up no other request or write.
      extraction = await readText(context.extraction, { ...article, format: format ? FORMATS[format] : undefined });
      // Still before the transaction: no lock waits while the countries are found and the keys listed.
      prepared = await prepareExtraction(context.db, extraction);
    } catch (error) {
      if (error instanceof UserInputFailure) return refused(error.userErrors);
      throw error;
    }
    const { result, userErrors } = await runMutation(context, (tx) => writeExtraction(tx, prepared, writerOf(context)), { keys: prepared.ingest.keys, sqlOnly: true });
    if (!result) return refused(userErrors);
    return {
      article: result.article,
      created: result.created,
      extraction: { extractorVersion: extraction.version, factCount: result.factCount, removed: extraction.article.removed },
      warnings: extraction.warnings.map((warning: ExtractionWarning) => ({ code: IngestWarningCode[warning.code], message: warning.message })),
      userErrors,
    };
  }
}
