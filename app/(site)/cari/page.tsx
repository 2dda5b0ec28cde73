import type { Metadata } from "next";
import { searchQuerySchema } from "@/lib/search/schema";
import { SearchPage } from "./_components/search-page";

// The empty search page: a static page like every public one. A search with parameters is
// served by ./hasil/[kueri] (proxy.ts rewrites `/cari?q=…` there).
export const ensureStatic = "navigation";

export const metadata: Metadata = {
  title: "Cari Berita",
  // Result pages are endless and thin: searchers, not search engines, are their readers.
  robots: { index: false },
};

export default function SearchRoute() {
  return <SearchPage input={searchQuerySchema.parse({})} />;
}
