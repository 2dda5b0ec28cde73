import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleBodyView } from "@/components/site/article-body";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { slugSchema } from "@/lib/articles/slug";
import { breadcrumbJsonLd, serializeJsonLd } from "@/lib/articles/structured-data";
import { formatDate } from "@/lib/format";
import { getPublishedPage } from "@/lib/pages/queries";
import { absoluteUrl, site } from "@/lib/site";

// A static page per published page, rendered on its first request and kept until its tag
// (lib/pages/cache-tags.ts) expires; an unknown or hidden slug answers a cached 404.
export const ensureStatic = "navigation";

/** Nothing is prerendered while building (builds never touch the database). */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

type PageRouteProps = { params: Promise<{ slug: string }> };

const loadPage = cache(async (rawSlug: string) => {
  const slug = slugSchema.safeParse(rawSlug);
  return slug.success ? getPublishedPage(slug.data) : null;
});

export async function generateMetadata({ params }: PageRouteProps): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  if (!page) return { title: "Halaman tidak ditemukan", robots: { index: false } };
  const url = `/profil/${page.slug}`;
  return {
    title: page.title,
    description: page.summary || undefined,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      title: page.title,
      description: page.summary,
      url,
      siteName: site.name,
      locale: "id_ID",
    },
  };
}

export default async function StaticPageRoute({ params }: PageRouteProps) {
  const page = await loadPage((await params).slug);
  if (!page) notFound();
  const url = absoluteUrl(`/profil/${page.slug}`);
  const breadcrumb = breadcrumbJsonLd([
    { name: "Beranda", url: absoluteUrl("/") },
    { name: "Profil", url: absoluteUrl("/profil") },
    { name: page.title, url },
  ]);
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd([breadcrumb]) }} />
      <article className="mx-auto max-w-3xl">
        <nav aria-label="Remah roti" className="no-print mb-3 text-sm text-muted">
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href="/" className="hover:underline">
                Beranda
              </Link>{" "}
              /
            </li>
            <li>
              <Link href="/profil" className="hover:underline">
                Profil
              </Link>
            </li>
          </ol>
        </nav>
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{page.title}</h1>
        {page.summary ? <p className="mt-3 text-lg text-muted">{page.summary}</p> : null}
        <div className="mt-6">
          <ArticleBodyView body={page.body} />
        </div>
        <p className="mt-8 border-t border-line pt-3 text-sm text-muted">
          Diperbarui <time dateTime={page.updatedAt.toISOString()}>{formatDate(page.updatedAt, site.timeZone)}</time>
        </p>
      </article>
    </>
  );
}
