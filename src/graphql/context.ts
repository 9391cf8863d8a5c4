// The per-request context: the database and DataLoaders created fresh for every request, so
// batching and caching never leak between requests (DataLoader's README: one loader per request).
import DataLoader from 'dataloader';
import type { Database } from '../db/prisma';
import type { ApiKeyRole } from '../generated/prisma/enums';
import type { CountryDirectory } from '../modules/country/directory';
import type { ExtractionPool } from '../extraction/pool';
import { CompiledValues } from './compiled';

/** Who is calling: the API key that authenticated the request, or null for anonymous callers. */
export interface Viewer {
  /** Null for the command-line tools, which run on the server with its own rights. */
  apiKeyId: number | null;
  name: string;
  role: ApiKeyRole;
}

export interface Context {
  db: Database;
  loaders: Loaders;
  viewer: Viewer | null;
  /** The countries in memory, where the process keeps them (the server does; command-line tools read the database). */
  countryDirectory?: CountryDirectory;
  /** Told of each root field, or field under one, the compiler did not answer (answered the DataLoader way), by its name (`Type.field`). */
  onCompileFallback?: (field: string) => void;
  /** Worker threads that read articles given as text (`ingestArticleText`); absent, such articles are refused. */
  extraction?: ExtractionPool;
  /**
   * What this request's compiled statements brought (src/graphql/compiled.ts); absent when reads
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

/** Named DataLoaders, created on first use in a request. */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /**
   * The loader for `name`, created with `batch` on first use. Loaders of relations that take
   * arguments include the arguments in the name, so each distinct set of arguments batches apart.
   */
  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
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

/** Orders batch results like the keys (DataLoader's contract); missing keys resolve to null. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups batch results per key, in key order. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
