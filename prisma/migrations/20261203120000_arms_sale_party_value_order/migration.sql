-- A country's arms sales as supplier or as recipient, largest first (`armsSales(role:, orderBy:
-- { field: VALUE_USD })`, the dashboard's page), read in index order for every country: without these,
-- the prepared statement's generic plan (its LIMIT a parameter) walks the whole (valueUsd, id) index
-- and filters by country, reading every sale for a country with few or none.
CREATE INDEX "ArmsSale_supplierId_valueUsd_id_idx" ON "ArmsSale"("supplierId", "valueUsd", "id");
CREATE INDEX "ArmsSale_recipientId_valueUsd_id_idx" ON "ArmsSale"("recipientId", "valueUsd", "id");
