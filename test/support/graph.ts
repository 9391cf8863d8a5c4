// The stored graph as tests compare it before and after an operation, and the empty graph a fresh
// install has (countries stay: they are reference data).
import { Prisma } from '../../src/generated/prisma/client';
import type { Database } from '../../src/db/prisma';

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
