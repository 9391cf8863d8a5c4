// Writes an article together with its whole graph in one transaction, resolving every entity
// against what exists by natural key and aliases, so that ingesting the same article again
// updates it and never duplicates anything. What needs no lock (the countries named, the natural
// keys to lock) is worked out before the transaction (`prepareIngest`); inside it, rows of a kind
// are read and written a statement at a time, not a row at a time: the locks are held the shorter.
import { Prisma } from '../generated/prisma/client';
import type {
  Article as ArticleRow,
  FactOrigin,
  ArmsSale as ArmsSaleRow,
  Country as CountryRow,
  Event as EventRow,
  Person as PersonRow,
} from '../generated/prisma/client';
import { armsSaleSlugOf, contentHashOf, eventSlugOf, normalizeName, personSlugOf } from '../domain/natural-keys';
import { changedFields, mentionsOnlyGrow, writableFields } from '../domain/origin';
import { countryNames, type CountryNameDirectory } from './country-names';
import { type ArmsSaleFacts, type EventFacts, eventMatchKeyOf, matchPerson, sameArmsSale, sameEvent, typesOfSameHappening } from '../domain/matching';
import { modelColumns } from '../data/sql';
import { insertRow, updateRow } from '../data/row-writes';
import type { Database } from '../data/prisma';
import type { Transaction } from './transaction';
import { type UserError, UserErrorCode, UserInputFailure, userError } from '../domain/user-errors';
import {
  armsSaleMatchKey,
  armsSaleSlugKey,
  articleKey,
  eventMatchKey,
  eventSlugKey,
  lockNaturalKeys,
  type NaturalKey,
  personNameKey,
  personSlugKey,
} from './locks';
import { type ArmsSaleInput, articleColumnsOf, type ArticleInput, type EventInput, type MentionInput, type PersonInput } from './article-input';
import { endDateOf } from '../domain/event-dates';


type Path = (string | number)[];

/** Who is stating the facts of an ingestion. */
export interface IngestOptions {
  /** MANUAL (default): a person, through the API, an import or the seed. EXTRACTED: the text extractor,
   * which never overwrites a value a person stated and only fills what is empty on hand-stated rows. */
  origin?: FactOrigin;
  /** The extractor's version, recorded on the article (EXTRACTED only). */
  extractorVersion?: string;
}

/** Database IDs of what an ingestion wrote, by the references its input used. */
export interface IngestedIds {
  /** By normalized slug, name and alias. */
  people: Map<string, number>;
  /** By ISO alpha-2 code. */
  countries: Map<string, number>;
  /** By slug. */
  events: Map<string, number>;
  /** By slug. */
  armsSales: Map<string, number>;
}

export interface IngestResult {
  article: ArticleRow;
  /** The article did not exist before. */
  created: boolean;
  /** Rows created or changed, all kinds together (0 when the input changed nothing). */
  changes: number;
  /** IDs of everything the article now reports, for the audit trail. */
  graph: { articleId: number; personIds: number[]; countryIds: number[]; eventIds: number[]; armsSaleIds: number[] };
  ids: IngestedIds;
  /** The events and sales the article mentioned before this ingestion (none when it is new). */
  previous: { eventIds: number[]; armsSaleIds: number[] };
}

/**
 * An ingestion made ready before its transaction: the input checked for what needs no lock, the
 * countries it names found, and the natural keys its transaction must hold before it reads anything.
 */
export interface PreparedIngest {
  input: ArticleInput;
  options: IngestOptions;
  /** The countries the input names, by normalized text. */
  countries: Map<string, CountryRow>;
  /** What the transaction locks first (ingest/locks.ts): runWrite's `keys`. */
  keys: NaturalKey[];
}

/** A stored event as the extractor's readings are matched against it: with its people and its sale's parties. */
type CandidateEvent = EventRow & { participantIds: number[]; supplierId: number | null; recipientId: number | null };

interface Mention {
  mentionCount: number;
  firstOffset: number | null;
}

