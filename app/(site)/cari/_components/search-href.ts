/** What the reader searched for: everything in the query string but the page. */
export type SearchTerms = { q: string; kategori?: string; dari?: string; sampai?: string };

/** /cari with the same query and filters on another page; empty filters and page 1 are left out. */
export function searchHref(terms: SearchTerms, page = 1): string {
  const params = new URLSearchParams();
  if (terms.q) params.set("q", terms.q);
  if (terms.kategori) params.set("kategori", terms.kategori);
  if (terms.dari) params.set("dari", terms.dari);
  if (terms.sampai) params.set("sampai", terms.sampai);
  if (page > 1) params.set("halaman", String(page));
  const query = params.toString();
  return query ? `/cari?${query}` : "/cari";
}
