import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { readStoredBody, type ArticleBody } from "@/lib/articles/body";
import { articleTags } from "@/lib/articles/cache-tags";
import { db } from "@/lib/db/client";
import { pageTags } from "./cache-tags";

/** Public reads of static pages: published ones only, as view shapes, cached by tag. */

export type PageLink = { slug: string; title: string };

/** Published pages in menu order (masthead, footer, /profil, the sitemap). */
export async function listMenuPages(): Promise<PageLink[]> {
  "use cache";
  cacheLife("publicStructure");
  cacheTag(pageTags.menu, articleTags.site);
  return db.staticPage.findMany({
    where: { isPublished: true },
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: { slug: true, title: true },
  });
}

export type PublicPage = { slug: string; title: string; summary: string; body: ArticleBody; updatedAt: Date };

/** One published page by its slug, or null (hidden and unknown alike). */
export async function getPublishedPage(slug: string): Promise<PublicPage | null> {
  "use cache";
  cacheTag(pageTags.page(slug));
  const row = await db.staticPage.findFirst({
    where: { slug, isPublished: true },
    select: { slug: true, title: true, summary: true, body: true, updatedAt: true },
  });
  if (!row) {
    // CASE: nothing published here: checked again soon, and at once when it is published.
    cacheLife("publicMissing");
    return null;
  }
  cacheLife("public");
  const stored = readStoredBody(row.body);
  if (stored.dropped > 0) console.warn("Page body has parts that cannot be shown", { slug, dropped: stored.dropped });
  return { ...row, body: stored.body };
}
