import "server-only";
import { publishedArticleSql, publishedArticleWhere } from "@/lib/articles/visibility";
import { createLimiter, QueueFullError } from "@/lib/concurrency";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { RequestMeta } from "@/lib/request";
import { localDay } from "@/lib/time";
import { site } from "@/lib/site";
import { computeAddressKey, computeFingerprint } from "./fingerprint";
import { ADDRESS_CAP, READER_CAP, VIEW_WINDOW_MS } from "./limits";
import { isValidViewToken } from "./token";

/**
 * Counting article views honestly. A view counts when all of these hold:
 * - the beacon carries the view token of the page it came from (./token): a bare POST by
 *   someone who never loaded the article does not count;
 * - this reader (salted daily hash of address and user agent) was not counted for this
 *   article in the last 30 minutes, so a refresh is not a second view;
 * - this reader has had fewer than READER_CAP views counted in the current ten-minute
 *   window across all articles (no person reads thirty articles in ten minutes);
 * - this client address (IPv6: its /64) has had fewer than ADDRESS_CAP counted in the window.
 * The address cap is generous on purpose: behind a carrier NAT hundreds of phones share
 * one address, and each of them is a reader with a browser of its own. It bounds what one
 * address can add by rotating user agents (README, "View counter").
 *
 * Everything lives in Postgres, in one transaction, with conditional upserts that serialise
 * on row locks, so the caps hold across server instances and concurrent requests.
 */

// A refresh within 30 minutes is the same view (the interval is written into the SQL below).
const PRUNE_EVERY_MS = 60_000;

// Views of one article, or from one address, queue on the same rows; without a bound a
// burst of beacons would hold every pooled connection while it waits, and pages and the
// dashboard would wait behind it. Beacons get a third of the pool; past a long queue a
// view is dropped (answered, not counted) rather than kept waiting.
const viewWrites = createLimiter({ concurrency: Math.max(1, Math.floor(env.DATABASE_POOL_SIZE / 3)), maxQueue: 1000 });

let lastPruneAt = 0;

/** Who a view comes from, as hashes only (./fingerprint): never an address or user agent. */
export type ViewReader = { fingerprint: string; addressKey: string };

/** "repeat" also covers an article that is not (or no longer) published; "busy": the queue above was full. */
export type NotCountedReason = "repeat" | "reader_cap" | "address_cap" | "token" | "not_reader" | "busy";
export type ViewOutcome = { counted: true } | { counted: false; reason: NotCountedReason };

/** Thrown inside the transaction to undo the de-duplication row of a view that hit a cap. */
class CapReached extends Error {
  constructor(readonly reason: "reader_cap" | "address_cap") {
    super(reason);
  }
}

function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / VIEW_WINDOW_MS) * VIEW_WINDOW_MS);
}

/**
 * Counts one view of a published, due article by one reader, within the caps above. The
 * de-duplication row, both quota rows, the all-time total and the portal-zone day's count
 * are written in one transaction: a view is either fully counted or not at all.
 */
export async function recordView(articleId: string, reader: ViewReader, now: Date = new Date()): Promise<ViewOutcome> {
  let outcome: ViewOutcome;
  try {
    outcome = await viewWrites.run(() => countInTransaction(articleId, reader, now));
  } catch (error) {
    if (error instanceof CapReached) outcome = { counted: false, reason: error.reason };
    else if (error instanceof QueueFullError) outcome = { counted: false, reason: "busy" };
    else throw error;
  }
  await pruneOldRows(now);
  return outcome;
}

