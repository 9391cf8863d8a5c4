// The ingestion rules as the bulk import (src/ingest/bulk-import.ts) calls them, over plain values:
// each one is the write core's own rule (domain/natural-keys.ts, domain/matching.ts), so the two
// ways of importing cannot disagree; only what an ingested person adds to a known one is stated here.
import { indexCountryNames, matchPerson as matchKnownPerson, type CountryNames, type PersonNames } from './matching';
import { armsSaleSlugOf as slugOfArmsSale, personSlugOf } from './natural-keys';

export { eventSlugOf, normalizeName, personSlugOf } from './natural-keys';
export { goesByAnyOf } from './matching';

/** An arms sale's natural key, its parties given by code. */
export function armsSaleSlugOf(
  sale: { slug?: string | null; announcedDate?: Date | null; items: string },
  supplierCode: string,
  recipientCode: string,
): string {
  return slugOfArmsSale({ ...sale, supplierCode, recipientCode });
}

/** A country as names are matched against it. */
export type NamedCountry = CountryNames;

/** Every name a country goes by → the country (codes over names over aliases and demonyms). */
export function countryNameIndex<T extends NamedCountry>(rowsById: T[]): Map<string, T> {
  return indexCountryNames(rowsById);
}

/** A known person as matched: natural key and names. */
export type NamedPerson = PersonNames;

/** The known person an ingested person is, among `candidates` in creation order; undefined: a new person. */
export function matchPerson<T extends NamedPerson>(
  person: { slug?: string | null; name: string; aliases?: string[] | null },
  candidates: T[],
): T | undefined {
  return matchKnownPerson(candidates, person, personSlugOf(person));
}

/** The aliases of a known person after an input names them again: the known ones, then the new ones (not the name). */
export function mergedAliases(known: { name: string; aliases: string[] }, given: string[] | null | undefined): string[] {
  return [...new Set([...known.aliases, ...(given ?? []).filter((alias) => alias !== known.name)])];
}
