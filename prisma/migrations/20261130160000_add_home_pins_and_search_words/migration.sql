-- AlterTable
ALTER TABLE "media" ADD COLUMN "og_byte_size" INTEGER;

-- CreateTable
CREATE TABLE "home_pins" (
    "slot" SMALLINT NOT NULL,
    "article_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "pinned_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "home_pins_pkey" PRIMARY KEY ("slot")
);

-- CreateTable
CREATE TABLE "search_words" (
    "word" VARCHAR(40) NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE UNIQUE INDEX "home_pins_article_id_key" ON "home_pins"("article_id");

-- CreateIndex
CREATE INDEX "home_pins_pinned_by_id_idx" ON "home_pins"("pinned_by_id");

-- CreateIndex
CREATE INDEX "home_pins_expires_at_idx" ON "home_pins"("expires_at");

-- AddForeignKey
ALTER TABLE "home_pins" ADD CONSTRAINT "home_pins_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "home_pins" ADD CONSTRAINT "home_pins_pinned_by_id_fkey" FOREIGN KEY ("pinned_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written below: Prisma cannot express these.

-- Slot 0 is the headline, 1–4 the featured articles.
ALTER TABLE "home_pins" ADD CONSTRAINT "home_pins_slot_check" CHECK ("slot" BETWEEN 0 AND 4);

-- The vocabulary's typo lookup ("banjr" % "banjir") is a trigram index search.
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING GIN ("word" gin_trgm_ops);

-- The distinct words of an article's text as readers type them: lower case, split by the
-- `simple` parser (no stemming, so a suggestion is a real word), letters only, 3 to 40 long.
CREATE FUNCTION search_words_of(title text, excerpt text, body text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lexeme
    FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig,
           coalesce(title, '') || ' ' || coalesce(excerpt, '') || ' ' || coalesce(body, '')))) AS lexeme
   WHERE lexeme ~ '^[[:alpha:]]{3,40}$'
$$;

-- Keeps search_words equal to the words of the PUBLISHED articles, whatever writes them
-- (publish, edit, unpublish, delete, the WordPress importer). One ordered upsert of the net
-- change per word, so two publishes touching the same words lock them in the same order
-- and cannot deadlock.
CREATE FUNCTION articles_search_words_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  was_published boolean := TG_OP <> 'INSERT' AND OLD.status = 'PUBLISHED';
  is_published boolean := TG_OP <> 'DELETE' AND NEW.status = 'PUBLISHED';
BEGIN
  IF TG_OP = 'UPDATE' AND was_published = is_published
     AND (NOT is_published OR (OLD.title, OLD.excerpt, OLD.body_text) IS NOT DISTINCT FROM (NEW.title, NEW.excerpt, NEW.body_text)) THEN
    RETURN NULL;
  END IF;
  INSERT INTO search_words AS w (word, articles)
  SELECT change.word, sum(change.delta)::int
    FROM (
      SELECT word, -1 AS delta FROM search_words_of(OLD.title, OLD.excerpt, OLD.body_text) AS word WHERE was_published
      UNION ALL
      SELECT word, 1 AS delta FROM search_words_of(NEW.title, NEW.excerpt, NEW.body_text) AS word WHERE is_published
    ) AS change
   GROUP BY change.word
  HAVING sum(change.delta) <> 0
   ORDER BY change.word
  ON CONFLICT (word) DO UPDATE SET articles = w.articles + excluded.articles;
  IF was_published THEN
    DELETE FROM search_words AS w
     USING search_words_of(OLD.title, OLD.excerpt, OLD.body_text) AS gone(word)
     WHERE w.word = gone.word AND w.articles <= 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER articles_search_words_sync
AFTER INSERT OR DELETE OR UPDATE OF status, title, excerpt, body_text ON "articles"
FOR EACH ROW EXECUTE FUNCTION articles_search_words_sync();

-- The vocabulary of what is already published.
INSERT INTO search_words (word, articles)
SELECT word, count(*)::int
  FROM "articles" a, search_words_of(a.title, a.excerpt, a.body_text) AS word
 WHERE a.status = 'PUBLISHED'
 GROUP BY word;
