// Writes the graph back as IngestArticleInput lines (the import format), one article per line,
// in the order articles were ingested, so that import → export → import reproduces the data.
import { Prisma } from '../generated/prisma/client';
import type { Database } from '../data/prisma';

const BATCH = 200;

const articleWithGraph = {
  personMentions: { include: { person: { include: { country: { select: { code: true } } } } }, orderBy: { personId: 'asc' } },
  countryMentions: { include: { country: { select: { code: true } } }, orderBy: { countryId: 'asc' } },
  eventMentions: {
    include: {
      event: {
        include: {
          location: { select: { code: true } },
          parent: { select: { slug: true } },
          participants: { include: { person: { select: { slug: true } } }, orderBy: [{ personId: 'asc' }, { role: 'asc' }] },
          countries: { include: { country: { select: { code: true } } }, orderBy: [{ countryId: 'asc' }, { role: 'asc' }] },
        },
      },
    },
    orderBy: { eventId: 'asc' },
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
    orderBy: { armsSaleId: 'asc' },
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

function mention(row: { mentionCount: number; firstOffset: number | null }) {
  return { mentionCount: row.mentionCount, firstOffset: row.firstOffset };
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
      (a, b) => (a.event.position ?? Infinity) - (b.event.position ?? Infinity) || a.eventId - b.eventId,
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
    people: article.personMentions.map(({ person, ...row }) =>
      compact({
        name: person.name,
        slug: person.slug,
        aliases: person.aliases,
        title: person.title,
        country: person.country?.code,
        description: person.description,
        ...mention(row),
      }),
    ),
    countries: article.countryMentions.map((row) => compact({ country: row.country.code, ...mention(row) })),
    events: article.eventMentions
      .filter((row) => row.event.parentId === null || !mentionedEvents.has(row.event.parentId))
      .map((row) => eventInput(row, false)),
    armsSales: article.armsSaleMentions.map(({ armsSale, ...row }) =>
      compact({
        slug: armsSale.slug,
        supplier: armsSale.supplier.code,
        recipient: armsSale.recipient.code,
        valueUsd: armsSale.valueUsd?.toFixed(2),
        valueOriginal: armsSale.valueOriginal?.toFixed(2),
        currency: armsSale.currency,
        items: armsSale.items,
        designation: armsSale.designation,
        quantity: armsSale.quantity,
        status: armsSale.status,
        announcedDate: day(armsSale.announcedDate),
        event: armsSale.event?.slug,
        ...mention(row),
      }),
    ),
  });
}

/** Streams every article, in ingestion order, as one JSON line each; returns how many. */
export async function exportArticles(db: Database, writeLine: (line: string) => void | Promise<void>): Promise<number> {
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
    if (articles.length < BATCH) return count;
    after = articles[articles.length - 1].id;
  }
}
