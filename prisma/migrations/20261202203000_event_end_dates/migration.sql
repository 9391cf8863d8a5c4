-- One meaning of "endDate": the last day, the start date for a single-day event. Events created
-- through createEvent without an end kept a null end while ingested ones had their start there.
UPDATE "Event" SET "endDate" = "startDate" WHERE "endDate" IS NULL AND "startDate" IS NOT NULL;
