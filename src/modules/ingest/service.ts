// Writes an article together with its whole graph in one transaction, resolving every entity
// against what exists by natural key and aliases, so that ingesting the same article again
// updates it and never duplicates anything.
import crypto from 'node:crypto';
import { Prisma } from '../../generated/prisma/client';
import type { Article as ArticleRow, Country as CountryRow } from '../../generated/prisma/client';
import { slugOf } from '../../db/natural-keys';
import { Transaction, UserError, UserErrorCode, UserInputFailure, userError } from '../../graphql/mutations';
import {
  IngestArmsSaleInput,
  IngestArticleInput,
  IngestEventInput,
  IngestPersonInput,
  MentionInput,
} from './inputs';

/** Serializes ingestion: concurrent ingests of the same article (or of articles sharing people and
 * events) must each see the other's rows, or both would create them. */
const INGEST_LOCK_KEY = 7_170_002;

type Path = (string | number)[];

export interface IngestResult {
  article: ArticleRow;
  /** The article did not exist before. */
  created: boolean;
  /** Rows created or changed, all kinds together (0 when the input changed nothing). */
  changes: number;
  /** IDs of everything the article now reports, for the audit trail. */
  graph: { articleId: number; personIds: number[]; countryIds: number[]; eventIds: number[]; armsSaleIds: number[] };
}

interface Mention {
  mentionCount: number;
  firstOffset: number | null;
}

function mentionOf(input: MentionInput): Mention {
  return { mentionCount: input.mentionCount ?? 1, firstOffset: input.firstOffset ?? null };
}

export function contentHashOf(body: string): string {
  return crypto.createHash('sha256').update(body.normalize('NFC')).digest('hex');
}

/** Values that differ between a row and what the input says, compared as stored. */
function changedFields<T extends Record<string, unknown>>(row: Record<string, unknown>, desired: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const [key, value] of Object.entries(desired) as [keyof T & string, unknown][]) {
    if (value === undefined) continue;
    const current = row[key];
    const same =
      value instanceof Date || current instanceof Date
        ? value instanceof Date && current instanceof Date && value.getTime() === current.getTime()
        : Prisma.Decimal.isDecimal(current)
          ? value != null && (current as Prisma.Decimal).equals(value as Prisma.Decimal)
          : JSON.stringify(current) === JSON.stringify(value);
    if (!same) changes[key] = value as T[keyof T & string];
  }
  return changes;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
const normalize = (text: string): string => text.trim().toLowerCase();

class Ingestion {
  private readonly errors: UserError[] = [];
  private changes = 0;
  private readonly countries = new Map<string, CountryRow>();
  /** Slug, name and aliases (normalized) of the article's people → person ID. */
  private readonly people = new Map<string, number>();
  /** Slugs of the article's events → event ID. */
  private readonly events = new Map<string, number>();
  private readonly mentionedEvents = new Map<number, Mention>();
  private readonly mentionedSales = new Map<number, Mention>();

  constructor(
    private readonly tx: Transaction,
    private readonly input: IngestArticleInput,
  ) {}

