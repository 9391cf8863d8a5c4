// Writes the country reference data (src/reference/countries.ts) into the database: on every
// start, by `npm run seed` and before an import, so country references resolve against it.
import type { Database } from '../data/prisma';
import { invalidateCountryNames } from './country-names';
import { countryReferenceRecords, type CountryRecord } from '../reference/countries';

/**
 * Inserts or refreshes every country in a single statement. Rows whose data did not change are
 * left alone, so a second run writes nothing and `updatedAt` keeps meaning "last real change".
 */
export async function loadCountries(
  db: Database,
  records: CountryRecord[] = countryReferenceRecords(),
): Promise<{ inserted: number; updated: number }> {
  const rows = await db.$queryRaw<Array<{ inserted: boolean }>>`
    INSERT INTO "Country" AS country
      ("code", "code3", "numericCode", "name", "officialName", "region", "subregion",
       "capitals", "demonyms", "aliases", "updatedAt")
    SELECT
      source."code", source."code3", source."numericCode", source."name", source."officialName",
      source."region", source."subregion", source."capitals", source."demonyms", source."aliases", now()
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS source(
      "code" text, "code3" text, "numericCode" text, "name" text, "officialName" text,
      "region" text, "subregion" text, "capitals" text[], "demonyms" text[], "aliases" text[])
    ON CONFLICT ("code") DO UPDATE SET
      "code3" = EXCLUDED."code3",
      "numericCode" = EXCLUDED."numericCode",
      "name" = EXCLUDED."name",
      "officialName" = EXCLUDED."officialName",
      "region" = EXCLUDED."region",
      "subregion" = EXCLUDED."subregion",
      "capitals" = EXCLUDED."capitals",
      "demonyms" = EXCLUDED."demonyms",
      -- Aliases editors added (updateCountry) are kept: the reference list only adds to them.
      "aliases" = EXCLUDED."aliases" || ARRAY(
        SELECT alias FROM unnest(country."aliases") AS alias WHERE alias <> ALL (EXCLUDED."aliases")),
      "updatedAt" = now()
    WHERE (country."code3", country."numericCode", country."name", country."officialName",
           country."region", country."subregion", country."capitals", country."demonyms",
           NOT (country."aliases" @> EXCLUDED."aliases"))
      IS DISTINCT FROM
          (EXCLUDED."code3", EXCLUDED."numericCode", EXCLUDED."name", EXCLUDED."officialName",
           EXCLUDED."region", EXCLUDED."subregion", EXCLUDED."capitals", EXCLUDED."demonyms",
           false)
    RETURNING (xmax = 0) AS inserted`;
  // xmax is 0 only for a freshly inserted row version; updated rows carry the conflict's lock.
  const inserted = rows.filter((row) => row.inserted).length;
  if (rows.length) invalidateCountryNames();
  return { inserted, updated: rows.length - inserted };
}
