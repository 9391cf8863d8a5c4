// What an import line states beyond the graph `ingestArticle` writes: who stated each row, the
// extractor's version and facts, a country's edited aliases, people, events and arms sales no
// article mentions, audit entries. Written the same way by the one-by-one and the bulk import.
import { Prisma } from '../generated/prisma/client';
import type { Transaction } from './transaction';
import type { IngestedIds } from './service';
import { normalizeName, personSlugOf } from '../domain/ingest-rules';
import type { UserError } from '../domain/user-errors';
import { endDateOf } from '../domain/event-dates';
import type { ArmsSaleInput, EventInput, PersonInput } from './article-input';
import { type AuditLine, type FactLine, type Provenance, RefusedLine, type StandaloneEntity } from './import-line';
import { countryIdOf, eventIdOf, personIdOf } from './references';

/** An extracted fact with its subject as a database ID. */
/**
 * How a sale already stored under the slug takes a restored or imported one's values: changed columns
 * are written (and `updatedAt` moves) only when some value differs. The bulk import and a standalone
 * line's restore both merge with it.
 */
export const ARMS_SALE_MERGE = `
  ON CONFLICT (slug) DO UPDATE SET "supplierId" = EXCLUDED."supplierId", "recipientId" = EXCLUDED."recipientId",
    "valueUsd" = EXCLUDED."valueUsd", "valueOriginal" = EXCLUDED."valueOriginal", currency = EXCLUDED.currency,
    items = EXCLUDED.items, designation = EXCLUDED.designation, quantity = EXCLUDED.quantity, status = EXCLUDED.status,
    "announcedDate" = EXCLUDED."announcedDate", "eventId" = EXCLUDED."eventId", origin = EXCLUDED.origin, "updatedAt" = now()
  WHERE (t."supplierId", t."recipientId", t."valueUsd", t."valueOriginal", t.currency, t.items, t.designation, t.quantity,
      t.status, t."announcedDate", t."eventId", t.origin)
    IS DISTINCT FROM (EXCLUDED."supplierId", EXCLUDED."recipientId", EXCLUDED."valueUsd", EXCLUDED."valueOriginal",
      EXCLUDED.currency, EXCLUDED.items, EXCLUDED.designation, EXCLUDED.quantity, EXCLUDED.status, EXCLUDED."announcedDate",
      EXCLUDED."eventId", EXCLUDED.origin)`;

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

/**
 * A person, event or arms sale no article mentions, as the line states it: the row keyed by its
 * slug becomes exactly the line's fields (the line is its whole state, so importing it again
 * changes nothing), and an event's roles are added (roles are only ever added, as by article lines).
 * Whatever it references must be known already: export writes these lines in dependency order.
 * Returns whether the row is new.
 */
export async function restoreStandalone(tx: Transaction, entity: StandaloneEntity): Promise<boolean> {
  const errors: UserError[] = [];
  const refused = () => new RefusedLine(errors.map((error) => `standalone.${entity.type}.${error.field.slice(1).join('.')}: ${error.message}`).join('; '));
  const optional = <T>(value: string | null | undefined, resolve: (value: string) => Promise<T>) => (value == null ? null : resolve(value));
  if (entity.type === 'person') return restorePerson(tx, entity.person, entity.origin, errors, refused);
  if (entity.type === 'event') return restoreEvent(tx, entity.event, entity.origin, errors, refused, optional);
  return restoreArmsSale(tx, entity.armsSale, entity.origin, errors, refused, optional);
}

type Refusal = () => RefusedLine;
type Optional = <T>(value: string | null | undefined, resolve: (value: string) => Promise<T>) => Promise<T> | null;

/** Whether an `INSERT … ON CONFLICT … RETURNING (xmax = 0)` inserted its row (no row: it was already so). */
const inserted = (rows: { created: boolean }[]) => rows.length > 0 && rows[0].created;

async function restorePerson(tx: Transaction, person: PersonInput, origin: string, errors: UserError[], refused: Refusal): Promise<boolean> {
  const countryId = person.country == null ? null : await countryIdOf(tx, person.country, ['input', 'country'], errors);
  if (errors.length) throw refused();
  const rows = await tx.$queryRaw<{ created: boolean }[]>`
    INSERT INTO "Person" AS t (slug, name, aliases, title, "countryId", description, origin, "updatedAt")
    VALUES (${personSlugOf(person)}, ${person.name}, ${[...new Set(person.aliases ?? [])]}::text[], ${person.title ?? null},
      ${countryId}, ${person.description ?? null}, ${origin}::"FactOrigin", now())
    ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, aliases = EXCLUDED.aliases, title = EXCLUDED.title,
      "countryId" = EXCLUDED."countryId", description = EXCLUDED.description, origin = EXCLUDED.origin, "updatedAt" = now()
    WHERE (t.name, t.aliases, t.title, t."countryId", t.description, t.origin)
      IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.aliases, EXCLUDED.title, EXCLUDED."countryId", EXCLUDED.description, EXCLUDED.origin)
    RETURNING (xmax = 0) AS created`;
  return inserted(rows);
}

