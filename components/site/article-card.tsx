import Link from "next/link";
import type { ReactNode } from "react";
import type { ArticleCard as ArticleCardData } from "@/lib/articles/queries";
import { formatDate, formatViews } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";
import { CoverImage } from "./cover-image";

/**
 * - `standard`: grids and side lists (front page, category/tag/author pages, related articles);
 * - `lead`: the front page's main story, boxed, with a large priority cover;
 * - `ranked`: a most-read entry: date and view count instead of the writer;
 * - `search`: a search hit: category and date above the title, the matched passages, "Oleh …".
 */
export type ArticleCardVariant = "standard" | "lead" | "ranked" | "search";

/** Every card shows these; list queries pass an ArticleCard row, search passes its hit. */
type CardArticle = Pick<ArticleCardData, "slug" | "title" | "excerpt" | "publishedAt" | "category"> & {
  writer: { displayName: string };
  cover?: ArticleCardData["cover"];
};

type ArticleCardProps = {
  article: CardArticle;
  timeZone: IndonesianTimeZone;
  variant?: ArticleCardVariant;
  headingLevel?: "h2" | "h3";
  showExcerpt?: boolean;
  /** Show the cover as a thumbnail above the label (grids; not in dense side lists). Always on for `lead`. */
  showImage?: boolean;
  /** `ranked`: the views the ranking counted. */
  views?: number;
  /** `search`: a note after the date ("Judul mirip"). */
  badge?: ReactNode;
  /** Shown in place of the excerpt (search: the passages around the matched words). */
  children?: ReactNode;
};

type CardStyles = { card: string; category: string; heading: string; title: string; excerpt: string; meta: string };

const STYLES: Record<ArticleCardVariant, CardStyles> = {
  standard: {
    card: "flex flex-col gap-1 border-b border-line pb-4",
    category: "text-xs font-bold tracking-wide text-accent-600 uppercase hover:underline",
    heading: "font-serif text-lg leading-snug font-bold",
    title: "hover:text-brand-700 hover:underline",
    excerpt: "text-sm text-muted",
    meta: "text-xs text-muted",
  },
  lead: {
    card: "rounded border border-line bg-wash p-6",
    category: "text-xs font-bold tracking-wide text-accent-600 uppercase hover:underline",
    heading: "mt-2 font-serif text-3xl leading-tight font-bold",
    title: "hover:text-brand-700 hover:underline",
    excerpt: "mt-3 text-muted",
    meta: "mt-3 text-sm text-muted",
  },
  ranked: {
    card: "flex min-w-0 flex-col gap-1",
    category: "text-xs font-bold tracking-wide text-accent-600 uppercase hover:underline",
    heading: "font-serif text-lg leading-snug font-bold",
    title: "hover:text-brand-700 hover:underline",
    excerpt: "text-sm text-muted",
    meta: "text-xs text-muted",
  },
  search: {
    card: "flex flex-col gap-1.5 py-5",
    // The label's size comes from the line it shares with the date.
    category: "font-bold tracking-wide text-accent-600 uppercase hover:underline",
    heading: "font-serif text-xl leading-snug font-bold",
    title: "text-ink hover:text-brand-700 hover:underline",
    excerpt: "text-sm leading-relaxed text-ink",
    meta: "text-xs text-muted",
  },
};

// Rendered widths: the page's 1rem side padding, and the lead box's own 1.5rem.
const COVER_SIZES = {
  lead: "(min-width: 1024px) 43rem, calc(100vw - 5rem)",
  grid: "(min-width: 1024px) 22rem, (min-width: 640px) 45vw, calc(100vw - 2rem)",
};

/** One article in a list: the only place that lays out category, title, excerpt, writer and date for readers. */
export function ArticleCard({
  article,
  timeZone,
  variant = "standard",
  headingLevel = "h3",
  showExcerpt = true,
  showImage = false,
  views,
  badge,
  children,
}: ArticleCardProps) {
  const Heading = headingLevel;
  const styles = STYLES[variant];
  const isLead = variant === "lead";
  const date = <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt, timeZone)}</time>;
  const category = (
    <Link href={`/kategori/${article.category.slug}`} className={styles.category}>
      {article.category.name}
    </Link>
  );
  return (
    <article className={styles.card}>
      {(showImage || isLead) && article.cover ? (
        <CoverImage
          cover={article.cover}
          sizes={isLead ? COVER_SIZES.lead : COVER_SIZES.grid}
          isPriority={isLead}
          showCaption={false}
          className={isLead ? "mb-4" : "mb-2"}
        />
      ) : null}
      {variant === "search" ? (
        <p className="flex flex-wrap items-center gap-x-2 text-xs text-muted">
          {category}
          <span aria-hidden="true">·</span>
          {date}
          {badge}
        </p>
      ) : (
        category
      )}
      <Heading className={styles.heading}>
        <Link href={`/berita/${article.slug}`} className={styles.title}>
          {article.title}
        </Link>
      </Heading>
      {children ?? (showExcerpt && article.excerpt ? <p className={styles.excerpt}>{article.excerpt}</p> : null)}
      <p className={styles.meta}>
        {variant === "search" ? (
          <>Oleh {article.writer.displayName}</>
        ) : variant === "ranked" ? (
          <>
            {date} · {formatViews(views ?? 0)}
          </>
        ) : (
          <>
            {article.writer.displayName} · {date}
          </>
        )}
      </p>
    </article>
  );
}
