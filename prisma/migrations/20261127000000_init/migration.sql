-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('DIPLOMATIC_TRIP', 'DIPLOMATIC_VISIT', 'MEETING', 'SUMMIT', 'ANNOUNCEMENT', 'STATEMENT', 'ARMS_SALE', 'FUNERAL', 'IMPEACHMENT', 'MARTIAL_LAW', 'ELECTION', 'PROTEST', 'MILITARY_ACTION', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('VISITOR', 'HOST', 'SUBJECT', 'SPEAKER', 'ATTENDEE', 'ORGANIZER', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "CountryRole" AS ENUM ('HOST', 'VISITOR', 'SUBJECT', 'OBJECTOR', 'SUPPLIER', 'RECIPIENT', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "ArmsSaleStatus" AS ENUM ('PROPOSED', 'APPROVED', 'NOTIFIED', 'CONTRACTED', 'DELIVERED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Country" (
    "id" SERIAL NOT NULL,
    "code" CHAR(2) NOT NULL,
    "code3" CHAR(3) NOT NULL,
    "numericCode" CHAR(3),
    "name" TEXT NOT NULL,
    "officialName" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "subregion" TEXT,
    "capitals" TEXT[],
    "demonyms" TEXT[],
    "aliases" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "aliases" TEXT[],
    "title" TEXT,
    "countryId" INTEGER,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "url" TEXT,
    "contentHash" TEXT,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "summary" TEXT,
    "body" TEXT,
    "source" TEXT,
    "author" TEXT,
    "publishedAt" TIMESTAMP(3),
    "language" TEXT NOT NULL DEFAULT 'en',
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "slug" TEXT,
    "title" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "summary" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "locationId" INTEGER,
    "parentId" INTEGER,
    "position" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" "ParticipantRole" NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("eventId","personId","role")
);

-- CreateTable
CREATE TABLE "EventCountry" (
    "eventId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,
    "role" "CountryRole" NOT NULL,

    CONSTRAINT "EventCountry_pkey" PRIMARY KEY ("eventId","countryId","role")
);

-- CreateTable
CREATE TABLE "ArmsSale" (
    "id" SERIAL NOT NULL,
    "slug" TEXT,
    "supplierId" INTEGER NOT NULL,
    "recipientId" INTEGER NOT NULL,
    "valueUsd" DECIMAL(20,2),
    "items" TEXT NOT NULL,
    "designation" TEXT,
    "quantity" INTEGER,
    "status" "ArmsSaleStatus" NOT NULL,
    "announcedDate" DATE,
    "eventId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArmsSale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticlePerson" (
    "articleId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "mentionCount" INTEGER NOT NULL DEFAULT 1,
    "firstOffset" INTEGER,

    CONSTRAINT "ArticlePerson_pkey" PRIMARY KEY ("articleId","personId")
);

-- CreateTable
CREATE TABLE "ArticleCountry" (
    "articleId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,
    "mentionCount" INTEGER NOT NULL DEFAULT 1,
    "firstOffset" INTEGER,

    CONSTRAINT "ArticleCountry_pkey" PRIMARY KEY ("articleId","countryId")
);

-- CreateTable
CREATE TABLE "ArticleEvent" (
    "articleId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "mentionCount" INTEGER NOT NULL DEFAULT 1,
    "firstOffset" INTEGER,

    CONSTRAINT "ArticleEvent_pkey" PRIMARY KEY ("articleId","eventId")
);

-- CreateTable
CREATE TABLE "ArticleArmsSale" (
    "articleId" INTEGER NOT NULL,
    "armsSaleId" INTEGER NOT NULL,
    "mentionCount" INTEGER NOT NULL DEFAULT 1,
    "firstOffset" INTEGER,

    CONSTRAINT "ArticleArmsSale_pkey" PRIMARY KEY ("articleId","armsSaleId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Country_code_key" ON "Country"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Country_code3_key" ON "Country"("code3");

-- CreateIndex
CREATE INDEX "Country_name_idx" ON "Country"("name");

-- CreateIndex
CREATE INDEX "Country_region_subregion_idx" ON "Country"("region", "subregion");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_countryId_idx" ON "Person"("countryId");

-- CreateIndex
CREATE INDEX "Person_name_id_idx" ON "Person"("name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_source_idx" ON "Article"("source");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_startDate_id_idx" ON "Event"("startDate", "id");

-- CreateIndex
CREATE INDEX "Event_type_startDate_idx" ON "Event"("type", "startDate");

-- CreateIndex
CREATE INDEX "Event_locationId_startDate_idx" ON "Event"("locationId", "startDate");

-- CreateIndex
CREATE INDEX "Event_parentId_position_idx" ON "Event"("parentId", "position");

-- CreateIndex
CREATE INDEX "Event_title_id_idx" ON "Event"("title", "id");

-- CreateIndex
CREATE INDEX "EventParticipant_personId_idx" ON "EventParticipant"("personId");

-- CreateIndex
CREATE INDEX "EventCountry_countryId_idx" ON "EventCountry"("countryId");

-- CreateIndex
CREATE UNIQUE INDEX "ArmsSale_slug_key" ON "ArmsSale"("slug");

-- CreateIndex
CREATE INDEX "ArmsSale_supplierId_announcedDate_idx" ON "ArmsSale"("supplierId", "announcedDate");

-- CreateIndex
CREATE INDEX "ArmsSale_recipientId_announcedDate_idx" ON "ArmsSale"("recipientId", "announcedDate");

-- CreateIndex
CREATE INDEX "ArmsSale_announcedDate_id_idx" ON "ArmsSale"("announcedDate", "id");

-- CreateIndex
CREATE INDEX "ArmsSale_valueUsd_id_idx" ON "ArmsSale"("valueUsd", "id");

-- CreateIndex
CREATE INDEX "ArmsSale_status_idx" ON "ArmsSale"("status");

-- CreateIndex
CREATE INDEX "ArmsSale_eventId_idx" ON "ArmsSale"("eventId");

-- CreateIndex
CREATE INDEX "ArticlePerson_personId_idx" ON "ArticlePerson"("personId");

-- CreateIndex
CREATE INDEX "ArticleCountry_countryId_idx" ON "ArticleCountry"("countryId");

-- CreateIndex
CREATE INDEX "ArticleEvent_eventId_idx" ON "ArticleEvent"("eventId");

-- CreateIndex
CREATE INDEX "ArticleArmsSale_armsSaleId_idx" ON "ArticleArmsSale"("armsSaleId");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCountry" ADD CONSTRAINT "EventCountry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCountry" ADD CONSTRAINT "EventCountry_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArmsSale" ADD CONSTRAINT "ArmsSale_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArmsSale" ADD CONSTRAINT "ArmsSale_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArmsSale" ADD CONSTRAINT "ArmsSale_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePerson" ADD CONSTRAINT "ArticlePerson_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePerson" ADD CONSTRAINT "ArticlePerson_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCountry" ADD CONSTRAINT "ArticleCountry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCountry" ADD CONSTRAINT "ArticleCountry_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleEvent" ADD CONSTRAINT "ArticleEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleEvent" ADD CONSTRAINT "ArticleEvent_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleArmsSale" ADD CONSTRAINT "ArticleArmsSale_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleArmsSale" ADD CONSTRAINT "ArticleArmsSale_armsSaleId_fkey" FOREIGN KEY ("armsSaleId") REFERENCES "ArmsSale"("id") ON DELETE CASCADE ON UPDATE CASCADE;
