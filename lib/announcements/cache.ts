import "server-only";
import { revalidateTag } from "next/cache";
import { purgeEdgeAfterResponse } from "@/lib/edge/purge";
import { announcementTags } from "./cache-tags";

/**
 * Expires every cached page an announcement change can touch: its address before and
 * after (a slug that followed the title), and every list (active, archive, home, sitemap),
 * here and at the edge once the response has gone.
 */
export function invalidateAnnouncement(...slugs: (string | null | undefined)[]): void {
  const tags = new Set<string>([announcementTags.lists]);
  for (const slug of slugs) if (slug) tags.add(announcementTags.announcement(slug));
  const list = [...tags];
  for (const tag of list) revalidateTag(tag, { expire: 0 });
  purgeEdgeAfterResponse(list);
}
