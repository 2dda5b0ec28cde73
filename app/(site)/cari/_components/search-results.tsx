import Link from "next/link";
import { ArticleCard } from "@/components/site/article-card";
import { formatCount } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";
import type { SearchHit, SearchResults, SnippetPart } from "@/lib/search/queries";
import { searchHref, type SearchTerms } from "./search-href";
import { Pagination } from "@/components/site/pagination";

const EXAMPLE_QUERIES = ["banjir", "jalan", "puskesmas", "beasiswa"];

/** Why part of the query string was ignored: an impossible date, a reversed range. */
export function SearchNotices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-ink">
      <ul className="list-disc space-y-1 pl-5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}

/** What to do on an empty search page. */
export function SearchHint() {
  return (
    <div className="mt-6 space-y-3 text-muted">
      <p>
        Ketik kata kunci di atas, lalu tekan <strong className="text-ink">Cari</strong>. Contoh:{" "}
        {EXAMPLE_QUERIES.map((example, index) => (
          <span key={example}>
            {index > 0 ? ", " : null}
            <Link href={searchHref({ q: example })} className="font-semibold text-brand-700 underline">
              {example}
            </Link>
          </span>
        ))}
        .
      </p>
      <p>
        Kata berimbuhan juga ditemukan: “membangun” menemukan “dibangun” dan “pembangunan”. Gunakan tanda kutip untuk
        frasa (“pasar murah”), tanda minus untuk mengecualikan kata (banjir -rob), dan OR untuk salah satu dari dua
        kata.
      </p>
    </div>
  );
}

/** The body passages around the matched words, each match in a <mark> (text only, never HTML). */
function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <p className="text-sm leading-relaxed text-ink">
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
      …
    </p>
  );
}

function SearchHitItem({ hit, timeZone }: { hit: SearchHit; timeZone: IndonesianTimeZone }) {
  return (
    <li>
      <ArticleCard
        article={hit}
        timeZone={timeZone}
        variant="search"
        badge={
          hit.isApproximate ? (
            <span className="rounded bg-wash px-2 py-0.5 font-semibold text-muted">Judul mirip</span>
          ) : null
        }
      >
        {hit.snippet.length > 0 ? <Snippet parts={hit.snippet} /> : undefined}
      </ArticleCard>
    </li>
  );
}

/** "Maksud Anda: banjir": the corrected query, whose hits follow the query's own. */
function Suggestion({ terms, suggestion }: { terms: SearchTerms; suggestion: string }) {
  return (
    <p className="mt-2 text-ink">
      Maksud Anda:{" "}
      <Link href={searchHref({ ...terms, q: suggestion })} className="font-semibold text-brand-700 italic underline">
        {suggestion}
      </Link>
      ? <span className="text-sm text-muted">Hasil untuk “{suggestion}” ikut ditampilkan di bawah.</span>
    </p>
  );
}

type SearchResultListProps = {
  terms: SearchTerms;
  results: SearchResults;
  timeZone: IndonesianTimeZone;
};

/** Result count, the hits, and page links; or an empty state that suggests what to try. */
export function SearchResultList({ terms, results, timeZone }: SearchResultListProps) {
  const hasFilters = Boolean(terms.kategori || terms.dari || terms.sampai);

  // CASE: nothing matches at all.
  if (results.total === 0) {
    return (
      <section aria-labelledby="hasil-pencarian" className="mt-8">
        <h2 id="hasil-pencarian" className="font-serif text-2xl font-bold">
          Tidak ada hasil untuk “{terms.q}”
        </h2>
        <p className="mt-3 text-muted">Beberapa saran:</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-ink">
          <li>Periksa ejaan kata kunci.</li>
          <li>Coba kata lain yang semakna, atau kata yang lebih umum.</li>
          <li>Gunakan lebih sedikit kata.</li>
          {hasFilters ? (
            <li>
              <Link href={searchHref({ q: terms.q })} className="font-semibold text-brand-700 underline">
                Cari “{terms.q}” di semua kategori dan tanggal
              </Link>
            </li>
          ) : null}
          <li>
            Lihat{" "}
            <Link href="/" className="font-semibold text-brand-700 underline">
              berita terbaru di beranda
            </Link>
            .
          </li>
        </ul>
      </section>
    );
  }

  return (
    <section aria-labelledby="hasil-pencarian" className="mt-8">
      <h2 id="hasil-pencarian" className="font-serif text-2xl font-bold">
        {results.isTotalCapped ? "Lebih dari " : null}
        {formatCount(results.total)} hasil untuk “{terms.q}”
      </h2>
      {results.suggestion ? <Suggestion terms={terms} suggestion={results.suggestion} /> : null}
      {results.isTotalCapped ? (
        // CASE: a very common word; only the newest matches were ranked (lib/search/queries.ts).
        <p className="mt-1 text-sm text-muted">
          Ditampilkan yang paling relevan di antara {formatCount(results.total)} berita terbaru yang cocok. Tambahkan
          kata kunci, atau pilih kategori atau tanggal, untuk mempersempit pencarian.
        </p>
      ) : null}
      {results.items.length === 0 ? (
        // CASE: a page past the last one (an old link, or an edited address).
        <div className="mt-4 rounded border border-line bg-wash px-4 py-6 text-center">
          <p className="font-semibold">Tidak ada hasil di halaman ini.</p>
          <p className="mt-3">
            <Link href={searchHref(terms)} className="font-semibold text-brand-700 underline">
              Kembali ke halaman 1
            </Link>
          </p>
        </div>
      ) : (
        <>
          {results.pageCount > 1 ? (
            <p className="mt-1 text-sm text-muted">
              Halaman {formatCount(results.page)} dari {formatCount(results.pageCount)}
            </p>
          ) : null}
          <ol className="mt-2 divide-y divide-line border-y border-line">
            {results.items.map((hit) => (
              <SearchHitItem key={hit.slug} hit={hit} timeZone={timeZone} />
            ))}
          </ol>
        </>
      )}
      <Pagination
        label="Halaman hasil pencarian"
        hrefFor={(page) => searchHref(terms, page)}
        page={results.page}
        pageCount={results.pageCount}
      />
    </section>
  );
}
