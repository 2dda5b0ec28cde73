import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { articleTags } from "./cache";
import type { ArticleCard } from "./queries";

export type CategoryHighlight = {
  category: { slug: string; name: string };
  articles: ArticleCard[];
};

/** For the home page: the newest `perCategory` articles of each category that has any, in masthead order. */
export async function listCategoryHighlights(perCategory = 3): Promise<CategoryHighlight[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(articleTags.lists, articleTags.categories);
  const now = new Date();
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      articles: {
        where: { status: "PUBLISHED", publishedAt: { lte: now } },
        orderBy: [{ publishedAt: "desc" }],
        take: perCategory,
        select: {
          slug: true,
          title: true,
          excerpt: true,
          publishedAt: true,
          writer: { select: { username: true, displayName: true } },
        },
      },
    },
  });
  return categories
    .filter((category) => category.articles.length > 0)
    .map((category) => ({
      category: { slug: category.slug, name: category.name },
      articles: category.articles.map((article) => ({
        slug: article.slug,
        title: article.title,
        excerpt: article.excerpt,
        // Only published rows match, and they always carry a date.
        publishedAt: article.publishedAt ?? new Date(0),
        category: { slug: category.slug, name: category.name },
        writer: article.writer,
      })),
    }));
}
