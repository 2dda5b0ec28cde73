import { listCategories } from "@/lib/categories/queries";
import { searchArticles } from "@/lib/search/queries";
import type { SearchQueryInput } from "@/lib/search/schema";
import { site } from "@/lib/site";
import { SearchForm } from "./search-form";
import { SearchHint, SearchNotices, SearchResultList } from "./search-results";

/**
 * The search page for one set of parameters: the form filled in, what was wrong with the
 * query string, and the results (or how to search when nothing was typed). Rendered whole
 * before the first byte goes out, so a reader without JavaScript gets the results too.
 */
export async function SearchPage({ input }: { input: SearchQueryInput }) {
  const [categories, results] = await Promise.all([
    listCategories(),
    // CASE: nothing typed yet (or only spaces): explain, and leave the database alone.
    input.q
      ? searchArticles({
          query: input.q,
          categorySlug: input.kategori,
          fromDay: input.dari,
          toDay: input.sampai,
          page: input.halaman,
        })
      : null,
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 font-serif text-3xl font-bold">Cari Berita</h1>
      <SearchForm terms={input} categories={categories} />
      <SearchNotices notices={input.notices} />
      {results ? <SearchResultList terms={input} results={results} timeZone={site.timeZone} /> : <SearchHint />}
    </div>
  );
}
