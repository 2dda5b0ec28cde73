import { getViewToken } from "@/lib/views/token";
import { ViewBeaconIsland } from "./view-beacon-island";

/**
 * The article page's view beacon: the client island with the page's view token, which is
 * per article and time bucket (lib/views/token), never per reader, so the page stays
 * shareable by every cache.
 */
export async function ViewBeacon({ slug, articleId }: { slug: string; articleId: string }) {
  return <ViewBeaconIsland slug={slug} token={await getViewToken(articleId)} />;
}
