// ISO 3166-1 country reference data: built from the maintained `world-countries` package plus a
// small curated list of press usages (src/ingest/reference-countries.ts writes it into the database).
import fs from 'node:fs';
import path from 'node:path';
import worldCountries from 'world-countries';
import { PRISMA_DIR } from '../paths';

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
