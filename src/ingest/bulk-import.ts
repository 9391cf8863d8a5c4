// Bulk import: a thousand NDJSON lines per transaction. Each batch is read and checked first
// (a refused line is reported by number and reason and leaves the rest of its batch alone), then
// ingested line by line in memory with the rules of `ingestArticle` (src/domain/ingest-rules.ts)
// against the rows the batch can touch, read in one query per table, and finally written with one
// statement per table and kind of row, from rows staged through json_to_recordset / unnest: plain
// inserts for rows new to the database, INSERT … ON CONFLICT on the natural key for the others.
// The result is the same as ingesting the lines one by one (test/bulk-import.test.ts compares the
// exports byte for byte); counts kept by triggers and search columns follow from the same statements.
import fs from 'node:fs';
import { Prisma } from '../generated/prisma/client';
import type { FactOrigin } from '../generated/prisma/client';
import type { Database } from '../data/prisma';
import { endDateOf } from '../domain/event-dates';
import {
  armsSaleSlugOf,
  countryNameIndex,
  eventSlugOf,
  goesByAnyOf,
  matchPerson,
  mergedAliases,
  normalizeName,
  personSlugOf,
} from '../domain/ingest-rules';
import { LockSpace } from './locks';
import type { Transaction } from './transaction';
import type {
  ArmsSaleInput as IngestArmsSaleInput,
  ArticleInput as IngestArticleInput,
  EventInput as IngestEventInput,
  MentionInput,
} from './article-input';
import { contentHashOf } from './service';
import { countLines, type ImportProgress, type ImportSummary } from './import';
import { type AuditLine, type FactLine, type ImportLine, parseImportLine, type Provenance, RefusedLine } from './import-line';
import { ARMS_SALE_MERGE, type FactRow, replaceFacts, restoreAuditEntries, restoreStandalone, setCountryAliases } from './restore';

/** Lines per transaction: large enough that statements, not round trips, dominate; small enough to stay in memory. */
export const BULK_BATCH_LINES = 1_000;
const FIRST_BATCH_LINES = 250;

interface Mention {
  mentionCount: number;
  firstOffset: number | null;
}

const mentionOf = (input: MentionInput): Mention => ({ mentionCount: input.mentionCount ?? 1, firstOffset: input.firstOffset ?? null });

/**
 * A row as the batch knows it: `id` once it has one, `seq` its creation order (existing rows: their id),
 * `isNew` once the batch has given it an ID (no row has its key yet: it is inserted, not merged).
 */
interface Row {
  id?: number;
  seq: number;
  dirty: boolean;
  isNew?: boolean;
  origin: FactOrigin;
}

interface PersonRow extends Row {
  slug: string;
  name: string;
  aliases: string[];
  title: string | null;
  countryId: number | null;
  description: string | null;
}

/** An event of the batch by slug, or one it never read by id (rows are copied on change: references go by key). */
type EventRef = { slug: string } | { id: number } | null;

interface EventRow extends Row {
  slug: string;
  title: string;
  type: string;
  summary: string | null;
  startDate: Date | null;
  endDate: Date | null;
  datePrecision: string;
  locationId: number | null;
  parent: EventRef;
  position: number | null;
}

interface SaleRow extends Row {
  slug: string;
  supplierId: number;
  recipientId: number;
  valueUsd: string | null;
  valueOriginal: string | null;
  currency: string | null;
  items: string;
  designation: string | null;
  quantity: number | null;
  status: string;
  announcedDate: Date | null;
  event: EventRef;
}

interface ArticleRow extends Row {
  url: string | null;
  contentHash: string | null;
  title: string;
  subtitle: string | null;
  summary: string | null;
  body: string | null;
  source: string | null;
  author: string | null;
  publishedAt: Date | null;
  language: string;
  extractorVersion: string | null;
  /** Mentions by the slug of what is mentioned (countries by ID). */
  people: Map<string, Mention>;
  countries: Map<number, Mention>;
  events: Map<string, Mention>;
  sales: Map<string, Mention>;
  /** The facts the line gave (subjects by slug, countries by ID), replacing the article's; null: kept. */
  facts: { fact: FactLine; person?: string; countryId?: number; event?: string; sale?: string }[] | null;
}

interface CountryRow {
  id: number;
  code: string;
  code3: string;
  name: string;
  officialName: string;
  aliases: string[];
  demonyms: string[];
}

type Path = (string | number)[];
const NEW_ROW_SEQ = 2 ** 31;

/** The rows one batch can touch, as they stand after the lines ingested so far. */
class BatchState {
  private seq = NEW_ROW_SEQ;
  readonly peopleBySlug = new Map<string, PersonRow>();
  /** Normalized name or alias → slugs of the people who go by it. */
  readonly peopleByName = new Map<string, string[]>();
  readonly eventsBySlug = new Map<string, EventRow>();
  readonly salesBySlug = new Map<string, SaleRow>();
  readonly articlesByKey = new Map<string, ArticleRow>();
  countriesByCode = new Map<string, CountryRow>();
  countriesByName = new Map<string, CountryRow>();
  /** Roles in events (event slug, person slug, role) and countries in events (event slug, country ID, role) to add. */
  readonly participants = new Map<string, [string, string, string]>();
  readonly eventCountries = new Map<string, [string, number, string]>();

  /** Countries by the text a line names them with, as given (lines repeat the same few): normalized and looked up once per batch. */
  private readonly countriesByText = new Map<string, CountryRow | null>();

  nextSeq(): number {
    return this.seq++;
  }

  /** The country a line names by code, name or alias; undefined when none is known by it. */
  country(text: string): CountryRow | undefined {
    let found = this.countriesByText.get(text);
    if (found === undefined) this.countriesByText.set(text, (found = this.countriesByName.get(normalizeName(text)) ?? null));
    return found ?? undefined;
  }

  /**
   * The rows this batch writes, as it leaves them, for ingesting the next batch before this one commits:
   * ids assigned, nothing dirty, creation order by id (as `loadState` reads them). Articles keep only
   * what a line keeps from an existing one (their ID and extractor version). The rows it only read are
   * left out: the next batch reads them again if it needs them (the database has them as they are
   * here), so the state holds one batch's rows, not every row the import has touched so far.
   */
  carried(): BatchState {
    const next = new BatchState();
    next.useCountriesOf(this);
    const written = <T extends Row>(row: T): T => ({ ...row, dirty: false, isNew: false, seq: row.id! });
    // An event named by slug may be one the next state does not hold: it is named by ID there.
    const byId = (ref: EventRef): EventRef => (ref !== null && 'slug' in ref ? { id: this.eventsBySlug.get(ref.slug)!.id! } : ref);
    for (const row of this.peopleBySlug.values()) if (row.dirty) next.indexPerson(written(row));
    for (const row of this.eventsBySlug.values()) if (row.dirty) next.eventsBySlug.set(row.slug, { ...written(row), parent: byId(row.parent) });
    for (const row of this.salesBySlug.values()) if (row.dirty) next.salesBySlug.set(row.slug, { ...written(row), event: byId(row.event) });
    for (const [key, row] of this.articlesByKey) {
      if (row.dirty) next.articlesByKey.set(key, { id: row.id, seq: row.id, extractorVersion: row.extractorVersion, facts: null } as ArticleRow);
    }
    return next;
  }

  /** The countries of `other` (never changed once read: a state reads them, or takes them from the batch before). */
  useCountriesOf(other: BatchState): void {
    this.countriesByCode = other.countriesByCode;
    this.countriesByName = other.countriesByName;
  }

  /** Adds the rows of `read` this state does not hold (its own versions are newer: they are what it wrote). */
  addMissing(read: BatchState): void {
    for (const row of read.peopleBySlug.values()) if (!this.peopleBySlug.has(row.slug)) this.indexPerson(row);
    for (const row of read.eventsBySlug.values()) if (!this.eventsBySlug.has(row.slug)) this.eventsBySlug.set(row.slug, row);
    for (const row of read.salesBySlug.values()) if (!this.salesBySlug.has(row.slug)) this.salesBySlug.set(row.slug, row);
    for (const [key, row] of read.articlesByKey) if (!this.articlesByKey.has(key)) this.articlesByKey.set(key, row);
  }

