// The one directory writes find countries in: by ISO code (the API's references) or by any name the
// press uses (ingestion). Kept between writes, checked against the table in the write's own
// transaction, and dropped at once by `updateCountry` and the reference-data loader.
import type { Country as CountryRow } from '../generated/prisma/client';
import { countryCodeOf, indexCountryNames } from '../domain/matching';
import { normalizeName } from '../domain/natural-keys';
import { Prisma } from '../generated/prisma/client';
import { readModelRows, readRows } from '../data/read';
import type { Database } from '../data/prisma';
import type { Transaction } from './transaction';

export interface CountryNameDirectory {
  /** By code, name, alias or demonym, in any case. */
  byName(text: string): CountryRow | undefined;
  /** By ISO 3166-1 alpha-2 or alpha-3 code only, in any case. */
  byCode(reference: string): CountryRow | undefined;
}

/** The countries as last read, with the version of the table they were read at. */
let cached: { directory: CountryNameDirectory; version: string } | undefined;

/** Forgets the countries: the next write reads them again (after a change in this process). */
export function invalidateCountryNames(): void {
  cached = undefined;
}

/**
 * The directory as the write's own transaction sees the table: one small statement reads the
 * table's version (its row count and latest `updatedAt`, which every change sets), and the 250 rows
 * are read again only when it moved, or after `invalidateCountryNames`. (A copy kept for minutes
 * went on matching an alias an editor had moved to another country.)
 */
export async function countryNames(tx: Transaction | Database): Promise<CountryNameDirectory> {
  const [{ version }] = await readRows<{ version: string }>(tx, Prisma.sql`
    SELECT count(*) || '@' || COALESCE(max("updatedAt")::text, '') AS version FROM "Country"`);
  if (cached?.version === version) return cached.directory;
  const rows = await readModelRows<CountryRow>(tx, 'Country', Prisma.sql`true`, Prisma.sql`ORDER BY t.id`);
  const names = indexCountryNames(rows);
  const codes = new Map<string, CountryRow>();
  for (const row of rows) {
    codes.set(row.code, row);
    if (row.code3) codes.set(row.code3, row);
  }
  const directory: CountryNameDirectory = {
    byName: (text) => names.get(normalizeName(text)),
    byCode: (reference) => {
      const code = countryCodeOf(reference);
      return code === null ? undefined : codes.get(code);
    },
  };
  cached = { directory, version };
  return directory;
}