function mentionOf(input: MentionInput): Mention {
  return { mentionCount: input.mentionCount ?? 1, firstOffset: input.firstOffset ?? null };
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Names as compared (domain/natural-keys.ts); kept under this name for the callers that import it from here. */
export const normalize = normalizeName;
export { contentHashOf };


/**
 * The ID of the person or event with this slug, held (`FOR KEY SHARE`) until the write ends: it
 * cannot be deleted under a link to it, and a delete that came first leaves nothing to link to.
 */
async function referencedId(tx: Transaction, table: 'Person' | 'Event', slug: string): Promise<number | null> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${slug} FOR KEY SHARE`;
  return rows[0]?.id ?? null;
}

class Ingestion {
  private readonly errors: UserError[] = [];
  private changes = 0;
  private readonly input: ArticleInput;
  private readonly options: IngestOptions;
  private readonly countries: Map<string, CountryRow>;
  /** Slug, name and aliases (normalized) of the article's people → person ID. */
  private readonly people = new Map<string, number>();
  /** Slugs of the article's events → event ID. */
  private readonly events = new Map<string, number>();
  private readonly mentionedEvents = new Map<number, Mention>();
  /** Events and sales of this input that exist already, by slug (read in one query each). */
  private readonly existingEvents = new Map<string, EventRow>();
  private readonly existingSales = new Map<string, ArmsSaleRow>();
  /**
   * Stored events and sales under this input's own slugs that another article's reading states too:
   * the extractor only completes them, as it completes a row matched under another slug. Two
   * articles whose readings of one happening differ (an undated event read on two days) then
   * leave it as the first reading stated it, instead of rewriting it on each ingest.
   */
  private readonly readElsewhere = { events: new Set<number>(), sales: new Set<number>() };
  /** The article being written (set by run once it is stored). */
  private articleId = 0;
  /** Stored sales between the parties of this input's sales, and those it creates: where the extractor's readings are matched. */
  private readonly saleCandidates: ArmsSaleRow[] = [];
  /** Stored events read by this ingestion, by ID: one object each, changed in memory as the ingestion changes it. */
  private readonly storedEvents = new Map<number, EventRow>();
  /** Events this input adds, in the order they were read; placeholder (negative) IDs until createEvents writes them. */
  private readonly pendingEvents: EventRow[] = [];
  /** Changes of stored events, by ID, written by createEvents. */
  private readonly eventChanges = new Map<number, Partial<EventRow>>();
  private readonly participants: Prisma.EventParticipantCreateManyInput[] = [];
  private readonly eventCountries: Prisma.EventCountryCreateManyInput[] = [];
  /** Slugs of the article's sales (its own, or those of the rows they matched) → sale ID. */
  private readonly sales = new Map<string, number>();
  private readonly mentionedSales = new Map<number, Mention>();
  private readonly origin: FactOrigin;
  /** The extractor is reading a hand-stated article: it adds the mentions it lacks but removes none. */
  private mentionsOnlyGrow = false;

  constructor(
    private readonly tx: Transaction,
    prepared: PreparedIngest,
  ) {
    ({ input: this.input, options: this.options, countries: this.countries } = prepared);
    this.origin = this.options.origin ?? 'MANUAL';
  }

  /** What of `fields` this ingestion writes over an existing row: the origin rule of domain/origin.ts. */
  private writable<T extends Record<string, unknown>>(
    existing: Record<string, unknown> & { origin: FactOrigin },
    fields: T,
    options: { fillOnly?: boolean } = {},
  ): Partial<T> & { origin?: FactOrigin } {
    return writableFields(this.origin, existing, fields, options);
  }

  /** Writes the prepared input; the caller's transaction holds its keys. */
  async run(): Promise<IngestResult> {
    const { input } = this;
    const { article, created, previous } = await this.writeArticle();
    this.articleId = article.id;
    const personMentions = await this.writePeople();
    this.failOnErrors();
    await this.prefetchEvents();
    await this.writeEvents(input.events ?? [], ['input', 'events'], null);
    this.failOnErrors();
    await this.createEvents();
    await this.writeEventLinks();
    await this.prefetchSales();
    for (const [index, sale] of (input.armsSales ?? []).entries()) {
      await this.writeArmsSale(sale, ['input', 'armsSales', index]);
    }
    this.failOnErrors();

    const countryMentions = new Map<number, Mention>();
    for (const mention of input.countries ?? []) {
      countryMentions.set(this.country(mention.country)!.id, mentionOf(mention));
    }
    await this.writeMentions(article.id, personMentions, countryMentions);
    const countryIds = new Map([...this.countries.values()].map((country) => [country.code, country.id]));
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
      ids: {
        people: this.people,
        countries: countryIds,
        events: this.events,
        armsSales: this.sales,
      },
      previous,
    };
  }

  private failOnErrors(): void {
    if (this.errors.length) throw new UserInputFailure(this.errors);
  }

  private country(text: string | null | undefined): CountryRow | null {
    return countryNamed(this.countries, text);
  }

  /**
   * The article, created or brought up to date, with the events and sales it mentioned before. One
   * statement reads it and, when there is none, creates it (the transaction holds its key's lock, so
   * no other write creates it in between); a change of a stored article is a second one.
   */
  private async writeArticle(): Promise<{ article: ArticleRow; created: boolean; previous: IngestResult['previous'] }> {
    const { input, tx } = this;
    const contentHash = input.url ? null : contentHashOf(input.body!);
    const fields = articleColumnsOf(input);
    const extractorVersion = this.origin === 'EXTRACTED' ? (this.options.extractorVersion ?? null) : null;
    const columns = modelColumns('Article', 'a');
    const [stored] = await tx.$queryRaw<(ArticleRow & { created: boolean; previousEventIds: number[]; previousArmsSaleIds: number[] })[]>`
      WITH stored AS (
        SELECT ${columns}, a.body, false AS created,
          ARRAY(SELECT m."eventId" FROM "ArticleEvent" m WHERE m."articleId" = a.id ORDER BY m."eventId") AS "previousEventIds",
          ARRAY(SELECT m."armsSaleId" FROM "ArticleArmsSale" m WHERE m."articleId" = a.id ORDER BY m."armsSaleId") AS "previousArmsSaleIds"
        FROM "Article" a WHERE ${input.url ? Prisma.sql`a.url = ${input.url}` : Prisma.sql`a."contentHash" = ${contentHash}`}
      ), added AS (
        INSERT INTO "Article" AS a (url, "contentHash", title, subtitle, summary, body, source, author, "publishedAt", language, origin, "extractorVersion", "updatedAt")
        SELECT ${input.url ?? null}::text, ${contentHash}::text, ${fields.title}, ${fields.subtitle}::text, ${fields.summary}::text, ${fields.body}::text,
          ${fields.source}::text, ${fields.author}::text, ${fields.publishedAt?.toISOString() ?? null}::timestamp(3), ${fields.language},
          ${this.origin}::"FactOrigin", ${extractorVersion}::text, now()
        WHERE NOT EXISTS (SELECT 1 FROM stored)
        RETURNING ${columns}, a.body, true AS created, '{}'::int[] AS "previousEventIds", '{}'::int[] AS "previousArmsSaleIds"
      )
      SELECT * FROM stored UNION ALL SELECT * FROM added`;
    const { created, previousEventIds, previousArmsSaleIds, ...existing } = stored;
    if (created) {
      this.changes++;
      return { article: existing, created: true, previous: { eventIds: [], armsSaleIds: [] } };
    }
    const previous = { eventIds: previousEventIds, armsSaleIds: previousArmsSaleIds };
    this.mentionsOnlyGrow = mentionsOnlyGrow(this.origin, existing);
    const changes = { ...this.writable(existing, fields), ...changedFields(existing, { extractorVersion: extractorVersion ?? undefined }) };
    if (!Object.keys(changes).length) return { article: existing, created: false, previous };
    this.changes++;
    return { article: await updateRow<ArticleRow>(tx, 'Article', existing.id, changes), created: false, previous };
  }

  /**
   * Finds or creates each person: one statement reads every stored candidate, one creates all the
   * new people, and only people whose facts change are updated one by one. Returns their mentions.
   */
  private async writePeople(): Promise<Map<number, Mention>> {
    const { tx } = this;
    const people = this.input.people ?? [];
    const mentions = new Map<number, Mention>();
    if (!people.length) return mentions;
    const slugs = people.map(personSlugOf);
    const names = unique(people.flatMap((person) => [person.name, ...(person.aliases ?? [])]).map(normalize));
    const candidates = await tx.$queryRaw<PersonRow[]>`
      SELECT ${modelColumns('Person', '"Person"')} FROM "Person" WHERE slug = ANY(${slugs}::text[]) OR lower(name) = ANY(${names}::text[])
        OR EXISTS (SELECT 1 FROM unnest(aliases) AS alias WHERE lower(alias) = ANY(${names}::text[]))
      ORDER BY id FOR NO KEY UPDATE`;
    const added = new Set<PersonRow>();
    const rows = people.map((person, index) => this.matchOrAddPerson(person, slugs[index], candidates, added));
    await this.createPeople(added);
    await this.updatePeople(candidates.filter((row) => !added.has(row)));
    for (const [index, person] of people.entries()) {
      const row = rows[index];
      mentions.set(row.id, mentionOf(person));
      for (const name of [row.slug, person.name, ...(person.aliases ?? [])]) {
        if (!this.people.has(normalize(name))) this.people.set(normalize(name), row.id);
      }
    }
    return mentions;
  }

  /** Stored people whose facts this input changed (marked by matchOrAddPerson), written one by one. */
  private readonly changedPeople = new Map<PersonRow, Partial<PersonRow>>();

  /**
   * The person this input means — by slug when it gives one; else by its derived slug, then by
   * exact name, then by any name or alias in common (domain/matching.ts) — among the stored
   * candidates and the people added before it: extended with what the input adds, in memory (the
   * writes follow, a statement for all). A new person joins `candidates` and `added`, so a later
   * input naming them again finds them.
   */
  private matchOrAddPerson(person: PersonInput, slug: string, candidates: PersonRow[], added: Set<PersonRow>): PersonRow {
    const existing = matchPerson(candidates, person, slug);
    const countryId = person.country ? this.country(person.country)?.id : undefined;
    if (!existing) {
      this.changes++;
      const now = new Date();
      const row: PersonRow = {
        id: 0,
        name: person.name,
        slug,
        aliases: unique(person.aliases ?? []),
        title: person.title ?? null,
        countryId: countryId ?? null,
        description: person.description ?? null,
        origin: this.origin,
        createdAt: now,
        updatedAt: now,
      };
      candidates.push(row);
      added.add(row);
      return row;
    }
    // Known facts are kept and extended: aliases accumulate, given fields replace.
    const aliases = unique([...existing.aliases, ...(person.aliases ?? []).filter((alias) => alias !== existing.name)]);
    const changes = this.writable(existing, {
      aliases,
      title: person.title ?? undefined,
      countryId,
      description: person.description ?? undefined,
    });
    if (!Object.keys(changes).length) return existing;
    this.changes++;
    Object.assign(existing, changes);
    if (!added.has(existing)) this.changedPeople.set(existing, { ...this.changedPeople.get(existing), ...changes });
    return existing;
  }

  /** Creates the new people in one statement and gives each row its ID. */
  private async createPeople(added: Set<PersonRow>): Promise<void> {
    if (!added.size) return;
    const people = [...added].map(({ name, slug, aliases, title, countryId, description }) => ({ name, slug, aliases, title, countryId, description }));
    const created = await this.tx.$queryRaw<{ id: number; slug: string }[]>`
      INSERT INTO "Person" (name, slug, aliases, title, "countryId", description, origin, "updatedAt")
      SELECT p.name, p.slug, p.aliases, p.title, p."countryId", p.description, ${this.origin}::"FactOrigin", now()
      FROM json_to_recordset(${JSON.stringify(people)}::json) AS p(name text, slug text, aliases text[], title text, "countryId" int, description text)
      RETURNING id, slug`;
    const ids = new Map(created.map((row) => [row.slug, row.id]));
    for (const row of added) row.id = ids.get(row.slug)!;
  }

  /** Writes the changes matchOrAddPerson made to stored people. */
  private async updatePeople(stored: PersonRow[]): Promise<void> {
    for (const row of stored) {
      const changes = this.changedPeople.get(row);
      if (changes) await updateRow(this.tx, 'Person', row.id, changes);
    }
  }

  /**
   * The input's events that exist already, by slug, locked as read (events before sales: the order
   * of ingest/unsupported.ts). The extractor's are read with their candidates (storedCandidates).
   */
  private async prefetchEvents(): Promise<void> {
    if (this.origin === 'EXTRACTED') return;
    const eventSlugs: string[] = [];
    const visit = (event: EventInput) => {
      eventSlugs.push(eventSlugOf(event));
      (event.children ?? []).forEach(visit);
    };
    (this.input.events ?? []).forEach(visit);
    // Locked as read: a concurrent delete waits for this write, or has removed the row before it is read.
    if (eventSlugs.length) {
      const rows = await this.tx.$queryRaw<EventRow[]>`
        SELECT ${modelColumns('Event', '"Event"')} FROM "Event" WHERE slug = ANY(${eventSlugs}::text[]) ORDER BY id FOR NO KEY UPDATE`;
      for (const row of rows) {
        this.existingEvents.set(row.slug!, row);
        this.storedEvents.set(row.id, row);
      }
    }
  }

  /**
   * The input's sales that exist already, by slug, and (for the extractor, which matches its
   * readings by content) every stored sale between the same parties: one statement, locked as read.
   */
  private async prefetchSales(): Promise<void> {
    const sales = this.input.armsSales ?? [];
    // A sale naming one country as both parties is refused in writeArmsSale; its slug is never made.
    const valid = sales.filter((sale) => this.country(sale.supplier)!.id !== this.country(sale.recipient)!.id);
    if (!valid.length) return;
    const slugs = valid.map((sale) => this.saleSlugOf(sale));
    const matched = this.origin === 'EXTRACTED';
    const suppliers = matched ? valid.map((sale) => this.country(sale.supplier)!.id) : [];
    const recipients = matched ? valid.map((sale) => this.country(sale.recipient)!.id) : [];
    const rows = await this.tx.$queryRaw<(ArmsSaleRow & { readElsewhere: boolean })[]>`
      SELECT ${modelColumns('ArmsSale', 's')},
        ${matched} AND EXISTS (SELECT 1 FROM "ArticleArmsSale" m WHERE m."armsSaleId" = s.id AND m."articleId" <> ${this.articleId}) AS "readElsewhere"
      FROM "ArmsSale" s
      WHERE s.slug = ANY(${slugs}::text[])
        OR (s."supplierId", s."recipientId") IN (SELECT * FROM unnest(${suppliers}::int[], ${recipients}::int[]))
      ORDER BY s.id FOR NO KEY UPDATE`;
    for (const row of rows) {
      if (row.slug && slugs.includes(row.slug)) this.existingSales.set(row.slug, row);
      if (row.readElsewhere) this.readElsewhere.sales.add(row.id);
    }
    if (matched) this.saleCandidates.push(...rows);
  }

  private saleSlugOf(sale: ArmsSaleInput): string {
    return saleSlugIn(this.countries, sale);
  }

  /**
   * Holds, in one order, the rows of the events-per-country-and-type counts that the new events
   * and their countries will change (kept by triggers, CountryEventCount). The triggers change
   * them a statement at a time — the events' places, then their countries' roles — so two ingests
   * about the same two countries took them in opposite orders, and PostgreSQL broke the deadlock
   * only after deadlock_timeout (1 s). Taken just before the first of them changes: held only
   * from there to the commit, as the triggers would hold them. A pair no event had yet gets its row
   * here (0, which the triggers then raise in this transaction): two first events of a pair
   * otherwise met on the row's insertion, in any order.
   */
  private async lockEventCounts(): Promise<void> {
    const pairs = new Map<string, { countryId: number; type: string }>();
    const add = (countryId: number | null, type: string) => {
      if (countryId !== null) pairs.set(`${countryId}:${type}`, { countryId, type });
    };
    const pending = new Set(this.pendingEvents.map((row) => row.id));
    for (const row of this.pendingEvents) add(row.locationId, row.type);
    for (const link of this.eventCountries) {
      const row = this.pendingEvents.find((event) => event.id === link.eventId);
      if (row && pending.has(link.eventId)) add(link.countryId, row.type);
    }
    if (!pairs.size) return;
    const rows = [...pairs.values()];
    await this.tx.$executeRaw`
      INSERT INTO "CountryEventCount" AS kept ("countryId", type, events)
      SELECT pair.country, pair.type, 0
      FROM unnest(${rows.map((row) => row.countryId)}::int[], ${rows.map((row) => row.type)}::text[]::"EventType"[]) AS pair(country, type)
      ORDER BY pair.country, pair.type
      ON CONFLICT ("countryId", type) DO UPDATE SET events = kept.events`;
  }

  /** The roles of all the article's events, people's and countries' at once; existing ones are left as they are. */
  private async writeEventLinks(): Promise<void> {
    const { participants, eventCountries } = this;
    if (!participants.length && !eventCountries.length) return;
    const [{ added }] = await this.tx.$queryRaw<{ added: number }[]>`
      WITH participants AS (
        INSERT INTO "EventParticipant" ("eventId", "personId", role)
        SELECT * FROM unnest(${participants.map((row) => row.eventId)}::int[], ${participants.map((row) => row.personId)}::int[],
          ${participants.map((row) => row.role)}::text[]::"ParticipantRole"[])
        ON CONFLICT DO NOTHING RETURNING 1
      ), countries AS (
        INSERT INTO "EventCountry" ("eventId", "countryId", role)
        SELECT * FROM unnest(${eventCountries.map((row) => row.eventId)}::int[], ${eventCountries.map((row) => row.countryId)}::int[],
          ${eventCountries.map((row) => row.role)}::text[]::"CountryRole"[])
        ON CONFLICT DO NOTHING RETURNING 1
      )
      SELECT ((SELECT count(*) FROM participants) + (SELECT count(*) FROM countries))::int AS added`;
    this.changes += added;
  }

  /** A participant names a person of this article, or an existing person by slug. */
  private async personId(reference: string, path: Path): Promise<number | null> {
    const known = this.people.get(normalize(reference));
    if (known !== undefined) return known;
    const existing = await referencedId(this.tx, 'Person', reference);
    if (existing !== null) return existing;
    this.errors.push(
      userError(path, `"${reference}" is neither a person of this article nor an existing person's slug`, UserErrorCode.NOT_FOUND),
    );
    return null;
  }

  /**
   * Finds or plans each event of `events` (siblings: the input's events, or one event's parts), in
   * the input's order, parts after their event. The extractor's readings are matched against the
   * stored candidates of all the siblings, read in one statement, and against the events this
   * input adds before them. New events get a placeholder ID (negative) until createEvents writes
   * them all in one statement; changes of stored events wait for it too, as they may name one.
   */
  private async writeEvents(events: EventInput[], path: Path, parentId: number | null): Promise<void> {
    const planned = [];
    for (const [index, event] of events.entries()) {
      const plan = await this.planEvent(event, [...path, index], parentId, parentId === null ? null : index + 1);
      if (plan) planned.push(plan);
    }
    const candidates = await this.storedCandidates(planned);
    for (const [index, { event, path: eventPath, slug, fields, read }] of planned.entries()) {
      const ownSlug = this.existingEvents.get(slug);
      const existing = ownSlug ?? this.sameEventUnderAnotherSlug(read, candidates[index]);
      let eventId: number;
      if (!existing) {
        this.changes++;
        const pending = {
          id: -(this.pendingEvents.length + 1),
          slug,
          title: fields.title,
          type: fields.type,
          summary: fields.summary ?? null,
          startDate: fields.startDate ?? null,
          endDate: fields.endDate ?? null,
          datePrecision: fields.datePrecision ?? 'UNKNOWN',
          locationId: fields.locationId ?? null,
          parentId: fields.parentId ?? null,
          position: fields.position ?? null,
          origin: this.origin,
          createdAt: new Date(),
          updatedAt: new Date(),
        } satisfies EventRow;
        this.pendingEvents.push(pending);
        this.existingEvents.set(slug, pending);
        eventId = pending.id;
      } else {
        eventId = existing.id;
        const changes = this.writable(existing, fields, { fillOnly: !ownSlug || this.readElsewhere.events.has(existing.id) });
        if (Object.keys(changes).length) {
          this.changes++;
          // Later readings of this input compare with the event as changed, as they would once it is written.
          Object.assign(existing, changes);
          if (eventId > 0) this.eventChanges.set(eventId, { ...this.eventChanges.get(eventId), ...changes });
        }
      }
      this.events.set(slug, eventId);
      this.mentionedEvents.set(eventId, mentionOf(event));

      for (const [index, participant] of (event.participants ?? []).entries()) {
        const personId = await this.personId(participant.person, [...eventPath, 'participants', index, 'person']);
        if (personId !== null) this.participants.push({ eventId, personId, role: participant.role });
      }
      for (const role of event.countries ?? []) {
        this.eventCountries.push({ eventId, countryId: this.country(role.country)!.id, role: role.role });
      }
      if (event.children?.length) await this.writeEvents(event.children, [...eventPath, 'children'], eventId);
    }
  }

  /** An event's fields as this input states them, or null (and a user error) when its dates or parent are wrong. */
  private async planEvent(event: EventInput, path: Path, parentId: number | null, position: number | null) {
    const startDate = event.startDate ?? null;
    const endDate = endDateOf(startDate, event.endDate);
    if (startDate && endDate && endDate < startDate) {
      this.errors.push(userError([...path, 'endDate'], 'is before the start date', UserErrorCode.OUT_OF_RANGE));
      return null;
    }
    if (parentId === null && event.parent) {
      parentId = this.events.get(event.parent) ?? (await referencedId(this.tx, 'Event', event.parent));
      if (parentId === null) {
        this.errors.push(userError([...path, 'parent'], `no event has the slug "${event.parent}"`, UserErrorCode.NOT_FOUND));
        return null;
      }
    }
    if (event.position != null) position = event.position;
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
    return { event, path, slug: eventSlugOf(event), fields, read: this.readingOf(event, fields) };
  }

  /** An event as the extractor's reading is compared (domain/matching.ts): its people are this article's. */
  private readingOf(event: EventInput, fields: { type: EventRow['type']; startDate?: Date; endDate?: Date; locationId?: number; parentId?: number | null }): EventFacts {
    const participantIds = (event.participants ?? [])
      .map((participant) => this.people.get(normalize(participant.person)))
      .filter((id): id is number => id !== undefined);
    const party = (role: 'SUPPLIER' | 'RECIPIENT') => this.country(event.countries?.find((country) => country.role === role)?.country)?.id ?? null;
    return {
      supplierId: party('SUPPLIER'),
      recipientId: party('RECIPIENT'),
      type: fields.type,
      startDate: fields.startDate ?? null,
      endDate: fields.endDate ?? fields.startDate ?? null,
      locationId: fields.locationId ?? null,
      parentId: fields.parentId ?? null,
      participantIds,
    };
  }

  /**
   * For the extractor, each planned sibling's stored event of its own slug, else its stored
   * candidates: the events of the same type that share a day, a participant, a place within the
   * same trip or the parties, at most 20, oldest first; locked as read — one statement for all the
   * siblings. A placeholder parent (an event this input adds) is no stored event's parent, as a new
   * event's ID would be.
   */
  private async storedCandidates(planned: { slug: string; read: EventFacts }[]): Promise<CandidateEvent[][]> {
    const found: CandidateEvent[][] = planned.map(() => []);
    if (this.origin !== 'EXTRACTED') return found;
    const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
    const reads = planned
      .map(({ slug, read }, index) => ({ slug, read, index }))
      .filter(({ slug }) => !this.existingEvents.has(slug))
      .map(({ slug, read, index }) => ({
        index,
        slug,
        types: typesOfSameHappening(read.type),
        locationId: read.locationId,
        parentId: read.parentId,
        startDate: day(read.startDate),
        endDate: day(read.endDate),
        participantIds: read.participantIds,
        supplierId: read.supplierId,
        recipientId: read.recipientId,
      }));
    if (!reads.length) return found;
    const rows = await this.tx.$queryRaw<(CandidateEvent & { index: number; readElsewhere: boolean })[]>`
      SELECT r.index, c.* FROM json_to_recordset(${JSON.stringify(reads)}::json) AS r(index int, slug text, types "EventType"[], "locationId" int,
        "parentId" int, "startDate" date, "endDate" date, "participantIds" int[], "supplierId" int, "recipientId" int)
      CROSS JOIN LATERAL (
        SELECT ${modelColumns('Event', 'e')},
          ARRAY(SELECT p."personId" FROM "EventParticipant" p WHERE p."eventId" = e.id) AS "participantIds",
          (SELECT min(c."countryId") FROM "EventCountry" c WHERE c."eventId" = e.id AND c.role = 'SUPPLIER') AS "supplierId",
          (SELECT min(c."countryId") FROM "EventCountry" c WHERE c."eventId" = e.id AND c.role = 'RECIPIENT') AS "recipientId",
          e.slug = r.slug AND EXISTS (SELECT 1 FROM "ArticleEvent" m WHERE m."eventId" = e.id AND m."articleId" <> ${this.articleId}) AS "readElsewhere"
        FROM "Event" e
        WHERE e.slug = r.slug OR (e.type = ANY(r.types)
          AND (e."locationId" IS NULL OR r."locationId" IS NULL OR e."locationId" = r."locationId")
          AND (e."parentId" IS NULL OR r."parentId" IS NULL OR e."parentId" = r."parentId")
          AND ((e."startDate" <= r."endDate" AND coalesce(e."endDate", e."startDate") >= r."startDate")
               OR EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = e.id AND p."personId" = ANY(r."participantIds"))
               OR (e."parentId" = r."parentId" AND e."locationId" = r."locationId")
               OR (EXISTS (SELECT 1 FROM "EventCountry" c WHERE c."eventId" = e.id AND c.role = 'SUPPLIER' AND c."countryId" = r."supplierId")
                   AND EXISTS (SELECT 1 FROM "EventCountry" c WHERE c."eventId" = e.id AND c.role = 'RECIPIENT' AND c."countryId" = r."recipientId"))))
        ORDER BY coalesce(e.slug = r.slug, false) DESC, e.id LIMIT 20 FOR NO KEY UPDATE OF e
      ) c
      ORDER BY r.index, c.id`;
    for (const { index, readElsewhere, ...row } of rows) {
      if (readElsewhere) this.readElsewhere.events.add(row.id);
      // One object per stored event, so that a change made for one reading is seen by the next.
      const known = Object.assign(this.storedEvents.get(row.id) ?? row, { participantIds: row.participantIds, supplierId: row.supplierId, recipientId: row.recipientId });
      this.storedEvents.set(row.id, known);
      if (row.slug === planned[index].slug) this.existingEvents.set(row.slug, known);
      else found[index].push(known);
    }
    return found;
  }

  /**
   * The extractor names events by its own slugs; an event it reads may be one recorded already
   * under another slug (by a person, or read in another article), or one this input adds under
   * another slug. Which one is decided by `sameEvent` (domain/matching.ts) among the stored
   * candidates, then the events this input adds (as yet without roles, as when each was written
   * before the next was read). People's slugs stay theirs.
   */
  private sameEventUnderAnotherSlug(read: EventFacts, stored: CandidateEvent[]): EventRow | undefined {
    if (this.origin !== 'EXTRACTED') return undefined;
    const same = (known: EventRow, facts: EventFacts) => sameEvent(read, { ...facts, endDate: known.endDate ?? known.startDate });
    return (
      stored.find((known) => same(known, known)) ??
      this.pendingEvents.find((known) => same(known, { ...known, participantIds: [], supplierId: null, recipientId: null }))
    );
  }

  /**
   * Writes the events this input adds, in one statement: each gets the next ID of the table's
   * sequence in the order they were read (parts after their event, as when written one by one),
   * and a part of a new event its parent's. Then the changes of stored events, and every
   * placeholder ID this ingestion holds becomes the real one.
   */
  private async createEvents(): Promise<void> {
    const ids = new Map<number, number>();
    if (this.pendingEvents.length) {
      await this.lockEventCounts();
      const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
      const rows = this.pendingEvents.map((row) => ({
        key: -row.id,
        parentKey: row.parentId !== null && row.parentId < 0 ? -row.parentId : null,
        parentId: row.parentId !== null && row.parentId > 0 ? row.parentId : null,
        slug: row.slug,
        title: row.title,
        type: row.type,
        summary: row.summary,
        startDate: day(row.startDate),
        endDate: day(row.endDate),
        datePrecision: row.datePrecision,
        locationId: row.locationId,
        position: row.position,
      }));
      const created = await this.tx.$queryRaw<{ id: number; slug: string }[]>`
        WITH input AS (
          SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(key int, "parentKey" int, "parentId" int, slug text, title text,
            type "EventType", summary text, "startDate" date, "endDate" date, "datePrecision" "DatePrecision", "locationId" int, position int)
        ), numbered AS (
          SELECT key, nextval(pg_get_serial_sequence('"Event"', 'id'))::int AS id FROM (SELECT key FROM input ORDER BY key) AS keys
        )
        INSERT INTO "Event" (id, slug, title, type, summary, "startDate", "endDate", "datePrecision", "locationId", "parentId", position, origin, "updatedAt")
        SELECT numbered.id, input.slug, input.title, input.type, input.summary, input."startDate", input."endDate", input."datePrecision",
          input."locationId", coalesce(input."parentId", parent.id), input.position, ${this.origin}::"FactOrigin", now()
        FROM input JOIN numbered USING (key) LEFT JOIN numbered AS parent ON parent.key = input."parentKey"
        ORDER BY input.key
        RETURNING id, slug`;
      const bySlug = new Map(created.map((row) => [row.slug, row.id]));
      for (const row of this.pendingEvents) {
        ids.set(row.id, bySlug.get(row.slug!)!);
        row.id = bySlug.get(row.slug!)!;
      }
    }
    const real = (id: number) => ids.get(id) ?? id;
    for (const [id, changes] of this.eventChanges) {
      const parentId = changes.parentId == null ? changes.parentId : real(changes.parentId);
      await updateRow(this.tx, 'Event', id, { ...changes, parentId });
    }
    if (!ids.size) return;
    for (const [slug, id] of this.events) this.events.set(slug, real(id));
    const mentioned = [...this.mentionedEvents];
    this.mentionedEvents.clear();
    for (const [id, mention] of mentioned) this.mentionedEvents.set(real(id), mention);
    for (const link of [...this.participants, ...this.eventCountries]) link.eventId = real(link.eventId);
  }

  /** As for events: an extracted sale is one recorded already when `sameArmsSale` (domain/matching.ts) says so. */
  private sameSaleUnderAnotherSlug(fields: {
    supplierId: number;
    recipientId: number;
    announcedDate?: Date;
    valueUsd?: Prisma.Decimal;
    valueOriginal?: Prisma.Decimal;
    currency?: string;
  }): ArmsSaleRow | undefined {
    if (this.origin !== 'EXTRACTED') return undefined;
    const read: ArmsSaleFacts = {
      supplierId: fields.supplierId,
      recipientId: fields.recipientId,
      announcedDate: fields.announcedDate ?? null,
      valueUsd: fields.valueUsd?.toString() ?? null,
      valueOriginal: fields.valueOriginal?.toString() ?? null,
      currency: fields.currency ?? null,
    };
    // Stored sales between these parties were read (and locked) by prefetchSales; the sales this input created follow them.
    const candidates = this.saleCandidates.filter((row) => row.supplierId === fields.supplierId && row.recipientId === fields.recipientId);
    return candidates.find((row) =>
      sameArmsSale(read, { ...row, valueUsd: row.valueUsd?.toString() ?? null, valueOriginal: row.valueOriginal?.toString() ?? null }),
    );
  }

  private async writeArmsSale(sale: ArmsSaleInput, path: Path): Promise<void> {
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
      eventId = this.events.get(sale.event) ?? (await referencedId(tx, 'Event', sale.event));
      if (eventId === null) {
        this.errors.push(
          userError([...path, 'event'], `"${sale.event}" is neither an event of this article nor an existing event's slug`, UserErrorCode.NOT_FOUND),
        );
        return;
      }
    }
    const announcedDate = sale.announcedDate ?? null;
    const slug = this.saleSlugOf(sale);
    // Shared like events: absent optional facts do not erase known ones.
    const fields = {
      supplierId: supplier.id,
      recipientId: recipient.id,
      valueUsd: sale.valueUsd == null ? undefined : new Prisma.Decimal(sale.valueUsd),
      valueOriginal: sale.valueOriginal == null ? undefined : new Prisma.Decimal(sale.valueOriginal),
      currency: sale.currency ?? undefined,
      items: sale.items,
      designation: sale.designation ?? undefined,
      quantity: sale.quantity ?? undefined,
      status: sale.status,
      announcedDate: announcedDate ?? undefined,
      eventId: eventId ?? undefined,
    };
    const ownSlug = this.existingSales.get(slug);
    const existing = ownSlug ?? this.sameSaleUnderAnotherSlug(fields);
    let saleId: number;
    if (!existing) {
      this.changes++;
      const created = await insertRow<ArmsSaleRow>(tx, 'ArmsSale', { slug, ...fields, origin: this.origin });
      this.existingSales.set(slug, created);
      if (this.origin === 'EXTRACTED') this.saleCandidates.push(created);
      saleId = created.id;
    } else {
      saleId = existing.id;
      const changes = this.writable(existing, fields, { fillOnly: !ownSlug || this.readElsewhere.sales.has(existing.id) });
      if (Object.keys(changes).length) {
        this.changes++;
        const updated = await updateRow<ArmsSaleRow>(tx, 'ArmsSale', saleId, changes);
        const candidate = this.saleCandidates.indexOf(existing);
        if (candidate >= 0) this.saleCandidates[candidate] = updated;
        if (ownSlug) this.existingSales.set(slug, updated);
      }
    }
    this.sales.set(slug, saleId);
    this.mentionedSales.set(saleId, mentionOf(sale));
  }

  /**
   * The article's mentions become exactly what the input says: added, updated, or removed; except
   * that the extractor reading a hand-stated article only adds the mentions it lacks.
   */
  private async writeMentions(
    articleId: number,
    people: Map<number, Mention>,
    countries: Map<number, Mention>,
  ): Promise<void> {
    const kinds = [
      { table: 'ArticlePerson', column: 'personId', wanted: people },
      { table: 'ArticleCountry', column: 'countryId', wanted: countries },
      { table: 'ArticleEvent', column: 'eventId', wanted: this.mentionedEvents },
      { table: 'ArticleArmsSale', column: 'armsSaleId', wanted: this.mentionedSales },
    ];
    // One statement for the four kinds: per kind, drop the mentions the input no longer lists and upsert the others.
    const parts = kinds.map(({ table, column, wanted }, kind) => {
      const tableName = Prisma.raw(`"${table}"`);
      const columnName = Prisma.raw(`"${column}"`);
      const ids = [...wanted.keys()];
      const counts = ids.map((id) => wanted.get(id)!.mentionCount);
      const offsets = ids.map((id) => wanted.get(id)!.firstOffset);
      const rows = Prisma.sql`SELECT ${articleId}::int, wanted.id, wanted.count, wanted.offset
          FROM unnest(${ids}::int[], ${counts}::int[], ${offsets}::int[]) AS wanted(id, count, "offset")`;
      if (this.mentionsOnlyGrow) {
        return Prisma.sql`${Prisma.raw(`written${kind}`)} AS (
          INSERT INTO ${tableName} ("articleId", ${columnName}, "mentionCount", "firstOffset") ${rows}
          ON CONFLICT DO NOTHING RETURNING 1)`;
      }
      return Prisma.sql`${Prisma.raw(`dropped${kind}`)} AS (
          DELETE FROM ${tableName} WHERE "articleId" = ${articleId} AND NOT (${columnName} = ANY(${ids}::int[])) RETURNING 1
        ), ${Prisma.raw(`written${kind}`)} AS (
          INSERT INTO ${tableName} ("articleId", ${columnName}, "mentionCount", "firstOffset") ${rows}
          ON CONFLICT ("articleId", ${columnName}) DO UPDATE
            SET "mentionCount" = EXCLUDED."mentionCount", "firstOffset" = EXCLUDED."firstOffset"
            WHERE (${tableName}."mentionCount", ${tableName}."firstOffset") IS DISTINCT FROM (EXCLUDED."mentionCount", EXCLUDED."firstOffset")
          RETURNING 1)`;
    });
    const counted = kinds.flatMap((_, kind) => (this.mentionsOnlyGrow ? [`written${kind}`] : [`dropped${kind}`, `written${kind}`]));
    const [{ changed }] = await this.tx.$queryRaw<{ changed: number }[]>`
      WITH ${Prisma.join(parts, ', ')}
      SELECT (${Prisma.raw(counted.map((name) => `(SELECT count(*) FROM ${name})`).join(' + '))})::int AS changed`;
    this.changes += changed;
  }
}

