import "server-only";
import { db } from "@/lib/db/client";
import { dayAsDate } from "@/lib/time";

/**
 * Test-only: sets one article's views for a portal-zone day ("2026-11-28") and adds them
 * to its all-time total, as if that many readers had come. For rankings that must beat
 * the demo content without sending millions of beacons.
 */
export async function addTestDailyViews(articleId: string, day: string, views: number): Promise<void> {
  await db.$transaction([
    db.articleDailyView.upsert({
      where: { articleId_day: { articleId, day: dayAsDate(day) } },
      create: { articleId, day: dayAsDate(day), views: BigInt(views) },
      update: { views: { increment: BigInt(views) } },
    }),
    db.articleStats.upsert({
      where: { articleId },
      create: { articleId, views: BigInt(views) },
      update: { views: { increment: BigInt(views) } },
    }),
  ]);
}
