import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArticleBodyView } from "@/components/site/article-body";
import { ArticleCard } from "@/components/site/article-card";
import { CoverImage } from "@/components/site/cover-image";
import { ShareLinks } from "@/components/site/share-links";
import { ViewBeacon } from "@/components/site/view-beacon";
import { getMovedArticleSlug, getPublishedArticle } from "@/lib/articles/queries";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { getAdjacentArticles, listRelatedArticles } from "@/lib/articles/related-queries";
import { slugSchema } from "@/lib/articles/slug";
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from "@/lib/articles/structured-data";
import { formatDate, formatTime, formatViews } from "@/lib/format";
import { ogImageUrl, OG_IMAGE_SIZE } from "@/lib/media/urls";
import { absoluteUrl, site } from "@/lib/site";

// A static page per article, rendered on its first request and served from the page
// cache until one of its tags is invalidated (lib/articles/cache.ts). The first request
// waits for the whole render, so a missing article answers a real 404 and an old slug a
// real 308, and those answers are cached too.
export const ensureStatic = "navigation";

/**
 * Nothing is prerendered while building (builds never touch the database): one
 * placeholder satisfies Next, and every real article renders on its first request.
 */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

type ArticleRouteProps = { params: Promise<{ slug: string }> };

// generateMetadata and the page both need the article: one lookup per request.
const loadArticle = cache(async (rawSlug: string) => {
  const slug = slugSchema.safeParse(rawSlug);
  return slug.success ? getPublishedArticle(slug.data) : null;
});

const DEFAULT_SHARE_IMAGE = { url: "/og-default.jpg", ...OG_IMAGE_SIZE };

/** The 1200×630 share image: the cover's, or the portal's default. */
function shareImageOf(article: { cover: { id: string } | null }) {
  return article.cover ? { url: ogImageUrl(article.cover.id), ...OG_IMAGE_SIZE } : DEFAULT_SHARE_IMAGE;
}

export async function generateMetadata({ params }: ArticleRouteProps): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return { title: "Halaman tidak ditemukan", robots: { index: false } };
  const url = `/berita/${article.slug}`;
  const image = { ...shareImageOf(article), alt: article.cover?.alt || article.title };
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: url },
    authors: [{ name: article.writer.displayName, url: `/penulis/${article.writer.username}` }],
    openGraph: {
      type: "article",
      title: article.title,
      description: article.description,
      url,
      siteName: site.name,
      locale: "id_ID",
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.category.name,
      tags: article.tags.map((tag) => tag.name),
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: article.title,
      description: article.description,
      images: [image.url],
    },
  };
}

export default async function ArticleRoute({ params }: ArticleRouteProps) {
  const { slug } = await params;
  const article = await loadArticle(slug);
  if (!article) {
    const movedTo = slugSchema.safeParse(slug).success ? await getMovedArticleSlug(slug) : null;
    if (movedTo) permanentRedirect(`/berita/${movedTo}`);
    notFound();
  }

  const [related, adjacent] = await Promise.all([
    listRelatedArticles(article.id),
    getAdjacentArticles(article.id, article.category.slug, article.publishedAt),
  ]);
  const url = absoluteUrl(`/berita/${article.slug}`);
  const structuredData = [
    newsArticleJsonLd({
      url,
      headline: article.title,
      description: article.description,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      authorName: article.writer.displayName,
      authorUrl: absoluteUrl(`/penulis/${article.writer.username}`),
      section: article.category.name,
      keywords: article.tags.map((tag) => tag.name),
      imageUrl: absoluteUrl(shareImageOf(article).url),
      publisher: { name: site.publisher, url: site.url, logoUrl: absoluteUrl(DEFAULT_SHARE_IMAGE.url) },
      timeZone: site.timeZone,
    }),
    breadcrumbJsonLd([
      { name: "Beranda", url: absoluteUrl("/") },
      { name: article.category.name, url: absoluteUrl(`/kategori/${article.category.slug}`) },
      { name: article.title, url },
    ]),
  ];

  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(structuredData) }} />
      <article className="mx-auto max-w-3xl" data-section={`/kategori/${article.category.slug}`}>
        <nav aria-label="Remah roti" className="no-print mb-3 text-sm text-muted">
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href="/" className="hover:underline">
                Beranda
              </Link>{" "}
              /
            </li>
            <li>
              <Link href={`/kategori/${article.category.slug}`} className="hover:underline">
                {article.category.name}
              </Link>
            </li>
          </ol>
        </nav>
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
          <span>
            Kategori:{" "}
            <Link href={`/kategori/${article.category.slug}`} className="hover:underline">
              {article.category.name}
            </Link>
          </span>
          {/* The count when the page was rendered; the view beacon's answer updates it. */}
          <span data-view-count>{formatViews(article.views)}</span>
        </p>
        {article.cover ? (
          <CoverImage
            cover={article.cover}
            sizes="(min-width: 50rem) 48rem, calc(100vw - 2rem)"
            isPriority
            className="mt-6"
          />
        ) : null}
        <div className="mt-6">
          <ArticleBodyView body={article.body} dateline={article.dateline} signOff={article.signOff} />
        </div>
        {article.tags.length > 0 ? (
          <section aria-labelledby="tag-berita" className="mt-8">
            <h2 id="tag-berita" className="sr-only">
              Tag
            </h2>
            <ul className="flex flex-wrap gap-2 text-sm">
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <Link
                    href={`/tag/${tag.slug}`}
                    className="inline-block rounded-full bg-brand-50 px-3 py-1 text-brand-800 hover:bg-brand-100"
                  >
                    #{tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ShareLinks url={url} title={article.title} />
        <ViewBeacon slug={article.slug} articleId={article.id} />
        {adjacent.previous || adjacent.next ? (
          <nav
            aria-label={`Berita lain di ${article.category.name}`}
            className="no-print mt-8 grid gap-4 sm:grid-cols-2"
          >
            {adjacent.previous ? (
              <Link
                href={`/berita/${adjacent.previous.slug}`}
                rel="prev"
                className="rounded border border-line p-4 hover:bg-wash"
              >
                <span className="block text-xs font-bold text-muted uppercase">Sebelumnya</span>
                <span className="font-serif font-bold">{adjacent.previous.title}</span>
              </Link>
            ) : (
              <span />
            )}
            {adjacent.next ? (
              <Link
                href={`/berita/${adjacent.next.slug}`}
                rel="next"
                className="rounded border border-line p-4 text-right hover:bg-wash"
              >
                <span className="block text-xs font-bold text-muted uppercase">Berikutnya</span>
                <span className="font-serif font-bold">{adjacent.next.title}</span>
              </Link>
            ) : null}
          </nav>
        ) : null}
      </article>
      {related.length > 0 ? (
        <section aria-labelledby="berita-terkait" className="no-print mx-auto mt-12 max-w-5xl">
          <h2 id="berita-terkait" className="mb-4 border-b-2 border-brand-700 pb-1 font-serif text-xl font-bold">
            Berita Terkait
          </h2>
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {related.map((item) => (
              <ArticleCard key={item.slug} article={item} timeZone={site.timeZone} showExcerpt={false} />
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
