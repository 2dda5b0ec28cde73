
-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "sign_off" VARCHAR(40),
ADD COLUMN     "wp_id" INTEGER;

-- CreateTable
CREATE TABLE "legacy_urls" (
    "path" VARCHAR(500) NOT NULL,
    "article_id" UUID,
    "category_id" UUID,
    "user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "legacy_urls_pkey" PRIMARY KEY ("path")
);

-- CreateIndex
CREATE INDEX "legacy_urls_article_id_idx" ON "legacy_urls"("article_id");

-- CreateIndex
CREATE INDEX "legacy_urls_category_id_idx" ON "legacy_urls"("category_id");

-- CreateIndex
CREATE INDEX "legacy_urls_user_id_idx" ON "legacy_urls"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "articles_wp_id_key" ON "articles"("wp_id");

-- AddForeignKey
ALTER TABLE "legacy_urls" ADD CONSTRAINT "legacy_urls_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legacy_urls" ADD CONSTRAINT "legacy_urls_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legacy_urls" ADD CONSTRAINT "legacy_urls_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Each old address points at exactly one thing (Prisma cannot express this check).
ALTER TABLE "legacy_urls" ADD CONSTRAINT "legacy_urls_one_target_check" CHECK (num_nonnulls("article_id", "category_id", "user_id") = 1);
