// The stored graph table by table with every reference written as a natural key (slugs, codes,
// URLs) instead of a database ID, so two databases built differently can be compared row for row.
import type { Database } from '../../src/data/prisma';

const article = `COALESCE(a.url, a."contentHash")`;

const TABLES: Record<string, string> = {
  Country: `SELECT code, aliases FROM "Country" ORDER BY code`,
  Person: `SELECT p.slug, p.name, p.aliases, p.title, c.code AS country, p.description, p.origin FROM "Person" p
    LEFT JOIN "Country" c ON c.id = p."countryId" ORDER BY p.slug`,
  Article: `SELECT url, "contentHash", title, subtitle, summary, body, source, author, "publishedAt", language, origin, "extractorVersion"
    FROM "Article" a ORDER BY ${article}`,
  Event: `SELECT e.slug, e.title, e.type, e.summary, e."startDate", e."endDate", e."datePrecision", c.code AS location,
      parent.slug AS parent, e.position, e.origin
    FROM "Event" e LEFT JOIN "Country" c ON c.id = e."locationId" LEFT JOIN "Event" parent ON parent.id = e."parentId" ORDER BY e.slug`,
  ArmsSale: `SELECT s.slug, sc.code AS supplier, rc.code AS recipient, s."valueUsd"::text, s."valueOriginal"::text, s.currency, s.items,
      s.designation, s.quantity, s.status, s."announcedDate", e.slug AS event, s.origin
    FROM "ArmsSale" s JOIN "Country" sc ON sc.id = s."supplierId" JOIN "Country" rc ON rc.id = s."recipientId"
    LEFT JOIN "Event" e ON e.id = s."eventId" ORDER BY s.slug`,
  EventParticipant: `SELECT e.slug AS event, p.slug AS person, r.role FROM "EventParticipant" r JOIN "Event" e ON e.id = r."eventId"
    JOIN "Person" p ON p.id = r."personId" ORDER BY 1, 2, 3`,
  EventCountry: `SELECT e.slug AS event, c.code AS country, r.role FROM "EventCountry" r JOIN "Event" e ON e.id = r."eventId"
    JOIN "Country" c ON c.id = r."countryId" ORDER BY 1, 2, 3`,
  ArticlePerson: `SELECT ${article} AS article, p.slug, m."mentionCount", m."firstOffset", m."publishedAt" FROM "ArticlePerson" m
    JOIN "Article" a ON a.id = m."articleId" JOIN "Person" p ON p.id = m."personId" ORDER BY 1, 2`,
  ArticleCountry: `SELECT ${article} AS article, c.code, m."mentionCount", m."firstOffset" FROM "ArticleCountry" m
    JOIN "Article" a ON a.id = m."articleId" JOIN "Country" c ON c.id = m."countryId" ORDER BY 1, 2`,
  ArticleEvent: `SELECT ${article} AS article, e.slug, m."mentionCount", m."firstOffset" FROM "ArticleEvent" m
    JOIN "Article" a ON a.id = m."articleId" JOIN "Event" e ON e.id = m."eventId" ORDER BY 1, 2`,
  ArticleArmsSale: `SELECT ${article} AS article, s.slug, m."mentionCount", m."firstOffset" FROM "ArticleArmsSale" m
    JOIN "Article" a ON a.id = m."articleId" JOIN "ArmsSale" s ON s.id = m."armsSaleId" ORDER BY 1, 2`,
  ExtractedFact: `SELECT ${article} AS article, p.slug AS person, c.code AS country, e.slug AS event, s.slug AS sale, f.fact, f.value,
      f.sentence, f."spanStart", f."spanEnd", f.confidence, f."extractorVersion"
    FROM "ExtractedFact" f JOIN "Article" a ON a.id = f."articleId" LEFT JOIN "Person" p ON p.id = f."personId"
    LEFT JOIN "Country" c ON c.id = f."countryId" LEFT JOIN "Event" e ON e.id = f."eventId" LEFT JOIN "ArmsSale" s ON s.id = f."armsSaleId"
    ORDER BY 1, f."spanStart", f."spanEnd", f.fact, 2, 3, 4, 5, f.value`,
  AuditEntry: `SELECT action, "entityType", "entityId", before, after, "createdAt" FROM "AuditEntry" ORDER BY "createdAt", action, "entityId"`,
};

/** Every table of the graph as rows of natural keys and values, in a fixed order. */
export async function tablesByNaturalKeys(db: Database): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(TABLES)) tables[name] = await db.$queryRawUnsafe(sql);
  return tables;
}
