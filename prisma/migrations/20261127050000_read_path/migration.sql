-- The read path at scale: a read model of the events of each country, and notifications of data changes.

-- 1. CountryEvent: which events involve each country (located there, or linked in any role), kept by
-- triggers on Event and EventCountry, whichever process writes. "Events of a country" as one indexed table
-- with its own statistics: as a union of two tables PostgreSQL could only guess its size, and read a busy
-- country's every event to sort them for a page of 20. (Table and index as `npm run schema:sql` emits them.)

-- CreateTable
CREATE TABLE "CountryEvent" (
    "countryId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,

    CONSTRAINT "CountryEvent_pkey" PRIMARY KEY ("countryId","eventId")
);

-- CreateIndex
CREATE INDEX "CountryEvent_eventId_idx" ON "CountryEvent"("eventId");

-- Sets one (country, event) pair from the base tables. Locks the event first, so that concurrent changes to
-- one event's countries run one after the other and each sees the others' outcome.
CREATE FUNCTION "refresh_country_event"(country integer, event integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF country IS NULL OR event IS NULL THEN
    RETURN;
  END IF;
  PERFORM 1 FROM "Event" WHERE id = event FOR NO KEY UPDATE;
  IF EXISTS (SELECT 1 FROM "Event" WHERE id = event AND "locationId" = country)
     OR EXISTS (SELECT 1 FROM "EventCountry" WHERE "eventId" = event AND "countryId" = country) THEN
    INSERT INTO "CountryEvent" ("countryId", "eventId") VALUES (country, event) ON CONFLICT DO NOTHING;
  ELSE
    DELETE FROM "CountryEvent" WHERE "countryId" = country AND "eventId" = event;
  END IF;
END
$$;

CREATE FUNCTION "country_events_of_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "CountryEvent" WHERE "eventId" = OLD.id;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    PERFORM "refresh_country_event"(OLD."locationId", OLD.id);
  END IF;
  PERFORM "refresh_country_event"(NEW."locationId", NEW.id);
  RETURN NULL;
END
$$;

CREATE FUNCTION "country_events_of_event_country"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "refresh_country_event"(OLD."countryId", OLD."eventId");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "refresh_country_event"(NEW."countryId", NEW."eventId");
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION "country_events_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CountryEvent" ce
  WHERE NOT EXISTS (SELECT 1 FROM "Event" e WHERE e.id = ce."eventId" AND e."locationId" = ce."countryId")
    AND NOT EXISTS (SELECT 1 FROM "EventCountry" ec WHERE ec."eventId" = ce."eventId" AND ec."countryId" = ce."countryId");
  RETURN NULL;
END
$$;

CREATE TRIGGER "Event_country_events" AFTER INSERT OR DELETE OR UPDATE OF "id", "locationId" ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "country_events_of_event"();

CREATE TRIGGER "EventCountry_country_events" AFTER INSERT OR UPDATE OR DELETE ON "EventCountry"
  FOR EACH ROW EXECUTE FUNCTION "country_events_of_event_country"();

CREATE TRIGGER "Event_country_events_truncate" AFTER TRUNCATE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION "country_events_after_truncate"();

CREATE TRIGGER "EventCountry_country_events_truncate" AFTER TRUNCATE ON "EventCountry"
  FOR EACH STATEMENT EXECUTE FUNCTION "country_events_after_truncate"();

INSERT INTO "CountryEvent" ("countryId", "eventId")
SELECT "locationId", id FROM "Event" WHERE "locationId" IS NOT NULL
UNION
SELECT "countryId", "eventId" FROM "EventCountry";

ANALYZE "CountryEvent";

-- 2. Data change notifications: every statement that changes a table notifies channel `newsgraph_data_changed`
-- (payload: the table) when its transaction commits, so services empty their caches of read responses
-- whichever process wrote (src/graphql/response-cache.ts). PostgreSQL folds identical notifications of one
-- transaction into one. (CountryEvent changes only with Event and EventCountry, which notify.)
-- Functions and triggers are not part of schema.prisma; test/drift.test.ts compares tables, columns, indexes
-- and constraints only.

CREATE FUNCTION "notify_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('newsgraph_data_changed', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Country_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Country"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "Person_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Person"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "Article_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Article"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "Event_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "EventParticipant_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventParticipant"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "EventCountry_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventCountry"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "ArmsSale_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArmsSale"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "ArticlePerson_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticlePerson"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "ArticleCountry_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticleCountry"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "ArticleEvent_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticleEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "ArticleArmsSale_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ArticleArmsSale"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "ApiKey_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ApiKey"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();

CREATE TRIGGER "AuditEntry_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_data_changed"();
