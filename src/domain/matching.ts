// When an event or an arms sale read in an article is one the graph already holds: the same story
// reported twice (by two articles, or by the same text ingested with and without its URL) must give
// one event and one sale, not two. Pure rules, unit-tested (test/matching.test.ts); ingestion asks
// the database for the candidates and these rules for the verdict.
import { normalizeName } from './natural-keys';

/** An event as compared: its type, days, place, place in a trip and people (database IDs). */
export interface EventFacts {
  type: string;
  startDate: Date | null;
  /** The last day (the start day when it lasted one). */
  endDate: Date | null;
  locationId: number | null;
  parentId: number | null;
  participantIds: number[];
  /** The countries in the SUPPLIER and RECIPIENT roles (the event that announced an arms sale). */
  supplierId: number | null;
  recipientId: number | null;
}

/** An arms sale as compared: its parties, day and value in US dollars (exact decimal string). */
export interface ArmsSaleFacts {
  supplierId: number;
  recipientId: number;
  announcedDate: Date | null;
  valueUsd: string | null;
  /** The value as reported and its ISO 4217 code (compared when either US dollar value is unknown). */
  valueOriginal?: string | null;
  currency?: string | null;
}

/** Values within this fraction of the larger one are the same amount (rounded reports: "$3.6 billion"). */
export const VALUE_TOLERANCE = 0.01;

const DAY_MS = 86_400_000;
const dayOf = (date: Date) => Math.floor(date.getTime() / DAY_MS);

/** Whether two spans of days share a day; null when either is undated (nothing to compare). */
export function datesOverlap(a: { startDate: Date | null; endDate: Date | null }, b: { startDate: Date | null; endDate: Date | null }): boolean | null {
  if (!a.startDate || !b.startDate) return null;
  const aEnd = a.endDate ?? a.startDate;
  const bEnd = b.endDate ?? b.startDate;
  return dayOf(a.startDate) <= dayOf(bEnd) && dayOf(b.startDate) <= dayOf(aEnd);
}

