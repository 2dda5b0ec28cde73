import Link from "next/link";
import { searchHref, type SearchTerms } from "./search-href";

type SearchPaginationProps = {
  terms: SearchTerms;
  page: number;
  pageCount: number;
};

const linkClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-line px-3 font-semibold text-brand-700 hover:border-brand-700 hover:bg-brand-50";
const currentClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-brand-700 bg-brand-700 px-3 font-semibold text-white";

/** First, last, and the current page with one neighbour each side; null marks a gap. */
function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  const numbers: (number | null)[] = [];
  for (const n of shown) {
    const previous = numbers.at(-1);
    // A gap of one page shows that page: an ellipsis standing for one number saves nothing.
    if (typeof previous === "number" && n - previous === 2) numbers.push(previous + 1);
    else if (typeof previous === "number" && n - previous > 2) numbers.push(null);
    numbers.push(n);
  }
  return numbers;
}

/** Page links that keep the query and filters; plain links, so they work without script. */
export function SearchPagination({ terms, page, pageCount }: SearchPaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Halaman hasil pencarian" className="mt-8 border-t border-line pt-6">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && page <= pageCount ? (
          <li>
            <Link href={searchHref(terms, page - 1)} rel="prev" className={linkClass}>
              <span aria-hidden="true">←&nbsp;</span>Sebelumnya
            </Link>
          </li>
        ) : null}
        {pageNumbers(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={searchHref(terms, n)}
                aria-label={`Halaman ${n}`}
                aria-current={n === page ? "page" : undefined}
                className={n === page ? currentClass : linkClass}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={searchHref(terms, page + 1)} rel="next" className={linkClass}>
              Berikutnya<span aria-hidden="true">&nbsp;→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
