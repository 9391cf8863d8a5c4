// ISO 3166-1 country reference data: built from the maintained `world-countries` package plus a
// small curated list of press usages, and loaded into the Country table in one idempotent statement.
import { invalidateCountryNames } from '../../ingest/country-names';
import fs from 'node:fs';
import path from 'node:path';
import worldCountries from 'world-countries';
import type { Database } from '../../db/prisma';
import { PRISMA_DIR } from '../../paths';

/** One Country row as the reference data defines it (everything but ids and timestamps). */
export interface CountryRecord {
  code: string;
  code3: string;
  numericCode: string | null;
  name: string;
  officialName: string;
  region: string;
  subregion: string | null;
  capitals: string[];
  demonyms: string[];
  aliases: string[];
}

export const COUNTRY_ALIASES_FILE = path.join(PRISMA_DIR, 'reference', 'country-aliases.json');

interface CountryAliasesFile {
  aliases: Record<string, string[]>;
  codesInText?: string[];
}

export function readAliasSupplement(file = COUNTRY_ALIASES_FILE): Record<string, string[]> {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as CountryAliasesFile;
  return parsed.aliases;
}

/** Alpha-2 codes the press writes as words ("top US diplomat"), for the article-text extractor. */
export function readCodesWrittenInText(file = COUNTRY_ALIASES_FILE): string[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as CountryAliasesFile;
  return parsed.codesInText ?? [];
}

function unique(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

/**
 * Capitals stand for their governments in news ("Washington said"), so they are aliases too. The
 * package writes "Washington D.C.", while the press says "Washington": a capital that ends in
 * "D.C." also contributes the name before it.
 */
function capitalAliases(capitals: string[]): string[] {
  return capitals.flatMap((capital) => {
    const district = /^(.+?),? D\.C\.$/.exec(capital);
    return district ? [capital, district[1]] : [capital];
  });
}

/** All ~250 ISO 3166-1 countries, in the package's order. */
export function countryReferenceRecords(supplement: Record<string, string[]> = readAliasSupplement()): CountryRecord[] {
  const knownCodes = new Set(worldCountries.map((country) => country.cca2));
  const unknownCodes = Object.keys(supplement).filter((code) => !knownCodes.has(code));
  if (unknownCodes.length > 0) {
    // A typo in the curated file would otherwise drop its aliases silently.
    throw new Error(`country-aliases.json names unknown country codes: ${unknownCodes.join(', ')}`);
  }
  return worldCountries.map((country): CountryRecord => {
    const capitals = country.capital ?? [];
    const english = country.demonyms?.eng;
    // The codes have their own columns; as aliases they would only add noise ("FR", "FRA").
    const isOwnCode = (alias: string) => alias === country.cca2 || alias === country.cca3;
    return {
      code: country.cca2,
      code3: country.cca3,
      numericCode: country.ccn3 ? country.ccn3 : null,
      name: country.name.common,
      officialName: country.name.official,
      region: country.region,
      subregion: country.subregion ? country.subregion : null,
      capitals,
      demonyms: english ? unique([english.m, english.f]) : [],
      aliases: unique([
        country.name.common,
        country.name.official,
        ...country.altSpellings.filter((alias) => !isOwnCode(alias)),
        ...capitalAliases(capitals),
        ...(supplement[country.cca2] ?? []),
      ]),
    };
  });
}

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
