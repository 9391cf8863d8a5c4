// Ingests through the GraphQL API's own `ingestArticle` and `ingestArticleText` mutations, in
// process: the seed, bulk import and the command line validate and write exactly as API clients do.
import { DocumentNode, execute, parse } from 'graphql';
import type { Database } from '../data/prisma';
import type { ExtractionPool } from '../extraction/pool';
import { createContext, Viewer } from '../schema/context';
import { fromGlobalId } from '../schema/relay';
import { getSchema } from '../schema/build';

/** The command-line tools act with full rights; their audit entries carry no API key. */
export const COMMAND_LINE_VIEWER: Viewer = { apiKeyId: null, name: 'command line', role: 'ADMIN' };

const INGEST = parse(`mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id url title } userErrors { field message code } }
}`);

const INGEST_TEXT = parse(`mutation IngestText($input: IngestArticleTextInput!) {
  ingestArticleText(input: $input) { created article { id } extraction { factCount } warnings { code message } userErrors { field message code } }
}`);

export interface IngestOutcome {
  /** The article's database ID when it was written. */
  articleId?: number;
  created?: boolean;
  /** Why it was refused: user errors ("input.events.0.title: …") or GraphQL errors (bad shape). */
  problems: string[];
  /** What was written may lack facts (text only): e.g. no publication date, relative dates unresolved. */
  warnings: string[];
}

interface IngestPayload {
  created: boolean;
  article: { id: string } | null;
  userErrors: { field: string[]; message: string }[];
  warnings?: { code: string; message: string }[];
}

async function runIngestion(
  document: DocumentNode,
  field: string,
  db: Database,
  input: unknown,
  viewer: Viewer,
  extraction?: ExtractionPool,
): Promise<IngestOutcome> {
  const result = await execute({
    schema: await getSchema(),
    document,
    variableValues: { input },
    contextValue: createContext(db, viewer, undefined, { extraction }),
  });
  if (result.errors?.length) return { problems: result.errors.map((error) => error.message), warnings: [] };
  const payload = (result.data as Record<string, IngestPayload>)[field];
  if (payload.userErrors.length) {
    return { problems: payload.userErrors.map((error) => `${error.field.join('.')}: ${error.message}`), warnings: [] };
  }
  const warnings = (payload.warnings ?? []).map((warning) => warning.message);
  return { articleId: fromGlobalId(payload.article!.id).id, created: payload.created, problems: [], warnings };
}

/** An article given as data (an IngestArticleInput). */
export function ingestThroughApi(db: Database, input: unknown, viewer: Viewer = COMMAND_LINE_VIEWER): Promise<IngestOutcome> {
  return runIngestion(INGEST, 'ingestArticle', db, input, viewer);
}

/** An article given as text (an IngestArticleTextInput): the extractor reads its graph in one of `extraction`'s workers. */
export function ingestTextThroughApi(
  db: Database,
  input: unknown,
  extraction: ExtractionPool,
  viewer: Viewer = COMMAND_LINE_VIEWER,
): Promise<IngestOutcome> {
  return runIngestion(INGEST_TEXT, 'ingestArticleText', db, input, viewer, extraction);
}
