// Writes the graph back as import lines (src/ingest/import-line.ts): first the countries whose
// aliases editors changed, then the people, events and arms sales no article mentions (made by
// hand through the mutations), one IngestArticleInput per article in the order they were ingested,
// with who stated each row (`origin`, omitted when MANUAL), the extractor's version and facts, the
// standalone entities that name something only articles bring, and last (with `withAudit`) the
// audit entries. Lists are ordered by natural key, never by database
// ID, so that export → import into an empty database → export gives the same bytes.
import { Prisma } from '../generated/prisma/client';
import type { Database } from '../data/prisma';
import { countryReferenceRecords } from '../reference/countries';
import { armsSaleSlugOf, eventSlugOf } from '../domain/ingest-rules';

const BATCH = 200;

const subjectKeys = {
  person: { select: { slug: true } },
  country: { select: { code: true } },
  event: { select: { slug: true } },
  armsSale: { select: { slug: true } },
} as const;

const articleWithGraph = {
  personMentions: { include: { person: { include: { country: { select: { code: true } } } } }, orderBy: { person: { slug: 'asc' } } },
  countryMentions: { include: { country: { select: { code: true } } }, orderBy: { country: { code: 'asc' } } },
  extractedFacts: { include: subjectKeys, orderBy: { id: 'asc' } },
  eventMentions: {
    include: {
      event: {
        include: {
          location: { select: { code: true } },
          parent: { select: { slug: true } },
          participants: { include: { person: { select: { slug: true } } }, orderBy: [{ person: { slug: 'asc' } }, { role: 'asc' }] },
          countries: { include: { country: { select: { code: true } } }, orderBy: [{ country: { code: 'asc' } }, { role: 'asc' }] },
        },
      },
    },
    orderBy: [{ event: { slug: 'asc' } }, { eventId: 'asc' }],
  },
  armsSaleMentions: {
    include: {
      armsSale: {
        include: {
          supplier: { select: { code: true } },
          recipient: { select: { code: true } },
          event: { select: { slug: true } },
        },
      },
    },
    orderBy: [{ armsSale: { slug: 'asc' } }, { armsSaleId: 'asc' }],
  },
} satisfies Prisma.ArticleInclude;

type ArticleWithGraph = Prisma.ArticleGetPayload<{ include: typeof articleWithGraph }>;
type MentionedEvent = ArticleWithGraph['eventMentions'][number];

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);

/** Drops null and undefined fields and empty lists, so lines stay short and canonical. */
function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value != null && !(Array.isArray(value) && value.length === 0)),
  ) as Partial<T>;
}

/** Who stated a row, written only when it is the extractor (MANUAL is what a line means by default). */
const originOf = (row: { origin: string }) => (row.origin === 'MANUAL' ? undefined : row.origin);

function mention(row: { mentionCount: number; firstOffset: number | null }) {
  return { mentionCount: row.mentionCount, firstOffset: row.firstOffset };
}

/** What a person's line says of them, in an article's line or a standalone one (the key order is the file's). */
function personFields(person: {
  name: string;
  slug: string;
  aliases: string[];
  title: string | null;
  country: { code: string } | null;
  description: string | null;
  origin: string;
}) {
  return {
    name: person.name,
    slug: person.slug,
    aliases: person.aliases,
    title: person.title,
    country: person.country?.code,
    description: person.description,
    origin: originOf(person),
  };
}

/** What an arms sale's line says of it, in an article's line or a standalone one (the key order is the file's). */
function armsSaleFields(
  sale: {
    supplier: { code: string };
    recipient: { code: string };
    valueUsd: { toFixed(digits: number): string } | null;
    valueOriginal: { toFixed(digits: number): string } | null;
    currency: string | null;
    items: string | null;
    designation: string | null;
    quantity: number | null;
    status: string;
    announcedDate: Date | null;
    origin: string;
  },
  slug: string | null | undefined,
  event: string | null | undefined,
) {
  return {
    slug,
    supplier: sale.supplier.code,
    recipient: sale.recipient.code,
    valueUsd: sale.valueUsd?.toFixed(2),
    valueOriginal: sale.valueOriginal?.toFixed(2),
    currency: sale.currency,
    items: sale.items,
    designation: sale.designation,
    quantity: sale.quantity,
    status: sale.status,
    announcedDate: day(sale.announcedDate),
    event,
    origin: originOf(sale),
  };
}

/** One article as an IngestArticleInput. Events the article mentions nest under their parent when
 * it mentions the parent too; otherwise they name it in `parent`. */
