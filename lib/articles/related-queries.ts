import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { z } from "zod";
import { boundedCount } from "@/lib/bounds";
import { db } from "@/lib/db/client";
import { articleTags } from "./cache";
import { articleCardSelect, toArticleCard, type ArticleCard } from "./queries";
import { publishedArticleWhere } from "./visibility";

/** Reading paths out of an article: related stories and the neighbours in its category. */

/**
 * Up to `limit` published articles sharing the most tags with this one, then the
 * newest of its category to fill up. Never the article itself.
 */
export async function listRelatedArticles(articleId: string, limit = 4): Promise<ArticleCard[]> {
  "use cache";
  cacheLife("public");
  const now = new Date();
  if (!z.uuid().safeParse(articleId).success) return [];
  limit = boundedCount(limit, 12);
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      categoryId: true,
      category: { select: { slug: true } },
      tags: { select: { tagId: true, tag: { select: { slug: true } } } },
    },
  });
  if (!article) return [];
  // Only a change to an article sharing a tag or the category can change this list, not
  // every publish on the portal: the article pages that show it stay cached meanwhile.
  cacheTag(articleTags.category(article.category.slug), ...article.tags.map(({ tag }) => articleTags.tag(tag.slug)));
  const published = { ...publishedArticleWhere(now), id: { not: articleId } };
  const tagIds = article.tags.map((tag) => tag.tagId);

  const byTags =
    tagIds.length === 0
      ? []
      : await db.article.findMany({
          where: { ...published, tags: { some: { tagId: { in: tagIds } } } },
          orderBy: [{ publishedAt: "desc" }],
          take: 30,
          select: { ...articleCardSelect, tags: { select: { tagId: true } } },
        });
  // More shared tags first; the query already gave newest-first order among equals.
  const ranked = byTags
    .map((row) => ({ row, shared: row.tags.filter((tag) => tagIds.includes(tag.tagId)).length }))
    .sort((a, b) => b.shared - a.shared)
    .map(({ row }) => row)
    .slice(0, limit);

  if (ranked.length < limit) {
    const fill = await db.article.findMany({
      where: {
        ...published,
        categoryId: article.categoryId,
        id: { notIn: [articleId, ...ranked.map((row) => row.id)] },
      },
      orderBy: [{ publishedAt: "desc" }],
      take: limit - ranked.length,
      select: articleCardSelect,
    });
    return [...ranked, ...fill].map(toArticleCard);
  }
  return ranked.map(toArticleCard);
}

export type AdjacentArticles = { previous: ArticleCard | null; next: ArticleCard | null };

/** The published articles just before and just after this one in its category. */
export async function getAdjacentArticles(
  articleId: string,
  categorySlug: string,
  publishedAt: Date,
): Promise<AdjacentArticles> {
  "use cache";
  cacheLife("public");
  // Neighbours change only when an article of this category does.
  cacheTag(articleTags.category(categorySlug));
  // AND keeps the published-and-due rule whole next to the position filters on publishedAt.
  const base = [publishedArticleWhere(new Date()), { category: { slug: categorySlug }, id: { not: articleId } }];
  const [previous, next] = await Promise.all([
    db.article.findFirst({
      where: { AND: [...base, { publishedAt: { lt: publishedAt } }] },
      orderBy: [{ publishedAt: "desc" }],
      select: articleCardSelect,
    }),
    db.article.findFirst({
      where: { AND: [...base, { publishedAt: { gt: publishedAt } }] },
      orderBy: [{ publishedAt: "asc" }],
      select: articleCardSelect,
    }),
  ]);
  return { previous: previous ? toArticleCard(previous) : null, next: next ? toArticleCard(next) : null };
}