  /** Records a person's latest version. The name lists hold slugs: a person's names only ever grow. */
  indexPerson(person: PersonRow): void {
    this.peopleBySlug.set(person.slug, person);
    for (const name of [person.name, ...person.aliases].map(normalizeName)) {
      const slugs = this.peopleByName.get(name);
      if (!slugs) this.peopleByName.set(name, [person.slug]);
      else if (!slugs.includes(person.slug)) slugs.push(person.slug);
    }
  }
}

/** What one line changes, kept apart until the whole line is known to be accepted. */
class LineDraft {
  readonly people = new Map<string, PersonRow>();
  readonly events = new Map<string, EventRow>();
  readonly sales = new Map<string, SaleRow>();
  readonly errors: string[] = [];

  constructor(private readonly state: BatchState) {}

  person(slug: string): PersonRow | undefined {
    return this.people.get(slug) ?? this.state.peopleBySlug.get(slug);
  }

  event(slug: string): EventRow | undefined {
    return this.events.get(slug) ?? this.state.eventsBySlug.get(slug);
  }

  sale(slug: string): SaleRow | undefined {
    return this.sales.get(slug) ?? this.state.salesBySlug.get(slug);
  }

  /** The people who could be this input (by slug, name or alias), newest versions, in creation order. */
  personCandidates(slug: string, names: string[]): PersonRow[] {
    // A slug always finds the same (newest) row object, so rows are told apart by identity.
    const found: PersonRow[] = [];
    const consider = (row: PersonRow | undefined) => {
      if (row !== undefined && !found.includes(row)) found.push(row);
    };
    consider(this.person(slug));
    for (const name of names) for (const known of this.state.peopleByName.get(name) ?? []) consider(this.person(known));
    for (const row of this.people.values()) if (row.slug === slug || goesByAnyOf(row, names)) consider(row);
    return found.sort((a, b) => a.seq - b.seq);
  }

  error(path: Path, message: string): void {
    this.errors.push(`${path.join('.')}: ${message}`);
  }

  commit(): void {
    for (const person of this.people.values()) this.state.indexPerson(person);
    for (const event of this.events.values()) this.state.eventsBySlug.set(event.slug, event);
    for (const sale of this.sales.values()) this.state.salesBySlug.set(sale.slug, sale);
  }
}

/** The fields of `given` that are not undefined: what an input sets on a row it finds (a loop: one object, no entry arrays). */
function definedFields<T extends object>(given: T): Partial<T> {
  const defined: Partial<T> = {};
  for (const key in given) if (given[key] !== undefined) defined[key] = given[key];
  return defined;
}

/**
 * Records what an article's person goes by (slug, name, aliases, in that order; the first person to
 * claim a name keeps it) for the article's own references. Name by name, without a list of them: the
 * list iterated here deoptimized `ingestLine` ("wrong map"), and TurboFan then compiled it again.
 */
function noteArticleNames(names: Map<string, string>, slug: string, person: { name: string; aliases?: string[] | null }): void {
  noteArticleName(names, slug, slug);
  noteArticleName(names, person.name, slug);
  for (const alias of person.aliases ?? []) noteArticleName(names, alias, slug);
}

function noteArticleName(names: Map<string, string>, text: string, slug: string): void {
  const name = normalizeName(text);
  if (!names.has(name)) names.set(name, slug);
}

/** Whether two lists hold the same items in the same order (as PostgreSQL compares arrays). */
function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** Whether two references name the same event the same way (by slug or by ID: one of each counts as a change). */
const sameEventRef = (a: EventRef, b: EventRef) =>
  a === b || (a !== null && b !== null && ('slug' in a ? 'slug' in b && a.slug === b.slug : 'id' in b && a.id === b.id));

/**
 * Whether a line changed a person in what the batch's merge writes (aliases, title, country, description,
 * origin: the columns its IS DISTINCT FROM compares). An unchanged person is left out of the write: the
 * merge would leave the row as it is, and `updatedAt` with it.
 */
const personChanged = (known: PersonRow, row: PersonRow) =>
  row.title !== known.title ||
  row.countryId !== known.countryId ||
  row.description !== known.description ||
  row.origin !== known.origin ||
  !sameItems(row.aliases, known.aliases);

/** The same for an event: the columns its merge sets, dates compared as the calendar days written. */
const eventChanged = (known: EventRow, row: EventRow) =>
  row.title !== known.title ||
  row.type !== known.type ||
  row.summary !== known.summary ||
  day(row.startDate) !== day(known.startDate) ||
  day(row.endDate) !== day(known.endDate) ||
  row.datePrecision !== known.datePrecision ||
  row.locationId !== known.locationId ||
  !sameEventRef(row.parent, known.parent) ||
  row.position !== known.position ||
  row.origin !== known.origin;

const articleKey = (url: string | null | undefined, contentHash: string | null) => (url ? `url:${url}` : `hash:${contentHash}`);

/**
 * Ingests one article line into the batch's state, as `ingestArticle` (a person's ingestion) then
 * the line's provenance would: refuses it (throws RefusedLine) with the same reasons.
 */
