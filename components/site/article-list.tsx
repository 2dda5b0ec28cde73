import type { ReactNode } from "react";
import type { ArticleCard as ArticleCardData } from "@/lib/articles/queries";
import { formatCount } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";
import { ArticleCard } from "./article-card";
import { Pagination } from "./pagination";

type ArticleListViewProps = {
  /** Small label above the heading: "Kategori", "Tag", "Penulis". */
  eyebrow: string;
  heading: string;
  description?: ReactNode;
  items: ArticleCardData[];
  total: number;
  page: number;
  pageCount: number;
  basePath: string;
  timeZone: IndonesianTimeZone;
  /** Shown instead of the list when nothing is published yet. */
  emptyMessage: string;
};

/** The shared body of the category, tag and author pages: heading, count, cards, page links. */
export function ArticleListView({
  eyebrow,
  heading,
  description,
  items,
  total,
  page,
  pageCount,
  basePath,
  timeZone,
  emptyMessage,
}: ArticleListViewProps) {
  return (
    <>
      <header className="mb-6 border-b-2 border-brand-700 pb-4">
        <p className="text-sm font-bold tracking-wide text-accent-600 uppercase">{eyebrow}</p>
        <h1 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-4xl">{heading}</h1>
        {description ? <p className="mt-2 max-w-3xl text-muted">{description}</p> : null}
        <p className="mt-2 text-sm text-muted">
          {formatCount(total)} berita
          {pageCount > 1 ? ` · halaman ${formatCount(page)} dari ${formatCount(pageCount)}` : null}
        </p>
      </header>
      {items.length === 0 ? (
        <p className="rounded border border-line bg-wash px-6 py-12 text-center text-muted">{emptyMessage}</p>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} timeZone={timeZone} headingLevel="h2" showImage />
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath={basePath} page={page} pageCount={pageCount} />
    </>
  );
}
