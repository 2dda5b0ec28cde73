import { pageHref, pageWindow } from "@/lib/articles/pagination";

type PaginationProps = {
  page: number;
  pageCount: number;
  /** Accessible name of the navigation landmark. */
  label?: string;
} & (
  | {
      /** The list's address without a page number: "/kategori/pemerintahan". */
      basePath: string;
      hrefFor?: never;
    }
  | {
      basePath?: never;
      /** The address of page N, for lists whose links carry more than a page (search). */
      hrefFor: (page: number) => string;
    }
);

const linkClass =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-line px-3 font-semibold text-brand-700 hover:border-brand-700 hover:bg-brand-50";

/**
 * Page links for a public list: previous, numbered pages with ellipses for long ranges,
 * next. Nothing renders for a single page. Plain links (no script), so it works before
 * hydration and for crawlers; the current page is marked with aria-current. Not
 * next/link: each page of a list is a static page of its own behind a proxy rewrite
 * (lib/articles/routing.ts), and the client router would reuse the first page.
 */
export function Pagination({ basePath, hrefFor, page, pageCount, label = "Halaman" }: PaginationProps) {
  if (pageCount <= 1) return null;
  const href = (target: number) => (hrefFor ? hrefFor(target) : pageHref(basePath, target));
  return (
    <nav aria-label={label} className="mt-8 border-t border-line pt-6">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && page <= pageCount ? (
          <li>
            <a href={href(page - 1)} rel="prev" className={linkClass}>
              <span aria-hidden="true">←&nbsp;</span>Sebelumnya
            </a>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((item) =>
          item.kind === "ellipsis" ? (
            <li key={`ellipsis-${item.key}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item.page}>
              <a
                href={href(item.page)}
                aria-label={`Halaman ${item.page}`}
                aria-current={item.page === page ? "page" : undefined}
                className={
                  item.page === page
                    ? "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-brand-700 bg-brand-700 px-3 font-semibold text-white"
                    : linkClass
                }
              >
                {item.page}
              </a>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a href={href(page + 1)} rel="next" className={linkClass}>
              Berikutnya<span aria-hidden="true">&nbsp;→</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