/** Whether two amounts are the same within VALUE_TOLERANCE; null when either is unknown. */
export function sameValue(a: string | null, b: string | null): boolean | null {
  if (a == null || b == null) return null;
  const x = Number(a);
  const y = Number(b);
  return Math.abs(x - y) <= VALUE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * Types that name one happening told two ways: an announcement and the statement that makes it
 * (the seed's and the corpus's convention). A report that cannot date "announced Friday" reads the
 * quotes of that announcement as an undated statement, which is still the announcement.
 */
const TYPES_OF_ONE_HAPPENING: readonly (readonly string[])[] = [['ANNOUNCEMENT', 'STATEMENT']];

/** The event types an event of this type can be the same happening as (itself first). */
export function typesOfSameHappening(type: string): string[] {
  const group = TYPES_OF_ONE_HAPPENING.find((types) => types.includes(type));
  return group ? [type, ...group.filter((other) => other !== type)] : [type];
}

/**
 * The same event: the same type (or types of one happening), nothing contradicting (another place, another trip, days that do
 * not overlap), and something in common beyond the type — overlapping days, a participant, the
 * same place within the same trip, or the same supplier and recipient (a sale's announcement). An
 * undated protest in a country is not thereby every undated protest there.
 */
export function sameEvent(read: EventFacts, known: EventFacts): boolean {
  if (!typesOfSameHappening(read.type).includes(known.type)) return false;
  if (read.locationId !== null && known.locationId !== null && read.locationId !== known.locationId) return false;
  if (read.parentId !== null && known.parentId !== null && read.parentId !== known.parentId) return false;
  const overlap = datesOverlap(read, known);
  if (overlap === false) return false;
  const sharedParticipant = read.participantIds.some((id) => known.participantIds.includes(id));
  const samePlaceInTrip = read.parentId !== null && read.parentId === known.parentId && read.locationId !== null && read.locationId === known.locationId;
  const sameParties = read.supplierId !== null && read.supplierId === known.supplierId && read.recipientId !== null && read.recipientId === known.recipientId;
  return overlap === true || sharedParticipant || samePlaceInTrip || sameParties;
}

/**
 * The same arms sale: the same supplier and recipient, nothing contradicting (another day, a value
 * more than 1% apart), and the value or the day in common: one report may give the day ("announced
 * Friday") that another, undated, leaves out.
 */
export function sameArmsSale(read: ArmsSaleFacts, known: ArmsSaleFacts): boolean {
  if (read.supplierId !== known.supplierId || read.recipientId !== known.recipientId) return false;
  const day = read.announcedDate && known.announcedDate ? dayOf(read.announcedDate) === dayOf(known.announcedDate) : null;
  const sameCurrency = read.currency != null && read.currency === known.currency;
  const value = sameValue(read.valueUsd, known.valueUsd) ?? (sameCurrency ? sameValue(read.valueOriginal ?? null, known.valueOriginal ?? null) : null);
  if (day === false || value === false) return false;
  return day === true || value === true;
}

/** A person as matched: natural key, name and other names. */
export interface PersonNames {
  slug: string;
  name: string;
  aliases: string[];
}

/**
 * The known person an input means: by its slug when it gives one (and only so: a slug given is a
 * decision); else by the slug made from its name, then by the exact name, then by any name or alias
 * in common. Candidates are tried in their order (oldest first), so the match is stable.
 */
export function matchPerson<T extends PersonNames>(
  candidates: readonly T[],
  person: { slug?: string | null; name: string; aliases?: string[] | null },
  slug: string,
): T | undefined {
  if (person.slug) return candidates.find((row) => row.slug === slug);
  const names = [person.name, ...(person.aliases ?? [])].map(normalizeName);
  return (
    candidates.find((row) => row.slug === slug) ??
    candidates.find((row) => normalizeName(row.name) === normalizeName(person.name)) ??
    candidates.find((row) => goesByAnyOf(row, names))
  );
}

/** Whether a known person's name or one of their aliases is one of `names` (normalized): a name or alias in common. */
export function goesByAnyOf(person: { name: string; aliases: readonly string[] }, names: readonly string[]): boolean {
  if (names.includes(normalizeName(person.name))) return true;
  for (const alias of person.aliases) if (names.includes(normalizeName(alias))) return true;
  return false;
}

/** A country as matched: its ISO codes and every name the press uses for it. */
export interface CountryNames {
  code: string;
  code3: string | null;
  name: string;
  officialName: string | null;
  aliases: string[];
  demonyms: string[];
}

/**
 * Countries by every name they go by (normalized). Codes win over names, names over aliases and
 * demonyms, so "US" is never someone's alias and a name is never another country's alias.
 */
export function indexCountryNames<T extends CountryNames>(rows: readonly T[]): Map<string, T> {
  const byName = new Map<string, T>();
  const tiers = [
    (row: T) => [row.code, row.code3],
    (row: T) => [row.name, row.officialName],
    (row: T) => [...row.aliases, ...row.demonyms],
  ];
  for (const namesOf of tiers) {
    for (const row of rows) {
      for (const name of namesOf(row)) if (name && !byName.has(normalizeName(name))) byName.set(normalizeName(name), row);
    }
  }
  return byName;
}

/** An ISO 3166-1 alpha-2 or alpha-3 code in any case ("jp", "JPN"), upper case; null when the text is not one. */
export function countryCodeOf(reference: string): string | null {
  const code = reference.trim().toUpperCase();
  return /^[A-Z]{2,3}$/.test(code) ? code : null;
}

/**
 * What two readings of one event certainly share, for the lock that keeps two concurrent readings
 * from both creating it: the kind of happening, and its first day — or, undated, its supplier and
 * recipient, else its place. (`sameEvent` also matches readings that differ in these; such rarer
 * races can leave two events, never lose one.)
 */
export function eventMatchKeyOf(event: {
  type: string;
  startDate: Date | null;
  supplierCode: string | null;
  recipientCode: string | null;
  locationCode: string | null;
}): string {
  const kind = [...typesOfSameHappening(event.type)].sort().join('|');
  if (event.startDate) return `${kind}@${event.startDate.toISOString().slice(0, 10)}`;
  if (event.supplierCode && event.recipientCode) return `${kind}:${event.supplierCode}>${event.recipientCode}`;
  return `${kind}~${event.locationCode ?? ''}`;
}
