import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleBodyView } from "@/components/site/article-body";
import { CoverImage } from "@/components/site/cover-image";
import { getPublishedArticle } from "@/lib/articles/queries";
import { slugSchema } from "@/lib/articles/slug";
import { formatDate, formatTime, formatViews } from "@/lib/format";
import { site } from "@/lib/site";

// The article is rendered whole before the first byte (no streamed fallback), so an
// unknown or unpublished slug answers with a real 404 status. Rendered pages are then
// served from Next's cache until the article's tag is invalidated.
export const instant = false;

type ArticleRouteProps = { params: Promise<{ slug: string }> };

// generateMetadata and the page both need the article: one lookup per request.
const loadArticle = cache(async (rawSlug: string) => {
  const slug = slugSchema.safeParse(rawSlug);
  return slug.success ? getPublishedArticle(slug.data) : null;
});

export async function generateMetadata({ params }: ArticleRouteProps): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return { title: "Berita tidak ditemukan" };
  return {
    title: article.title,
    description: article.excerpt,
    alternates: { canonical: `/berita/${article.slug}` },
    openGraph: {
      type: "article",
      title: article.title,
      description: article.excerpt,
      url: `/berita/${article.slug}`,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.category.name,
    },
  };
}

export default async function ArticleRoute({ params }: ArticleRouteProps) {
  const article = await loadArticle((await params).slug);
  if (!article) notFound();

  return (
    <article className="mx-auto max-w-3xl">
      <Link
        href={`/kategori/${article.category.slug}`}
        className="text-sm font-bold tracking-wide text-accent-600 uppercase hover:underline"
      >
        {article.category.name}
      </Link>
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">{article.title}</h1>
      <p className="mt-4 flex flex-wrap gap-x-3 gap-y-1 border-y border-line py-3 text-sm text-muted">
        <span>
          Oleh{" "}
          <Link href={`/penulis/${article.writer.username}`} className="font-semibold text-brand-700 hover:underline">
            {article.writer.displayName}
          </Link>
        </span>
        <time dateTime={article.publishedAt.toISOString()}>
          {formatDate(article.publishedAt, site.timeZone)}, {formatTime(article.publishedAt, site.timeZone)}
        </time>
        <span>{formatViews(article.views)}</span>
      </p>
      {article.cover ? <CoverImage cover={article.cover} sizes="(min-width: 48rem) 48rem, 100vw" isPriority className="mt-6" /> : null}
      <div className="mt-6">
        <ArticleBodyView body={article.body} dateline={article.dateline} signOff={article.signOff} />
      </div>
      {article.tags.length > 0 ? (
        <ul aria-label="Tag" className="mt-8 flex flex-wrap gap-2 text-sm">
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={`/tag/${tag.slug}`} className="rounded-full bg-brand-50 px-3 py-1 text-brand-800 hover:bg-brand-100">
                #{tag.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
