-- Profile and dashboard figures that stay flat as the data grows: read models and counts kept exact by triggers, so
-- a busy country's or person's totals, counts by type, first and last day and newest pages are index lookups
-- instead of counting or walking everything about them on every request.
--
-- 1. CountryEvent gets the event's type and dates; PersonEvent is its counterpart for people (which events each
--    person took part in, once however many roles). Both are ordered by (owner, startDate, eventId) for pages and
--    (owner, lastDate) for the last day.
-- 2. ArticlePerson gets the article's publication time, for a person's newest articles.
-- 3. Counts: CountryEventCount and PersonEventCount (per type) from the rows of CountryEvent and PersonEvent,
--    PersonArticleCount from ArticlePerson, CountryArmsSaleTotal from ArmsSale. Statement-level triggers with
--    transition tables add each statement's net change (INSERT … ON CONFLICT DO UPDATE SET n = n + change), so
--    the counts are exact whatever writes, in whichever process, and roll back with the writes; changes are
--    applied in key order, the order concurrent writers lock count rows in.
--
-- Copies of an event's type and dates are taken with the event row locked (FOR SHARE, or the FOR NO KEY UPDATE of
-- refresh_country_event), so an update of the event either waits for the copying transaction, whose rows it then
-- updates, or is seen by it. None of these tables needs a data-change notification of its own: they change only
-- with Event, EventCountry, EventParticipant, ArticlePerson and ArmsSale, which notify.

-- Writers wait until the read models are built and their triggers are in place.
LOCK TABLE "Event", "EventParticipant", "EventCountry", "CountryEvent", "Article", "ArticlePerson", "ArmsSale" IN SHARE MODE;

-- ---- 1. Events of a country and of a person, with their type and dates -------------------------------------

-- AlterTable
ALTER TABLE "CountryEvent" ADD COLUMN "type" "EventType",
ADD COLUMN "startDate" DATE,
ADD COLUMN "lastDate" DATE;

UPDATE "CountryEvent" ce SET "type" = e."type", "startDate" = e."startDate", "lastDate" = COALESCE(e."endDate", e."startDate")
FROM "Event" e WHERE e."id" = ce."eventId";

ALTER TABLE "CountryEvent" ALTER COLUMN "type" SET NOT NULL;

-- CreateTable
CREATE TABLE "PersonEvent" (
    "personId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "roles" INTEGER NOT NULL,
    "type" "EventType" NOT NULL,
    "startDate" DATE,
    "lastDate" DATE,

    CONSTRAINT "PersonEvent_pkey" PRIMARY KEY ("personId","eventId")
);

INSERT INTO "PersonEvent" ("personId", "eventId", "roles", "type", "startDate", "lastDate")
SELECT ep."personId", ep."eventId", count(*)::int, e."type", e."startDate", COALESCE(e."endDate", e."startDate")
FROM "EventParticipant" ep JOIN "Event" e ON e."id" = ep."eventId"
GROUP BY ep."personId", ep."eventId", e."id";

-- CreateIndex
CREATE INDEX "CountryEvent_countryId_startDate_eventId_idx" ON "CountryEvent"("countryId", "startDate", "eventId");

-- CreateIndex
CREATE INDEX "CountryEvent_countryId_lastDate_idx" ON "CountryEvent"("countryId", "lastDate");

-- CreateIndex
CREATE INDEX "PersonEvent_eventId_idx" ON "PersonEvent"("eventId");

-- CreateIndex
CREATE INDEX "PersonEvent_personId_startDate_eventId_idx" ON "PersonEvent"("personId", "startDate", "eventId");

-- CreateIndex
CREATE INDEX "PersonEvent_personId_lastDate_idx" ON "PersonEvent"("personId", "lastDate");

