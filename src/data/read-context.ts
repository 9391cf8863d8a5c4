// What the read side needs of a request: the database, the request's DataLoaders (created fresh for
// every request, so batching and caching never leak between requests: DataLoader's README) and the
// countries in memory where the process keeps them. The GraphQL context (src/schema/context.ts) is one.
import DataLoader from 'dataloader';
import type { CountryDirectory } from './country-directory';
import type { Database } from './prisma';

export interface ReadContext {
  db: Database;
  loaders: Loaders;
  /** The countries in memory, where the process keeps them (the server does; command-line tools read the database). */
  countryDirectory?: CountryDirectory;
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
