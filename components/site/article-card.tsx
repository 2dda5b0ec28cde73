import Link from "next/link";
import type { ArticleCard as ArticleCardData } from "@/lib/articles/queries";
import { formatDate } from "@/lib/format";
import type { IndonesianTimeZone } from "@/lib/time";
import { CoverImage } from "./cover-image";

type ArticleCardProps = {
  article: ArticleCardData;
  timeZone: IndonesianTimeZone;
  headingLevel?: "h2" | "h3";
  showExcerpt?: boolean;
  /** Show the cover as a thumbnail above the label (grids; not in dense side lists). */
  showImage?: boolean;
};

export function ArticleCard({
  article,
  timeZone,
  headingLevel = "h3",
  showExcerpt = true,
  showImage = false,
}: ArticleCardProps) {
  const Heading = headingLevel;
  return (
    <article className="flex flex-col gap-1 border-b border-line pb-4">
      {showImage && article.cover ? (
        <CoverImage
          cover={article.cover}
          sizes="(min-width: 1024px) 22rem, (min-width: 640px) 45vw, 100vw"
          showCaption={false}
          className="mb-2"
        />
      ) : null}
      <Link
        href={`/kategori/${article.category.slug}`}
        className="text-xs font-bold tracking-wide text-accent-600 uppercase hover:underline"
      >
        {article.category.name}
      </Link>
      <Heading className="font-serif text-lg leading-snug font-bold">
        <Link href={`/berita/${article.slug}`} className="hover:text-brand-700 hover:underline">
          {article.title}
        </Link>
      </Heading>
      {showExcerpt && article.excerpt ? <p className="text-sm text-muted">{article.excerpt}</p> : null}
      <p className="text-xs text-muted">
        {article.writer.displayName} ·{" "}
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt, timeZone)}</time>
      </p>
    </article>
  );
}