async function restoreEvent(
  tx: Transaction, event: EventInput, origin: string, errors: UserError[], refused: Refusal, optional: Optional,
): Promise<boolean> {
  const slug = event.slug!;
  const startDate = event.startDate ?? null;
  const endDate = endDateOf(startDate, event.endDate);
  if (startDate && endDate && endDate < startDate) throw new RefusedLine('standalone.event.endDate: is before the start date');
  const [locationId, parentId] = await Promise.all([
    optional(event.location, (code) => countryIdOf(tx, code, ['input', 'location'], errors)),
    optional(event.parent, (parent) => eventIdOf(tx, parent, ['input', 'parent'], errors)),
  ]);
  const people = await Promise.all((event.participants ?? []).map((role, index) => personIdOf(tx, role.person, ['input', 'participants', index, 'person'], errors)));
  const countries = await Promise.all((event.countries ?? []).map((role, index) => countryIdOf(tx, role.country, ['input', 'countries', index, 'country'], errors)));
  if (errors.length) throw refused();
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  const rows = await tx.$queryRaw<{ id: number; created: boolean }[]>`
    INSERT INTO "Event" AS t (slug, title, type, summary, "startDate", "endDate", "datePrecision", "locationId", "parentId", position, origin, "updatedAt")
    VALUES (${slug}, ${event.title}, ${event.type}::"EventType", ${event.summary ?? null}, ${day(startDate)}::date, ${day(endDate)}::date,
      ${event.datePrecision ?? (startDate ? 'DAY' : 'UNKNOWN')}::"DatePrecision", ${locationId}, ${parentId}, ${event.position ?? null},
      ${origin}::"FactOrigin", now())
    ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, type = EXCLUDED.type, summary = EXCLUDED.summary,
      "startDate" = EXCLUDED."startDate", "endDate" = EXCLUDED."endDate", "datePrecision" = EXCLUDED."datePrecision",
      "locationId" = EXCLUDED."locationId", "parentId" = EXCLUDED."parentId", position = EXCLUDED.position,
      origin = EXCLUDED.origin, "updatedAt" = now()
    WHERE (t.title, t.type, t.summary, t."startDate", t."endDate", t."datePrecision", t."locationId", t."parentId", t.position, t.origin)
      IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.type, EXCLUDED.summary, EXCLUDED."startDate", EXCLUDED."endDate",
        EXCLUDED."datePrecision", EXCLUDED."locationId", EXCLUDED."parentId", EXCLUDED.position, EXCLUDED.origin)
    RETURNING id, (xmax = 0) AS created`;
  const eventId = rows[0]?.id ?? (await tx.event.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const participants = event.participants ?? [];
  if (participants.length) {
    await tx.eventParticipant.createMany({
      data: participants.map((role, index) => ({ eventId, personId: people[index]!, role: role.role })),
      skipDuplicates: true,
    });
  }
  const roles = event.countries ?? [];
  if (roles.length) {
    await tx.eventCountry.createMany({
      data: roles.map((role, index) => ({ eventId, countryId: countries[index]!, role: role.role })),
      skipDuplicates: true,
    });
  }
  return inserted(rows);
}

async function restoreArmsSale(
  tx: Transaction, sale: ArmsSaleInput, origin: string, errors: UserError[], refused: Refusal, optional: Optional,
): Promise<boolean> {
  const [supplierId, recipientId, eventId] = await Promise.all([
    countryIdOf(tx, sale.supplier, ['input', 'supplier'], errors),
    countryIdOf(tx, sale.recipient, ['input', 'recipient'], errors),
    optional(sale.event, (event) => eventIdOf(tx, event, ['input', 'event'], errors)),
  ]);
  if (errors.length) throw refused();
  if (supplierId === recipientId) throw new RefusedLine('standalone.armsSale.recipient: is the same country as the supplier');
  if (sale.valueUsd != null && new Prisma.Decimal(sale.valueUsd).isNegative()) throw new RefusedLine('standalone.armsSale.valueUsd: must not be negative');
  const day = sale.announcedDate ? sale.announcedDate.toISOString().slice(0, 10) : null;
  const rows = await tx.$queryRaw<{ created: boolean }[]>`
    INSERT INTO "ArmsSale" AS t (slug, "supplierId", "recipientId", "valueUsd", "valueOriginal", currency, items, designation,
      quantity, status, "announcedDate", "eventId", origin, "updatedAt")
    VALUES (${sale.slug!}, ${supplierId}, ${recipientId}, ${sale.valueUsd ?? null}::numeric, ${sale.valueOriginal ?? null}::numeric,
      ${sale.currency ?? null}, ${sale.items}, ${sale.designation ?? null}, ${sale.quantity ?? null}, ${sale.status}::"ArmsSaleStatus",
      ${day}::date, ${eventId}, ${origin}::"FactOrigin", now())
    ${Prisma.raw(ARMS_SALE_MERGE)}
    RETURNING (xmax = 0) AS created`;
  return inserted(rows);
}
