// Ingests through the GraphQL API's own `ingestArticle` mutation, in process: the seed, bulk
// import and the command line validate and write exactly as API clients do.
import { execute, parse } from 'graphql';
import type { Database } from '../../db/prisma';
import { createContext, Viewer } from '../../graphql/context';
import { fromGlobalId } from '../../graphql/relay';
import { getSchema } from '../../graphql/schema';

/** The command-line tools act with full rights; their audit entries carry no API key. */
export const COMMAND_LINE_VIEWER: Viewer = { apiKeyId: null, name: 'command line', role: 'ADMIN' };

const INGEST = parse(`mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id url title } userErrors { field message code } }
}`);

export interface IngestOutcome {
  /** The article's database ID when it was written. */
  articleId?: number;
  created?: boolean;
  /** Why it was refused: user errors ("input.events.0.title: …") or GraphQL errors (bad shape). */
  problems: string[];
}

export async function ingestThroughApi(db: Database, input: unknown, viewer: Viewer = COMMAND_LINE_VIEWER): Promise<IngestOutcome> {
  const result = await execute({
    schema: await getSchema(),
    document: INGEST,
    variableValues: { input },
    contextValue: createContext(db, viewer),
  });
  if (result.errors?.length) return { problems: result.errors.map((error) => error.message) };
  const payload = (result.data as { ingestArticle: { created: boolean; article: { id: string } | null; userErrors: { field: string[]; message: string }[] } })
    .ingestArticle;
  if (payload.userErrors.length) {
    return { problems: payload.userErrors.map((error) => `${error.field.join('.')}: ${error.message}`) };
  }
  return { articleId: fromGlobalId(payload.article!.id).id, created: payload.created, problems: [] };
}
