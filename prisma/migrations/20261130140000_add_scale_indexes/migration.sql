-- Indexes for 100,000 articles and more (see bench/QUERIES.md for the plans before and after).

-- Public lists (category, author, the whole portal) read newest first with the id as the
-- tie-breaker: with the id in the index, a page is an index range in either direction and
-- a count an index-only scan, with no sort.

-- DropIndex
DROP INDEX "articles_status_published_at_idx";

-- DropIndex
DROP INDEX "articles_category_id_status_published_at_idx";

-- DropIndex
DROP INDEX "articles_writer_id_status_published_at_idx";

-- CreateIndex
CREATE INDEX "articles_status_published_at_id_idx" ON "articles"("status", "published_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "articles_category_id_status_published_at_id_idx" ON "articles"("category_id", "status", "published_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "articles_writer_id_status_published_at_id_idx" ON "articles"("writer_id", "status", "published_at" DESC, "id" DESC);

-- The dashboard's article list: last changed first, overall, per status tab, per writer
-- (a writer sees only their own), and by publish time with unpublished articles last
-- (NULLS LAST, which Prisma's schema cannot express, hence written by hand).

-- CreateIndex
CREATE INDEX "articles_updated_at_id_idx" ON "articles"("updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "articles_status_updated_at_id_idx" ON "articles"("status", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "articles_writer_id_updated_at_id_idx" ON "articles"("writer_id", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "articles_published_at_nulls_last_id_idx" ON "articles"("published_at" DESC NULLS LAST, "id" DESC);

-- Views per day with the count in the key: a period's sum per article (terpopuler, the
-- home page, the dashboard chart) is an index-only scan of that period.

-- DropIndex
DROP INDEX "article_daily_views_day_article_id_idx";

-- CreateIndex
CREATE INDEX "article_daily_views_day_article_id_views_idx" ON "article_daily_views"("day", "article_id", "views");
