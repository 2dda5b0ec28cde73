import { connection } from "next/server";
import { FEED_CACHE_CONTROL, RSS_CONTENT_TYPE, renderSiteRss } from "@/lib/feeds/documents";

export async function GET() {
  await connection();
  return new Response(await renderSiteRss(), {
    headers: { "Content-Type": RSS_CONTENT_TYPE, "Cache-Control": FEED_CACHE_CONTROL },
  });
}
