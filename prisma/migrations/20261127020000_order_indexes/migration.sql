-- CreateIndex
CREATE INDEX "Person_createdAt_id_idx" ON "Person"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Article_ingestedAt_id_idx" ON "Article"("ingestedAt", "id");

-- CreateIndex
CREATE INDEX "Article_title_id_idx" ON "Article"("title", "id");

-- CreateIndex
CREATE INDEX "Event_createdAt_id_idx" ON "Event"("createdAt", "id");

-- CreateIndex
CREATE INDEX "ArmsSale_createdAt_id_idx" ON "ArmsSale"("createdAt", "id");
