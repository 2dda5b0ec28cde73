import "server-only";
import { db } from "@/lib/db/client";
import { randomInt } from "node:crypto";

/**
 * Rows an import from WordPress leaves behind, for tests of what readers see: an old
 * address of the previous site, and an article's stored sign-off and WordPress ID.
 * Deleting the article or category a row points at deletes the row too.
 */

export async function createTestLegacyUrl(
  path: string,
  target: { articleId: string } | { categoryId: string } | { userId: string },
) {
  return db.legacyUrl.create({ data: { path, ...target } });
}

export async function markTestArticleImported(articleId: string, signOff: string) {
  return db.article.update({
    where: { id: articleId },
    data: { signOff, wpId: randomInt(1_000_000, 2_000_000_000) },
    select: { wpId: true, slug: true },
  });
}