function ingestLine(state: BatchState, input: IngestArticleInput, provenance: Provenance): { created: boolean } {
  const draft = new LineDraft(state);
  const country = (text: string | null | undefined) => (text ? state.country(text) : undefined);

  // Countries first: a line naming an unknown one is refused for that alone (as ingestArticle does).
  // A reference's path is built only when it is refused (a line names dozens of countries).
  const unknownCountry = (text: string, path: Path) => draft.error(path, `no country is known as "${text}"`);
  (input.countries ?? []).forEach((mention, index) => country(mention.country) || unknownCountry(mention.country, ['input', 'countries', index, 'country']));
  (input.people ?? []).forEach(
    (person, index) => !person.country || country(person.country) || unknownCountry(person.country, ['input', 'people', index, 'country']),
  );
  const visitCountries = (event: IngestEventInput, path: Path) => {
    if (event.location && !country(event.location)) unknownCountry(event.location, [...path, 'location']);
    (event.countries ?? []).forEach((role, index) => country(role.country) || unknownCountry(role.country, [...path, 'countries', index, 'country']));
    (event.children ?? []).forEach((child, index) => visitCountries(child, [...path, 'children', index]));
  };
  (input.events ?? []).forEach((event, index) => visitCountries(event, ['input', 'events', index]));
  (input.armsSales ?? []).forEach((sale, index) => {
    if (!country(sale.supplier)) unknownCountry(sale.supplier, ['input', 'armsSales', index, 'supplier']);
    if (!country(sale.recipient)) unknownCountry(sale.recipient, ['input', 'armsSales', index, 'recipient']);
  });
  if (draft.errors.length) throw new RefusedLine(draft.errors.join('; '));

  // The article: every field as the line gives it.
  const contentHash = input.url ? null : contentHashOf(input.body!);
  const key = articleKey(input.url, contentHash);
  const existing = state.articlesByKey.get(key);
  // Written out field by field (not spread from the existing row): one object shape for every article row.
  const article: ArticleRow = {
    id: existing?.id,
    seq: existing?.seq ?? state.nextSeq(),
    dirty: true,
    origin: provenance.origin,
    url: input.url ?? null,
    contentHash,
    title: input.title,
    subtitle: input.subtitle ?? null,
    summary: input.summary ?? null,
    body: input.body ?? null,
    source: input.source ?? null,
    author: input.author ?? null,
    publishedAt: input.publishedAt ?? null,
    language: input.language ?? 'en',
    extractorVersion: provenance.extractorVersion ?? existing?.extractorVersion ?? null,
    // Set once the line is accepted.
    people: new Map(),
    countries: new Map(),
    events: new Map(),
    sales: new Map(),
    facts: existing?.facts ?? null,
  };

  // People: matched by slug, name or alias; what the line adds is kept. The article's own names find them.
  const articlePeople = new Map<string, string>();
  const personMentions = new Map<string, Mention>();
  for (const person of input.people ?? []) {
    const slug = personSlugOf(person);
    const names = [person.name, ...(person.aliases ?? [])].map(normalizeName);
    const known = matchPerson(person, draft.personCandidates(slug, names));
    const countryId = person.country ? country(person.country)!.id : undefined;
    const row: PersonRow = known
      ? {
          ...known,
          dirty: true,
          aliases: mergedAliases(known, person.aliases),
          title: person.title ?? known.title,
          countryId: countryId ?? known.countryId,
          description: person.description ?? known.description,
          origin: 'MANUAL',
        }
      : {
          seq: state.nextSeq(),
          dirty: true,
          slug,
          name: person.name,
          aliases: [...new Set(person.aliases ?? [])],
          title: person.title ?? null,
          countryId: countryId ?? null,
          description: person.description ?? null,
          origin: 'MANUAL',
        };
    // A person the line leaves as it was is not written again (the merge would change nothing, after a lookup, a row lock and its search column).
    if (known) row.dirty = known.dirty || personChanged(known, row);
    draft.people.set(row.slug, row);
    personMentions.set(row.slug, mentionOf(person));
    noteArticleNames(articlePeople, row.slug, person);
  }

  // Events, parents before their parts; roles only ever added.
  const eventMentions = new Map<string, Mention>();
  const participants: [string, string, string][] = [];
  const eventCountries: [string, number, string][] = [];
  const writeEvent = (event: IngestEventInput, path: Path, parent: EventRef, childPosition: number | null) => {
    const startDate = event.startDate ?? null;
    const endDate = endDateOf(startDate, event.endDate);
    if (startDate && endDate && endDate < startDate) return draft.error([...path, 'endDate'], 'is before the start date');
    if (parent === null && event.parent) {
      parent = draft.event(event.parent) ? { slug: event.parent } : null;
      if (parent === null) return draft.error([...path, 'parent'], `no event has the slug "${event.parent}"`);
    }
    const position = event.position ?? childPosition;
    const slug = eventSlugOf(event);
    const placed = parent !== null;
    const known = draft.event(slug);
    const given = {
      title: event.title,
      type: event.type,
      summary: event.summary ?? undefined,
      startDate: startDate ?? undefined,
      endDate: endDate ?? undefined,
      datePrecision: event.datePrecision ?? (startDate ? 'DAY' : undefined),
      locationId: country(event.location)?.id,
      parent: placed ? parent : undefined,
      position: placed ? position : undefined,
    };
    const defined = definedFields(given);
    const row: EventRow = known
      ? { ...known, ...defined, dirty: true, origin: 'MANUAL' }
      : {
          seq: state.nextSeq(),
          dirty: true,
          slug,
          summary: null,
          startDate: null,
          endDate: null,
          locationId: null,
          parent: null,
          position: null,
          ...(defined as Pick<EventRow, 'title' | 'type'>),
          datePrecision: given.datePrecision ?? 'UNKNOWN',
          origin: 'MANUAL',
        };
    if (known) row.dirty = known.dirty || eventChanged(known, row);
    draft.events.set(slug, row);
    eventMentions.set(slug, mentionOf(event));
    for (const [index, participant] of (event.participants ?? []).entries()) {
      const person = articlePeople.get(normalizeName(participant.person)) ?? draft.person(participant.person)?.slug;
      if (person) participants.push([slug, person, participant.role]);
      else {
        draft.error(
          [...path, 'participants', index, 'person'],
          `"${participant.person}" is neither a person of this article nor an existing person's slug`,
        );
      }
    }
    for (const role of event.countries ?? []) eventCountries.push([slug, country(role.country)!.id, role.role]);
    (event.children ?? []).forEach((child, index) => writeEvent(child, [...path, 'children', index], { slug }, index + 1));
  };
  (input.events ?? []).forEach((event, index) => writeEvent(event, ['input', 'events', index], null, null));
  if (draft.errors.length) throw new RefusedLine(draft.errors.join('; '));

  // Arms sales.
  const saleMentions = new Map<string, Mention>();
  const writeSale = (sale: IngestArmsSaleInput, path: Path) => {
    const supplier = country(sale.supplier)!;
    const recipient = country(sale.recipient)!;
    if (supplier.id === recipient.id) return draft.error([...path, 'recipient'], 'is the same country as the supplier');
    if (sale.valueUsd != null && new Prisma.Decimal(sale.valueUsd).isNegative()) return draft.error([...path, 'valueUsd'], 'must not be negative');
    let event: EventRef | undefined;
    if (sale.event) {
      event = draft.event(sale.event) ? { slug: sale.event } : undefined;
      if (!event) {
        return draft.error([...path, 'event'], `"${sale.event}" is neither an event of this article nor an existing event's slug`);
      }
    }
    const slug = armsSaleSlugOf(sale, supplier.code, recipient.code);
    const known = draft.sale(slug);
    const given = {
      supplierId: supplier.id,
      recipientId: recipient.id,
      valueUsd: sale.valueUsd ?? undefined,
      valueOriginal: sale.valueOriginal ?? undefined,
      currency: sale.currency ?? undefined,
      items: sale.items,
      designation: sale.designation ?? undefined,
      quantity: sale.quantity ?? undefined,
      status: sale.status,
      announcedDate: sale.announcedDate ?? undefined,
      event,
    };
    const defined = definedFields(given);
    const row: SaleRow = known
      ? { ...known, ...defined, dirty: true, origin: 'MANUAL' }
      : {
          seq: state.nextSeq(),
          dirty: true,
          slug,
          valueUsd: null,
          valueOriginal: null,
          currency: null,
          designation: null,
          quantity: null,
          announcedDate: null,
          event: null,
          ...(defined as Pick<SaleRow, 'supplierId' | 'recipientId' | 'items' | 'status'>),
          origin: 'MANUAL',
        };
    draft.sales.set(slug, row);
    saleMentions.set(slug, mentionOf(sale));
  };
  (input.armsSales ?? []).forEach((sale, index) => writeSale(sale, ['input', 'armsSales', index]));
  if (draft.errors.length) throw new RefusedLine(draft.errors.join('; '));

  // What the extractor alone stated goes back to it (the line's provenance), as restoreProvenance does.
  for (const reference of provenance.extractedPeople) {
    const slug = articlePeople.get(normalizeName(reference));
    if (slug) draft.people.get(slug)!.origin = 'EXTRACTED';
  }
  for (const slug of provenance.extractedEvents) if (eventMentions.has(slug)) draft.events.get(slug)!.origin = 'EXTRACTED';
  for (const slug of provenance.extractedSales) if (saleMentions.has(slug)) draft.sales.get(slug)!.origin = 'EXTRACTED';
  if (provenance.facts) {
    article.facts = provenance.facts.map((fact, index) => {
      const known = <T>(found: T | undefined, what: string, key: string): T => {
        if (found === undefined) throw new RefusedLine(`input.facts.${index}: no ${what} is known as "${key}"`);
        return found;
      };
      return {
        fact,
        person: fact.person != null ? known(draft.person(fact.person), 'person', fact.person).slug : undefined,
        countryId: fact.country != null ? known(state.countriesByCode.get(fact.country), 'country', fact.country).id : undefined,
        event: fact.event != null ? known(draft.event(fact.event), 'event', fact.event).slug : undefined,
        sale: fact.armsSale != null ? known(draft.sale(fact.armsSale), 'arms sale', fact.armsSale).slug : undefined,
      };
    });
  }

  // Accepted: the mentions become exactly the line's, and the draft becomes the batch's state.
  article.people = personMentions;
  article.countries = new Map((input.countries ?? []).map((mention) => [country(mention.country)!.id, mentionOf(mention)]));
  article.events = eventMentions;
  article.sales = saleMentions;
  draft.commit();
  state.articlesByKey.set(key, article);
  for (const role of participants) state.participants.set(`${role[0]}\0${role[1]}\0${role[2]}`, role);
  for (const role of eventCountries) state.eventCountries.set(`${role[0]}\0${role[1]}\0${role[2]}`, role);
  return { created: existing === undefined };
}