export function articleToInput(article: ArticleWithGraph): Record<string, unknown> {
  const mentionedEvents = new Map(article.eventMentions.map((row) => [row.eventId, row]));
  const childrenOf = new Map<number, MentionedEvent[]>();
  for (const row of article.eventMentions) {
    const parentId = row.event.parentId;
    if (parentId !== null && mentionedEvents.has(parentId)) {
      childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), row]);
    }
  }
  const eventInput = (row: MentionedEvent, nested: boolean): Record<string, unknown> => {
    const { event } = row;
    const children = (childrenOf.get(event.id) ?? []).sort(
      (a, b) => (a.event.position ?? Infinity) - (b.event.position ?? Infinity) || (a.event.slug ?? '').localeCompare(b.event.slug ?? '') || a.eventId - b.eventId,
    );
    return compact({
      slug: event.slug,
      title: event.title,
      type: event.type,
      summary: event.summary,
      startDate: day(event.startDate),
      endDate: day(event.endDate),
      datePrecision: event.datePrecision,
      location: event.location?.code,
      parent: nested ? undefined : event.parent?.slug,
      position: event.position,
      participants: event.participants.map((participant) => ({ person: participant.person.slug, role: participant.role })),
      countries: event.countries.map((role) => ({ country: role.country.code, role: role.role })),
      origin: originOf(event),
      ...compact(mention(row)),
      children: children.map((child) => eventInput(child, true)),
    });
  };
  return compact({
    url: article.url,
    title: article.title,
    subtitle: article.subtitle,
    summary: article.summary,
    body: article.body,
    source: article.source,
    author: article.author,
    publishedAt: article.publishedAt?.toISOString(),
    language: article.language,
    origin: originOf(article),
    extractorVersion: article.extractorVersion,
    people: article.personMentions.map(({ person, ...row }) =>
      compact({ ...personFields(person), ...mention(row) }),
    ),
    countries: article.countryMentions.map((row) => compact({ country: row.country.code, ...mention(row) })),
    events: article.eventMentions
      .filter((row) => row.event.parentId === null || !mentionedEvents.has(row.event.parentId))
      .map((row) => eventInput(row, false)),
    armsSales: article.armsSaleMentions.map(({ armsSale, ...row }) =>
      compact({ ...armsSaleFields(armsSale, armsSale.slug, armsSale.event?.slug), ...mention(row) }),
    ),
    facts: article.extractedFacts.map((fact) =>
      compact({
        person: fact.person?.slug,
        country: fact.country?.code,
        event: fact.event?.slug ?? undefined,
        armsSale: fact.armsSale?.slug ?? undefined,
        fact: fact.fact,
        value: fact.value,
        sentence: fact.sentence,
        spanStart: fact.spanStart,
        spanEnd: fact.spanEnd,
        confidence: fact.confidence,
        extractorVersion: fact.extractorVersion,
      }),
    ),
  });
}

/** Countries whose aliases differ from the reference data's (an editor's `updateCountry`), as lines. */
async function countryAliasLines(db: Database): Promise<string[]> {
  const reference = new Map(countryReferenceRecords().map((record) => [record.code, record.aliases]));
  const rows = await db.country.findMany({ select: { code: true, aliases: true }, orderBy: { code: 'asc' } });
  return rows
    .filter((row) => JSON.stringify(row.aliases) !== JSON.stringify(reference.get(row.code)))
    .map((row) => JSON.stringify({ countryAliases: { code: row.code, aliases: row.aliases } }));
}

/** Every audit entry in the order they were written; the API key is left out (keys are never exported). */
async function auditLines(db: Database, writeLine: (line: string) => void | Promise<void>): Promise<void> {
  let after = BigInt(0);
  for (;;) {
    const entries = await db.auditEntry.findMany({ where: { id: { gt: after } }, orderBy: { id: 'asc' }, take: BATCH });
    for (const entry of entries) {
      const { action, entityType, entityId, before, after: afterState, createdAt } = entry;
      await writeLine(JSON.stringify({ auditEntry: compact({ action, entityType, entityId, before, after: afterState, createdAt: createdAt.toISOString() }) }));
    }
    if (entries.length < BATCH) return;
    after = entries[entries.length - 1].id;
  }
}

const standaloneEventInclude = {
  location: { select: { code: true } },
  parent: { select: { id: true, slug: true, type: true, startDate: true, title: true } },
  participants: { include: { person: { select: { id: true, slug: true } } }, orderBy: [{ person: { slug: 'asc' } }, { role: 'asc' }] },
  countries: { include: { country: { select: { code: true } } }, orderBy: [{ country: { code: 'asc' } }, { role: 'asc' }] },
} satisfies Prisma.EventInclude;

