import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { articleTags } from "./cache";
import { articleCardSelect, toArticleCard, type ArticleCard } from "./queries";
import { publishedArticleSql, publishedArticleWhere } from "./visibility";

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
  // One short index range per category (LATERAL … LIMIT), not every article of every
  // category: the cost stays the same however many articles the portal holds.
  const newest = await db.$queryRaw<{ category_slug: string; category_name: string; id: string }[]>`
    SELECT c.slug AS category_slug, c.name AS category_name, a.id::text AS id
      FROM categories c
     CROSS JOIN LATERAL (
       SELECT a.id, a.published_at FROM articles a
        WHERE a.category_id = c.id AND ${publishedArticleSql(now)}
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT ${perCategory}
     ) AS a
     ORDER BY c.position ASC, c.name ASC, c.id ASC, a.published_at DESC, a.id DESC`;
  if (newest.length === 0) return [];
  const rows = await db.article.findMany({
    where: { id: { in: newest.map((row) => row.id) }, ...publishedArticleWhere(now) },
    select: articleCardSelect,
  });
  const cards = new Map(rows.map((row) => [row.id, toArticleCard(row)]));
  const highlights: CategoryHighlight[] = [];
  for (const row of newest) {
    const card = cards.get(row.id);
    if (!card) continue;
    const last = highlights.at(-1);
    if (last?.category.slug === row.category_slug) last.articles.push(card);
    else highlights.push({ category: { slug: row.category_slug, name: row.category_name }, articles: [card] });
  }
  return highlights;
}
