import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { boundedCount } from "@/lib/bounds";
import { db } from "@/lib/db/client";
import { articleTags } from "./cache";
import { articleCardSelect, toArticleCard, type ArticleCard } from "./queries";
import { publishedArticleWhere } from "./visibility";

export type CategoryHighlight = {
  category: { slug: string; name: string };
  articles: ArticleCard[];
};

/** For the home page: the newest `perCategory` articles of each category that has any, in masthead order. */
export async function listCategoryHighlights(perCategory = 3): Promise<CategoryHighlight[]> {
  "use cache";
  cacheLife("public");
  cacheTag(articleTags.lists, articleTags.categories);
  const now = new Date();
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      articles: {
        where: publishedArticleWhere(now),
        orderBy: [{ publishedAt: "desc" }],
        take: boundedCount(perCategory, 12),
        select: articleCardSelect,
      },
    },
  });
  return categories
    .filter((category) => category.articles.length > 0)
    .map((category) => ({
      category: { slug: category.slug, name: category.name },
      articles: category.articles.map(toArticleCard),
    }));
}