/** Every key the batch's lines can look up, to read the rows they may touch in one query per table. */
function keysOf(lines: IngestArticleInput[], factsOf: (FactLine[] | null)[], countriesByName: Map<string, CountryRow>) {
  const keys = { urls: [] as string[], hashes: [] as string[], personSlugs: [] as string[], names: [] as string[], eventSlugs: [] as string[], saleSlugs: [] as string[] };
  const visit = (event: IngestEventInput) => {
    keys.eventSlugs.push(eventSlugOf(event));
    if (event.parent) keys.eventSlugs.push(event.parent);
    for (const participant of event.participants ?? []) keys.personSlugs.push(participant.person);
    (event.children ?? []).forEach(visit);
  };
  lines.forEach((input, index) => {
    if (input.url) keys.urls.push(input.url);
    else keys.hashes.push(contentHashOf(input.body!));
    for (const person of input.people ?? []) {
      keys.personSlugs.push(personSlugOf(person));
      keys.names.push(...[person.name, ...(person.aliases ?? [])].map(normalizeName));
    }
    (input.events ?? []).forEach(visit);
    for (const sale of input.armsSales ?? []) {
      const supplier = countriesByName.get(normalizeName(sale.supplier));
      const recipient = countriesByName.get(normalizeName(sale.recipient));
      if (supplier && recipient) keys.saleSlugs.push(armsSaleSlugOf(sale, supplier.code, recipient.code));
      if (sale.event) keys.eventSlugs.push(sale.event);
    }
    for (const fact of factsOf[index] ?? []) {
      if (fact.person) keys.personSlugs.push(fact.person);
      if (fact.event) keys.eventSlugs.push(fact.event);
      if (fact.armsSale) keys.saleSlugs.push(fact.armsSale);
    }
  });
  return Object.fromEntries(Object.entries(keys).map(([name, list]) => [name, [...new Set(list)]])) as typeof keys;
}

