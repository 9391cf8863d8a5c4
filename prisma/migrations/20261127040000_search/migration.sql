-- Search: full-text documents kept current by PostgreSQL itself (stored generated columns, GIN-indexed),
-- and trigram indexes for typo-tolerant name lookup and title substrings. Statements as Prisma's schema
-- engine emits them for prisma/schema.prisma (`npm run schema:sql`).

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- AlterTable
ALTER TABLE "Country" ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, COALESCE(name, ''::text)), 'A'::"char") || setweight(to_tsvector('english'::regconfig, COALESCE("officialName", ''::text)), 'A'::"char") || setweight(to_tsvector('english'::regconfig, (array_to_tsvector(array_remove(array_remove(aliases, NULL::text), ''::text)))::text), 'A'::"char") || setweight(to_tsvector('english'::regconfig, (array_to_tsvector(array_remove(array_remove(demonyms, NULL::text), ''::text)))::text), 'A'::"char")) STORED;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, COALESCE(name, ''::text)), 'A'::"char") || setweight(to_tsvector('english'::regconfig, (array_to_tsvector(array_remove(array_remove(aliases, NULL::text), ''::text)))::text), 'A'::"char") || setweight(to_tsvector('english'::regconfig, COALESCE(title, ''::text)), 'B'::"char") || setweight(to_tsvector('english'::regconfig, COALESCE(description, ''::text)), 'B'::"char")) STORED;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, COALESCE(title, ''::text)), 'A'::"char") || setweight(to_tsvector('english'::regconfig, COALESCE(subtitle, ''::text)), 'B'::"char") || setweight(to_tsvector('english'::regconfig, COALESCE(summary, ''::text)), 'C'::"char") || setweight(to_tsvector('english'::regconfig, COALESCE(body, ''::text)), 'C'::"char")) STORED;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, COALESCE(title, ''::text)), 'A'::"char") || setweight(to_tsvector('english'::regconfig, COALESCE(summary, ''::text)), 'B'::"char")) STORED;

-- CreateIndex
CREATE INDEX "Country_searchVector_idx" ON "Country" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Country_name_trgm_idx" ON "Country" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_searchVector_idx" ON "Person" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Person_name_trgm_idx" ON "Person" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Event_searchVector_idx" ON "Event" USING GIN ("searchVector");
