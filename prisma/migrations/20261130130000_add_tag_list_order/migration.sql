-- A tag's public list (/tag/<slug>) is ordered by its articles' publish time, which lives
-- in another table: every page and every count joined all of the tag's links to articles
-- (a tag on 20,000 articles meant a scan of the articles table). Each link now carries a
-- copy of its article's publish time while the article is PUBLISHED (NULL otherwise), so
-- a page is one range of one index and its count an index-only scan.
--
-- The copy is kept by triggers rather than by application code, so no write path (the
-- workflow, restore, seeds, the bench generator, hand-run SQL) can leave it stale.

-- AlterTable
ALTER TABLE "article_tags" ADD COLUMN "article_published_at" TIMESTAMPTZ(3);

-- Backfill: the copy for every existing link.
UPDATE "article_tags" AS t
   SET "article_published_at" = a."published_at"
  FROM "articles" AS a
 WHERE a."id" = t."article_id" AND a."status" = 'PUBLISHED';

-- A new link (or one moved to another article) takes its article's publish time.
CREATE FUNCTION "article_tags_copy_published_at"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."article_published_at" := (
    SELECT CASE WHEN a."status" = 'PUBLISHED' THEN a."published_at" END
      FROM "articles" AS a
     WHERE a."id" = NEW."article_id"
  );
  RETURN NEW;
END;
$$;

CREATE TRIGGER "article_tags_copy_published_at"
  BEFORE INSERT OR UPDATE ON "article_tags"
  FOR EACH ROW EXECUTE FUNCTION "article_tags_copy_published_at"();

-- Publishing, unpublishing, archiving or re-dating an article updates its links.
CREATE FUNCTION "articles_sync_tag_published_at"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "article_tags"
     SET "article_published_at" = CASE WHEN NEW."status" = 'PUBLISHED' THEN NEW."published_at" END
   WHERE "article_id" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "articles_sync_tag_published_at"
  AFTER UPDATE OF "status", "published_at" ON "articles"
  FOR EACH ROW
  WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."published_at" IS DISTINCT FROM NEW."published_at")
  EXECUTE FUNCTION "articles_sync_tag_published_at"();

-- DropIndex: the new index starts with tag_id too, so it also serves the foreign key.
DROP INDEX "article_tags_tag_id_article_id_idx";

-- CreateIndex
CREATE INDEX "article_tags_tag_id_article_published_at_article_id_idx" ON "article_tags"("tag_id", "article_published_at" DESC, "article_id" DESC);
