-- Search by period: the month and the year of an article's publication and of an event's start, stored beside
-- the search vector in one GIN index (btree_gin keeps integers in a GIN index), so that `search` reads a word's
-- newest matches one month (then, past the two newest years, one year) at a time, newest first, and stops when it
-- has enough (src/data/search.ts): the index intersects the word's postings with the period's. People likewise by
-- blocks of 500 IDs (the people recorded last first). Each index replaces the search vector's own, which it also
-- answers alone (`articles(filter: { text })`, the undated rows). Adding the stored columns rewrites the tables once. Statements as Prisma's schema engine emits them for
-- prisma/schema.prisma (`npm run schema:sql`).

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "searchBlock" integer GENERATED ALWAYS AS (id / 500) STORED;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchMonth" integer GENERATED ALWAYS AS ((EXTRACT(year FROM "publishedAt") * 12 + EXTRACT(month FROM "publishedAt") - 1)::integer) STORED,
ADD COLUMN     "searchYear" integer GENERATED ALWAYS AS (EXTRACT(year FROM "publishedAt")::integer) STORED;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "searchMonth" integer GENERATED ALWAYS AS ((EXTRACT(year FROM "startDate") * 12 + EXTRACT(month FROM "startDate") - 1)::integer) STORED,
ADD COLUMN     "searchYear" integer GENERATED ALWAYS AS (EXTRACT(year FROM "startDate")::integer) STORED;

-- DropIndex
DROP INDEX "Person_searchVector_idx";

-- DropIndex
DROP INDEX "Article_searchVector_idx";

-- DropIndex
DROP INDEX "Event_searchVector_idx";

-- CreateIndex
CREATE INDEX "Person_searchVector_searchBlock_idx" ON "Person" USING GIN ("searchVector", "searchBlock");

-- CreateIndex
CREATE INDEX "Article_searchVector_searchMonth_searchYear_idx" ON "Article" USING GIN ("searchVector", "searchMonth", "searchYear");

-- CreateIndex
CREATE INDEX "Event_searchVector_searchMonth_searchYear_idx" ON "Event" USING GIN ("searchVector", "searchMonth", "searchYear");
