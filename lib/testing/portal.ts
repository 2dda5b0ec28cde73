import "server-only";
import { db } from "@/lib/db/client";

/**
 * Moves the expiry of every banner in force to a second ago, as if its time had run out:
 * end-to-end tests then watch the expiry timer take it off cached pages.
 */
export async function expireActiveBanners(): Promise<void> {
  await db.emergencyBanner.updateMany({
    where: { clearedAt: null, expiresAt: { gt: new Date() } },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
}

/** Clears any banner in force without an audit entry: a test's starting state. */
export async function clearBannersForTest(): Promise<void> {
  const now = new Date();
  await db.emergencyBanner.updateMany({ where: { clearedAt: null }, data: { clearedAt: now, expiryAppliedAt: now } });
}

/** Moves an announcement's `berlaku sampai` to a second ago, as if its time had run out. */
export async function expireAnnouncement(id: string): Promise<void> {
  await db.announcement.update({ where: { id }, data: { validUntil: new Date(Date.now() - 1000) } });
}