/** The characters a quoted array element escapes. */
const QUOTED = /["\\]/;
const QUOTED_ALL = /["\\]/g;

/**
 * A list as PostgreSQL's array text ('{1,NULL,"a\\"b"}'), sent as one string parameter: Prisma
 * inspects every element of a list parameter, which cost more Node time than the rest of a batch's
 * write (the mention lists of 5,000 articles hold hundreds of thousands of numbers).
 */
function arrayText(values: readonly (string | number | null)[]): string {
  let text = '{';
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (index > 0) text += ',';
    if (value === null) text += 'NULL';
    else if (typeof value === 'number') text += value;
    else text += `"${QUOTED.test(value) ? value.replace(QUOTED_ALL, '\\$&') : value}"`;
  }
  return `${text}}`;
}

/**
 * Text written into a statement as a dollar-quoted literal, with a tag the text does not contain (so
 * nothing in it is read as SQL), instead of a parameter: Prisma serializes a raw query's parameters to
 * JSON and parses them back before they are sent, which for a batch's article rows (megabytes of text)
 * cost Node more than building them; and a statement without parameters can share one message with others.
 */
function literal(text: string): string {
  let tag = 'v';
  for (let attempt = 1; text.includes(`$${tag}$`); attempt++) tag = `v${attempt}`;
  return `$${tag}$${text}$${tag}$`;
}

/**
 * A batch's rows as a json literal, for json_to_recordset. Not jsonb: the rows are read once, in order, so
 * building jsonb's binary form first (each object's keys sorted, every value copied) is work for nothing;
 * the 1,000 article rows of a batch went through json_to_recordset in about two thirds of the time.
 */
const jsonRows = (rows: readonly object[]) => `${literal(JSON.stringify(rows))}::json`;

/** A list as an array literal of the given element type ('int', 'text', a quoted enum name). */
const arrayLiteral = (values: readonly (string | number | null)[], type: string) => `${literal(arrayText(values))}::${type}[]`;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const asDate = (value: Date | string | null) => (value == null ? null : new Date(value));

/**
 * The rows the batch can touch, as the database holds them now: in the batch's transaction (which holds
 * the write lock), or, to prepare the next batch, on another connection while the batch holds it. The
 * countries are read too, unless `known` has them: a batch prepared beside the one before takes that one's
 * (only a line that is never prepared changes them, or another write, after which nothing prepared is used).
 */
async function loadState(
  tx: Transaction | Database,
  lines: IngestArticleInput[],
  factsOf: (FactLine[] | null)[],
  known: BatchState | null = null,
): Promise<BatchState> {
  const state = new BatchState();
  if (known !== null) state.useCountriesOf(known);
  else {
    const countries = await tx.$queryRaw<CountryRow[]>`
      SELECT id, code, code3, name, "officialName", aliases, demonyms FROM "Country" ORDER BY id`;
    for (const row of countries) state.countriesByCode.set(row.code, row);
    state.countriesByName = countryNameIndex(countries);
  }
  const keys = keysOf(lines, factsOf, state.countriesByName);
  // The same candidates as ingestArticle's query: by slug, by lower-case name, by lower-case alias. (Aliases are
  // unnested only for the people who have some, a fifth of them in the benchmark's data: for 1,000 lines at 100,000
  // articles the scan of every person took 7.6–12.1 ms instead of 11.6–21.4 ms.)
  const [people, events, sales, articles] = await Promise.all([
    tx.$queryRaw<PersonRow[]>`
      SELECT id, id AS seq, slug, name, aliases, title, "countryId", description, origin::text AS origin FROM "Person"
      WHERE slug = ANY(${arrayText(keys.personSlugs)}::text[]) OR lower(name) = ANY(${arrayText(keys.names)}::text[])
        OR (cardinality(aliases) > 0 AND EXISTS (SELECT 1 FROM unnest(aliases) AS alias WHERE lower(alias) = ANY(${arrayText(keys.names)}::text[])))
      ORDER BY id`,
    tx.$queryRaw<(Omit<EventRow, 'parent'> & { parentId: number | null })[]>`
      SELECT id, id AS seq, slug, title, type::text AS type, summary, "startDate", "endDate", "datePrecision"::text AS "datePrecision",
        "locationId", "parentId", position, origin::text AS origin
      FROM "Event" WHERE slug = ANY(${arrayText(keys.eventSlugs)}::text[])`,
    tx.$queryRaw<(Omit<SaleRow, 'event'> & { eventId: number | null })[]>`
      SELECT id, id AS seq, slug, "supplierId", "recipientId", "valueUsd"::text AS "valueUsd", "valueOriginal"::text AS "valueOriginal",
        currency, items, designation, quantity, status::text AS status, "announcedDate", "eventId", origin::text AS origin
      FROM "ArmsSale" WHERE slug = ANY(${arrayText(keys.saleSlugs)}::text[])`,
    tx.$queryRaw<{ id: number; url: string | null; contentHash: string | null; extractorVersion: string | null }[]>`
      SELECT id, url, "contentHash", "extractorVersion" FROM "Article"
      WHERE url = ANY(${arrayText(keys.urls)}::text[]) OR "contentHash" = ANY(${arrayText(keys.hashes)}::text[])`,
  ]);
  for (const row of people) state.indexPerson({ ...row, dirty: false });
  for (const { parentId, ...row } of events) {
    state.eventsBySlug.set(row.slug, { ...row, startDate: asDate(row.startDate), endDate: asDate(row.endDate), parent: parentId === null ? null : { id: parentId }, dirty: false });
  }
  for (const { eventId, ...row } of sales) {
    state.salesBySlug.set(row.slug, { ...row, announcedDate: asDate(row.announcedDate), event: eventId === null ? null : { id: eventId }, dirty: false });
  }
  for (const row of articles) {
    // Only what a line keeps from an existing article matters: its ID and extractor version (a line restates the rest).
    state.articlesByKey.set(articleKey(row.url, row.contentHash), {
      id: row.id,
      seq: row.id,
      extractorVersion: row.extractorVersion,
      facts: null,
    } as ArticleRow);
  }
  return state;
}

type ChangedRows = ReturnType<typeof dirtyRows>;

/** What the batch's accepted lines changed, table by table, in creation order. */
function dirtyRows(state: BatchState) {
  const dirty = <T extends Row>(rows: Iterable<T>) => [...rows].filter((row) => row.dirty).sort((a, b) => a.seq - b.seq);
  return {
    people: dirty(state.peopleBySlug.values()),
    events: dirty(state.eventsBySlug.values()),
    sales: dirty(state.salesBySlug.values()),
    articles: dirty(state.articlesByKey.values()),
  };
}

/** Tables whose new rows the batch gives IDs, in the order `dirtyRows` lists them. */
const ID_TABLES = [['people', 'Person'], ['events', 'Event'], ['sales', 'ArmsSale'], ['articles', 'Article']] as const;

/**
 * IDs for every new row of the batch, in one statement: each table's sequence is looked up once, not once
 * per ID. Rows get them in creation order, ascending. Taken in the batch's transaction, or beforehand on the
 * preparing connection, while the batch before is written (sequences are not transactional: a prepared batch
 * that is not used leaves a gap, and the IDs it is then given are still in creation order). Returns the
 * transaction ID the statement's own transaction took, if any: outside the batch's transaction, a sequence
 * that writes ahead takes one, which the next batch's check (`importBatch`) must expect.
 */
async function assignAllIds(db: Transaction | Database, rows: ChangedRows): Promise<bigint | null> {
  const fresh = ID_TABLES.map(([kind]) => (rows[kind] as Row[]).filter((row) => row.id === undefined));
  if (fresh.every((list) => !list.length)) return null;
  const columns = ID_TABLES.map(([, table], index) => `
    array(SELECT nextval(s.sequence)::int FROM (SELECT pg_get_serial_sequence('"${table}"', 'id')::regclass AS sequence) AS s,
      generate_series(1, ${fresh[index].length}) ORDER BY 1) AS "${table}"`);
  // The transaction ID is read once the IDs are taken (a materialized CTE runs before the select that reads it).
  const [{ xid, ...ids }] = await db.$queryRawUnsafe<({ xid: string | null } & Record<string, number[]>)[]>(`
    WITH ids AS MATERIALIZED (SELECT ${columns.join(',')})
    SELECT ids.*, pg_current_xact_id_if_assigned()::text AS xid FROM ids`);
  ID_TABLES.forEach(([, table], index) =>
    fresh[index].forEach((row, position) => {
      row.id = ids[table][position];
      row.isNew = true;
    }),
  );
  return xid === null ? null : BigInt(xid);
}

/** Roles of events as the columns of one unnest (built column by column: no array per row). */
class RoleColumns {
  readonly events: number[] = [];
  readonly others: number[] = [];
  readonly roles: string[] = [];

  add(event: number, other: number, role: string): void {
    this.events.push(event);
    this.others.push(other);
    this.roles.push(role);
  }
}

/** Articles' mentions of one kind as the columns of one unnest (built column by column: no array per row). */
class MentionColumns {
  readonly articles: number[] = [];
  readonly others: number[] = [];
  readonly counts: number[] = [];
  readonly offsets: (number | null)[] = [];
  /** The article's time, for the mentions of people and events (ArticlePerson and ArticleEvent copy it). */
  readonly times: (string | null)[] = [];

  static of<K>(articles: ArticleRow[], mentions: (row: ArticleRow) => Map<K, Mention>, id: (key: K) => number, withTime: boolean): MentionColumns {
    const columns = new MentionColumns();
    for (const article of articles) {
      const time = withTime ? (article.publishedAt?.toISOString() ?? null) : null;
      for (const [key, mention] of mentions(article)) {
        columns.articles.push(article.id!);
        columns.others.push(id(key));
        columns.counts.push(mention.mentionCount);
        columns.offsets.push(mention.firstOffset);
        if (withTime) columns.times.push(time);
      }
    }
    return columns;
  }
}

/** A table's rows split into those the batch inserts (`isNew`) and those it merges into existing rows, each in creation order. */
const splitByNovelty = <T extends Row>(rows: T[]): [inserted: T[], merged: T[]] => [rows.filter((row) => row.isNew), rows.filter((row) => !row.isNew)];

/** A batch ready to be written: its state after its lines, what they changed (IDs given), and the statements that write it. */
interface BatchWrite {
  state: BatchState;
  rows: ChangedRows;
  statements: string[];
}

/** The batch's write, once its new rows have IDs. */
function batchWrite(state: BatchState, rows: ChangedRows): BatchWrite {
  return { state, rows, statements: statementsOf(state, rows) };
}

/**
 * Writes everything the batch's accepted lines changed (IDs assigned), one statement per table and kind of row:
 * rows new to the database are inserted plainly (the batch's lookups found no row with their keys, and the write
 * lock keeps it so until commit), which spares PostgreSQL a speculative insertion per row; rows that existed are
 * merged on their natural key. The statements go in one message (`statementsOf`), which PostgreSQL runs one after
 * another without waiting for this process: while a batch is written, Node ingests the next one, and a statement
 * sent only once Node had a free moment left PostgreSQL idle between statements.
 */
async function writeState(tx: Transaction, { state, rows, statements }: BatchWrite): Promise<void> {
  if (statements.length) await tx.$executeRawUnsafe(statements.join(';\n'));
  const withFacts = rows.articles.filter((article) => article.facts !== null);
  const factRowsOf = (article: ArticleRow): FactRow[] =>
    article.facts!.map((fact) => ({
      articleId: article.id!,
      personId: fact.person !== undefined ? state.peopleBySlug.get(fact.person)!.id! : null,
      countryId: fact.countryId ?? null,
      eventId: fact.event !== undefined ? state.eventsBySlug.get(fact.event)!.id! : null,
      armsSaleId: fact.sale !== undefined ? state.salesBySlug.get(fact.sale)!.id! : null,
      fact: fact.fact,
    }));
  await replaceFacts(tx, withFacts.map((article) => article.id!), withFacts.flatMap(factRowsOf));
}

/** The batch's write statements, in the order they must run (values written in as literals: no parameters). */
function statementsOf(state: BatchState, { people, events, sales, articles }: ChangedRows): string[] {
  const statements: string[] = [];
  const personId = (slug: string) => state.peopleBySlug.get(slug)!.id!;
  const eventIdOf = (slug: string) => state.eventsBySlug.get(slug)!.id!;
  const eventId = (ref: EventRef) => (ref === null ? null : 'id' in ref ? ref.id : eventIdOf(ref.slug));
  const saleId = (slug: string) => state.salesBySlug.get(slug)!.id!;
  /** `insert` for the new rows, then `insert` with `merge` appended for the others (which may reference new rows). */
  const write = <T extends Row>(rows: T[], insert: (rows: T[]) => string, merge: string) => {
    const [inserted, merged] = splitByNovelty(rows);
    if (inserted.length) statements.push(insert(inserted));
    if (merged.length) statements.push(`${insert(merged)} ${merge}`);
  };

  // Each merge sets every column from the staged row and touches only rows that differ (updatedAt keeps meaning "last change").
  write(
    people,
    (rows) => `
      INSERT INTO "Person" AS t (id, slug, name, aliases, title, "countryId", description, origin, "updatedAt")
      SELECT s.id, s.slug, s.name, s.aliases, s.title, s."countryId", s.description, s.origin::"FactOrigin", now()
      FROM json_to_recordset(${jsonRows(rows)}) AS s(id int, slug text, name text, aliases text[], title text,
        "countryId" int, description text, origin text)`,
    `
      ON CONFLICT (slug) DO UPDATE SET aliases = EXCLUDED.aliases, title = EXCLUDED.title, "countryId" = EXCLUDED."countryId",
        description = EXCLUDED.description, origin = EXCLUDED.origin, "updatedAt" = now()
      WHERE (t.aliases, t.title, t."countryId", t.description, t.origin)
        IS DISTINCT FROM (EXCLUDED.aliases, EXCLUDED.title, EXCLUDED."countryId", EXCLUDED.description, EXCLUDED.origin)`,
  );

  // Parent links go in the same statement as their events: a foreign key is checked at the end of the statement
  // (its triggers fire then), when every event of the batch exists, whatever the order of the rows. New events
  // go first, so an existing event may be given a new parent.
  write(
    events,
    (rows) => `
      INSERT INTO "Event" AS t (id, slug, title, type, summary, "startDate", "endDate", "datePrecision", "locationId", "parentId", position,
        origin, "updatedAt")
      SELECT s.id, s.slug, s.title, s.type::"EventType", s.summary, s."startDate", s."endDate", s."datePrecision"::"DatePrecision",
        s."locationId", s."parentId", s.position, s.origin::"FactOrigin", now()
      FROM json_to_recordset(${jsonRows(
        rows.map(({ parent, startDate, endDate, ...row }) => ({ ...row, startDate: day(startDate), endDate: day(endDate), parentId: eventId(parent) })),
      )}) AS s(id int, slug text, title text, type text, summary text,
        "startDate" date, "endDate" date, "datePrecision" text, "locationId" int, "parentId" int, position int, origin text)`,
    `
      ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, type = EXCLUDED.type, summary = EXCLUDED.summary,
        "startDate" = EXCLUDED."startDate", "endDate" = EXCLUDED."endDate", "datePrecision" = EXCLUDED."datePrecision",
        "locationId" = EXCLUDED."locationId", "parentId" = EXCLUDED."parentId", position = EXCLUDED.position, origin = EXCLUDED.origin,
        "updatedAt" = now()
      WHERE (t.title, t.type, t.summary, t."startDate", t."endDate", t."datePrecision", t."locationId", t."parentId", t.position, t.origin)
        IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.type, EXCLUDED.summary, EXCLUDED."startDate", EXCLUDED."endDate",
          EXCLUDED."datePrecision", EXCLUDED."locationId", EXCLUDED."parentId", EXCLUDED.position, EXCLUDED.origin)`,
  );

  write(
    sales,
    (rows) => `
      INSERT INTO "ArmsSale" AS t (id, slug, "supplierId", "recipientId", "valueUsd", "valueOriginal", currency, items, designation,
        quantity, status, "announcedDate", "eventId", origin, "updatedAt")
      SELECT s.id, s.slug, s."supplierId", s."recipientId", s."valueUsd", s."valueOriginal", s.currency, s.items, s.designation,
        s.quantity, s.status::"ArmsSaleStatus", s."announcedDate", s."eventId", s.origin::"FactOrigin", now()
      FROM json_to_recordset(${jsonRows(
        rows.map(({ event, announcedDate, ...row }) => ({ ...row, announcedDate: day(announcedDate), eventId: eventId(event) })),
      )}) AS s(id int, slug text, "supplierId" int, "recipientId" int,
        "valueUsd" numeric, "valueOriginal" numeric, currency text, items text, designation text, quantity int, status text,
        "announcedDate" date, "eventId" int, origin text)`,
    ARMS_SALE_MERGE,
  );

  // Articles: new ones in one insert; existing ones merged by URL, or by content hash when they have none (two unique keys).
  const articleInsert = (rows: ArticleRow[]) => `
    INSERT INTO "Article" AS t (id, url, "contentHash", title, subtitle, summary, body, source, author, "publishedAt", language,
      origin, "extractorVersion", "updatedAt")
    SELECT s.id, s.url, s."contentHash", s.title, s.subtitle, s.summary, s.body, s.source, s.author, s."publishedAt", s.language,
      s.origin::"FactOrigin", s."extractorVersion", now()
    FROM json_to_recordset(${jsonRows(
      rows.map((row) => ({
        id: row.id, url: row.url, contentHash: row.contentHash, title: row.title, subtitle: row.subtitle, summary: row.summary,
        body: row.body, source: row.source, author: row.author, publishedAt: row.publishedAt?.toISOString() ?? null,
        language: row.language, origin: row.origin, extractorVersion: row.extractorVersion,
      })),
    )}) AS s(id int, url text, "contentHash" text, title text, subtitle text,
      summary text, body text, source text, author text, "publishedAt" timestamp, language text, origin text, "extractorVersion" text)`;
  const [newArticles, knownArticles] = splitByNovelty(articles);
  if (newArticles.length) statements.push(articleInsert(newArticles));
  for (const byUrl of [true, false]) {
    const rows = knownArticles.filter((row) => (row.url !== null) === byUrl);
    if (!rows.length) continue;
    statements.push(`
      ${articleInsert(rows)}
      ON CONFLICT ${byUrl ? '(url)' : '("contentHash")'} DO UPDATE SET title = EXCLUDED.title, subtitle = EXCLUDED.subtitle,
        summary = EXCLUDED.summary, body = EXCLUDED.body, source = EXCLUDED.source, author = EXCLUDED.author,
        "publishedAt" = EXCLUDED."publishedAt", language = EXCLUDED.language, origin = EXCLUDED.origin,
        "extractorVersion" = EXCLUDED."extractorVersion", "updatedAt" = now()
      WHERE (t.title, t.subtitle, t.summary, t.body, t.source, t.author, t."publishedAt", t.language, t.origin, t."extractorVersion")
        IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.subtitle, EXCLUDED.summary, EXCLUDED.body, EXCLUDED.source, EXCLUDED.author,
          EXCLUDED."publishedAt", EXCLUDED.language, EXCLUDED.origin, EXCLUDED."extractorVersion")`);
  }

  // Roles are only ever added; a role of an event or person new to the database cannot be there yet.
  const roles = <K>(table: string, column: string, type: string, all: Iterable<[string, K, string]>, id: (key: K) => number, isNew: (key: K) => boolean) => {
    const [inserted, merged] = [new RoleColumns(), new RoleColumns()];
    for (const [event, key, role] of all) {
      const row = state.eventsBySlug.get(event)!;
      (row.isNew || isNew(key) ? inserted : merged).add(row.id!, id(key), role);
    }
    for (const [rows, conflict] of [[inserted, ''], [merged, 'ON CONFLICT DO NOTHING']] as const) {
      if (!rows.events.length) continue;
      statements.push(`
        INSERT INTO "${table}" ("eventId", "${column}", role)
        SELECT * FROM unnest(${arrayLiteral(rows.events, 'int')}, ${arrayLiteral(rows.others, 'int')}, ${arrayLiteral(rows.roles, `"${type}"`)})
        ${conflict}`);
    }
  };
  roles('EventParticipant', 'personId', 'ParticipantRole', state.participants.values(), personId, (slug) => state.peopleBySlug.get(slug)!.isNew === true);
  roles('EventCountry', 'countryId', 'CountryRole', state.eventCountries.values(), (id) => id, () => false);

  // Mentions become exactly what each article's last line said. A new article's are inserted; an existing
  // article's others are dropped and these merged. Mentions of people and events carry their article's time (the
  // statement triggers of ArticlePerson and ArticleEvent then have nothing to correct).
  const knownIds = arrayLiteral(knownArticles.map((row) => row.id!), 'int');
  const kinds = [
    { table: 'ArticlePerson', column: 'personId', mentions: (row: ArticleRow) => row.people, id: personId, withTime: true },
    { table: 'ArticleCountry', column: 'countryId', mentions: (row: ArticleRow) => row.countries, id: (id: number) => id, withTime: false },
    { table: 'ArticleEvent', column: 'eventId', mentions: (row: ArticleRow) => row.events, id: eventIdOf, withTime: true },
    { table: 'ArticleArmsSale', column: 'armsSaleId', mentions: (row: ArticleRow) => row.sales, id: saleId, withTime: false },
  ] as { table: string; column: string; mentions: (row: ArticleRow) => Map<string | number, Mention>; id: (key: string | number) => number; withTime: boolean }[];
  for (const { table, column, mentions, id, withTime } of kinds) {
    const insert = (rows: MentionColumns) => `
      INSERT INTO "${table}" AS t ("articleId", "${column}", "mentionCount", "firstOffset"${withTime ? ', "publishedAt"' : ''})
      SELECT * FROM unnest(${arrayLiteral(rows.articles, 'int')}, ${arrayLiteral(rows.others, 'int')}, ${arrayLiteral(rows.counts, 'int')},
        ${arrayLiteral(rows.offsets, 'int')}${withTime ? `, ${arrayLiteral(rows.times, 'timestamp')}` : ''})`;
    const fresh = MentionColumns.of(newArticles, mentions, id, withTime);
    if (fresh.articles.length) statements.push(insert(fresh));
    if (!knownArticles.length) continue;
    const known = MentionColumns.of(knownArticles, mentions, id, withTime);
    statements.push(`
      DELETE FROM "${table}" AS t WHERE t."articleId" = ANY(${knownIds})
        AND (t."articleId", t."${column}") NOT IN (SELECT * FROM unnest(${arrayLiteral(known.articles, 'int')}, ${arrayLiteral(known.others, 'int')}))`);
    if (!known.articles.length) continue;
    statements.push(`
      ${insert(known)}
      ON CONFLICT ("articleId", "${column}") DO UPDATE SET "mentionCount" = EXCLUDED."mentionCount", "firstOffset" = EXCLUDED."firstOffset"
      WHERE (t."mentionCount", t."firstOffset") IS DISTINCT FROM (EXCLUDED."mentionCount", EXCLUDED."firstOffset")`);
  }
  return statements;
}

type Entry = { number: number; line: ImportLine };
type ArticleEntry = { number: number; line: Extract<ImportLine, { kind: 'article' }> };
type Outcome = { number: number; created?: boolean; reason?: string };

const articleEntries = (batch: Entry[]) => batch.filter((entry): entry is ArticleEntry => entry.line.kind === 'article');

/**
 * Milliseconds of reading or ingesting between two pauses of this thread. A pause lets the writer's pending
 * replies through (a transaction's start, its lock, its write, its commit): PostgreSQL waits for each of them,
 * and a reply that arrives while lines are read or ingested waits for the slice to end. Counted in time, not
 * lines: fifty lines took 10–15 ms with warm code and several times that cold, at the start, where a batch's
 * transaction waited for each reply in turn; a pause costs microseconds.
 */
const SLICE_MS = 2;

let sliceStarted = performance.now();

/** Whether this thread has worked a slice since it last let the event loop run. */
const sliceIsOver = () => performance.now() - sliceStarted >= SLICE_MS;

/** Lets the event loop run what is pending (replies from PostgreSQL) before going on. */
const pause = () =>
  new Promise<void>((resolve) =>
    setImmediate(() => {
      sliceStarted = performance.now();
      resolve();
    }),
  );

/** Ingests a batch's article lines into `state`, in order: the outcome of each (created, or why refused). */
async function ingestLines(state: BatchState, articles: ArticleEntry[], { pausing = false } = {}): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const { number, line } of articles) {
    if (pausing && sliceIsOver()) await pause();
    try {
      outcomes.push({ number, ...ingestLine(state, line.input, line.provenance) });
    } catch (error) {
      if (!(error instanceof RefusedLine)) throw error;
      outcomes.push({ number, reason: error.message });
    }
  }
  return outcomes;
}

