import "server-only";
import { db } from "@/lib/db/client";

export type ViewTotals = { total: number; daily: { day: string; views: number }[] };

/**
 * One article's stored counts, uncached: the all-time total and each portal-zone day
 * ("2026-11-28"), oldest first. For the dashboard and tests; readers see getViewCount.
 */
export async function readViewTotals(articleId: string): Promise<ViewTotals> {
  const [stats, daily] = await Promise.all([
    db.articleStats.findUnique({ where: { articleId }, select: { views: true } }),
    db.articleDailyView.findMany({ where: { articleId }, orderBy: { day: "asc" }, select: { day: true, views: true } }),
  ]);
  return {
    total: Number(stats?.views ?? 0),
    daily: daily.map((row) => ({ day: row.day.toISOString().slice(0, 10), views: Number(row.views) })),
  };
}
