// The ~250 countries in memory: reference data that nearly every response touches (an event's
// location, a person's country, a sale's supplier) and that almost never changes. Kept while the
// database's change notifications flow and dropped at every change to "Country", so a request never
// sees countries older than the last committed write; while notifications do not flow, the
// country lookups read the database as before.
import type { DataChanges } from './data-changes';
import { readModelRows } from './read';
import type { Database } from './prisma';
import { Prisma } from '../generated/prisma/client';
import type { Country as CountryRow } from '../generated/prisma/client';

export interface Countries {
  byId: ReadonlyMap<number, CountryRow>;
  /** By alpha-2 and alpha-3 code, upper case. */
  byCode: ReadonlyMap<string, CountryRow>;
}

export class CountryDirectory {
  private loaded: Promise<Countries> | null = null;
  /** What `loaded` resolved to, once it has: lookups then answer without waiting a turn of the event loop. */
  private current: Countries | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly db: Database, private readonly changes: DataChanges) {
    this.unsubscribe = changes.subscribe((table) => {
      if (table === null || table === 'Country') this.invalidate();
    });
  }

  /** Forgets the countries; the next lookup reads them again. */
  invalidate(): void {
    this.loaded = null;
    this.current = null;
  }

  close(): void {
    this.unsubscribe();
    this.invalidate();
  }

  /** Every country, read once (one statement) until the next change; null while changes could go unnoticed. */
  countries(): Promise<Countries> | null {
    if (!this.changes.listening) return null;
    if (!this.loaded) {
      const loading: Promise<Countries> = readModelRows<CountryRow>(this.db, 'Country', Prisma.sql`TRUE`).then((rows) => {
        const countries = indexCountries(rows);
        // Kept only if no change came while reading (invalidate() replaced or dropped `loaded`).
        if (this.loaded === loading) this.current = countries;
        return countries;
      });
      // A failed read is not kept: the next lookup tries again.
      loading.catch(() => {
        if (this.loaded === loading) this.loaded = null;
      });
      this.loaded = loading;
    }
    return this.loaded;
  }

  /**
   * The countries when they are already read and still current, else null (then `countries()`):
   * a field resolver per row (a stats row's supplier) answers with a value instead of a promise,
   * which graphql-js would otherwise settle row by row through the microtask queue.
   */
  readyCountries(): Countries | null {
    return this.changes.listening ? this.current : null;
  }
}

function indexCountries(rows: CountryRow[]): Countries {
  const byId = new Map<number, CountryRow>();
  const byCode = new Map<string, CountryRow>();
  for (const row of rows) {
    byId.set(row.id, row);
    byCode.set(row.code, row);
    if (row.code3) byCode.set(row.code3, row);
  }
  return { byId, byCode };
}
