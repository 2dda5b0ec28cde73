import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { articleCardSelect, toArticleCard, type ArticleCard } from "@/lib/articles/queries";
import { publishedArticleSql } from "@/lib/articles/visibility";
import { articleTags } from "@/lib/articles/cache";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { site } from "@/lib/site";
import { addDays, localDay } from "@/lib/time";
import type { PopularPeriod } from "./schema";

/**
 * All-time views of one article, for "644 kali dilihat". Cached briefly so the count
 * feels live without a query per page view: a number may lag real views by about a
 * minute (revalidate 60 s; stale 30 s in the browser). expire stays at 5 minutes, the
 * shortest that keeps it out of the "dynamic hole" category (see cacheLife docs).
 */
export async function getViewCount(articleId: string): Promise<number> {
  "use cache";
  cacheLife({ stale: 30, revalidate: 60, expire: 300 });
  const stats = await db.articleStats.findUnique({ where: { articleId }, select: { views: true } });
  return Number(stats?.views ?? 0);
}

export type PopularArticle = ArticleCard & { views: number };

/** The first portal-zone day of a period that ends today ("7": today and the 6 days before). */
export function periodStartDay(period: Exclude<PopularPeriod, "semua">, now: Date): string {
  return addDays(localDay(now, site.timeZone), -(Number(period) - 1));
}

/** For readers: rankPopularArticles, cached for a few minutes under the lists tag. */
export async function listPopularArticles(period: PopularPeriod, limit: number): Promise<PopularArticle[]> {
  "use cache";
  cacheLife("public");
  cacheTag(articleTags.lists);
  return rankPopularArticles(period, limit);
}

/** How many of a period's most-read articles are looked up to find `limit` published ones. */
const CANDIDATES_PER_RESULT = 4;

/**
 * Ids and views of a period's most-read published articles, most read first. Views per
 * article come from the (day, article, views) index alone; only the leaders are looked
 * up in the articles table: every article with at least the views of the `candidates`-th
 * (all of them when null), so a tie at the edge is still decided by publish time.
 */
async function rankPeriod(
  startDay: string,
  now: Date,
  limit: number,
  candidates: number | null,
): Promise<{ id: string; views: bigint }[]> {
  // LIMIT NULL is LIMIT ALL.
  return db.$queryRaw<{ id: string; views: bigint }[]>`
    WITH period AS MATERIALIZED (
      SELECT d.article_id, SUM(d.views) AS views
        FROM article_daily_views d
       WHERE d.day >= ${startDay}::date
       GROUP BY d.article_id
      HAVING SUM(d.views) > 0
    ), leaders AS MATERIALIZED (
      SELECT article_id, views FROM period
       WHERE views >= (SELECT min(views) FROM (SELECT views FROM period ORDER BY views DESC LIMIT ${candidates}) AS top)
    )
    SELECT a.id::text AS id, l.views::bigint AS views
      FROM leaders l JOIN articles a ON a.id = l.article_id
     WHERE ${publishedArticleSql(now)}
     ORDER BY l.views DESC, a.published_at DESC, a.id DESC
     LIMIT ${limit}`;
}

/**
 * Most-read published, due articles: views summed over the last 7 or 30 portal-zone days,
 * or all-time totals for "semua". Articles without views in the period are left out;
 * ties go to the newer article. Uncached: the dashboard reads it live.
 */
export async function rankPopularArticles(period: PopularPeriod, limit: number): Promise<PopularArticle[]> {
  const now = new Date();
  let ranked: { id: string; views: bigint }[];
  if (period === "semua") {
    ranked = await db.$queryRaw<{ id: string; views: bigint }[]>`
      SELECT a.id::text AS id, s.views AS views
        FROM article_stats s JOIN articles a ON a.id = s.article_id
       WHERE s.views > 0 AND ${publishedArticleSql(now)}
       ORDER BY s.views DESC, a.published_at DESC, a.id DESC
       LIMIT ${limit}`;
  } else {
    const startDay = periodStartDay(period, now);
    ranked = await rankPeriod(startDay, now, limit, limit * CANDIDATES_PER_RESULT);
    // CASE: too few of the leaders are published (or the period has few viewed articles):
    // rank the whole period.
    if (ranked.length < limit) ranked = await rankPeriod(startDay, now, limit, null);
  }
  if (ranked.length === 0) return [];
  const rows = await db.article.findMany({
    where: { id: { in: ranked.map((row) => row.id) } },
    select: articleCardSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.flatMap(({ id, views }) => {
    const row = byId.get(id);
    return row ? [{ ...toArticleCard(row), views: Number(views) }] : [];
  });
}

export type DailyViews = { day: string; views: number };

/** Any signed-in staff member. Portal-wide views per portal-zone day, oldest first, zero-filled. */
export async function listDailyViews(actor: Actor, days = 30, now = new Date()): Promise<DailyViews[]> {
  assertCan(actor, "dashboard.view");
  const today = localDay(now, site.timeZone);
  const first = addDays(today, -(days - 1));
  const rows = await db.$queryRaw<{ day: string; views: bigint }[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, SUM(views)::bigint AS views
      FROM article_daily_views
     WHERE day >= ${first}::date AND day <= ${today}::date
     GROUP BY day`;
  const byDay = new Map(rows.map((row) => [row.day, Number(row.views)]));
  return Array.from({ length: days }, (_, index) => {
    const day = addDays(first, index);
    return { day, views: byDay.get(day) ?? 0 };
  });
}