/**
 * The next batch, made ready to write as soon as it is read, mostly while this one is written: ingested
 * against the rows this batch left (`carried`) plus those the next batch can touch that this one did not,
 * read on another connection, then its new rows given IDs and its statements built, so that once its
 * transaction begins PostgreSQL waits for nothing but the check that it may be used. Read while this
 * batch holds the write lock, the rows miss only this batch's own changes, which `carried` has; read
 * after its commit (the next batch was read late), they include them. Either way the result is used
 * only if nothing else was written between this batch's lock and the next one's (see `importBatch`).
 */
export interface PreparedBatch {
  lines: Entry[];
  outcomes: Outcome[];
  write: BatchWrite;
  /** The transaction ID that giving its rows IDs took (see `assignAllIds`), or null. */
  idsXid: bigint | null;
  /** What it hands to the batch after it, should it be used. */
  carried: BatchState;
}

async function prepareBatch(db: Database, state: BatchState, lines: Entry[]): Promise<PreparedBatch> {
  const articles = articleEntries(lines);
  state.addMissing(await loadState(db, articles.map((entry) => entry.line.input), articles.map((entry) => entry.line.provenance.facts), state));
  const outcomes = await ingestLines(state, articles, { pausing: true });
  const rows = dirtyRows(state);
  const idsXid = await assignAllIds(db, rows);
  const write = batchWrite(state, rows);
  await pause();
  return { lines, outcomes, write, idsXid, carried: state.carried() };
}

