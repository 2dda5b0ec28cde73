import "server-only";
import { db } from "@/lib/db/client";

/** For the multi-instance specs: what the database says about publishing and views. */

/** Makes scheduled articles due now, all at the same moment. */
export async function makeScheduledArticlesDue(ids: string[]): Promise<void> {
  await db.article.updateMany({
    where: { id: { in: ids }, status: "SCHEDULED" },
    data: { scheduledAt: new Date(Date.now() - 1_000) },
  });
}

export function countPublished(ids: string[]): Promise<number> {
  return db.article.count({ where: { id: { in: ids }, status: "PUBLISHED" } });
}

/** How often an article was published: audit entries and publish revisions. */
export async function publishRecordsOf(id: string): Promise<{ auditEvents: number; revisions: number }> {
  const [auditEvents, revisions] = await Promise.all([
    db.auditEvent.count({ where: { targetId: id, action: "article.publish" } }),
    db.articleRevision.count({ where: { articleId: id, reason: "publish" } }),
  ]);
  return { auditEvents, revisions };
}

/** All-time view totals by article id (0 when never viewed). */
export async function viewTotalsOf(ids: string[]): Promise<Map<string, number>> {
  const rows = await db.articleStats.findMany({ where: { articleId: { in: ids } } });
  const totals = new Map(ids.map((id) => [id, 0]));
  for (const row of rows) totals.set(row.articleId, Number(row.views));
  return totals;
}
