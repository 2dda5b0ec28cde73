import "server-only";
import { revalidateTag } from "next/cache";
import { purgeEdgeAfterResponse } from "@/lib/edge/purge";
import { agendaTags } from "./cache-tags";

/** Expires every cached page an event change touches (its addresses and every list), here and at the edge. */
export function invalidateAgenda(...slugs: (string | null | undefined)[]): void {
  const tags = new Set<string>([agendaTags.lists]);
  for (const slug of slugs) if (slug) tags.add(agendaTags.event(slug));
  const list = [...tags];
  for (const tag of list) revalidateTag(tag, { expire: 0 });
  purgeEdgeAfterResponse(list);
}
