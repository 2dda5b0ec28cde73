import Link from "next/link";
import { ArticleCard } from "@/components/site/article-card";
import { PortalHomeBlocks } from "@/components/site/portal-home";
import { getHomeFront, listCategoryHighlights } from "@/lib/articles/home-queries";
import { formatViews } from "@/lib/format";
import { site } from "@/lib/site";
import { listPopularArticles } from "@/lib/views/queries";

function SectionHeading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={id} className="mb-4 border-b-2 border-brand-700 pb-1 font-serif text-xl font-bold">
      {children}
    </h2>
  );
}

async function FrontPage() {
  const [{ headline, featured, latest }, popular, highlights] = await Promise.all([
    getHomeFront(8),
    listPopularArticles("7", 5),
    listCategoryHighlights(3),
  ]);
  if (!headline) {
    return <p className="py-12 text-center text-muted">Belum ada berita yang diterbitkan.</p>;
  }
  return (
    <>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="berita-utama" className="lg:col-span-2">
          <h2 id="berita-utama" className="sr-only">
            Berita utama
          </h2>
          <ArticleCard article={headline} timeZone={site.timeZone} variant="lead" />
          {featured.length > 0 ? (
            // Pinned by editors (dashboard "Beranda"), each until its expiry.
            <section aria-labelledby="pilihan-redaksi" className="mt-6">
              <SectionHeading id="pilihan-redaksi">Pilihan Redaksi</SectionHeading>
              <div className="grid gap-6 sm:grid-cols-2">
                {featured.map((article) => (
                  <ArticleCard key={article.slug} article={article} timeZone={site.timeZone} showImage />
                ))}
              </div>
            </section>
          ) : (
            <div className="mt-6 grid gap-6 sm:grid-cols-2">
              {latest.slice(6).map((article) => (
                <ArticleCard key={article.slug} article={article} timeZone={site.timeZone} showImage />
              ))}
            </div>
          )}
        </section>
        <div className="flex flex-col gap-10">
          <section aria-labelledby="berita-terkini">
            <SectionHeading id="berita-terkini">Berita Terkini</SectionHeading>
            <div className="flex flex-col gap-4">
              {latest.slice(0, 6).map((article) => (
                <ArticleCard key={article.slug} article={article} timeZone={site.timeZone} showExcerpt={false} />
              ))}
            </div>
          </section>
          {popular.length > 0 ? (
            <section aria-labelledby="terpopuler">
              <SectionHeading id="terpopuler">Terpopuler</SectionHeading>
              <ol className="flex flex-col gap-3">
                {popular.map((article, index) => (
                  <li key={article.slug} className="flex gap-3">
                    <span aria-hidden="true" className="font-serif text-2xl font-bold text-brand-600">
                      {index + 1}
                    </span>
                    <div>
                      <Link
                        href={`/berita/${article.slug}`}
                        className="font-serif leading-snug font-bold hover:text-brand-700 hover:underline"
                      >
                        {article.title}
                      </Link>
                      <p className="text-xs text-muted">{formatViews(article.views)}</p>
                    </div>
                  </li>
                ))}
              </ol>
              <Link
                href="/terpopuler"
                className="mt-3 inline-block text-sm font-semibold text-brand-700 hover:underline"
              >
                Lihat semua berita terpopuler
              </Link>
            </section>
          ) : null}
        </div>
      </div>
      <div className="mt-12 grid gap-10 md:grid-cols-2 lg:grid-cols-3">
        {highlights.map(({ category, articles }) => (
          <section key={category.slug} aria-labelledby={`kategori-${category.slug}`}>
            <h2
              id={`kategori-${category.slug}`}
              className="mb-4 flex items-baseline justify-between border-b-2 border-brand-700 pb-1 font-serif text-xl font-bold"
            >
              {category.name}
              <Link
                href={`/kategori/${category.slug}`}
                className="font-sans text-sm font-semibold text-brand-700 hover:underline"
              >
                Lihat semua<span className="sr-only"> berita {category.name}</span>
              </Link>
            </h2>
            <div className="flex flex-col gap-4">
              {articles.map((article) => (
                <ArticleCard key={article.slug} article={article} timeZone={site.timeZone} showExcerpt={false} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}

export default function HomePage() {
  return (
    <>
      <h1 className="sr-only">{site.name}</h1>
      {/* No Suspense: every read is cached, and the front page is whole in its first HTML,
          for readers without JavaScript too (no "Memuat berita…" left standing). */}
      <FrontPage />
      <PortalHomeBlocks />
    </>
  );
}
