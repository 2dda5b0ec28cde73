import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { articleCardSelect, toArticleCard, type ArticleCard } from "@/lib/articles/queries";
import { z } from "zod";
import { publishedArticleSql, publishedArticleWhere } from "@/lib/articles/visibility";
import { articleTags } from "@/lib/articles/cache";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { boundedCount } from "@/lib/bounds";
import { db } from "@/lib/db/client";
import { site } from "@/lib/site";
import { addDays, localDay } from "@/lib/time";
import { popularPeriodSchema, type PopularPeriod } from "./schema";

/**
 * All-time views of one published, due article (0 for anything else, so the count of a
 * draft never leaves the server), for "644 kali dilihat". Cached briefly so the count
 * feels live without a query per page view: a number may lag real views by about a
 * minute (revalidate 60 s; stale 30 s in the browser). expire stays at 5 minutes, the
 * shortest that keeps it out of the "dynamic hole" category (see cacheLife docs).
 */
export async function getViewCount(articleId: string): Promise<number> {
  "use cache";
  cacheLife({ stale: 30, revalidate: 60, expire: 300 });
  if (!z.uuid().safeParse(articleId).success) return 0;
  const stats = await db.articleStats.findFirst({
    where: { articleId, article: publishedArticleWhere(new Date()) },
    select: { views: true },
  });
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
  return rankPopularArticles(popularPeriodSchema.parse(period), boundedCount(limit, 1000));
}

/**
 * Most-read published, due articles: views summed over the last 7 or 30 portal-zone days,
 * or all-time totals for "semua". Articles without views in the period are left out;
 * ties go to the newer article. Uncached: the dashboard reads it live.
 */
export async function rankPopularArticles(period: PopularPeriod, limit: number): Promise<PopularArticle[]> {
  const now = new Date();
  const ranked =
    period === "semua"
      ? await db.$queryRaw<{ id: string; views: bigint }[]>`
          SELECT a.id::text AS id, s.views AS views
            FROM article_stats s JOIN articles a ON a.id = s.article_id
           WHERE s.views > 0 AND ${publishedArticleSql(now)}
           ORDER BY s.views DESC, a.published_at DESC, a.id DESC
           LIMIT ${limit}`
      : await db.$queryRaw<{ id: string; views: bigint }[]>`
          SELECT a.id::text AS id, SUM(d.views)::bigint AS views
            FROM article_daily_views d JOIN articles a ON a.id = d.article_id
           WHERE d.day >= ${periodStartDay(period, now)}::date
             AND ${publishedArticleSql(now)}
           GROUP BY a.id, a.published_at
          HAVING SUM(d.views) > 0
           ORDER BY views DESC, a.published_at DESC, a.id DESC
           LIMIT ${limit}`;
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