/**
 * The transaction ID a batch prepared beside the one before must get for its preparation to hold: the
 * very next after the previous batch's, or after the one its ID statement took, if that took one right
 * after the previous batch's (then no other transaction took one in between either).
 */
function expectedXid(previousXid: bigint, prepared: PreparedBatch): bigint | null {
  if (prepared.idsXid === null) return previousXid + 1n;
  return prepared.idsXid === previousXid + 1n ? previousXid + 2n : null;
}

/**
 * A batch's first statement, one round trip where there were three (each waited for this thread's next pause):
 * the whole graph locked for the import alone (as `lockWholeGraph` with `exclusive` does), then, once it is held (the
 * materialized CTEs run in order), the transaction's ID taken and `synchronous_commit` turned off for it (a batch lost
 * to a crash is imported again by running the import again: it is idempotent). `alone`: no other transaction
 * held an ID as this one took its own: none was in progress in the statement's snapshot (taken before the lock),
 * and none took an ID since then (this one's is the snapshot's `xmax`, the first not yet completed). Then any
 * transaction that writes before the next batch's lock takes a new ID, which the next batch's check catches. (The
 * check was made once the batch was written, a round trip between its write and its commit; at the start it is
 * stricter, never looser: a transaction that takes an ID after this one's is caught by the next batch's check, and
 * one that held an ID as this batch waited for the lock, an API write, makes the next batch read again.)
 */
async function beginBatch(tx: Transaction): Promise<{ xid: bigint; alone: boolean }> {
  const [{ xid, alone }] = await tx.$queryRaw<{ xid: string; alone: boolean }[]>`
    WITH locked AS MATERIALIZED (SELECT pg_advisory_xact_lock(${LockSpace.WHOLE_GRAPH}::int, 0)::text),
      own AS MATERIALIZED (SELECT pg_current_xact_id() AS xid FROM locked)
    SELECT xid::text AS xid, set_config('synchronous_commit', 'off', true) AS "synchronousCommit",
      NOT EXISTS (SELECT 1 FROM pg_snapshot_xip(pg_current_snapshot())) AND xid = pg_snapshot_xmax(pg_current_snapshot()) AS alone
    FROM own`;
  return { xid: BigInt(xid), alone };
}

/** Batches of article (and audit) lines only can be prepared ahead: the other lines write rows the batch state does not follow. */
const preparable = (batch: Entry[]) => batch.every((entry) => entry.line.kind === 'article' || entry.line.kind === 'auditEntry');

/** What a written batch hands to the next: its transaction ID, and the next batch prepared beside its write. */
export interface Handoff {
  /** The batch's transaction ID, when no other transaction held one as the batch took its own (`beginBatch`); else null. */
  xid: bigint | null;
  prepared: Promise<PreparedBatch | null>;
}

