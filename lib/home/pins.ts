import "server-only";
import { invalidateHome } from "@/lib/articles/cache";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotFoundError, RuleViolationError } from "@/lib/errors";
import { NO_REQUEST, type RequestMeta } from "@/lib/request";
import type { HomePinInput } from "./schema";
import type { HomeSlot } from "./slots";

/**
 * The home page's pinned headline (slot 0) and up to four featured articles (slots 1–4),
 * each until its expiry. The home page is a cached static page, so an expiry has to
 * refresh it without any reader's request reading the database: the scheduler's tick
 * (lib/articles/scheduler.ts, every 15 seconds, inside a request so Next may revalidate)
 * calls expireHomePins, which deletes what has expired and expires the `home` tag here and
 * at the edge. The public read also ignores an expired pin, for the seconds in between.
 */

export type StaffHomePin = {
  slot: HomeSlot;
  expiresAt: Date;
  article: { id: string; title: string; slug: string; isPublished: boolean; hasCover: boolean };
  pinnedBy: string | null;
};

/** EDITOR and ADMIN. The current pins, by slot. */
export async function listHomePinsForStaff(actor: Actor): Promise<StaffHomePin[]> {
  assertCan(actor, "home.pin");
  const rows = await db.homePin.findMany({
    orderBy: { slot: "asc" },
    select: {
      slot: true,
      expiresAt: true,
      pinnedBy: { select: { displayName: true } },
      article: { select: { id: true, title: true, slug: true, status: true, coverImageId: true } },
    },
  });
  return rows.map((row) => ({
    slot: row.slot as HomeSlot,
    expiresAt: row.expiresAt,
    pinnedBy: row.pinnedBy?.displayName ?? null,
    article: {
      id: row.article.id,
      title: row.article.title,
      slug: row.article.slug,
      isPublished: row.article.status === "PUBLISHED",
      hasCover: row.article.coverImageId !== null,
    },
  }));
}

/** EDITOR and ADMIN. Published articles an editor may pin, newest first. */
export async function listPinnableArticles(actor: Actor, limit = 100): Promise<{ id: string; title: string }[]> {
  assertCan(actor, "home.pin");
  return db.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { lte: new Date() } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, title: true },
  });
}

/**
 * EDITOR and ADMIN. Pins a published article to `slot` until `expiresAt`, replacing what
 * was there; an article pinned elsewhere moves. Audited as home.pin; the home page
 * refreshes at once.
 */
export async function pinHomeArticle(actor: Actor, input: HomePinInput, meta: RequestMeta = NO_REQUEST): Promise<void> {
  assertCan(actor, "home.pin");
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, status: true, publishedAt: true },
    });
    if (!article) throw new NotFoundError("Berita tidak ditemukan.");
    if (article.status !== "PUBLISHED" || !article.publishedAt || article.publishedAt > new Date()) {
      throw new RuleViolationError("Hanya berita yang sudah terbit yang dapat disematkan.");
    }
    const replaced = await tx.homePin.findUnique({ where: { slot: input.slot }, select: { articleId: true } });
    await tx.homePin.deleteMany({ where: { OR: [{ slot: input.slot }, { articleId: input.articleId }] } });
    await tx.homePin.create({
      data: { slot: input.slot, articleId: input.articleId, expiresAt: input.expiresAt, pinnedById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "home.pin",
      targetType: "article",
      targetId: input.articleId,
      details: {
        slot: input.slot,
        expiresAt: input.expiresAt.toISOString(),
        ...(replaced && replaced.articleId !== input.articleId ? { replacedArticleId: replaced.articleId } : {}),
      },
      ip: meta.ip,
    });
  });
  invalidateHome();
}

/** EDITOR and ADMIN. Empties `slot`; audited as home.unpin. */
export async function unpinHomeArticle(actor: Actor, slot: HomeSlot, meta: RequestMeta = NO_REQUEST): Promise<void> {
  assertCan(actor, "home.pin");
  await db.$transaction(async (tx) => {
    const pin = await tx.homePin.findUnique({ where: { slot }, select: { articleId: true } });
    if (!pin) throw new NotFoundError("Posisi ini sudah kosong.");
    await tx.homePin.delete({ where: { slot } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "home.unpin",
      targetType: "article",
      targetId: pin.articleId,
      details: { slot },
      ip: meta.ip,
    });
  });
  invalidateHome();
}

/**
 * The scheduler's tick: deletes pins whose time is up, audits each as home.unpin by the
 * system, and refreshes the home page when any went. Safe to run from several processes:
 * the delete returns each pin to one of them only.
 */
export async function expireHomePins(now: Date = new Date()): Promise<number> {
  const expired = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ slot: number; article_id: string; expires_at: Date }[]>`
      DELETE FROM home_pins WHERE expires_at <= ${now} RETURNING slot, article_id::text, expires_at`;
    for (const row of rows) {
      await recordAudit(tx, {
        actorId: null,
        action: "home.unpin",
        targetType: "article",
        targetId: row.article_id,
        details: { slot: row.slot, system: true, expiredAt: row.expires_at.toISOString() },
      });
    }
    return rows.length;
  });
  if (expired > 0) invalidateHome();
  return expired;
}
