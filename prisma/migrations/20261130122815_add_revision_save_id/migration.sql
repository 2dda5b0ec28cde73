
-- AlterTable
ALTER TABLE "article_revisions" ADD COLUMN     "save_id" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "article_revisions_save_id_key" ON "article_revisions"("save_id");