  async run(): Promise<IngestResult> {
    const { tx, input } = this;
    if (!input.url && !input.body) {
      throw new UserInputFailure([userError(['input', 'url'], 'give the article a URL or a body', UserErrorCode.REQUIRED)]);
    }
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${INGEST_LOCK_KEY})`;
    await this.resolveCountries();
    this.failOnErrors();

    const { article, created } = await this.writeArticle();
    const personMentions = await this.writePeople();
    this.failOnErrors();
    for (const [index, event] of (input.events ?? []).entries()) {
      await this.writeEvent(event, ['input', 'events', index], null, null);
    }
    this.failOnErrors();
    for (const [index, sale] of (input.armsSales ?? []).entries()) {
      await this.writeArmsSale(sale, ['input', 'armsSales', index]);
    }
    this.failOnErrors();

    const countryMentions = new Map<number, Mention>();
    for (const mention of input.countries ?? []) {
      countryMentions.set(this.country(mention.country)!.id, mentionOf(mention));
    }
    await this.writeMentions(article.id, personMentions, countryMentions);
    return {
      article,
      created,
      changes: this.changes,
      graph: {
        articleId: article.id,
        personIds: [...personMentions.keys()],
        countryIds: [...countryMentions.keys()],
        eventIds: [...this.mentionedEvents.keys()],
        armsSaleIds: [...this.mentionedSales.keys()],
      },
    };
  }

  private failOnErrors(): void {
    if (this.errors.length) throw new UserInputFailure(this.errors);
  }

  /** Every country the input names, looked up at once by code, name, alias or demonym. */
  private async resolveCountries(): Promise<void> {
    const references: { text: string; path: Path }[] = [];
    const { input } = this;
    (input.countries ?? []).forEach((mention, index) =>
      references.push({ text: mention.country, path: ['input', 'countries', index, 'country'] }),
    );
    (input.people ?? []).forEach((person, index) => {
      if (person.country) references.push({ text: person.country, path: ['input', 'people', index, 'country'] });
    });
    const visit = (event: IngestEventInput, path: Path) => {
      if (event.location) references.push({ text: event.location, path: [...path, 'location'] });
      (event.countries ?? []).forEach((role, index) =>
        references.push({ text: role.country, path: [...path, 'countries', index, 'country'] }),
      );
      (event.children ?? []).forEach((child, index) => visit(child, [...path, 'children', index]));
    };
    (input.events ?? []).forEach((event, index) => visit(event, ['input', 'events', index]));
    (input.armsSales ?? []).forEach((sale, index) => {
      references.push({ text: sale.supplier, path: ['input', 'armsSales', index, 'supplier'] });
      references.push({ text: sale.recipient, path: ['input', 'armsSales', index, 'recipient'] });
    });
    const names = unique(references.map((reference) => normalize(reference.text)));
    if (!names.length) return;
    const rows = await this.tx.$queryRaw<(CountryRow & { matched: string })[]>`
      SELECT c.*, name.matched FROM unnest(${names}::text[]) AS name(matched)
      JOIN "Country" c ON lower(c."code") = name.matched OR lower(c."code3") = name.matched
        OR lower(c."name") = name.matched OR lower(c."officialName") = name.matched
        OR name.matched = ANY (SELECT lower(alias) FROM unnest(c."aliases") AS alias)
        OR name.matched = ANY (SELECT lower(demonym) FROM unnest(c."demonyms") AS demonym)
      ORDER BY (lower(c."code") = name.matched OR lower(c."code3") = name.matched) DESC, c."id"`;
    for (const row of rows) if (!this.countries.has(row.matched)) this.countries.set(row.matched, row);
    for (const reference of references) {
      if (!this.countries.has(normalize(reference.text))) {
        this.errors.push(userError(reference.path, `no country is known as "${reference.text}"`, UserErrorCode.NOT_FOUND));
      }
    }
  }

  private country(text: string | null | undefined): CountryRow | null {
    return text ? (this.countries.get(normalize(text)) ?? null) : null;
  }

  private async writeArticle(): Promise<{ article: ArticleRow; created: boolean }> {
    const { input, tx } = this;
    const contentHash = input.url ? null : contentHashOf(input.body!);
    const fields = {
      title: input.title,
      subtitle: input.subtitle ?? null,
      summary: input.summary ?? null,
      body: input.body ?? null,
      source: input.source ?? null,
      author: input.author ?? null,
      publishedAt: input.publishedAt ?? null,
      language: input.language ?? 'en',
    };
    const existing = input.url
      ? await tx.article.findUnique({ where: { url: input.url } })
      : await tx.article.findUnique({ where: { contentHash: contentHash! } });
    if (!existing) {
      this.changes++;
      return { article: await tx.article.create({ data: { url: input.url ?? null, contentHash, ...fields } }), created: true };
    }
    const changes = changedFields(existing, fields);
    if (!Object.keys(changes).length) return { article: existing, created: false };
    this.changes++;
    return { article: await tx.article.update({ where: { id: existing.id }, data: changes }), created: false };
  }

  /** Finds or creates each person; returns their mentions by person ID. */
  private async writePeople(): Promise<Map<number, Mention>> {
    const mentions = new Map<number, Mention>();
    for (const [index, person] of (this.input.people ?? []).entries()) {
      const id = await this.writePerson(person, ['input', 'people', index]);
      mentions.set(id, mentionOf(person));
      for (const name of [person.slug ?? slugOf(person.name), person.name, ...(person.aliases ?? [])]) {
        if (!this.people.has(normalize(name))) this.people.set(normalize(name), id);
      }
    }
    return mentions;
  }

  private async writePerson(person: IngestPersonInput, path: Path): Promise<number> {
    const { tx } = this;
    const slug = person.slug ?? slugOf(person.name);
    const names = unique([person.name, ...(person.aliases ?? [])].map(normalize));
    // By slug first; else someone whose name or alias is one of this person's names.
    const [existing] = person.slug
      ? await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Person" WHERE slug = ${slug}`
      : await tx.$queryRaw<{ id: number }[]>`
          SELECT id FROM "Person" WHERE slug = ${slug} OR lower(name) = ANY(${names}::text[])
            OR EXISTS (SELECT 1 FROM unnest(aliases) AS alias WHERE lower(alias) = ANY(${names}::text[]))
          ORDER BY (slug = ${slug}) DESC, (lower(name) = ${normalize(person.name)}) DESC, id LIMIT 1`;
    const countryId = person.country ? this.country(person.country)?.id : undefined;
    if (!existing) {
      const taken = await tx.person.findUnique({ where: { slug }, select: { id: true } });
      if (taken) {
        this.errors.push(userError([...path, 'slug'], `the slug "${slug}" belongs to another person`, UserErrorCode.TAKEN));
        return -1;
      }
      this.changes++;
      const created = await tx.person.create({
        data: {
          name: person.name,
          slug,
          aliases: unique(person.aliases ?? []),
          title: person.title ?? null,
          countryId: countryId ?? null,
          description: person.description ?? null,
        },
      });
      return created.id;
    }
    const row = (await tx.person.findUnique({ where: { id: existing.id } }))!;
    // Known facts are kept and extended: aliases accumulate, given fields replace.
    const aliases = unique([...row.aliases, ...(person.aliases ?? []).filter((alias) => alias !== row.name)]);
    const changes = changedFields(row, {
      aliases,
      title: person.title ?? undefined,
      countryId,
      description: person.description ?? undefined,
    });
    if (Object.keys(changes).length) {
      this.changes++;
      await tx.person.update({ where: { id: row.id }, data: changes });
    }
    return row.id;
  }

  /** A participant names a person of this article, or an existing person by slug. */
  private async personId(reference: string, path: Path): Promise<number | null> {
    const known = this.people.get(normalize(reference));
    if (known !== undefined) return known;
    const existing = await this.tx.person.findUnique({ where: { slug: reference }, select: { id: true } });
    if (existing) return existing.id;
    this.errors.push(
      userError(path, `"${reference}" is neither a person of this article nor an existing person's slug`, UserErrorCode.NOT_FOUND),
    );
    return null;
  }

  private async writeEvent(event: IngestEventInput, path: Path, parentId: number | null, position: number | null): Promise<void> {
    const { tx } = this;
    const startDate = event.startDate ?? null;
    const endDate = event.endDate ?? startDate;
    if (startDate && endDate && endDate < startDate) {
      this.errors.push(userError([...path, 'endDate'], 'is before the start date', UserErrorCode.OUT_OF_RANGE));
      return;
    }
    if (parentId === null && event.parent) {
      parentId =
        this.events.get(event.parent) ??
        (await tx.event.findUnique({ where: { slug: event.parent }, select: { id: true } }))?.id ??
        null;
      if (parentId === null) {
        this.errors.push(userError([...path, 'parent'], `no event has the slug "${event.parent}"`, UserErrorCode.NOT_FOUND));
        return;
      }
    }
    if (event.position != null) position = event.position;
    const slug = event.slug ?? slugOf(event.type, startDate?.toISOString().slice(0, 10) ?? 'undated', event.title);
    // An event is shared by every article that reports it: what this input leaves out (no summary,
    // no parent, no dates) is not taken to mean "erase it"; what it gives replaces the stored value.
    const placed = parentId !== null;
    const fields = {
      title: event.title,
      type: event.type,
      summary: event.summary ?? undefined,
      startDate: startDate ?? undefined,
      endDate: endDate ?? undefined,
      datePrecision: event.datePrecision ?? (startDate ? ('DAY' as const) : undefined),
      locationId: this.country(event.location)?.id ?? undefined,
      parentId: placed ? parentId : undefined,
      position: placed ? position : undefined,
    };
    const existing = await tx.event.findUnique({ where: { slug } });
    let eventId: number;
    if (!existing) {
      this.changes++;
      eventId = (await tx.event.create({ data: { slug, ...fields, datePrecision: fields.datePrecision ?? 'UNKNOWN' } })).id;
    } else {
      eventId = existing.id;
      const changes = changedFields(existing, fields);
      if (Object.keys(changes).length) {
        this.changes++;
        await tx.event.update({ where: { id: eventId }, data: changes });
      }
    }
    this.events.set(slug, eventId);
    this.mentionedEvents.set(eventId, mentionOf(event));

    const participants: Prisma.EventParticipantCreateManyInput[] = [];
    for (const [index, participant] of (event.participants ?? []).entries()) {
      const personId = await this.personId(participant.person, [...path, 'participants', index, 'person']);
      if (personId !== null) participants.push({ eventId, personId, role: participant.role });
    }
    if (participants.length) {
      this.changes += (await tx.eventParticipant.createMany({ data: participants, skipDuplicates: true })).count;
    }
    const countries = (event.countries ?? []).map((role) => ({
      eventId,
      countryId: this.country(role.country)!.id,
      role: role.role,
    }));
    if (countries.length) {
      this.changes += (await tx.eventCountry.createMany({ data: countries, skipDuplicates: true })).count;
    }
    for (const [index, child] of (event.children ?? []).entries()) {
      await this.writeEvent(child, [...path, 'children', index], eventId, index + 1);
    }
  }

  private async writeArmsSale(sale: IngestArmsSaleInput, path: Path): Promise<void> {
    const { tx } = this;
    const supplier = this.country(sale.supplier)!;
    const recipient = this.country(sale.recipient)!;
    if (supplier.id === recipient.id) {
      this.errors.push(userError([...path, 'recipient'], 'is the same country as the supplier', UserErrorCode.INVALID));
      return;
    }
    if (sale.valueUsd != null && new Prisma.Decimal(sale.valueUsd).isNegative()) {
      this.errors.push(userError([...path, 'valueUsd'], 'must not be negative', UserErrorCode.OUT_OF_RANGE));
      return;
    }
    let eventId: number | null = null;
    if (sale.event) {
      eventId =
        this.events.get(sale.event) ??
        (await tx.event.findUnique({ where: { slug: sale.event }, select: { id: true } }))?.id ??
        null;
      if (eventId === null) {
        this.errors.push(
          userError([...path, 'event'], `"${sale.event}" is neither an event of this article nor an existing event's slug`, UserErrorCode.NOT_FOUND),
        );
        return;
      }
    }
    const announcedDate = sale.announcedDate ?? null;
    const slug =
      sale.slug ?? slugOf(supplier.code, recipient.code, announcedDate?.toISOString().slice(0, 10) ?? 'undated', sale.items);
    // Shared like events: absent optional facts do not erase known ones.
    const fields = {
      supplierId: supplier.id,
      recipientId: recipient.id,
      valueUsd: sale.valueUsd == null ? undefined : new Prisma.Decimal(sale.valueUsd),
      items: sale.items,
      designation: sale.designation ?? undefined,
      quantity: sale.quantity ?? undefined,
      status: sale.status,
      announcedDate: announcedDate ?? undefined,
      eventId: eventId ?? undefined,
    };
    const existing = await tx.armsSale.findUnique({ where: { slug } });
    let saleId: number;
    if (!existing) {
      this.changes++;
      saleId = (await tx.armsSale.create({ data: { slug, ...fields } })).id;
    } else {
      saleId = existing.id;
      const changes = changedFields(existing, fields);
      if (Object.keys(changes).length) {
        this.changes++;
        await tx.armsSale.update({ where: { id: saleId }, data: changes });
      }
    }
    this.mentionedSales.set(saleId, mentionOf(sale));
  }

  /** The article's mentions become exactly what the input says: added, updated, or removed. */
  private async writeMentions(
    articleId: number,
    people: Map<number, Mention>,
    countries: Map<number, Mention>,
  ): Promise<void> {
    const { tx } = this;
    const kinds = [
      { table: 'ArticlePerson', column: 'personId', wanted: people },
      { table: 'ArticleCountry', column: 'countryId', wanted: countries },
      { table: 'ArticleEvent', column: 'eventId', wanted: this.mentionedEvents },
      { table: 'ArticleArmsSale', column: 'armsSaleId', wanted: this.mentionedSales },
    ];
    for (const { table, column, wanted } of kinds) {
      const tableName = Prisma.raw(`"${table}"`);
      const columnName = Prisma.raw(`"${column}"`);
      const ids = [...wanted.keys()];
      const counts = ids.map((id) => wanted.get(id)!.mentionCount);
      const offsets = ids.map((id) => wanted.get(id)!.firstOffset);
      this.changes += await tx.$executeRaw`
        INSERT INTO ${tableName} ("articleId", ${columnName}, "mentionCount", "firstOffset")
        SELECT ${articleId}, wanted.id, wanted.count, wanted.offset
        FROM unnest(${ids}::int[], ${counts}::int[], ${offsets}::int[]) AS wanted(id, count, "offset")
        ON CONFLICT ("articleId", ${columnName}) DO UPDATE
          SET "mentionCount" = EXCLUDED."mentionCount", "firstOffset" = EXCLUDED."firstOffset"
          WHERE (${tableName}."mentionCount", ${tableName}."firstOffset") IS DISTINCT FROM (EXCLUDED."mentionCount", EXCLUDED."firstOffset")`;
      this.changes += await tx.$executeRaw`
        DELETE FROM ${tableName} WHERE "articleId" = ${articleId} AND NOT (${columnName} = ANY(${ids}::int[]))`;
    }
  }
}

/** Ingests one article with its graph inside the caller's transaction. */
export function ingestArticle(tx: Transaction, input: IngestArticleInput): Promise<IngestResult> {
  return new Ingestion(tx, input).run();
}
