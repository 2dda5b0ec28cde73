import type { Metadata } from "next";
import { Suspense } from "react";
import { listCategories } from "@/lib/categories/queries";
import { searchDocuments } from "@/lib/documents/queries";
import { searchArticles } from "@/lib/search/queries";
import { searchQuerySchema } from "@/lib/search/schema";
import { site } from "@/lib/site";
import { DocumentHits } from "./_components/document-hits";
import { SearchForm } from "./_components/search-form";
import { SearchHint, SearchNotices, SearchResultList } from "./_components/search-results";

type SearchRouteProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: SearchRouteProps): Promise<Metadata> {
  const { q } = searchQuerySchema.parse(await searchParams);
  return {
    title: q ? `Cari: ${q}` : "Cari Berita",
    // Result pages are endless and thin: searchers, not search engines, are their readers.
    robots: { index: false },
  };
}

async function SearchFormWithValues({ searchParams }: SearchRouteProps) {
  // searchParams first: it is what defers this part to request time, so the build never reads the database.
  const input = searchQuerySchema.parse(await searchParams);
  const categories = await listCategories();
  return <SearchForm key={JSON.stringify(input)} terms={input} categories={categories} />;
}

async function SearchOutcome({ searchParams }: SearchRouteProps) {
  const input = searchQuerySchema.parse(await searchParams);
  const notices = <SearchNotices notices={input.notices} />;
  // CASE: nothing typed yet (or only spaces): explain, and leave the database alone.
  if (!input.q) {
    return (
      <>
        {notices}
        <SearchHint />
      </>
    );
  }
  const [results, documents] = await Promise.all([
    searchArticles({
      query: input.q,
      categorySlug: input.kategori,
      fromDay: input.dari,
      toDay: input.sampai,
      page: input.halaman,
    }),
    // Documents have no category or date filter: they are offered on the first page of a plain search.
    input.halaman === 1 && !input.kategori && !input.dari && !input.sampai ? searchDocuments(input.q) : [],
  ]);
  return (
    <>
      {notices}
      <DocumentHits hits={documents} />
      <SearchResultList terms={input} results={results} timeZone={site.timeZone} />
    </>
  );
}

export default function SearchRoute({ searchParams }: SearchRouteProps) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 font-serif text-3xl font-bold">Cari Berita</h1>
      {/* The form needs the query string and the categories; until they arrive an empty, working form stands in. */}
      <Suspense fallback={<SearchForm terms={{ q: "" }} categories={[]} />}>
        <SearchFormWithValues searchParams={searchParams} />
      </Suspense>
      <Suspense fallback={<p className="mt-8 text-muted">Mencari…</p>}>
        <SearchOutcome searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
