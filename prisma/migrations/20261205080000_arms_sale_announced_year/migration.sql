-- Arms-sale statistics by year without computing the year per request: the year of a sale's announcement is stored
-- (a generated column, computed by PostgreSQL on every write), and an index over (supplier, year, value) answers
-- `armsSaleStats(groupBy: [SUPPLIER, YEAR])`, filtered by a supplier or not, from the index alone, its groups in
-- order (src/data/stats.ts). EXTRACT(year FROM a date) is a numeric computed for every sale read: at 100,000
-- articles most of the statement's CPU. Adding the stored column rewrites the table once; a VACUUM afterwards
-- (autovacuum, or by hand) marks its pages all-visible, which index-only scans need. Statements as Prisma's schema
-- engine emits them for prisma/schema.prisma (`npm run schema:sql`).

-- AlterTable
ALTER TABLE "ArmsSale" ADD COLUMN     "announcedYear" integer GENERATED ALWAYS AS (EXTRACT(year FROM "announcedDate")::integer) STORED;

-- CreateIndex
CREATE INDEX "ArmsSale_supplierId_announcedYear_valueUsd_idx" ON "ArmsSale"("supplierId", "announcedYear", "valueUsd");

ANALYZE "ArmsSale";