-- A country's row is inserted with the event's type and dates, read while the event is locked.
CREATE OR REPLACE FUNCTION "refresh_country_event"(country integer, event integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF country IS NULL OR event IS NULL THEN
    RETURN;
  END IF;
  PERFORM 1 FROM "Event" WHERE id = event FOR NO KEY UPDATE;
  IF EXISTS (SELECT 1 FROM "Event" WHERE id = event AND "locationId" = country)
     OR EXISTS (SELECT 1 FROM "EventCountry" WHERE "eventId" = event AND "countryId" = country) THEN
    INSERT INTO "CountryEvent" ("countryId", "eventId", "type", "startDate", "lastDate")
    SELECT country, e.id, e."type", e."startDate", COALESCE(e."endDate", e."startDate") FROM "Event" e WHERE e.id = event
    ON CONFLICT DO NOTHING;
  ELSE
    DELETE FROM "CountryEvent" WHERE "countryId" = country AND "eventId" = event;
  END IF;
END
$$;

-- Applies net changes of the number of roles of (person, event) pairs: a pair gaining its first role gets a row
-- with the event's type and dates (read with the event locked), one losing its last role loses its row.
CREATE FUNCTION "change_person_event_roles"(person_ids integer[], event_ids integer[], role_changes integer[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF person_ids IS NULL THEN
    RETURN;
  END IF;
  PERFORM 1 FROM "Event" e
  WHERE e.id IN (SELECT c.event FROM unnest(event_ids, role_changes) AS c(event, change) WHERE c.change > 0)
  ORDER BY e.id FOR SHARE;
  INSERT INTO "PersonEvent" ("personId", "eventId", "roles", "type", "startDate", "lastDate")
  SELECT c.person, c.event, c.change, e."type", e."startDate", COALESCE(e."endDate", e."startDate")
  FROM unnest(person_ids, event_ids, role_changes) AS c(person, event, change) JOIN "Event" e ON e.id = c.event
  WHERE c.change > 0
  ORDER BY c.person, c.event
  ON CONFLICT ("personId", "eventId") DO UPDATE SET "roles" = "PersonEvent"."roles" + EXCLUDED."roles";
  UPDATE "PersonEvent" pe SET "roles" = pe."roles" + c.change
  FROM unnest(person_ids, event_ids, role_changes) AS c(person, event, change)
  WHERE c.change < 0 AND pe."personId" = c.person AND pe."eventId" = c.event;
  DELETE FROM "PersonEvent" pe
  USING unnest(person_ids, event_ids, role_changes) AS c(person, event, change)
  WHERE c.change < 0 AND pe."personId" = c.person AND pe."eventId" = c.event AND pe."roles" <= 0;
END
$$;

CREATE FUNCTION "person_events_of_participants"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  person_ids integer[];
  event_ids integer[];
  role_changes integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(net."personId" ORDER BY net."personId", net."eventId"), array_agg(net."eventId" ORDER BY net."personId", net."eventId"),
      array_agg(net.change ORDER BY net."personId", net."eventId")
    INTO person_ids, event_ids, role_changes
    FROM (SELECT "personId", "eventId", count(*)::int AS change FROM added GROUP BY "personId", "eventId") net;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(net."personId" ORDER BY net."personId", net."eventId"), array_agg(net."eventId" ORDER BY net."personId", net."eventId"),
      array_agg(net.change ORDER BY net."personId", net."eventId")
    INTO person_ids, event_ids, role_changes
    FROM (SELECT "personId", "eventId", -count(*)::int AS change FROM removed GROUP BY "personId", "eventId") net;
  ELSE
    SELECT array_agg(net."personId" ORDER BY net."personId", net."eventId"), array_agg(net."eventId" ORDER BY net."personId", net."eventId"),
      array_agg(net.change ORDER BY net."personId", net."eventId")
    INTO person_ids, event_ids, role_changes
    FROM (
      SELECT "personId", "eventId", sum(change)::int AS change
      FROM (SELECT "personId", "eventId", 1 AS change FROM added UNION ALL SELECT "personId", "eventId", -1 FROM removed) changes
      GROUP BY "personId", "eventId" HAVING sum(change) <> 0
    ) net;
  END IF;
  PERFORM "change_person_event_roles"(person_ids, event_ids, role_changes);
  RETURN NULL;
END
$$;

CREATE TRIGGER "EventParticipant_person_events_insert" AFTER INSERT ON "EventParticipant"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "person_events_of_participants"();
CREATE TRIGGER "EventParticipant_person_events_update" AFTER UPDATE ON "EventParticipant"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "person_events_of_participants"();
CREATE TRIGGER "EventParticipant_person_events_delete" AFTER DELETE ON "EventParticipant"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "person_events_of_participants"();

-- TRUNCATE fires no delete trigger: pairs without a participant row left go.
CREATE FUNCTION "person_events_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "PersonEvent" pe
  WHERE NOT EXISTS (SELECT 1 FROM "EventParticipant" ep WHERE ep."eventId" = pe."eventId" AND ep."personId" = pe."personId");
  RETURN NULL;
END
$$;

CREATE TRIGGER "EventParticipant_person_events_truncate" AFTER TRUNCATE ON "EventParticipant"
  FOR EACH STATEMENT EXECUTE FUNCTION "person_events_after_truncate"();

-- An event's new type or dates reach its rows in both read models (the event row stays locked by the update).
CREATE FUNCTION "copy_event_type_and_dates"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CountryEvent" SET "type" = NEW."type", "startDate" = NEW."startDate", "lastDate" = COALESCE(NEW."endDate", NEW."startDate")
  WHERE "eventId" = NEW.id;
  UPDATE "PersonEvent" SET "type" = NEW."type", "startDate" = NEW."startDate", "lastDate" = COALESCE(NEW."endDate", NEW."startDate")
  WHERE "eventId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Event_copy_type_and_dates" AFTER UPDATE OF "type", "startDate", "endDate" ON "Event"
  FOR EACH ROW WHEN (OLD."type" IS DISTINCT FROM NEW."type" OR OLD."startDate" IS DISTINCT FROM NEW."startDate"
    OR OLD."endDate" IS DISTINCT FROM NEW."endDate")
  EXECUTE FUNCTION "copy_event_type_and_dates"();

-- ---- 2. A person's articles by publication time -------------------------------------------------------------

-- AlterTable
ALTER TABLE "ArticlePerson" ADD COLUMN "publishedAt" TIMESTAMP(3);

UPDATE "ArticlePerson" ap SET "publishedAt" = a."publishedAt" FROM "Article" a WHERE a."id" = ap."articleId" AND a."publishedAt" IS NOT NULL;

-- DropIndex
DROP INDEX "ArticlePerson_personId_idx";

-- CreateIndex
CREATE INDEX "ArticlePerson_personId_publishedAt_articleId_idx" ON "ArticlePerson"("personId", "publishedAt", "articleId");

-- The article is locked while its time is read, so a concurrent change of that time waits or is seen.
CREATE FUNCTION "copy_article_published_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT a."publishedAt" INTO NEW."publishedAt" FROM "Article" a WHERE a.id = NEW."articleId" FOR SHARE;
  RETURN NEW;
END
$$;

CREATE TRIGGER "ArticlePerson_copy_published_at" BEFORE INSERT OR UPDATE OF "articleId", "publishedAt" ON "ArticlePerson"
  FOR EACH ROW EXECUTE FUNCTION "copy_article_published_at"();

CREATE FUNCTION "published_at_of_mentions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticlePerson" SET "publishedAt" = NEW."publishedAt" WHERE "articleId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Article_published_at_of_mentions" AFTER UPDATE OF "publishedAt" ON "Article"
  FOR EACH ROW WHEN (OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt")
  EXECUTE FUNCTION "published_at_of_mentions"();

-- ---- 3. Counts ------------------------------------------------------------------------------------------------

-- CreateTable
CREATE TABLE "CountryEventCount" (
    "countryId" INTEGER NOT NULL,
    "type" "EventType" NOT NULL,
    "events" INTEGER NOT NULL,

    CONSTRAINT "CountryEventCount_pkey" PRIMARY KEY ("countryId","type")
);

-- CreateTable
CREATE TABLE "PersonEventCount" (
    "personId" INTEGER NOT NULL,
    "type" "EventType" NOT NULL,
    "events" INTEGER NOT NULL,

    CONSTRAINT "PersonEventCount_pkey" PRIMARY KEY ("personId","type")
);

-- CreateTable
CREATE TABLE "PersonArticleCount" (
    "personId" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "PersonArticleCount_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "CountryArmsSaleTotal" (
    "countryId" INTEGER NOT NULL,
    "suppliedCount" INTEGER NOT NULL,
    "suppliedWithKnownValue" INTEGER NOT NULL,
    "suppliedValueUsd" DECIMAL(32,2) NOT NULL,
    "receivedCount" INTEGER NOT NULL,
    "receivedWithKnownValue" INTEGER NOT NULL,
    "receivedValueUsd" DECIMAL(32,2) NOT NULL,

    CONSTRAINT "CountryArmsSaleTotal_pkey" PRIMARY KEY ("countryId")
);

INSERT INTO "CountryEventCount" ("countryId", "type", "events")
SELECT "countryId", "type", count(*)::int FROM "CountryEvent" GROUP BY "countryId", "type";

INSERT INTO "PersonEventCount" ("personId", "type", "events")
SELECT "personId", "type", count(*)::int FROM "PersonEvent" GROUP BY "personId", "type";

-- Article counts and arms-sale totals rebuilt from their table: the backfill, and after a TRUNCATE (which fires
-- no delete trigger).
CREATE FUNCTION "rebuild_person_article_counts"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PersonArticleCount";
  INSERT INTO "PersonArticleCount" ("personId", "articles")
  SELECT "personId", count(*)::int FROM "ArticlePerson" GROUP BY "personId";
$$;

CREATE FUNCTION "rebuild_country_arms_sale_totals"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "CountryArmsSaleTotal";
  INSERT INTO "CountryArmsSaleTotal" ("countryId", "suppliedCount", "suppliedWithKnownValue", "suppliedValueUsd",
    "receivedCount", "receivedWithKnownValue", "receivedValueUsd")
  SELECT side."countryId",
    count(*) FILTER (WHERE side.supplied)::int, count(side."valueUsd") FILTER (WHERE side.supplied)::int,
    COALESCE(sum(side."valueUsd") FILTER (WHERE side.supplied), 0),
    count(*) FILTER (WHERE NOT side.supplied)::int, count(side."valueUsd") FILTER (WHERE NOT side.supplied)::int,
    COALESCE(sum(side."valueUsd") FILTER (WHERE NOT side.supplied), 0)
  FROM (SELECT "supplierId" AS "countryId", true AS supplied, "valueUsd" FROM "ArmsSale"
        UNION ALL SELECT "recipientId", false, "valueUsd" FROM "ArmsSale") side
  GROUP BY side."countryId";
$$;

SELECT "rebuild_person_article_counts"();
SELECT "rebuild_country_arms_sale_totals"();

CREATE FUNCTION "rebuild_counts_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'ArticlePerson' THEN
    PERFORM "rebuild_person_article_counts"();
  ELSE
    PERFORM "rebuild_country_arms_sale_totals"();
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ArticlePerson_counts_truncate" AFTER TRUNCATE ON "ArticlePerson"
  FOR EACH STATEMENT EXECUTE FUNCTION "rebuild_counts_after_truncate"();
CREATE TRIGGER "ArmsSale_counts_truncate" AFTER TRUNCATE ON "ArmsSale"
  FOR EACH STATEMENT EXECUTE FUNCTION "rebuild_counts_after_truncate"();

-- Each statement's rows added count +1 and rows removed -1 (an update both: a row moving from one type, country
-- or person to another). A trigger sees only the transition tables of its own event, hence the three branches
-- gathering the changes before one upsert applies them.

-- Events per country and type, from the rows of CountryEvent.
CREATE FUNCTION "count_country_events"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  country_ids integer[];
  types "EventType"[];
  changes integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("countryId"), array_agg("type"), array_agg(1) INTO country_ids, types, changes FROM added;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("countryId"), array_agg("type"), array_agg(-1) INTO country_ids, types, changes FROM removed;
  ELSE
    SELECT array_agg(c."countryId"), array_agg(c."type"), array_agg(c.change) INTO country_ids, types, changes
    FROM (SELECT "countryId", "type", 1 AS change FROM added UNION ALL SELECT "countryId", "type", -1 FROM removed) c;
  END IF;
  INSERT INTO "CountryEventCount" ("countryId", "type", "events")
  SELECT c.country, c.type, sum(c.change)::int FROM unnest(country_ids, types, changes) AS c(country, type, change)
  GROUP BY c.country, c.type HAVING sum(c.change) <> 0
  ORDER BY c.country, c.type
  ON CONFLICT ("countryId", "type") DO UPDATE SET "events" = "CountryEventCount"."events" + EXCLUDED."events";
  RETURN NULL;
END
$$;

CREATE TRIGGER "CountryEvent_counts_insert" AFTER INSERT ON "CountryEvent"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "count_country_events"();
CREATE TRIGGER "CountryEvent_counts_update" AFTER UPDATE ON "CountryEvent"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "count_country_events"();
CREATE TRIGGER "CountryEvent_counts_delete" AFTER DELETE ON "CountryEvent"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "count_country_events"();

-- Events per person and type, from the rows of PersonEvent.
CREATE FUNCTION "count_person_events"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  person_ids integer[];
  types "EventType"[];
  changes integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("personId"), array_agg("type"), array_agg(1) INTO person_ids, types, changes FROM added;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("personId"), array_agg("type"), array_agg(-1) INTO person_ids, types, changes FROM removed;
  ELSE
    SELECT array_agg(c."personId"), array_agg(c."type"), array_agg(c.change) INTO person_ids, types, changes
    FROM (SELECT "personId", "type", 1 AS change FROM added UNION ALL SELECT "personId", "type", -1 FROM removed) c;
  END IF;
  INSERT INTO "PersonEventCount" ("personId", "type", "events")
  SELECT c.person, c.type, sum(c.change)::int FROM unnest(person_ids, types, changes) AS c(person, type, change)
  GROUP BY c.person, c.type HAVING sum(c.change) <> 0
  ORDER BY c.person, c.type
  ON CONFLICT ("personId", "type") DO UPDATE SET "events" = "PersonEventCount"."events" + EXCLUDED."events";
  RETURN NULL;
END
$$;

CREATE TRIGGER "PersonEvent_counts_insert" AFTER INSERT ON "PersonEvent"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "count_person_events"();
CREATE TRIGGER "PersonEvent_counts_update" AFTER UPDATE ON "PersonEvent"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "count_person_events"();
CREATE TRIGGER "PersonEvent_counts_delete" AFTER DELETE ON "PersonEvent"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "count_person_events"();

-- Articles per person, from the rows of ArticlePerson.
CREATE FUNCTION "count_person_articles"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  person_ids integer[];
  changes integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("personId"), array_agg(1) INTO person_ids, changes FROM added;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("personId"), array_agg(-1) INTO person_ids, changes FROM removed;
  ELSE
    SELECT array_agg(c."personId"), array_agg(c.change) INTO person_ids, changes
    FROM (SELECT "personId", 1 AS change FROM added UNION ALL SELECT "personId", -1 FROM removed) c;
  END IF;
  INSERT INTO "PersonArticleCount" ("personId", "articles")
  SELECT c.person, sum(c.change)::int FROM unnest(person_ids, changes) AS c(person, change)
  GROUP BY c.person HAVING sum(c.change) <> 0
  ORDER BY c.person
  ON CONFLICT ("personId") DO UPDATE SET "articles" = "PersonArticleCount"."articles" + EXCLUDED."articles";
  RETURN NULL;
END
$$;

CREATE TRIGGER "ArticlePerson_counts_insert" AFTER INSERT ON "ArticlePerson"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "count_person_articles"();
CREATE TRIGGER "ArticlePerson_counts_update" AFTER UPDATE ON "ArticlePerson"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "count_person_articles"();
CREATE TRIGGER "ArticlePerson_counts_delete" AFTER DELETE ON "ArticlePerson"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "count_person_articles"();

-- Arms sales per country as supplier and as recipient: number, number with a known value, and their exact sum.
CREATE FUNCTION "total_country_arms_sales"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  supplier_ids integer[];
  recipient_ids integer[];
  values_usd numeric[];
  changes integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("supplierId"), array_agg("recipientId"), array_agg("valueUsd"), array_agg(1)
    INTO supplier_ids, recipient_ids, values_usd, changes FROM added;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("supplierId"), array_agg("recipientId"), array_agg("valueUsd"), array_agg(-1)
    INTO supplier_ids, recipient_ids, values_usd, changes FROM removed;
  ELSE
    SELECT array_agg(c."supplierId"), array_agg(c."recipientId"), array_agg(c."valueUsd"), array_agg(c.change)
    INTO supplier_ids, recipient_ids, values_usd, changes
    FROM (SELECT "supplierId", "recipientId", "valueUsd", 1 AS change FROM added
          UNION ALL SELECT "supplierId", "recipientId", "valueUsd", -1 FROM removed) c;
  END IF;
  INSERT INTO "CountryArmsSaleTotal" ("countryId", "suppliedCount", "suppliedWithKnownValue", "suppliedValueUsd",
    "receivedCount", "receivedWithKnownValue", "receivedValueUsd")
  SELECT side.country,
    COALESCE(sum(side.change) FILTER (WHERE side.supplied), 0)::int,
    COALESCE(sum(side.change) FILTER (WHERE side.supplied AND side.value IS NOT NULL), 0)::int,
    COALESCE(sum(side.change * side.value) FILTER (WHERE side.supplied), 0),
    COALESCE(sum(side.change) FILTER (WHERE NOT side.supplied), 0)::int,
    COALESCE(sum(side.change) FILTER (WHERE NOT side.supplied AND side.value IS NOT NULL), 0)::int,
    COALESCE(sum(side.change * side.value) FILTER (WHERE NOT side.supplied), 0)
  FROM (
    SELECT c.supplier AS country, true AS supplied, c.value, c.change FROM unnest(supplier_ids, values_usd, changes) AS c(supplier, value, change)
    UNION ALL
    SELECT c.recipient, false, c.value, c.change FROM unnest(recipient_ids, values_usd, changes) AS c(recipient, value, change)
  ) side
  GROUP BY side.country
  HAVING (COALESCE(sum(side.change) FILTER (WHERE side.supplied), 0), COALESCE(sum(side.change * side.value) FILTER (WHERE side.supplied), 0),
          COALESCE(sum(side.change) FILTER (WHERE side.supplied AND side.value IS NOT NULL), 0),
          COALESCE(sum(side.change) FILTER (WHERE NOT side.supplied), 0), COALESCE(sum(side.change * side.value) FILTER (WHERE NOT side.supplied), 0),
          COALESCE(sum(side.change) FILTER (WHERE NOT side.supplied AND side.value IS NOT NULL), 0))
    IS DISTINCT FROM (0, 0, 0, 0, 0, 0)
  ORDER BY side.country
  ON CONFLICT ("countryId") DO UPDATE SET
    "suppliedCount" = "CountryArmsSaleTotal"."suppliedCount" + EXCLUDED."suppliedCount",
    "suppliedWithKnownValue" = "CountryArmsSaleTotal"."suppliedWithKnownValue" + EXCLUDED."suppliedWithKnownValue",
    "suppliedValueUsd" = "CountryArmsSaleTotal"."suppliedValueUsd" + EXCLUDED."suppliedValueUsd",
    "receivedCount" = "CountryArmsSaleTotal"."receivedCount" + EXCLUDED."receivedCount",
    "receivedWithKnownValue" = "CountryArmsSaleTotal"."receivedWithKnownValue" + EXCLUDED."receivedWithKnownValue",
    "receivedValueUsd" = "CountryArmsSaleTotal"."receivedValueUsd" + EXCLUDED."receivedValueUsd";
  RETURN NULL;
END
$$;

CREATE TRIGGER "ArmsSale_totals_insert" AFTER INSERT ON "ArmsSale"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "total_country_arms_sales"();
CREATE TRIGGER "ArmsSale_totals_update" AFTER UPDATE ON "ArmsSale"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "total_country_arms_sales"();
CREATE TRIGGER "ArmsSale_totals_delete" AFTER DELETE ON "ArmsSale"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "total_country_arms_sales"();

ANALYZE "CountryEvent", "PersonEvent", "ArticlePerson", "CountryEventCount", "PersonEventCount", "PersonArticleCount", "CountryArmsSaleTotal";
