import { connection } from "next/server";
import { FEED_CACHE_CONTROL, RSS_CONTENT_TYPE, renderCategoryRss } from "@/lib/feeds/documents";

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await context.params;
  const rss = await renderCategoryRss(slug);
  if (rss === null) {
    return new Response("Kategori tidak ditemukan.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(rss, { headers: { "Content-Type": RSS_CONTENT_TYPE, "Cache-Control": FEED_CACHE_CONTROL } });
}
