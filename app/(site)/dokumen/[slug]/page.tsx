import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { slugSchema } from "@/lib/articles/slug";
import { breadcrumbJsonLd, serializeJsonLd } from "@/lib/articles/structured-data";
import { formatFileSize } from "@/lib/documents/file-name";
import { getPublishedDocument } from "@/lib/documents/queries";
import { documentListHref } from "@/lib/documents/routing";
import { formatDate } from "@/lib/format";
import { absoluteUrl, site } from "@/lib/site";

// A static page per published document; the file itself is ./unduh (counted, never cached).
export const ensureStatic = "navigation";

/** Nothing is prerendered while building (builds never touch the database). */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

type DocumentRouteProps = { params: Promise<{ slug: string }> };

const loadDocument = cache(async (rawSlug: string) => {
  const slug = slugSchema.safeParse(rawSlug);
  return slug.success ? getPublishedDocument(slug.data) : null;
});

export async function generateMetadata({ params }: DocumentRouteProps): Promise<Metadata> {
  const document = await loadDocument((await params).slug);
  if (!document) return { title: "Halaman tidak ditemukan", robots: { index: false } };
  const description = document.description || `${document.typeLabel} ${document.number} ${document.issuer}`.trim();
  return {
    title: document.title,
    description,
    alternates: { canonical: `/dokumen/${document.slug}` },
    openGraph: { type: "website", title: document.title, description, siteName: site.name, locale: "id_ID" },
  };
}

export default async function DocumentRoute({ params }: DocumentRouteProps) {
  const document = await loadDocument((await params).slug);
  if (!document) notFound();
  const url = absoluteUrl(`/dokumen/${document.slug}`);
  const structuredData = breadcrumbJsonLd([
    { name: "Beranda", url: absoluteUrl("/") },
    { name: "Dokumen", url: absoluteUrl("/dokumen") },
    { name: document.title, url },
  ]);
  const details: [string, string][] = [
    ["Jenis", document.typeLabel],
    ["Nomor", document.number || "–"],
    ["Tahun", String(document.year)],
    ["Unit penerbit", document.issuer],
    ["Diterbitkan", formatDate(document.publishedAt, site.timeZone)],
    ["Berkas", `${document.fileName} (${document.fileExtension.toUpperCase()}, ${formatFileSize(document.byteSize)})`],
    ["Diunduh", `${document.downloads.toLocaleString("id-ID")} kali`],
  ];
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd([structuredData]) }} />
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
              <Link href="/dokumen" className="hover:underline">
                Dokumen
              </Link>{" "}
              /
            </li>
            <li>
              <a href={documentListHref({ type: document.type, year: null, page: 1 })} className="hover:underline">
                {document.typeLabel}
              </a>
            </li>
          </ol>
        </nav>
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{document.title}</h1>
        <dl className="mt-6 grid gap-x-6 gap-y-2 border-y border-line py-4 text-sm sm:grid-cols-[10rem_1fr]">
          {details.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-semibold text-muted">{term}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
        {document.description ? <p className="mt-6 whitespace-pre-line">{document.description}</p> : null}
        <p className="mt-8">
          {/* A plain link: the route answers with the file as an attachment. */}
          <a
            href={`/dokumen/${document.slug}/unduh`}
            className="inline-flex min-h-11 items-center rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            download={document.fileName}
          >
            Unduh {document.fileExtension.toUpperCase()} ({formatFileSize(document.byteSize)})
          </a>
        </p>
      </article>
    </>
  );
}