type StandaloneEvent = Prisma.EventGetPayload<{ include: typeof standaloneEventInclude }>;

/** Lines for the entities no article mentions, split by where they must go: `early` lines name only
 * countries and other early entities, so they come before the articles (whose events may name them
 * as parent or participant); `late` lines name something only an article line writes, so they come
 * after the articles. An event always follows its parent. */
async function standaloneLines(db: Database): Promise<{ early: string[]; late: string[] }> {
  const unmentioned = { articleMentions: { none: {} } };
  const [people, events, sales] = await Promise.all([
    db.person.findMany({ where: unmentioned, include: { country: { select: { code: true } } }, orderBy: { slug: 'asc' } }),
    db.event.findMany({ where: unmentioned, include: standaloneEventInclude, orderBy: [{ slug: 'asc' }, { id: 'asc' }] }),
    db.armsSale.findMany({
      where: unmentioned,
      include: { supplier: { select: { code: true } }, recipient: { select: { code: true } }, event: { select: { id: true, slug: true, type: true, startDate: true, title: true } } },
      orderBy: [{ slug: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const standalonePeople = new Set(people.map((person) => person.id));
  const byId = new Map(events.map((event) => [event.id, event]));
  const late = new Map<number, boolean>();
  const isLate = (event: StandaloneEvent): boolean => {
    if (!late.has(event.id)) {
      const parent = event.parentId === null ? undefined : byId.get(event.parentId);
      late.set(
        event.id,
        (event.parentId !== null && (parent === undefined || isLate(parent))) ||
          event.participants.some((role) => !standalonePeople.has(role.person.id)),
      );
    }
    return late.get(event.id)!;
  };
  const line = (standalone: Record<string, unknown>) => JSON.stringify({ standalone });
  const early: string[] = people.map((person) =>
    line({
      person: compact(personFields(person)),
    }),
  );
  const after: string[] = [];
  const written = new Set<number>();
  const writeEvent = (event: StandaloneEvent) => {
    if (written.has(event.id)) return;
    written.add(event.id);
    const parent = event.parentId === null ? undefined : byId.get(event.parentId);
    if (parent) writeEvent(parent);
    (isLate(event) ? after : early).push(
      line({
        event: compact({
          // An event whose slug was never given is written with the one an article line would give it.
          slug: eventSlugOf(event),
          title: event.title,
          type: event.type,
          summary: event.summary,
          startDate: day(event.startDate),
          endDate: day(event.endDate),
          datePrecision: event.datePrecision,
          location: event.location?.code,
          parent: event.parent ? eventSlugOf(event.parent) : undefined,
          position: event.position,
          participants: event.participants.map((role) => ({ person: role.person.slug, role: role.role })),
          countries: event.countries.map((role) => ({ country: role.country.code, role: role.role })),
          origin: originOf(event),
        }),
      }),
    );
  };
  events.forEach(writeEvent);
  for (const sale of sales) {
    const event = sale.eventId === null ? undefined : byId.get(sale.eventId);
    const saleIsLate = sale.eventId !== null && (event === undefined || isLate(event));
    (saleIsLate ? after : early).push(
      line({
        armsSale: compact(
          armsSaleFields(sale, armsSaleSlugOf(sale, sale.supplier.code, sale.recipient.code), sale.event ? eventSlugOf(sale.event) : undefined),
        ),
      }),
    );
  }
  return { early, late: after };
}

export interface ExportOptions {
  /** Also write the audit trail (without API keys). */
  withAudit?: boolean;
}

/** Streams the graph as import lines (countries' edited aliases, standalone entities, every article in ingestion order, the audit trail if asked); returns how many articles. */
export async function exportArticles(
  db: Database,
  writeLine: (line: string) => void | Promise<void>,
  { withAudit = false }: ExportOptions = {},
): Promise<number> {
  for (const line of await countryAliasLines(db)) await writeLine(line);
  const standalone = await standaloneLines(db);
  for (const line of standalone.early) await writeLine(line);
  let after = 0;
  let count = 0;
  for (;;) {
    const articles = await db.article.findMany({
      where: { id: { gt: after } },
      orderBy: { id: 'asc' },
      take: BATCH,
      include: articleWithGraph,
    });
    for (const article of articles) {
      await writeLine(JSON.stringify(articleToInput(article)));
      count++;
    }
    if (articles.length < BATCH) break;
    after = articles[articles.length - 1].id;
  }
  for (const line of standalone.late) await writeLine(line);
  if (withAudit) await auditLines(db, writeLine);
  return count;
}
