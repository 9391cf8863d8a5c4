// The per-request GraphQL context: the read side's (database, DataLoaders created fresh for every
// request, countries; src/data/read-context.ts), the caller, the extraction pool, compiled values.
import type { Database } from '../data/prisma';
import type { CountryDirectory } from '../data/country-directory';
import { Loaders, type ReadContext } from '../data/read-context';
import type { ApiKeyRole } from '../generated/prisma/enums';
import type { ExtractionPool } from '../extraction/pool';
import { CompiledValues } from './compiled';

/** Who is calling: the API key that authenticated the request, or null for anonymous callers. */
export interface Viewer {
  /** Null for the command-line tools, which run on the server with its own rights. */
  apiKeyId: number | null;
  name: string;
  role: ApiKeyRole;
}

/** The GraphQL context: what reads need (the database, DataLoaders, countries), and who calls. */
export interface Context extends ReadContext {
  viewer: Viewer | null;
  /** Told of each root field, or field under one, the compiler did not answer (answered the DataLoader way), by its name (`Type.field`). */
  onCompileFallback?: (field: string) => void;
  /** Worker threads that read articles given as text (`ingestArticleText`); absent, such articles are refused. */
  extraction?: ExtractionPool;
  /**
   * What this request's compiled statements brought (src/schema/compiled.ts); absent when reads
   * are not compiled, and every field is read the DataLoader way.
   */
  compiled?: CompiledValues;
}

export interface ContextOptions {
  /** Compile root fields the compiler answers into one SQL statement each (default true). */
  compileReads?: boolean;
  /** Told of each root field, or field under one, the compiler did not answer (answered the DataLoader way), by its name (`Type.field`). */
  onCompileFallback?: (field: string) => void;
  /** Worker threads that read articles given as text (`ingestArticleText`); absent, such articles are refused. */
  extraction?: ExtractionPool;
}

export function createContext(
  db: Database,
  viewer: Viewer | null = null,
  countryDirectory?: CountryDirectory,
  options: ContextOptions = {},
): Context {
  return {
    db,
    loaders: new Loaders(),
    viewer,
    countryDirectory,
    extraction: options.extraction,
    compiled: options.compileReads === false ? undefined : new CompiledValues(options.onCompileFallback),
  };
}
