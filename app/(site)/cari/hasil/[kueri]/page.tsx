import type { Metadata } from "next";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { searchParamsOfSegment, searchQuerySchema } from "@/lib/search/schema";
import { SearchPage } from "../../_components/search-page";

// One search (`/cari?q=banjir&kategori=…`), at the internal address proxy.ts rewrites it to
// (lib/articles/routing.ts): a static page per query, rendered whole on its first request
// and kept while its results may be (the search's cache life and the article lists' tag).
export const ensureStatic = "navigation";

/** Nothing is prerendered while building; every search renders on its first request. */
export function generateStaticParams() {
  return [{ kueri: BUILD_PLACEHOLDER_SLUG }];
}

type SearchResultRouteProps = { params: Promise<{ kueri: string }> };

async function inputOf({ params }: SearchResultRouteProps) {
  return searchQuerySchema.parse(searchParamsOfSegment((await params).kueri));
}

export async function generateMetadata(props: SearchResultRouteProps): Promise<Metadata> {
  const { q } = await inputOf(props);
  return {
    title: q ? `Cari: ${q}` : "Cari Berita",
    // Result pages are endless and thin: searchers, not search engines, are their readers.
    robots: { index: false },
  };
}

export default async function SearchResultRoute(props: SearchResultRouteProps) {
  return <SearchPage input={await inputOf(props)} />;
}
