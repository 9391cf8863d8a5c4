-- ArticlePerson."publishedAt" (the article's time, copied so a person's articles are read in time order from one
-- index) kept by statement-level triggers with transition tables instead of a row-level one: a statement adding
-- thousands of mentions (the bulk import) locks their articles and checks the copies in one join, instead of one
-- locked lookup per row. The rule is copy_article_published_at's: a mention's time is its article's, read with the
-- article locked (FOR SHARE, in ID order, so concurrent writers take the locks in one order), so a concurrent
-- change of that time waits for this transaction or is seen by it. Writers that give the right time (the bulk
-- import does) leave nothing to correct; rows whose time is missing or stale are corrected by one update.

-- Writers wait until the triggers are replaced.
LOCK TABLE "Article", "ArticlePerson" IN SHARE MODE;

DROP TRIGGER "ArticlePerson_copy_published_at" ON "ArticlePerson";
DROP FUNCTION "copy_article_published_at"();

CREATE FUNCTION "published_at_of_added_mentions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Article" a WHERE a.id IN (SELECT "articleId" FROM added) ORDER BY a.id FOR SHARE;
  -- Only when there is something to correct: an update statement fires this trigger again, even one that
  -- changes no row; the corrected rows then agree with their articles and nothing follows.
  IF EXISTS (SELECT 1 FROM added JOIN "Article" a ON a.id = added."articleId" WHERE added."publishedAt" IS DISTINCT FROM a."publishedAt") THEN
    UPDATE "ArticlePerson" ap SET "publishedAt" = a."publishedAt"
    FROM added JOIN "Article" a ON a.id = added."articleId"
    WHERE ap."articleId" = added."articleId" AND ap."personId" = added."personId"
      AND ap."publishedAt" IS DISTINCT FROM a."publishedAt";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ArticlePerson_published_at_insert" AFTER INSERT ON "ArticlePerson"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "published_at_of_added_mentions"();
CREATE TRIGGER "ArticlePerson_published_at_update" AFTER UPDATE ON "ArticlePerson"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "published_at_of_added_mentions"();
