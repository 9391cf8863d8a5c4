-- Data change notifications: every statement that changes a table notifies channel `newsgraph_data_changed`
-- (payload: the table) when its transaction commits, so services empty their caches of read responses
-- whichever process wrote (src/graphql/response-cache.ts). PostgreSQL folds identical notifications of one
-- transaction into one. Triggers are not part of schema.prisma; test/drift.test.ts compares tables, columns,
-- indexes and constraints only.

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
