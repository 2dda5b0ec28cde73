import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { XML_CONTENT_TYPE, renderSitemapPart } from "@/lib/feeds/documents";

// One sitemap named by /sitemap.xml (halaman.xml, artikel-N.xml). Static like every public
// page: rendered on its first request, cached by tag; Next sets Cache-Control from the
// reads' lifetimes.

/** Nothing is prerendered while building (builds never touch the database). */
export function generateStaticParams() {
  return [{ name: BUILD_PLACEHOLDER_SLUG }];
}

export async function GET(_request: Request, context: { params: Promise<{ name: string }> }) {
  const { name } = await context.params;
  const xml = await renderSitemapPart(name);
  if (xml === null) {
    return new Response("Peta situs tidak ditemukan.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(xml, { headers: { "Content-Type": XML_CONTENT_TYPE } });
}
