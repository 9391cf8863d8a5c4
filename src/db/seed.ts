// Writes the seed graph (prisma/seed/*.json: people, events, arms sales, articles and their
// mentions) so that a first start shows the founding article as data. Idempotent: rows are matched
// by natural keys and rewritten only when the JSON says something different.
import fs from 'node:fs';
import path from 'node:path';
import {
  ArmsSaleStatus,
  CountryRole,
  DatePrecision,
  EventType,
  ParticipantRole,
  Prisma,
} from '../generated/prisma/client';
import { PRISMA_DIR } from '../paths';
import type { Database } from './prisma';

export const SEED_DIR = path.join(PRISMA_DIR, 'seed');

/** Any number; only the seed takes it, so two instances starting together seed once. */
const SEED_LOCK_KEY = 7_170_001;

// The JSON's shapes. References between entities are natural keys: country codes, person,
// event and arms-sale slugs.

export interface SeedPerson {
  slug: string;
  name: string;
  aliases: string[];
  title: string | null;
  country: string | null;
  description: string | null;
}

export interface SeedEvent {
  slug: string;
  title: string;
  type: EventType;
  summary: string | null;
  /** Calendar days, "YYYY-MM-DD". */
  startDate: string | null;
  endDate: string | null;
  datePrecision: DatePrecision;
  location: string | null;
  /** Slug of an event listed earlier (or already stored). */
  parent: string | null;
  position: number | null;
  participants: Array<{ person: string; role: ParticipantRole }>;
  countries: Array<{ country: string; role: CountryRole }>;
}

export interface SeedArmsSale {
  slug: string;
  supplier: string;
  recipient: string;
  /** A decimal string, so the value stays exact. */
  valueUsd: string | null;
  items: string;
  designation: string | null;
  quantity: number | null;
  status: ArmsSaleStatus;
  announcedDate: string | null;
  event: string | null;
}

export interface SeedMention {
  mentionCount: number;
  firstOffset: number | null;
  /** The strings that were counted; documentation for whoever checks the numbers. */
  cues?: string[];
}

export interface SeedArticle {
  url: string | null;
  contentHash?: string | null;
  title: string;
  subtitle: string | null;
  summary: string | null;
  body: string | null;
  source: string | null;
  author: string | null;
  /** ISO 8601 date-time. */
  publishedAt: string | null;
  language: string;
  mentions: {
    people: Array<SeedMention & { person: string }>;
    countries: Array<SeedMention & { country: string }>;
    events: Array<SeedMention & { event: string }>;
    armsSales: Array<SeedMention & { armsSale: string }>;
  };
}

export interface SeedGraph {
  people: SeedPerson[];
  events: SeedEvent[];
  armsSales: SeedArmsSale[];
  articles: SeedArticle[];
}

export interface SeedResult {
  /** False when `onlyIfEmpty` found articles and left the database alone. */
  seeded: boolean;
  /** Rows inserted (entities and join rows). */
  created: number;
  /** Existing rows whose values the JSON changed. */
  updated: number;
}

/** Reads every `*.json` in the seed folder, in name order, checking enum values and dates. */
export function readSeedGraphs(directory = SEED_DIR): SeedGraph[] {
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(directory, name);
      const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SeedGraph>;
      const graph: SeedGraph = {
        people: raw.people ?? [],
        events: raw.events ?? [],
        armsSales: raw.armsSales ?? [],
        articles: raw.articles ?? [],
      };
      checkGraph(graph, name);
      return graph;
    });
}

function checkEnum(allowed: Record<string, string>, value: string, where: string): void {
  if (!Object.values(allowed).includes(value)) {
    throw new Error(`${where}: "${value}" is not one of ${Object.values(allowed).join(', ')}`);
  }
}

/** Mistakes in hand-written JSON fail here with the file and entity named, not deep in Prisma. */
function checkGraph(graph: SeedGraph, file: string): void {
  for (const event of graph.events) {
    const where = `${file}: event ${event.slug}`;
    checkEnum(EventType, event.type, `${where} type`);
    checkEnum(DatePrecision, event.datePrecision, `${where} datePrecision`);
    toDay(event.startDate, `${where} startDate`);
    toDay(event.endDate, `${where} endDate`);
    event.participants.forEach((participant) => checkEnum(ParticipantRole, participant.role, `${where} participant role`));
    event.countries.forEach((country) => checkEnum(CountryRole, country.role, `${where} country role`));
  }
  for (const sale of graph.armsSales) {
    const where = `${file}: arms sale ${sale.slug}`;
    checkEnum(ArmsSaleStatus, sale.status, `${where} status`);
    toDay(sale.announcedDate, `${where} announcedDate`);
    if (sale.valueUsd !== null && !/^\d+(\.\d{1,2})?$/.test(sale.valueUsd)) {
      throw new Error(`${where} valueUsd: "${sale.valueUsd}" is not a decimal string with at most 2 decimals`);
    }
  }
  for (const article of graph.articles) {
    if (!article.url && !article.contentHash) throw new Error(`${file}: article "${article.title}" needs a url or a contentHash`);
    toInstant(article.publishedAt, `${file}: article ${article.url ?? article.title} publishedAt`);
  }
}

