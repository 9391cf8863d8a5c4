// The natural keys and matching rules of ingestion, as pure functions over plain values: which
// existing person an input person is, which country a name stands for, the slugs events and sales
// are known by, and what an ingested person adds to a known one. The bulk import (src/ingest/)
// calls them; the one-by-one write path (src/modules/ingest/service.ts) states the same rules
// inline until the write core calls these (test/bulk-import.test.ts pins that both agree).
import { slugOf } from './natural-keys';

/** How names are compared: trimmed, lower case. */
export const normalizeName = (text: string): string => text.trim().toLowerCase();

const isoDay = (date: Date | null | undefined): string => date?.toISOString().slice(0, 10) ?? 'undated';

/** A person's natural key: the slug given, or one derived from the name. */
export function personSlugOf(person: { slug?: string | null; name: string }): string {
  return person.slug ?? slugOf(person.name);
}

/** An event's natural key: the slug given, or one derived from type, start day and title. */
export function eventSlugOf(event: { slug?: string | null; type: string; startDate?: Date | null; title: string }): string {
  return event.slug ?? slugOf(event.type, isoDay(event.startDate), event.title);
}

/** An arms sale's natural key: the slug given, or one derived from the parties' codes, the day and the items. */
export function armsSaleSlugOf(
  sale: { slug?: string | null; announcedDate?: Date | null; items: string },
  supplierCode: string,
  recipientCode: string,
): string {
  return sale.slug ?? slugOf(supplierCode, recipientCode, isoDay(sale.announcedDate), sale.items);
}

/** A country as names are matched against it. */
export interface NamedCountry {
  code: string;
  code3: string;
  name: string;
  officialName: string;
  aliases: string[];
  demonyms: string[];
}

/**
 * Every name a country goes by → the country. Codes win over names, names over aliases and
 * demonyms, so "US" is never someone's alias; within a tier the earlier row (by id) wins.
 */
export function countryNameIndex<T extends NamedCountry>(rowsById: T[]): Map<string, T> {
  const byName = new Map<string, T>();
  const tiers = [
    (row: T) => [row.code, row.code3],
    (row: T) => [row.name, row.officialName],
    (row: T) => [...row.aliases, ...row.demonyms],
  ];
  for (const namesOf of tiers) {
    for (const row of rowsById) for (const name of namesOf(row)) if (!byName.has(normalizeName(name))) byName.set(normalizeName(name), row);
  }
  return byName;
}

/** A known person as matched: natural key and names. */
export interface NamedPerson {
  slug: string;
  name: string;
  aliases: string[];
}

/**
 * The known person an ingested person is, among `candidates` in creation order: by the slug when
 * the input gives one (and only by it); otherwise by the derived slug, then by exact name, then by
 * any name or alias in common. Undefined: a new person.
 */
export function matchPerson<T extends NamedPerson>(
  person: { slug?: string | null; name: string; aliases?: string[] | null },
  candidates: T[],
): T | undefined {
  const slug = personSlugOf(person);
  const bySlug = candidates.find((row) => row.slug === slug);
  if (person.slug) return bySlug;
  const names = new Set([person.name, ...(person.aliases ?? [])].map(normalizeName));
  return (
    bySlug ??
    candidates.find((row) => normalizeName(row.name) === normalizeName(person.name)) ??
    candidates.find((row) => [row.name, ...row.aliases].some((name) => names.has(normalizeName(name))))
  );
}

/** The aliases of a known person after an input names them again: the known ones, then the new ones (not the name). */
export function mergedAliases(known: { name: string; aliases: string[] }, given: string[] | null | undefined): string[] {
  return [...new Set([...known.aliases, ...(given ?? []).filter((alias) => alias !== known.name)])];
}
