import "server-only";
import { db } from "@/lib/db/client";
import { invalidateAnnouncement } from "./cache";

/**
 * Moves announcements whose `berlaku sampai` has passed from the active lists (and the
 * home page) to the archive in every cache. Called on each tick of the publishing timer;
 * the conditional UPDATE makes one process do it once per announcement.
 */
export async function applyAnnouncementExpiries(now: Date = new Date()): Promise<number> {
  const marked = await db.announcement.updateManyAndReturn({
    where: { status: "PUBLISHED", expiryAppliedAt: null, validUntil: { lte: now } },
    data: { expiryAppliedAt: now },
    select: { slug: true },
  });
  if (marked.length > 0) invalidateAnnouncement(...marked.map((row) => row.slug));
  return marked.length;
}