/**
 * One batch in one transaction: taken as the previous batch prepared it, or its article lines ingested
 * in memory in order (refusals noted) and its new rows given IDs, then written; meanwhile the following
 * batch is prepared once it is read. The prepared batch is exact only if no transaction wrote between
 * the previous batch's commit and this batch's lock: then this transaction's ID is the very next one (a
 * transaction gets an ID when it first writes, and no other transaction held one as the previous batch
 * took its own), but for the one the prepared batch's own ID statement may have taken.
 * Otherwise the batch reads its rows again and ingests its lines again, as if nothing was prepared.
 */
async function importBatch(
  db: Database,
  batch: Entry[],
  summary: ImportSummary,
  previous: Handoff | null,
  following: Promise<Entry[] | null>,
): Promise<Handoff> {
  const articles = articleEntries(batch);
  const prepared = previous?.xid != null ? await previous.prepared : null;
  const audits: AuditLine[] = [];
  const outcomes: Outcome[] = [];
  let handoff: Handoff = { xid: null, prepared: Promise.resolve(null) };
  await db.$transaction(
    async (tx) => {
      const { xid, alone } = await beginBatch(tx);
      let write: BatchWrite;
      let carried: BatchState | null = null;
      if (prepared?.lines === batch && xid === expectedXid(previous!.xid!, prepared)) {
        ({ write, carried } = prepared);
        outcomes.push(...prepared.outcomes);
      } else {
        // Lines that set one row each (rare: an editor's hand) are written as they come, before the batch's articles.
        for (const { number, line } of batch) {
          try {
            if (line.kind === 'countryAliases') await setCountryAliases(tx, line.code, line.aliases);
            if (line.kind === 'standalone') outcomes.push({ number, created: await restoreStandalone(tx, line.entity) });
          } catch (error) {
            if (!(error instanceof RefusedLine)) throw error;
            outcomes.push({ number, reason: error.message });
          }
        }
        const state = await loadState(tx, articles.map((entry) => entry.line.input), articles.map((entry) => entry.line.provenance.facts));
        outcomes.push(...(await ingestLines(state, articles)));
        const rows = dirtyRows(state);
        await assignAllIds(tx, rows);
        write = batchWrite(state, rows);
        if (preparable(batch)) carried = state.carried();
      }
      for (const { line } of batch) if (line.kind === 'auditEntry') audits.push(line.entry);
      if (carried !== null) {
        const base = carried;
        // Never rejects: a failure to prepare leaves the next batch to do its own reading.
        const next = following.then((lines) => (lines && preparable(lines) ? prepareBatch(db, base, lines) : null));
        handoff = { xid: null, prepared: next.catch(() => null) };
      }
      await writeState(tx, write);
      await restoreAuditEntries(tx, audits);
      if (alone) handoff.xid = xid;
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  for (const outcome of outcomes.sort((a, b) => a.number - b.number)) {
    if (outcome.reason !== undefined) {
      summary.failed++;
      summary.problems.push({ line: outcome.number, reason: outcome.reason });
    } else if (outcome.created) summary.created++;
    else summary.existing++;
  }
  return handoff;
}

/**
 * The lines of a file (without their end, `\r\n` or `\n`), read only as fast as they are taken:
 * readline's iterator keeps reading ahead while a batch is written, which held most of a 300 MB
 * file in memory. Lines are cut on the newline byte (UTF-8 never uses it inside a character) and
 * decoded one by one: each is its own string, not a slice that keeps its megabyte chunk alive.
 */
async function* linesOf(file: string): AsyncGenerator<string> {
  const NEWLINE = 0x0a;
  const RETURN = 0x0d;
  const decoded = (buffer: Buffer, start: number, end: number) =>
    buffer.toString('utf8', start, end > start && buffer[end - 1] === RETURN ? end - 1 : end);
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const buffer = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(NEWLINE, start); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
      yield decoded(buffer, start, end);
      start = end + 1;
    }
    rest = buffer.subarray(start);
  }
  if (rest.length) yield decoded(rest, 0, rest.length);
}

/**
 * Imports an NDJSON file in batches of `batchLines`. Country alias and standalone entity lines
 * apply before the articles of their batch (a batch never holds them after an article), audit
 * entries after. This loop reads and checks the lines; a writer beside it writes the batches in
 * order, each as soon as the one before it is written (it no longer waits for the batch after it to
 * be read: PostgreSQL sat idle meanwhile). While a batch is written, the next one is read and, once
 * read, ingested (see `importBatch`). The reader hands a batch over only once the writer has begun
 * the one before it, so at most three batches are held: one written, one ingested, one read.
 */
export async function importFileInBulk(
  db: Database,
  file: string,
  onProgress: (progress: ImportProgress) => void | Promise<void> = () => undefined,
  { batchLines = BULK_BATCH_LINES } = {},
): Promise<ImportSummary> {
  const started = process.hrtime.bigint();
  // Counted beside the import (only the progress reports need the total): the first batch is not kept waiting for a pass over the whole file.
  const counting = countLines(file);
  counting.catch(() => undefined); // a file that cannot be read fails the reader below, which reports it
  const summary: ImportSummary = { lines: 0, created: 0, existing: 0, failed: 0, problems: [], seconds: 0 };
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;

  // Batches reach the writer through a chain: each link's `next` is settled when the batch after it is read (null: no more).
  type Link = { lines: Entry[]; next: Promise<Link | null> };
  let handOver!: (link: Link | null) => void;
  const first = new Promise<Link | null>((resolve) => (handOver = resolve));
  let batchesBegun = 0;
  let writerStopped = false;
  let wakeReader: () => void = () => undefined;
  const writer = (async () => {
    try {
      let previous: Handoff | null = null;
      for (let link = await first; link; link = await link.next) {
        batchesBegun++;
        wakeReader();
        const lines = link.lines;
        previous = await importBatch(db, lines, summary, previous, link.next.then((next) => next?.lines ?? null));
        summary.seconds = elapsed();
        // The next batch starts once the caller has taken note (it may write meanwhile: the next batch then reads again).
        await onProgress({ linesDone: lines[lines.length - 1].number, totalLines: await counting, summary });
        // The chain is held from its first link: a written batch's lines go, or every line of the file would stay in memory.
        link.lines = [];
      }
    } finally {
      writerStopped = true;
      wakeReader();
    }
  })();

  let batch: Entry[] = [];
  let batchesRead = 0;
  const flush = async () => {
    if (!batch.length) return;
    while (batchesBegun < batchesRead && !writerStopped) await new Promise<void>((resolve) => (wakeReader = resolve));
    if (writerStopped) return; // it failed: its error is thrown below
    const settle = handOver;
    const link: Link = { lines: batch, next: new Promise((resolve) => (handOver = resolve)) };
    batch = [];
    batchesRead++;
    settle(link);
  };
  try {
    for await (const text of linesOf(file)) {
      if (writerStopped) break;
      const number = ++summary.lines;
      if (sliceIsOver()) await pause();
      if (!text.trim()) continue;
      let line: ImportLine;
      try {
        line = await parseImportLine(text);
      } catch (error) {
        if (!(error instanceof RefusedLine)) throw error;
        summary.failed++;
        summary.problems.push({ line: number, reason: error.message });
        continue;
      }
      // A country's aliases change how the lines after it resolve names, and a standalone entity may
      // name what earlier articles wrote: the lines before are written first.
      if ((line.kind === 'countryAliases' || line.kind === 'standalone') && batch.some((entry) => entry.line.kind === 'article')) await flush();
      batch.push({ number, line });
      // The first batches are small, so that the database starts writing while the rest is read.
      if (batch.length >= (batchesRead < 2 ? Math.min(batchLines, FIRST_BATCH_LINES) : batchLines)) await flush();
    }
    await flush();
  } catch (error) {
    handOver(null);
    await writer.catch(() => undefined);
    throw error;
  }
  handOver(null);
  await writer;
  summary.problems.sort((a, b) => a.line - b.line);
  summary.seconds = elapsed();
  return summary;
}
