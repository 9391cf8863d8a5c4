-- Extraction from article text: who stated each fact (by hand or by the extractor), and where the
-- extractor read it.

-- CreateEnum
CREATE TYPE "FactOrigin" AS ENUM ('MANUAL', 'EXTRACTED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "extractorVersion" TEXT,
ADD COLUMN     "origin" "FactOrigin" NOT NULL DEFAULT 'MANUAL';

-- AlterTable
ALTER TABLE "ArmsSale" ADD COLUMN     "origin" "FactOrigin" NOT NULL DEFAULT 'MANUAL';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "origin" "FactOrigin" NOT NULL DEFAULT 'MANUAL';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "origin" "FactOrigin" NOT NULL DEFAULT 'MANUAL';

-- CreateTable
CREATE TABLE "ExtractedFact" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "personId" INTEGER,
    "countryId" INTEGER,
    "eventId" INTEGER,
    "armsSaleId" INTEGER,
    "fact" TEXT NOT NULL,
    "value" TEXT,
    "sentence" TEXT NOT NULL,
    "spanStart" INTEGER NOT NULL,
    "spanEnd" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "extractorVersion" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExtractedFact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExtractedFact_articleId_id_idx" ON "ExtractedFact"("articleId", "id");

-- CreateIndex
CREATE INDEX "ExtractedFact_personId_id_idx" ON "ExtractedFact"("personId", "id");

-- CreateIndex
CREATE INDEX "ExtractedFact_countryId_id_idx" ON "ExtractedFact"("countryId", "id");

-- CreateIndex
CREATE INDEX "ExtractedFact_eventId_id_idx" ON "ExtractedFact"("eventId", "id");

-- CreateIndex
CREATE INDEX "ExtractedFact_armsSaleId_id_idx" ON "ExtractedFact"("armsSaleId", "id");

-- AddForeignKey
ALTER TABLE "ExtractedFact" ADD CONSTRAINT "ExtractedFact_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtractedFact" ADD CONSTRAINT "ExtractedFact_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtractedFact" ADD CONSTRAINT "ExtractedFact_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtractedFact" ADD CONSTRAINT "ExtractedFact_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtractedFact" ADD CONSTRAINT "ExtractedFact_armsSaleId_fkey" FOREIGN KEY ("armsSaleId") REFERENCES "ArmsSale"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Extracted facts are read data too: their writes empty the response caches of every process
-- (see 20261127050000_read_path).
CREATE TRIGGER "ExtractedFact_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ExtractedFact"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();
