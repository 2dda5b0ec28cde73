import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { RSS_CONTENT_TYPE, renderCategoryRss } from "@/lib/feeds/documents";

// Static like every public page: rendered on its first request, cached by tag. Next sets
// Cache-Control from the reads' lifetimes.

/** Nothing is prerendered while building (builds never touch the database). */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const rss = await renderCategoryRss(slug);
  if (rss === null) {
    return new Response("Kategori tidak ditemukan.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(rss, { headers: { "Content-Type": RSS_CONTENT_TYPE } });
}
