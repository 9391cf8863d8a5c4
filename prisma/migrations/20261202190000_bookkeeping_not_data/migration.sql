-- Bookkeeping is not data a cached read shows: an API key's `lastUsedAt` (written about once a minute
-- per active key) and audit entries no longer send the data change notification that empties every
-- service's response cache (src/graphql/response-cache.ts). No anonymous read shows either table, and
-- the mutations that write them change data tables too, whose triggers notify.

DROP TRIGGER IF EXISTS "ApiKey_notify_data_changed" ON "ApiKey";

DROP TRIGGER IF EXISTS "AuditEntry_notify_data_changed" ON "AuditEntry";