function toDay(value: string | null, where: string): Date | null {
  if (value === null) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00.000Z`) : null;
  if (!day || Number.isNaN(day.getTime())) throw new Error(`${where}: "${value}" is not a YYYY-MM-DD date`);
  return day;
}

function toInstant(value: string | null, where: string): Date | null {
  if (value === null) return null;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new Error(`${where}: "${value}" is not an ISO 8601 date-time`);
  return instant;
}

/** Equality as the database sees it: dates by instant, decimals by value, arrays element-wise. */
function sameValue(stored: unknown, wanted: unknown): boolean {
  if (stored instanceof Date || wanted instanceof Date) {
    return stored instanceof Date && wanted instanceof Date && stored.getTime() === wanted.getTime();
  }
  if (Prisma.Decimal.isDecimal(stored) || Prisma.Decimal.isDecimal(wanted)) {
    return stored != null && wanted != null && new Prisma.Decimal(String(stored)).equals(String(wanted));
  }
  if (Array.isArray(stored) || Array.isArray(wanted)) {
    return (
      Array.isArray(stored) &&
      Array.isArray(wanted) &&
      stored.length === wanted.length &&
      stored.every((item, index) => sameValue(item, wanted[index]))
    );
  }
  return stored === wanted;
}

/** The fields of `wanted` that differ from the stored row, or null when nothing does. */
function changedFields<T extends object>(stored: object, wanted: T): Partial<T> | null {
  const storedValues = stored as Record<string, unknown>;
  const changes: Partial<T> = {};
  let changed = false;
  for (const key of Object.keys(wanted) as Array<keyof T & string>) {
    if (!sameValue(storedValues[key], wanted[key])) {
      changes[key] = wanted[key];
      changed = true;
    }
  }
  return changed ? changes : null;
}

type Transaction = Prisma.TransactionClient;

interface Counts {
  created: number;
  updated: number;
}

/**
 * An upsert that leaves unchanged rows untouched, so re-seeding does not bump `updatedAt`
 * (Prisma's upsert always writes). Returns the row's id.
 */
async function writeRow<T extends object>(
  stored: { id: number } | null,
  wanted: T,
  create: () => Promise<{ id: number }>,
  update: (id: number, changes: Partial<T>) => Promise<unknown>,
  counts: Counts,
): Promise<number> {
  if (!stored) {
    counts.created += 1;
    return (await create()).id;
  }
  const changes = changedFields(stored, wanted);
  if (changes) {
    await update(stored.id, changes);
    counts.updated += 1;
  }
  return stored.id;
}

/** Ids of rows named by natural key: those written in this run, else looked up once. */
class KeyedIds {
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly what: string,
    private readonly lookup: (key: string) => Promise<{ id: number } | null>,
  ) {}

  set(key: string, id: number): void {
    this.ids.set(key, id);
  }

  async get(key: string): Promise<number> {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const row = await this.lookup(key);
    if (!row) throw new Error(`seed data refers to ${this.what} "${key}", which is neither in the seed nor in the database`);
    this.ids.set(key, row.id);
    return row.id;
  }

  async getOrNull(key: string | null): Promise<number | null> {
    return key === null ? null : this.get(key);
  }
}

/** Country ids by code, failing with every missing code named when reference data is absent. */
async function countryIdsByCode(tx: Transaction, graphs: SeedGraph[]): Promise<Map<string, number>> {
  const codes = new Set<string>();
  for (const graph of graphs) {
    graph.people.forEach((person) => person.country && codes.add(person.country));
    for (const event of graph.events) {
      if (event.location) codes.add(event.location);
      event.countries.forEach((country) => codes.add(country.country));
    }
    graph.armsSales.forEach((sale) => codes.add(sale.supplier).add(sale.recipient));
    graph.articles.forEach((article) => article.mentions.countries.forEach((mention) => codes.add(mention.country)));
  }
  const rows = await tx.country.findMany({ where: { code: { in: [...codes] } }, select: { id: true, code: true } });
  const ids = new Map(rows.map((row) => [row.code, row.id]));
  const missing = [...codes].filter((code) => !ids.has(code));
  if (missing.length > 0) {
    throw new Error(`seed data refers to countries that are not loaded: ${missing.join(', ')} (load the country reference data first)`);
  }
  return ids;
}

interface MentionRow {
  targetId: number;
  mentionCount: number;
  firstOffset: number | null;
}

/** Adds missing mentions in one statement and corrects the counts of existing ones. */
async function writeMentions(
  stored: MentionRow[],
  wanted: MentionRow[],
  createMany: (rows: MentionRow[]) => Promise<{ count: number }>,
  update: (row: MentionRow) => Promise<unknown>,
  counts: Counts,
): Promise<void> {
  const storedByTarget = new Map(stored.map((row) => [row.targetId, row]));
  const missing: MentionRow[] = [];
  for (const row of wanted) {
    const existing = storedByTarget.get(row.targetId);
    if (!existing) {
      missing.push(row);
    } else if (existing.mentionCount !== row.mentionCount || existing.firstOffset !== row.firstOffset) {
      await update(row);
      counts.updated += 1;
    }
  }
  if (missing.length > 0) counts.created += (await createMany(missing)).count;
}

async function writeGraph(tx: Transaction, graphs: SeedGraph[], counts: Counts): Promise<void> {
  const countryIds = await countryIdsByCode(tx, graphs);
  const countryId = (code: string): number => countryIds.get(code) as number;
  const countryIdOrNull = (code: string | null): number | null => (code === null ? null : countryId(code));
  const personIds = new KeyedIds('person', (slug) => tx.person.findUnique({ where: { slug }, select: { id: true } }));
  const eventIds = new KeyedIds('event', (slug) => tx.event.findUnique({ where: { slug }, select: { id: true } }));
  const saleIds = new KeyedIds('arms sale', (slug) => tx.armsSale.findUnique({ where: { slug }, select: { id: true } }));

  for (const graph of graphs) {
    for (const person of graph.people) {
      const wanted = {
        name: person.name,
        aliases: person.aliases,
        title: person.title,
        countryId: countryIdOrNull(person.country),
        description: person.description,
      };
      const id = await writeRow(
        await tx.person.findUnique({ where: { slug: person.slug } }),
        wanted,
        () => tx.person.create({ data: { slug: person.slug, ...wanted }, select: { id: true } }),
        (rowId, changes) => tx.person.update({ where: { id: rowId }, data: changes }),
        counts,
      );
      personIds.set(person.slug, id);
    }

    const participants: Prisma.EventParticipantCreateManyInput[] = [];
    const eventCountries: Prisma.EventCountryCreateManyInput[] = [];
    for (const event of graph.events) {
      const wanted = {
        title: event.title,
        type: event.type,
        summary: event.summary,
        startDate: toDay(event.startDate, `event ${event.slug} startDate`),
        endDate: toDay(event.endDate, `event ${event.slug} endDate`),
        datePrecision: event.datePrecision,
        locationId: countryIdOrNull(event.location),
        parentId: await eventIds.getOrNull(event.parent),
        position: event.position,
      };
      const id = await writeRow(
        await tx.event.findUnique({ where: { slug: event.slug } }),
        wanted,
        () => tx.event.create({ data: { slug: event.slug, ...wanted }, select: { id: true } }),
        (rowId, changes) => tx.event.update({ where: { id: rowId }, data: changes }),
        counts,
      );
      eventIds.set(event.slug, id);
      for (const participant of event.participants) {
        participants.push({ eventId: id, personId: await personIds.get(participant.person), role: participant.role });
      }
      for (const country of event.countries) {
        eventCountries.push({ eventId: id, countryId: countryId(country.country), role: country.role });
      }
    }
    // The JSON adds roles but never retracts them: roles recorded later by users stay.
    counts.created += (await tx.eventParticipant.createMany({ data: participants, skipDuplicates: true })).count;
    counts.created += (await tx.eventCountry.createMany({ data: eventCountries, skipDuplicates: true })).count;

    for (const sale of graph.armsSales) {
      const wanted = {
        supplierId: countryId(sale.supplier),
        recipientId: countryId(sale.recipient),
        valueUsd: sale.valueUsd === null ? null : new Prisma.Decimal(sale.valueUsd),
        items: sale.items,
        designation: sale.designation,
        quantity: sale.quantity,
        status: sale.status,
        announcedDate: toDay(sale.announcedDate, `arms sale ${sale.slug} announcedDate`),
        eventId: await eventIds.getOrNull(sale.event),
      };
      const id = await writeRow(
        await tx.armsSale.findUnique({ where: { slug: sale.slug } }),
        wanted,
        () => tx.armsSale.create({ data: { slug: sale.slug, ...wanted }, select: { id: true } }),
        (rowId, changes) => tx.armsSale.update({ where: { id: rowId }, data: changes }),
        counts,
      );
      saleIds.set(sale.slug, id);
    }

    for (const article of graph.articles) {
      const wanted = {
        url: article.url,
        contentHash: article.contentHash ?? null,
        title: article.title,
        subtitle: article.subtitle,
        summary: article.summary,
        body: article.body,
        source: article.source,
        author: article.author,
        publishedAt: toInstant(article.publishedAt, `article ${article.url} publishedAt`),
        language: article.language,
      };
      const stored = article.url
        ? await tx.article.findUnique({ where: { url: article.url } })
        : await tx.article.findUnique({ where: { contentHash: article.contentHash as string } });
      const articleId = await writeRow(
        stored,
        wanted,
        () => tx.article.create({ data: wanted, select: { id: true } }),
        (rowId, changes) => tx.article.update({ where: { id: rowId }, data: changes }),
        counts,
      );
      await writeArticleMentions(tx, articleId, article, { countryId, personIds, eventIds, saleIds }, counts);
    }
  }
}

async function writeArticleMentions(
  tx: Transaction,
  articleId: number,
  article: SeedArticle,
  ids: { countryId: (code: string) => number; personIds: KeyedIds; eventIds: KeyedIds; saleIds: KeyedIds },
  counts: Counts,
): Promise<void> {
  const mention = (targetId: number, source: SeedMention): MentionRow => ({
    targetId,
    mentionCount: source.mentionCount,
    firstOffset: source.firstOffset,
  });

  const people: MentionRow[] = [];
  for (const item of article.mentions.people) people.push(mention(await ids.personIds.get(item.person), item));
  await writeMentions(
    (await tx.articlePerson.findMany({ where: { articleId } })).map((row) => ({ ...row, targetId: row.personId })),
    people,
    (rows) => tx.articlePerson.createMany({ data: rows.map(({ targetId, ...row }) => ({ ...row, articleId, personId: targetId })) }),
    ({ targetId, ...row }) => tx.articlePerson.update({ where: { articleId_personId: { articleId, personId: targetId } }, data: row }),
    counts,
  );

  await writeMentions(
    (await tx.articleCountry.findMany({ where: { articleId } })).map((row) => ({ ...row, targetId: row.countryId })),
    article.mentions.countries.map((item) => mention(ids.countryId(item.country), item)),
    (rows) => tx.articleCountry.createMany({ data: rows.map(({ targetId, ...row }) => ({ ...row, articleId, countryId: targetId })) }),
    ({ targetId, ...row }) => tx.articleCountry.update({ where: { articleId_countryId: { articleId, countryId: targetId } }, data: row }),
    counts,
  );

  const events: MentionRow[] = [];
  for (const item of article.mentions.events) events.push(mention(await ids.eventIds.get(item.event), item));
  await writeMentions(
    (await tx.articleEvent.findMany({ where: { articleId } })).map((row) => ({ ...row, targetId: row.eventId })),
    events,
    (rows) => tx.articleEvent.createMany({ data: rows.map(({ targetId, ...row }) => ({ ...row, articleId, eventId: targetId })) }),
    ({ targetId, ...row }) => tx.articleEvent.update({ where: { articleId_eventId: { articleId, eventId: targetId } }, data: row }),
    counts,
  );

  const sales: MentionRow[] = [];
  for (const item of article.mentions.armsSales) sales.push(mention(await ids.saleIds.get(item.armsSale), item));
  await writeMentions(
    (await tx.articleArmsSale.findMany({ where: { articleId } })).map((row) => ({ ...row, targetId: row.armsSaleId })),
    sales,
    (rows) => tx.articleArmsSale.createMany({ data: rows.map(({ targetId, ...row }) => ({ ...row, articleId, armsSaleId: targetId })) }),
    ({ targetId, ...row }) => tx.articleArmsSale.update({ where: { articleId_armsSaleId: { articleId, armsSaleId: targetId } }, data: row }),
    counts,
  );
}

/**
 * Writes the seed graph in one transaction. Countries must be loaded already. With `onlyIfEmpty`
 * nothing happens once any article exists, so a service can call this on every start.
 */
export async function seedGraph(
  db: Database,
  options: { onlyIfEmpty?: boolean; directory?: string } = {},
): Promise<SeedResult> {
  // Read and check the files before opening a transaction: a bad file should cost no connection.
  const graphs = readSeedGraphs(options.directory);
  return db.$transaction(
    async (tx) => {
      // Serialises concurrent seeders (two instances starting at once): the second one waits and
      // then finds the articles, or finds nothing left to change.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      if (options.onlyIfEmpty && (await tx.article.findFirst({ select: { id: true } }))) {
        return { seeded: false, created: 0, updated: 0 };
      }
      const counts: Counts = { created: 0, updated: 0 };
      await writeGraph(tx, graphs, counts);
      return { seeded: true, ...counts };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
