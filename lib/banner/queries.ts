import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { bannerTags } from "./cache-tags";
import type { EmergencyLevel } from "./schema";

/** The banner as every public page shows it: no staff fields. */
export type ActiveBanner = { level: EmergencyLevel; message: string; linkUrl: string | null; expiresAt: Date };

const HOUR = 3600;
// Next leaves a cache entry whose `expire` is under five minutes out of prerendered pages
// (it becomes a per-request hole), so no lifetime here goes below that: every public page
// stays static whatever the banner's expiry.
const MIN_LIFETIME = 300;

/**
 * The banner in force, or null. Cached under the banner tag (on every public page): raising
 * or clearing it expires the tag. Its expiry needs no request-time read either: the expiry
 * timer (lib/banner/expiry.ts) expires the tag within seconds of `expiresAt`, and as a
 * safety net the entry's lifetime ends at the expiry (never sooner than five minutes).
 */
export async function getActiveBanner(): Promise<ActiveBanner | null> {
  "use cache";
  cacheTag(bannerTags.banner);
  const now = new Date();
  const row = await db.emergencyBanner.findFirst({
    where: { clearedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { level: true, message: true, linkUrl: true, expiresAt: true },
  });
  const untilExpiry = row ? Math.ceil((row.expiresAt.getTime() - now.getTime()) / 1000) : 24 * HOUR;
  const revalidate = Math.min(24 * HOUR, Math.max(MIN_LIFETIME, untilExpiry));
  cacheLife({ stale: MIN_LIFETIME, revalidate, expire: 7 * 24 * HOUR });
  return row;
}

/** The banner in force as the dashboard shows it (who raised it); never cached. */
export type StaffBanner = ActiveBanner & { id: string; raisedBy: string | null; createdAt: Date };

/** Any signed-in staff member: the banner in force now, read fresh. */
export async function getStaffBanner(now: Date = new Date()): Promise<StaffBanner | null> {
  const row = await db.emergencyBanner.findFirst({
    where: { clearedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      level: true,
      message: true,
      linkUrl: true,
      expiresAt: true,
      createdAt: true,
      raisedById: true,
    },
  });
  if (!row) return null;
  const raiser = row.raisedById
    ? await db.user.findUnique({ where: { id: row.raisedById }, select: { displayName: true } })
    : null;
  return {
    id: row.id,
    level: row.level,
    message: row.message,
    linkUrl: row.linkUrl,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    raisedBy: raiser?.displayName ?? null,
  };
}
