import { getViewToken } from "@/lib/views/token";

/**
 * The article page's view beacon: the slug and the page's view token, which
 * public/site.js sends once the page is visible. The token is per article and time bucket
 * (lib/views/token), never per reader, so the page stays shareable by every cache. The
 * answer's total replaces the text of the page's `[data-view-count]` element.
 */
export async function ViewBeacon({ slug, articleId }: { slug: string; articleId: string }) {
  return <div hidden data-view-beacon="" data-slug={slug} data-view-token={await getViewToken(articleId)} />;
}
