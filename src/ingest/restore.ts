// What an import line states beyond the graph `ingestArticle` writes: who stated each row, the
// extractor's version and facts, a country's edited aliases, audit entries. Written the same way
// by the one-by-one and the bulk import.
import { Prisma } from '../generated/prisma/client';
import type { Transaction } from './transaction';
import type { IngestedIds } from './service';
import { normalizeName } from '../domain/ingest-rules';
import { type AuditLine, type FactLine, type Provenance, RefusedLine } from './import-line';

/** An extracted fact with its subject as a database ID. */
export interface FactRow {
  articleId: number;
  personId: number | null;
  countryId: number | null;
  eventId: number | null;
  armsSaleId: number | null;
  fact: FactLine;
}

/** Database IDs of facts' subjects by natural key; undefined when there is none. */
export interface SubjectIds {
  person(slug: string): number | undefined;
  country(code: string): number | undefined;
  event(slug: string): number | undefined;
  armsSale(slug: string): number | undefined;
}

/** The facts of an article with their subjects resolved; refuses the line when one names nothing known. */
export function factRows(articleId: number, facts: FactLine[], ids: SubjectIds): FactRow[] {
  return facts.map((fact, index) => {
    const id = (found: number | undefined, what: string, key: string) => {
      if (found === undefined) throw new RefusedLine(`input.facts.${index}: no ${what} is known as "${key}"`);
      return found;
    };
    return {
      articleId,
      personId: fact.person != null ? id(ids.person(fact.person), 'person', fact.person) : null,
      countryId: fact.country != null ? id(ids.country(fact.country), 'country', fact.country) : null,
      eventId: fact.event != null ? id(ids.event(fact.event), 'event', fact.event) : null,
      armsSaleId: fact.armsSale != null ? id(ids.armsSale(fact.armsSale), 'arms sale', fact.armsSale) : null,
      fact,
    };
  });
}

/** Replaces the facts of the rows' articles with the rows, in their order, in one statement each. */
export async function replaceFacts(tx: Transaction, articleIds: number[], rows: FactRow[]): Promise<void> {
  if (!articleIds.length) return;
  await tx.$executeRaw`DELETE FROM "ExtractedFact" WHERE "articleId" = ANY(${articleIds}::int[])`;
  if (!rows.length) return;
  const column = <T>(pick: (row: FactRow) => T) => rows.map(pick);
  await tx.$executeRaw`
    INSERT INTO "ExtractedFact" ("articleId", "personId", "countryId", "eventId", "armsSaleId", fact, value, sentence,
      "spanStart", "spanEnd", confidence, "extractorVersion")
    SELECT * FROM unnest(${column((row) => row.articleId)}::int[], ${column((row) => row.personId)}::int[],
      ${column((row) => row.countryId)}::int[], ${column((row) => row.eventId)}::int[], ${column((row) => row.armsSaleId)}::int[],
      ${column((row) => row.fact.fact)}::text[], ${column((row) => row.fact.value ?? null)}::text[],
      ${column((row) => row.fact.sentence)}::text[], ${column((row) => row.fact.spanStart)}::int[],
      ${column((row) => row.fact.spanEnd)}::int[], ${column((row) => row.fact.confidence)}::float8[],
      ${column((row) => row.fact.extractorVersion)}::text[])`;
}

/** Subjects looked up in the database by natural key (the one-by-one import). */
async function subjectIdsOf(tx: Transaction, facts: FactLine[]): Promise<SubjectIds> {
  const keys = (pick: (fact: FactLine) => string | undefined) => [...new Set(facts.map(pick).filter((key): key is string => key != null))];
  const [people, countries, events, sales] = await Promise.all([
    tx.person.findMany({ where: { slug: { in: keys((fact) => fact.person) } }, select: { id: true, slug: true } }),
    tx.country.findMany({ where: { code: { in: keys((fact) => fact.country) } }, select: { id: true, code: true } }),
    tx.event.findMany({ where: { slug: { in: keys((fact) => fact.event) } }, select: { id: true, slug: true } }),
    tx.armsSale.findMany({ where: { slug: { in: keys((fact) => fact.armsSale) } }, select: { id: true, slug: true } }),
  ]);
  const byKey = (rows: { id: number; slug?: string | null; code?: string }[]) =>
    new Map(rows.map((row) => [(row.slug ?? row.code)!, row.id]));
  const [person, country, event, armsSale] = [people, countries, events, sales].map(byKey);
  return {
    person: (slug) => person.get(slug),
    country: (code) => country.get(code),
    event: (slug) => event.get(slug),
    armsSale: (slug) => armsSale.get(slug),
  };
}

/**
 * After `ingestArticle` wrote a line's graph as a person's (MANUAL), gives back to the extractor
 * what the line says it stated, and sets the article's extractor version and facts.
 */
export async function restoreProvenance(tx: Transaction, articleId: number, ids: IngestedIds, provenance: Provenance): Promise<void> {
  const { origin, extractorVersion, facts } = provenance;
  if (origin !== 'MANUAL' || extractorVersion !== null) {
    await tx.article.update({
      where: { id: articleId },
      data: { origin, ...(extractorVersion !== null ? { extractorVersion } : {}) },
    });
  }
  const found = (map: Map<string, number>, keys: string[], normalize = (key: string) => key) =>
    keys.map((key) => map.get(normalize(key))).filter((id): id is number => id !== undefined);
  const people = found(ids.people, provenance.extractedPeople, normalizeName);
  const events = found(ids.events, provenance.extractedEvents);
  const sales = found(ids.armsSales, provenance.extractedSales);
  const extracted = { origin: 'EXTRACTED' as const };
  if (people.length) await tx.person.updateMany({ where: { id: { in: people } }, data: extracted });
  if (events.length) await tx.event.updateMany({ where: { id: { in: events } }, data: extracted });
  if (sales.length) await tx.armsSale.updateMany({ where: { id: { in: sales } }, data: extracted });
  if (facts) await replaceFacts(tx, [articleId], factRows(articleId, facts, await subjectIdsOf(tx, facts)));
}

/** A country's aliases as an editor left them (updateCountry); refuses the line for an unknown code. */
export async function setCountryAliases(tx: Transaction, code: string, aliases: string[]): Promise<void> {
  const changed = await tx.$executeRaw`
    UPDATE "Country" SET aliases = ${aliases}::text[], "updatedAt" = now()
    WHERE code = ${code} OR code3 = ${code}`;
  if (!changed) throw new RefusedLine(`countryAliases.code: no country has the code "${code}"`);
}

/** Audit entries as exported (`--with-audit`), in their order; they keep their time, not their key (keys are never exported). */
export async function restoreAuditEntries(tx: Transaction, entries: AuditLine[]): Promise<void> {
  if (!entries.length) return;
  const json = (value: unknown) => (value == null ? Prisma.JsonNull : (value as Prisma.InputJsonValue));
  await tx.auditEntry.createMany({
    data: entries.map((entry) => ({
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      before: json(entry.before),
      after: json(entry.after),
      createdAt: new Date(entry.createdAt),
    })),
  });
}
