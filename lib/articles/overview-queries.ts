import "server-only";
import { staffArticleWhere } from "@/lib/articles/visibility";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { findReturns, type ReturnInfo } from "@/lib/articles/staff-queries";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { site } from "@/lib/site";
import { dayStart, localDay, weekStartDay } from "@/lib/time";

export type ScheduledItem = { id: string; title: string; scheduledAt: Date };
export type LateItem = { id: string; title: string; scheduledAt: Date; publishedAt: Date; lateSeconds: number };

/** A draft an editor returned to the signed-in writer. */
export type ReturnedItem = { id: string; title: string; note: string } & ReturnInfo;

export type DashboardSummary = {
  /** True when the numbers cover only the actor's own articles (writers). */
  isOwnOnly: boolean;
  publishedToday: number;
  publishedThisWeek: number;
  inReview: number;
  scheduled: { count: number; next: ScheduledItem[] };
  late: LateItem[];
  /** The actor's own drafts that editors returned, newest return first. */
  returned: ReturnedItem[];
};

/** Scheduled articles that went live more than this late count as "Terlambat terbit". */
export const LATE_THRESHOLD_SECONDS = 60;

/**
 * Any signed-in staff member. The overview cards, with portal-zone days and weeks (weeks
 * start Monday). Writers see counts of their own articles only; editors and admins all.
 */
export async function getDashboardSummary(actor: Actor, now = new Date()): Promise<DashboardSummary> {
  assertCan(actor, "dashboard.view");
  const isOwnOnly = !can(actor, "article.viewAll");
  const own = staffArticleWhere(actor);
  const todayDay = localDay(now, site.timeZone);
  const today = dayStart(todayDay, site.timeZone);
  const week = dayStart(weekStartDay(todayDay), site.timeZone);
  const live: Prisma.ArticleWhereInput = { ...own, status: { in: ["PUBLISHED", "ARCHIVED"] } };
  const [publishedToday, publishedThisWeek, inReview, scheduledCount, next, late, returned] = await Promise.all([
    db.article.count({ where: { ...live, publishedAt: { gte: today, lte: now } } }),
    db.article.count({ where: { ...live, publishedAt: { gte: week, lte: now } } }),
    db.article.count({ where: { ...own, status: "IN_REVIEW" } }),
    db.article.count({ where: { ...own, status: "SCHEDULED" } }),
    db.article.findMany({
      where: { ...own, status: "SCHEDULED", scheduledAt: { not: null } },
      orderBy: { scheduledAt: "asc" },
      take: 5,
      select: { id: true, title: true, scheduledAt: true },
    }),
    db.$queryRaw<{ id: string; title: string; scheduled_at: Date; published_at: Date }[]>`
      SELECT id::text AS id, title, scheduled_at, published_at
        FROM articles
       WHERE status IN ('PUBLISHED', 'ARCHIVED')
         AND scheduled_at IS NOT NULL AND published_at IS NOT NULL
         AND published_at - scheduled_at > make_interval(secs => ${LATE_THRESHOLD_SECONDS})
         AND published_at >= ${addDaysTo(now, -30)}
         AND (${!isOwnOnly} OR writer_id = ${actor.id}::uuid)
       ORDER BY published_at DESC
       LIMIT 10`,
    listOwnReturnedDrafts(actor),
  ]);
  return {
    isOwnOnly,
    publishedToday,
    publishedThisWeek,
    inReview,
    scheduled: {
      count: scheduledCount,
      next: next.flatMap((row) =>
        row.scheduledAt ? [{ id: row.id, title: row.title, scheduledAt: row.scheduledAt }] : [],
      ),
    },
    late: late.map((row) => ({
      id: row.id,
      title: row.title,
      scheduledAt: row.scheduled_at,
      publishedAt: row.published_at,
      lateSeconds: Math.round((row.published_at.getTime() - row.scheduled_at.getTime()) / 1000),
    })),
    returned,
  };
}

/** The actor's own returned drafts (at most 10), newest return first. */
async function listOwnReturnedDrafts(actor: Actor): Promise<ReturnedItem[]> {
  const drafts = await db.article.findMany({
    where: { writerId: actor.id, status: "DRAFT", reviewNote: { not: "" } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 10,
    select: { id: true, title: true, reviewNote: true },
  });
  const returns = await findReturns(drafts.map((draft) => ({ id: draft.id, status: "DRAFT", hasNote: true })));
  return drafts
    .flatMap((draft) => {
      const info = returns.get(draft.id);
      return info ? [{ id: draft.id, title: draft.title, note: draft.reviewNote, ...info }] : [];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

function addDaysTo(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
