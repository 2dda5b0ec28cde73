import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { boundedCount } from "@/lib/bounds";
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
        LIMIT ${boundedCount(perCategory, 12)}
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

export type HomeFront = {
  /** The pinned headline, else the newest article with a cover; null only on an empty portal. */
  headline: ArticleCard | null;
  /** Pinned featured articles (slots 1–4), in slot order; empty when none are pinned. */
  featured: ArticleCard[];
  /** The newest articles other than the headline and the featured ones. */
  latest: ArticleCard[];
};

/**
 * The home page's lead: pins an editor set (lib/home/pins.ts) that have not expired and
 * whose article is still published, else the newest article with a cover (a headline
 * without a photo leaves a grey box). Tagged `home` for pin changes and expiries.
 */
export async function getHomeFront(latestCount: number): Promise<HomeFront> {
  "use cache";
  cacheLife("public");
  cacheTag(articleTags.lists, articleTags.home);
  const now = new Date();
  const pins = await db.homePin.findMany({
    where: { expiresAt: { gt: now }, article: publishedArticleWhere(now) },
    orderBy: { slot: "asc" },
    select: { slot: true, article: { select: articleCardSelect } },
  });
  const pinnedHeadline = pins.find((pin) => pin.slot === 0)?.article;
  const featuredRows = pins.filter((pin) => pin.slot > 0).map((pin) => pin.article);
  const headlineRow =
    pinnedHeadline ??
    (await db.article.findFirst({
      where: {
        ...publishedArticleWhere(now),
        coverImageId: { not: null },
        id: { notIn: featuredRows.map((r) => r.id) },
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: articleCardSelect,
    })) ??
    null;
  const shownIds = [...featuredRows.map((row) => row.id), ...(headlineRow ? [headlineRow.id] : [])];
  const latestRows = await db.article.findMany({
    where: { ...publishedArticleWhere(now), id: { notIn: shownIds } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: boundedCount(latestCount, 50),
    select: articleCardSelect,
  });
  // CASE: no article has a cover yet: the newest one leads anyway, rather than nothing.
  if (!headlineRow) {
    const [first, ...rest] = latestRows;
    return {
      headline: first ? toArticleCard(first) : null,
      featured: featuredRows.map(toArticleCard),
      latest: rest.map(toArticleCard),
    };
  }
  return {
    headline: toArticleCard(headlineRow),
    featured: featuredRows.map(toArticleCard),
    latest: latestRows.map(toArticleCard),
  };
}
