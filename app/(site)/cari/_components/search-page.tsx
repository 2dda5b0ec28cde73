import { listCategories } from "@/lib/categories/queries";
import { searchDocuments } from "@/lib/documents/queries";
import { searchArticles } from "@/lib/search/queries";
import type { SearchQueryInput } from "@/lib/search/schema";
import { site } from "@/lib/site";
import { DocumentHits } from "./document-hits";
import { SearchForm } from "./search-form";
import { SearchHint, SearchNotices, SearchResultList } from "./search-results";

/**
 * The search page for one set of parameters: the form filled in, what was wrong with the
 * query string, and the results (or how to search when nothing was typed). Rendered whole
 * before the first byte goes out, so a reader without JavaScript gets the results too.
 */
export async function SearchPage({ input }: { input: SearchQueryInput }) {
  // Documents have no category or date filter: they are offered on the first page of a plain search.
  const withDocuments = input.q && input.halaman === 1 && !input.kategori && !input.dari && !input.sampai;
  const [categories, results, documents] = await Promise.all([
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
    withDocuments ? searchDocuments(input.q) : [],
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 font-serif text-3xl font-bold">Cari Berita</h1>
      <SearchForm terms={input} categories={categories} />
      <SearchNotices notices={input.notices} />
      <DocumentHits hits={documents} />
      {results ? <SearchResultList terms={input} results={results} timeZone={site.timeZone} /> : <SearchHint />}
    </div>
  );
}
