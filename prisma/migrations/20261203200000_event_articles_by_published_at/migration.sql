-- ArticleEvent."publishedAt": the article's publication time copied onto its event mentions, as ArticlePerson's is
-- (migrations 20261127070000_profile_counts and 20261203180000_published_at_by_statement), so that an event's articles
-- newest first (undated last) are a range of the (eventId, publishedAt, articleId) index: the page's rows are read
-- and nothing else, instead of every mention of the event joined to its article and sorted.
--
-- The copy is kept by the same rule as ArticlePerson's: a mention's time is its article's, read with the article
-- locked (FOR SHARE, in ID order); added or changed mentions are checked in one join per statement and corrected by
-- one update when a writer gave no time or a stale one (the write core gives none; the bulk import gives the right
-- one). An article's new time is copied onto its mentions by the row trigger on Article that already does it for
-- ArticlePerson. A new article has no mention yet (its mentions reference it), so its insert needs no trigger.

-- Writers wait until the column is filled and the triggers are in place.
LOCK TABLE "Article", "ArticleEvent" IN SHARE MODE;

-- AlterTable
ALTER TABLE "ArticleEvent" ADD COLUMN "publishedAt" TIMESTAMP(3);

UPDATE "ArticleEvent" ae SET "publishedAt" = a."publishedAt" FROM "Article" a WHERE a."id" = ae."articleId" AND a."publishedAt" IS NOT NULL;

-- DropIndex
DROP INDEX "ArticleEvent_eventId_idx";

-- CreateIndex
CREATE INDEX "ArticleEvent_eventId_publishedAt_articleId_idx" ON "ArticleEvent"("eventId", "publishedAt", "articleId");

CREATE FUNCTION "published_at_of_added_event_mentions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Article" a WHERE a.id IN (SELECT "articleId" FROM added) ORDER BY a.id FOR SHARE;
  -- Only when there is something to correct: the correcting update fires this trigger again, and then finds nothing.
  IF EXISTS (SELECT 1 FROM added JOIN "Article" a ON a.id = added."articleId" WHERE added."publishedAt" IS DISTINCT FROM a."publishedAt") THEN
    UPDATE "ArticleEvent" ae SET "publishedAt" = a."publishedAt"
    FROM added JOIN "Article" a ON a.id = added."articleId"
    WHERE ae."articleId" = added."articleId" AND ae."eventId" = added."eventId"
      AND ae."publishedAt" IS DISTINCT FROM a."publishedAt";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ArticleEvent_published_at_insert" AFTER INSERT ON "ArticleEvent"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "published_at_of_added_event_mentions"();
CREATE TRIGGER "ArticleEvent_published_at_update" AFTER UPDATE ON "ArticleEvent"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "published_at_of_added_event_mentions"();

-- An article's new time goes to its mentions of both kinds (the trigger "Article_published_at_of_mentions" runs it
-- only when the time changed).
CREATE OR REPLACE FUNCTION "published_at_of_mentions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticlePerson" SET "publishedAt" = NEW."publishedAt" WHERE "articleId" = NEW.id;
  UPDATE "ArticleEvent" SET "publishedAt" = NEW."publishedAt" WHERE "articleId" = NEW.id;
  RETURN NULL;
END
$$;