async function countInTransaction(articleId: string, reader: ViewReader, now: Date): Promise<ViewOutcome> {
  const day = localDay(now, site.timeZone);
  const window = windowStart(now);
  return db.$transaction(async (tx): Promise<ViewOutcome> => {
    // The article check sits in the same statement as the claim, so an article
    // unpublished a moment ago cannot collect a view. Two requests racing on one
    // fingerprint serialise on the row lock; the second sees the fresh seen_at and
    // returns nothing.
    const claimed = await tx.$queryRaw<{ article_id: string }[]>`
      INSERT INTO article_views_seen (article_id, fingerprint, seen_at, created_at, updated_at)
      SELECT a.id, ${reader.fingerprint}, ${now}, now(), now()
        FROM articles a
       WHERE a.id = ${articleId}::uuid AND ${publishedArticleSql(now)}
      ON CONFLICT (article_id, fingerprint) DO UPDATE
        SET seen_at = EXCLUDED.seen_at, updated_at = EXCLUDED.updated_at
        WHERE article_views_seen.seen_at < EXCLUDED.seen_at - interval '30 minutes'
      RETURNING article_id::text`;
    if (claimed.length === 0) return { counted: false, reason: "repeat" };
    // Quotas: the upsert only goes through below the cap, and the row lock makes
    // concurrent views from one reader or address take their turn. Always reader first,
    // then address, then the totals, so two transactions never wait on each other in a circle.
    for (const [scope, key, cap] of [
      ["reader", reader.fingerprint, READER_CAP],
      ["address", reader.addressKey, ADDRESS_CAP],
    ] as const) {
      const taken = await tx.$queryRaw<{ views: number }[]>`
        INSERT INTO view_quotas (scope, key, window_start, views, created_at, updated_at)
        VALUES (${scope}, ${key}, ${window}, 1, now(), now())
        ON CONFLICT (scope, key, window_start) DO UPDATE
          SET views = view_quotas.views + 1, updated_at = now()
          WHERE view_quotas.views < ${cap}
        RETURNING views`;
      if (taken.length === 0) throw new CapReached(scope === "reader" ? "reader_cap" : "address_cap");
    }
    await tx.$executeRaw`
      INSERT INTO article_stats (article_id, views, created_at, updated_at)
      VALUES (${articleId}::uuid, 1, now(), now())
      ON CONFLICT (article_id) DO UPDATE SET views = article_stats.views + 1, updated_at = now()`;
    await tx.$executeRaw`
      INSERT INTO article_daily_views (article_id, day, views, created_at, updated_at)
      VALUES (${articleId}::uuid, ${day}::date, 1, now(), now())
      ON CONFLICT (article_id, day) DO UPDATE SET views = article_daily_views.views + 1, updated_at = now()`;
    return { counted: true };
  });
}

export type BeaconResult = { kind: "missing" } | { kind: "answered"; outcome: ViewOutcome; views: number };

/**
 * The beacon's entry point (POST /api/views): finds the published, due article by slug,
 * checks the page's view token, records the view (unless the caller knows the request is
 * no reader: a bot or a prefetch) and returns the article's fresh total. "missing" for
 * drafts, future and unknown slugs (the caller answers 404).
 */
export async function recordViewBySlug(
  slug: string,
  token: string,
  request: RequestMeta,
  options: { isReader?: boolean; now?: Date } = {},
): Promise<BeaconResult> {
  const now = options.now ?? new Date();
  const article = await db.article.findFirst({
    where: { slug, ...publishedArticleWhere(now) },
    select: { id: true },
  });
  if (!article) return { kind: "missing" };
  let outcome: ViewOutcome = { counted: false, reason: "not_reader" };
  if (options.isReader ?? true) {
    outcome = isValidViewToken(article.id, token, now)
      ? await recordView(
          article.id,
          { fingerprint: computeFingerprint(request, now), addressKey: computeAddressKey(request, now) },
          now,
        )
      : { counted: false, reason: "token" };
  }
  return { kind: "answered", outcome, views: await currentViews(article.id) };
}

/** The uncached all-time total, for the beacon's answer (pages show a cached one). */
async function currentViews(articleId: string): Promise<number> {
  const stats = await db.articleStats.findUnique({ where: { articleId }, select: { views: true } });
  return Number(stats?.views ?? 0);
}

// Seen rows older than the de-duplication window and quota rows of past windows decide
// nothing, so they go. At most once a minute per process; a failed prune is retried a
// minute later and never fails the view that triggered it.
async function pruneOldRows(now: Date): Promise<void> {
  if (Date.now() - lastPruneAt < PRUNE_EVERY_MS) return;
  lastPruneAt = Date.now();
  try {
    await db.$executeRaw`
      DELETE FROM article_views_seen
       WHERE seen_at < ${now}::timestamptz - interval '30 minutes'`;
    await db.$executeRaw`
      DELETE FROM view_quotas WHERE window_start < ${windowStart(now)}`;
  } catch (error) {
    console.warn("Pruning view rows failed:", error);
  }
}
