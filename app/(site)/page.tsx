import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { ArticleCard } from "@/components/site/article-card";
import { CoverImage } from "@/components/site/cover-image";
import { listLatestArticles } from "@/lib/articles/queries";
import { formatDate } from "@/lib/format";
import { site } from "@/lib/site";

async function LatestNews() {
  await connection();
  const [headline, ...latest] = await listLatestArticles(13);
  if (!headline) {
    return <p className="py-12 text-center text-muted">Belum ada berita yang diterbitkan.</p>;
  }
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <section aria-labelledby="berita-utama" className="lg:col-span-2">
        <h2 id="berita-utama" className="sr-only">
          Berita utama
        </h2>
        <article className="rounded border border-line bg-wash p-6">
          {headline.cover ? (
            <CoverImage cover={headline.cover} sizes="(min-width: 1024px) 43rem, 100vw" isPriority showCaption={false} className="mb-4" />
          ) : null}
          <Link
            href={`/kategori/${headline.category.slug}`}
            className="text-xs font-bold tracking-wide text-accent-600 uppercase hover:underline"
          >
            {headline.category.name}
          </Link>
          <h3 className="mt-2 font-serif text-3xl leading-tight font-bold">
            <Link href={`/berita/${headline.slug}`} className="hover:text-brand-700 hover:underline">
              {headline.title}
            </Link>
          </h3>
          <p className="mt-3 text-muted">{headline.excerpt}</p>
          <p className="mt-3 text-sm text-muted">
            {headline.writer.displayName} ·{" "}
            <time dateTime={headline.publishedAt.toISOString()}>{formatDate(headline.publishedAt, site.timeZone)}</time>
          </p>
        </article>
      </section>
      <section aria-labelledby="berita-terkini" className="lg:row-span-2">
        <h2 id="berita-terkini" className="mb-4 border-b-2 border-brand-700 pb-1 font-serif text-xl font-bold">
          Berita Terkini
        </h2>
        <div className="flex flex-col gap-4">
          {latest.slice(0, 6).map((article) => (
            <ArticleCard key={article.slug} article={article} timeZone={site.timeZone} showExcerpt={false} />
          ))}
        </div>
      </section>
      <section aria-label="Berita lainnya" className="grid gap-6 sm:grid-cols-2 lg:col-span-2">
        {latest.slice(6).map((article) => (
          <ArticleCard key={article.slug} article={article} timeZone={site.timeZone} />
        ))}
      </section>
    </div>
  );
}

export default function HomePage() {
  return (
    <>
      <h1 className="sr-only">{site.name}</h1>
      <Suspense fallback={<p className="py-12 text-center text-muted">Memuat berita…</p>}>
        <LatestNews />
      </Suspense>
    </>
  );
}
