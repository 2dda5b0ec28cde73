import { RSS_CONTENT_TYPE, renderSiteRss } from "@/lib/feeds/documents";

export async function GET() {
  return new Response(await renderSiteRss(), {
    headers: { "Content-Type": RSS_CONTENT_TYPE },
  });
}
