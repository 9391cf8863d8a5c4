-- CountryEvent (the events of each country) kept by statement-level triggers with transition tables
-- instead of row-level ones: a statement writing thousands of events or event countries (the bulk
-- import) refreshes its (country, event) pairs in one pass — one insert and one delete, so the
-- count trigger on CountryEvent runs once per statement instead of once per row. The rule is
-- refresh_country_event's: a pair is in CountryEvent while the event is located in the country or
-- has it among its countries, decided with the events locked (FOR NO KEY UPDATE, in ID order, the
-- order every writer locks them in), so concurrent changes to one event's countries run one after
-- the other and each sees the others' outcome.

-- Writers wait until the triggers are replaced.
LOCK TABLE "Event", "EventCountry", "CountryEvent" IN SHARE MODE;

DROP TRIGGER "Event_country_events" ON "Event";
DROP TRIGGER "EventCountry_country_events" ON "EventCountry";
DROP FUNCTION "country_events_of_event"();
DROP FUNCTION "country_events_of_event_country"();

-- Sets the (country, event) pairs from the base tables: added where the event is located in the
-- country or lists it, removed where neither. Pairs with a null side are ignored.
CREATE FUNCTION "refresh_country_events"(country_ids integer[], event_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Event" e
  WHERE e.id IN (SELECT p.event FROM unnest(country_ids, event_ids) AS p(country, event) WHERE p.country IS NOT NULL)
  ORDER BY e.id FOR NO KEY UPDATE;
  INSERT INTO "CountryEvent" ("countryId", "eventId", "type", "startDate", "lastDate")
  SELECT p.country, e.id, e."type", e."startDate", COALESCE(e."endDate", e."startDate")
  FROM (SELECT DISTINCT country, event FROM unnest(country_ids, event_ids) AS u(country, event) WHERE country IS NOT NULL) p
  JOIN "Event" e ON e.id = p.event
  WHERE e."locationId" = p.country
    OR EXISTS (SELECT 1 FROM "EventCountry" ec WHERE ec."eventId" = p.event AND ec."countryId" = p.country)
  ORDER BY p.country, p.event
  ON CONFLICT DO NOTHING;
  DELETE FROM "CountryEvent" ce
  USING unnest(country_ids, event_ids) AS p(country, event)
  WHERE ce."countryId" = p.country AND ce."eventId" = p.event
    AND NOT EXISTS (SELECT 1 FROM "Event" e WHERE e.id = p.event AND e."locationId" = p.country)
    AND NOT EXISTS (SELECT 1 FROM "EventCountry" ec WHERE ec."eventId" = p.event AND ec."countryId" = p.country);
END
$$;

-- An event's location: the pairs of its old and new location (an insert has only new, a delete only old;
-- a deleted event's pairs all go, whatever its countries, as the event no longer exists).
CREATE FUNCTION "country_events_of_events"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  country_ids integer[];
  event_ids integer[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "CountryEvent" WHERE "eventId" IN (SELECT id FROM removed);
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("locationId"), array_agg(id) INTO country_ids, event_ids FROM added WHERE "locationId" IS NOT NULL;
  ELSE
    -- Only rows whose location (or ID) changed: most updates of an event leave it where it is.
    SELECT array_agg(c.country), array_agg(c.event) INTO country_ids, event_ids
    FROM (
      SELECT r."locationId" AS country, r.id AS event FROM removed r
      WHERE r."locationId" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM added a WHERE a.id = r.id AND a."locationId" = r."locationId")
      UNION
      SELECT a."locationId", a.id FROM added a
      WHERE a."locationId" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM removed r WHERE r.id = a.id AND r."locationId" = a."locationId")
    ) c;
  END IF;
  IF event_ids IS NOT NULL THEN
    PERFORM "refresh_country_events"(country_ids, event_ids);
  END IF;
  RETURN NULL;
END
$$;

-- An event's countries: the pairs of the rows added and removed.
CREATE FUNCTION "country_events_of_event_countries"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  country_ids integer[];
  event_ids integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("countryId"), array_agg("eventId") INTO country_ids, event_ids FROM added;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("countryId"), array_agg("eventId") INTO country_ids, event_ids FROM removed;
  ELSE
    SELECT array_agg(c."countryId"), array_agg(c."eventId") INTO country_ids, event_ids
    FROM (SELECT "countryId", "eventId" FROM removed UNION SELECT "countryId", "eventId" FROM added) c;
  END IF;
  IF event_ids IS NOT NULL THEN
    PERFORM "refresh_country_events"(country_ids, event_ids);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Event_country_events_insert" AFTER INSERT ON "Event"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "country_events_of_events"();
CREATE TRIGGER "Event_country_events_update" AFTER UPDATE ON "Event"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "country_events_of_events"();
CREATE TRIGGER "Event_country_events_delete" AFTER DELETE ON "Event"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "country_events_of_events"();

CREATE TRIGGER "EventCountry_country_events_insert" AFTER INSERT ON "EventCountry"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "country_events_of_event_countries"();
CREATE TRIGGER "EventCountry_country_events_update" AFTER UPDATE ON "EventCountry"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION "country_events_of_event_countries"();
CREATE TRIGGER "EventCountry_country_events_delete" AFTER DELETE ON "EventCountry"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "country_events_of_event_countries"();

-- The one-pair function is no longer called by a trigger; the set-based one replaces it.
DROP FUNCTION "refresh_country_event"(integer, integer);