/** The country `text` names among those the input's preparation found. */
function countryNamed(countries: Map<string, CountryRow>, text: string | null | undefined): CountryRow | null {
  return text ? (countries.get(normalize(text)) ?? null) : null;
}

/** A sale's slug: its own, or one made from its parties and facts. */
function saleSlugIn(countries: Map<string, CountryRow>, sale: ArmsSaleInput): string {
  return armsSaleSlugOf({ ...sale, supplierCode: countryNamed(countries, sale.supplier)!.code, recipientCode: countryNamed(countries, sale.recipient)!.code });
}

/** Every country the input names, looked up at once by code, name, alias or demonym; a NOT_FOUND user error for each unknown one. */
async function resolveCountries(reader: Transaction, input: ArticleInput): Promise<Map<string, CountryRow>> {
  const references: { text: string; path: Path }[] = [];
  (input.countries ?? []).forEach((mention, index) =>
    references.push({ text: mention.country, path: ['input', 'countries', index, 'country'] }),
  );
  (input.people ?? []).forEach((person, index) => {
    if (person.country) references.push({ text: person.country, path: ['input', 'people', index, 'country'] });
  });
  const visit = (event: EventInput, path: Path) => {
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
  const countries = new Map<string, CountryRow>();
  if (!references.length) return countries;
  const directory: CountryNameDirectory = await countryNames(reader);
  const errors: UserError[] = [];
  for (const reference of references) {
    const country = directory.byName(reference.text);
    if (country) countries.set(normalize(reference.text), country);
    else errors.push(userError(reference.path, `no country is known as "${reference.text}"`, UserErrorCode.NOT_FOUND));
  }
  if (errors.length) throw new UserInputFailure(errors);
  return countries;
}

/**
 * The keys of everything this input may create: the article, its people (by slug and by every
 * name, since people are matched by name too), its events and sales by slug, and, for the
 * extractor (whose readings are matched by content), their kind and day or their parties. Two
 * ingests that could create the same row take turns; unrelated ones run side by side. Rows that
 * exist already are held by row locks as they are read (`FOR NO KEY UPDATE`, `FOR KEY SHARE`),
 * so a delete cannot remove them under this write.
 */
function naturalKeysOf(input: ArticleInput, origin: FactOrigin, countries: Map<string, CountryRow>): NaturalKey[] {
  const country = (text: string | null | undefined) => countryNamed(countries, text);
  const keys: NaturalKey[] = [articleKey({ url: input.url ?? null, contentHash: input.url ? null : contentHashOf(input.body!) })];
  for (const person of input.people ?? []) {
    keys.push(personSlugKey(personSlugOf(person)));
    for (const name of [person.name, ...(person.aliases ?? [])]) keys.push(personNameKey(normalize(name)));
  }
  const visit = (event: EventInput) => {
    keys.push(eventSlugKey(eventSlugOf(event)));
    if (origin === 'EXTRACTED') {
      const party = (role: 'SUPPLIER' | 'RECIPIENT') => country(event.countries?.find((link) => link.role === role)?.country)?.code ?? null;
      const startDate = event.startDate ?? null;
      const locationCode = country(event.location)?.code ?? null;
      keys.push(eventMatchKey(eventMatchKeyOf({ type: event.type, startDate, supplierCode: party('SUPPLIER'), recipientCode: party('RECIPIENT'), locationCode })));
    }
    (event.children ?? []).forEach(visit);
  };
  (input.events ?? []).forEach(visit);
  for (const sale of input.armsSales ?? []) {
    keys.push(armsSaleSlugKey(saleSlugIn(countries, sale)));
    if (origin === 'EXTRACTED') keys.push(armsSaleMatchKey(`${country(sale.supplier)!.code}>${country(sale.recipient)!.code}`));
  }
  return keys;
}

/**
 * Makes an ingestion ready with no lock held: refuses an article with neither URL nor body and
 * names no country no one knows (user errors), finds the countries (`reader` may be the database
 * itself: countries are reference data no write creates or deletes), and lists the natural keys.
 */
export async function prepareIngest(reader: Transaction | Database, input: ArticleInput, options: IngestOptions = {}): Promise<PreparedIngest> {
  if (!input.url && !input.body) {
    throw new UserInputFailure([userError(['input', 'url'], 'give the article a URL or a body', UserErrorCode.REQUIRED)]);
  }
  const countries = await resolveCountries(reader, input);
  return { input, options, countries, keys: naturalKeysOf(input, options.origin ?? 'MANUAL', countries) };
}

/** Writes a prepared ingestion in the caller's transaction, which holds its `keys` already (runWrite's `keys`). */
export function ingestPrepared(tx: Transaction, prepared: PreparedIngest): Promise<IngestResult> {
  return new Ingestion(tx, prepared).run();
}

/** Ingests one article with its graph inside the caller's transaction: prepared, its keys locked, written. */
export async function ingestArticle(tx: Transaction, input: ArticleInput, options: IngestOptions = {}): Promise<IngestResult> {
  const prepared = await prepareIngest(tx, input, options);
  await lockNaturalKeys(tx, prepared.keys);
  return ingestPrepared(tx, prepared);
}
