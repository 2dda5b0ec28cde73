import "server-only";
import { db } from "@/lib/db/client";
import { invalidateBanner } from "./mutations";

/**
 * Takes an expired banner off every cached page. Called on each tick of the publishing
 * timer (app/api/internal/jadwal), inside a request so the tag can be expired. Marking
 * `expiryAppliedAt` with a conditional UPDATE makes one process (of several instances) do
 * it once; the others find nothing left to mark.
 */
export async function applyBannerExpiries(now: Date = new Date()): Promise<number> {
  const marked = await db.emergencyBanner.updateManyAndReturn({
    where: { expiryAppliedAt: null, expiresAt: { lte: now } },
    data: { expiryAppliedAt: now },
    select: { id: true, clearedAt: true },
  });
  // CASE: a banner cleared by hand already expired the pages; only one still in force at
  // its expiry leaves a cached page to refresh.
  if (marked.some((banner) => banner.clearedAt === null)) invalidateBanner();
  return marked.length;
}
