-- The article sitemaps (/sitemap/artikel-N.xml) list every published article's address and
-- last change, oldest first, 50,000 at a time. With the slug and the change time in the
-- index, a sitemap is one index-only range: no visit to the articles table, whose rows
-- carry the whole text. Partial (published articles only), hence written by hand: Prisma's
-- schema cannot express it.

-- CreateIndex
CREATE INDEX "articles_sitemap_idx" ON "articles" ("published_at", "id") INCLUDE ("slug", "updated_at") WHERE "status" = 'PUBLISHED';

-- The dashboard's article list sorted A to Z ("Judul (A–Z)"), the id breaking ties.

-- CreateIndex
CREATE INDEX "articles_title_id_idx" ON "articles"("title", "id");
