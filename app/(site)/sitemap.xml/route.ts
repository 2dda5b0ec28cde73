import { XML_CONTENT_TYPE, renderSitemapIndex } from "@/lib/feeds/documents";

// The sitemap index. Static like every public page: rendered on its first request (never
// at build), cached by tag; Next sets Cache-Control from the reads' lifetimes.
export async function GET() {
  return new Response(await renderSitemapIndex(), { headers: { "Content-Type": XML_CONTENT_TYPE } });
}
