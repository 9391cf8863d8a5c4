// The stored graph as tests compare it before and after an operation, and the empty graph a fresh
// install has (countries stay: they are reference data).
import { Prisma } from '../../src/generated/prisma/client';
import type { Database } from '../../src/data/prisma';

/** Everything but the country reference data, as a fresh install has it. */
export async function emptyGraph(db: Database): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE "Article", "Person", "Event", "ArmsSale", "AuditEntry" RESTART IDENTITY CASCADE`);
}

export interface GraphCounts {
  articles: bigint;
  people: bigint;
  events: bigint;
  sales: bigint;
  participants: bigint;
  eventCountries: bigint;
  mentions: bigint;
  facts: bigint;
  audits?: bigint;
  lastEventUpdate?: Date | null;
  lastPersonUpdate?: Date | null;
  lastSaleUpdate?: Date | null;
}

/**
 * Rows of every kind of the graph; with `audits`, the audit entries too; with `updateTimes`, the
 * latest change of people, events and sales (a write that changes nothing leaves them).
 */
export async function graphCounts(db: Database, { audits = false, updateTimes = false } = {}): Promise<GraphCounts> {
  const [row] = await db.$queryRaw<GraphCounts[]>`SELECT
    (SELECT count(*) FROM "Article") AS articles, (SELECT count(*) FROM "Person") AS people,
    (SELECT count(*) FROM "Event") AS events, (SELECT count(*) FROM "ArmsSale") AS sales,
    (SELECT count(*) FROM "EventParticipant") AS participants, (SELECT count(*) FROM "EventCountry") AS "eventCountries",
    (SELECT count(*) FROM "ArticlePerson") + (SELECT count(*) FROM "ArticleCountry") + (SELECT count(*) FROM "ArticleEvent")
      + (SELECT count(*) FROM "ArticleArmsSale") AS mentions,
    (SELECT count(*) FROM "ExtractedFact") AS facts
    ${audits ? Prisma.sql`, (SELECT count(*) FROM "AuditEntry") AS audits` : Prisma.empty}
    ${
      updateTimes
        ? Prisma.sql`, (SELECT max("updatedAt") FROM "Event") AS "lastEventUpdate", (SELECT max("updatedAt") FROM "Person") AS "lastPersonUpdate",
          (SELECT max("updatedAt") FROM "ArmsSale") AS "lastSaleUpdate"`
        : Prisma.empty
    }`;
  return row;
}

/**
 * Rows where a read model or count differs from what the base tables say, per kind (computed here, from Event,
 * EventCountry, EventParticipant, Article, ArticlePerson, ArticleEvent and ArmsSale alone). Count rows of 0 are the
 * same as none.
 */
const MAINTAINED_COUNT_MISMATCHES = `
  WITH involvement AS (
    SELECT "locationId" AS "countryId", id AS "eventId" FROM "Event" WHERE "locationId" IS NOT NULL
    UNION SELECT "countryId", "eventId" FROM "EventCountry")
  SELECT 'CountryEvent' AS kind, count(*)::int AS rows FROM (
      SELECT i."countryId", i."eventId", e."type", e."startDate", COALESCE(e."endDate", e."startDate") AS "lastDate"
      FROM involvement i JOIN "Event" e ON e.id = i."eventId") expected
    FULL JOIN "CountryEvent" kept USING ("countryId", "eventId")
    WHERE (expected."type", expected."startDate", expected."lastDate") IS DISTINCT FROM (kept."type", kept."startDate", kept."lastDate")
  UNION ALL
  SELECT 'CountryEventCount', count(*) FROM (
      SELECT i."countryId", e."type", count(*)::int AS events FROM involvement i JOIN "Event" e ON e.id = i."eventId" GROUP BY 1, 2) expected
    FULL JOIN (SELECT * FROM "CountryEventCount" WHERE events <> 0) kept USING ("countryId", "type")
    WHERE expected.events IS DISTINCT FROM kept.events
  UNION ALL
  SELECT 'PersonEvent', count(*) FROM (
      SELECT ep."personId", ep."eventId", count(*)::int AS roles, e."type", e."startDate", COALESCE(e."endDate", e."startDate") AS "lastDate"
      FROM "EventParticipant" ep JOIN "Event" e ON e.id = ep."eventId" GROUP BY ep."personId", ep."eventId", e.id) expected
    FULL JOIN "PersonEvent" kept USING ("personId", "eventId")
    WHERE (expected.roles, expected."type", expected."startDate", expected."lastDate")
      IS DISTINCT FROM (kept.roles, kept."type", kept."startDate", kept."lastDate")
  UNION ALL
  SELECT 'PersonEventCount', count(*) FROM (
      SELECT ep."personId", e."type", count(DISTINCT e.id)::int AS events
      FROM "EventParticipant" ep JOIN "Event" e ON e.id = ep."eventId" GROUP BY 1, 2) expected
    FULL JOIN (SELECT * FROM "PersonEventCount" WHERE events <> 0) kept USING ("personId", "type")
    WHERE expected.events IS DISTINCT FROM kept.events
  UNION ALL
  SELECT 'PersonArticleCount', count(*) FROM (SELECT "personId", count(*)::int AS articles FROM "ArticlePerson" GROUP BY 1) expected
    FULL JOIN (SELECT * FROM "PersonArticleCount" WHERE articles <> 0) kept USING ("personId")
    WHERE expected.articles IS DISTINCT FROM kept.articles
  UNION ALL
  SELECT 'ArticlePerson.publishedAt', count(*) FROM "ArticlePerson" ap JOIN "Article" a ON a.id = ap."articleId"
    WHERE ap."publishedAt" IS DISTINCT FROM a."publishedAt"
  UNION ALL
  SELECT 'ArticleEvent.publishedAt', count(*) FROM "ArticleEvent" ae JOIN "Article" a ON a.id = ae."articleId"
    WHERE ae."publishedAt" IS DISTINCT FROM a."publishedAt"
  UNION ALL
  SELECT 'CountryArmsSaleTotal', count(*) FROM (
      SELECT c.id AS "countryId",
        count(s.id) FILTER (WHERE s."supplierId" = c.id)::int AS supplied,
        count(s."valueUsd") FILTER (WHERE s."supplierId" = c.id)::int AS "suppliedKnown",
        COALESCE(sum(s."valueUsd") FILTER (WHERE s."supplierId" = c.id), 0) AS "suppliedValue",
        count(s.id) FILTER (WHERE s."recipientId" = c.id)::int AS received,
        count(s."valueUsd") FILTER (WHERE s."recipientId" = c.id)::int AS "receivedKnown",
        COALESCE(sum(s."valueUsd") FILTER (WHERE s."recipientId" = c.id), 0) AS "receivedValue"
      FROM "Country" c LEFT JOIN "ArmsSale" s ON c.id IN (s."supplierId", s."recipientId") GROUP BY c.id) expected
    LEFT JOIN "CountryArmsSaleTotal" kept USING ("countryId")
    WHERE (expected.supplied, expected."suppliedKnown", expected."suppliedValue", expected.received, expected."receivedKnown", expected."receivedValue")
      IS DISTINCT FROM (COALESCE(kept."suppliedCount", 0), COALESCE(kept."suppliedWithKnownValue", 0), COALESCE(kept."suppliedValueUsd", 0),
        COALESCE(kept."receivedCount", 0), COALESCE(kept."receivedWithKnownValue", 0), COALESCE(kept."receivedValueUsd", 0))`;

/** Rows of each maintained count (and the publication dates copied for ordering) that differ from the same figure recomputed from the base tables. */
export async function maintainedCountMismatches(db: Database): Promise<Record<string, number>> {
  const rows = await db.$queryRawUnsafe<{ kind: string; rows: bigint }[]>(MAINTAINED_COUNT_MISMATCHES);
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.rows)]));
}

/** What maintainedCountMismatches answers when every count is exact. */
export const NO_MISMATCHES = {
  CountryEvent: 0, CountryEventCount: 0, PersonEvent: 0, PersonEventCount: 0, PersonArticleCount: 0,
  'ArticlePerson.publishedAt': 0, 'ArticleEvent.publishedAt': 0, CountryArmsSaleTotal: 0,
};
