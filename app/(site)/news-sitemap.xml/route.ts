import { connection } from "next/server";
import { FEED_CACHE_CONTROL, XML_CONTENT_TYPE, renderNewsSitemap } from "@/lib/feeds/documents";

export async function GET() {
  await connection();
  return new Response(await renderNewsSitemap(), {
    headers: { "Content-Type": XML_CONTENT_TYPE, "Cache-Control": FEED_CACHE_CONTROL },
  });
}
