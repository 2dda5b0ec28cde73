import "server-only";
import { publishedArticleSql, publishedArticleWhere } from "@/lib/articles/visibility";
import { db } from "@/lib/db/client";
import { localDay } from "@/lib/time";
import { site } from "@/lib/site";

// A refresh within 30 minutes is the same view (the interval is written into the SQL below).
const PRUNE_EVERY_MS = 60_000;

let lastPruneAt = 0;

/**
 * Counts one view of a published, due article by one reader (fingerprint from
 * ./fingerprint), at most once per 30 minutes. The de-duplication row, the all-time total
 * and the portal-zone day's count are written in one transaction, so a view is either
 * fully counted or not at all. Returns whether it counted (false for a repeat, a draft,
 * a future or an unknown article).
 */
export async function recordView(articleId: string, fingerprint: string, now: Date = new Date()): Promise<boolean> {
  const day = localDay(now, site.timeZone);
  const counted = await db.$transaction(async (tx) => {
    // The article check sits in the same statement as the claim, so an article
    // unpublished a moment ago cannot collect a view. Two requests racing on one
    // fingerprint serialise on the row lock; the second sees the fresh seen_at and
    // returns nothing.
    const claimed = await tx.$queryRaw<{ article_id: string }[]>`
      INSERT INTO article_views_seen (article_id, fingerprint, seen_at, created_at, updated_at)
      SELECT a.id, ${fingerprint}, ${now}, now(), now()
        FROM articles a
       WHERE a.id = ${articleId}::uuid AND ${publishedArticleSql(now)}
      ON CONFLICT (article_id, fingerprint) DO UPDATE
        SET seen_at = EXCLUDED.seen_at, updated_at = EXCLUDED.updated_at
        WHERE article_views_seen.seen_at < EXCLUDED.seen_at - interval '30 minutes'
      RETURNING article_id::text`;
    if (claimed.length === 0) return false;
    await tx.$executeRaw`
      INSERT INTO article_stats (article_id, views, created_at, updated_at)
      VALUES (${articleId}::uuid, 1, now(), now())
      ON CONFLICT (article_id) DO UPDATE SET views = article_stats.views + 1, updated_at = now()`;
    await tx.$executeRaw`
      INSERT INTO article_daily_views (article_id, day, views, created_at, updated_at)
      VALUES (${articleId}::uuid, ${day}::date, 1, now(), now())
      ON CONFLICT (article_id, day) DO UPDATE SET views = article_daily_views.views + 1, updated_at = now()`;
    return true;
  });
  await pruneSeenRows(now);
  return counted;
}

export type ViewOutcome = "counted" | "repeat" | "missing";

/**
 * The beacon's entry point: finds the published, due article by slug and records the view.
 * "missing" for drafts, future and unknown slugs (the caller answers 404).
 */
export async function recordViewBySlug(
  slug: string,
  fingerprint: string,
  now: Date = new Date(),
): Promise<ViewOutcome> {
  const article = await db.article.findFirst({
    where: { slug, ...publishedArticleWhere(now) },
    select: { id: true },
  });
  if (!article) return "missing";
  return (await recordView(article.id, fingerprint, now)) ? "counted" : "repeat";
}

// Rows older than the window decide nothing (a new view overwrites them), so they go.
// At most once a minute per process; a failed prune is retried a minute later and
// never fails the view that triggered it.
async function pruneSeenRows(now: Date): Promise<void> {
  if (Date.now() - lastPruneAt < PRUNE_EVERY_MS) return;
  lastPruneAt = Date.now();
  try {
    await db.$executeRaw`
      DELETE FROM article_views_seen
       WHERE seen_at < ${now}::timestamptz - interval '30 minutes'`;
  } catch (error) {
    console.warn("Pruning article_views_seen failed:", error);
  }
}
