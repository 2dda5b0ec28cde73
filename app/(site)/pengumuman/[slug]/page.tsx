import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleBodyView } from "@/components/site/article-body";
import { getPublishedAnnouncement } from "@/lib/announcements/queries";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { slugSchema } from "@/lib/articles/slug";
import { formatCount, formatDate, formatDateTime } from "@/lib/format";
import { site } from "@/lib/site";

// A static page per announcement, like an article's (app/(site)/berita/[slug]/page.tsx):
// rendered on its first request, then served from the page cache until its tag expires
// (a change, or its `berlaku sampai` passing: lib/announcements/expiry.ts).
export const ensureStatic = "navigation";

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

type RouteProps = { params: Promise<{ slug: string }> };

const loadAnnouncement = cache(async (rawSlug: string) => {
  const slug = slugSchema.safeParse(rawSlug);
  return slug.success ? getPublishedAnnouncement(slug.data) : null;
});

export async function generateMetadata({ params }: RouteProps): Promise<Metadata> {
  const announcement = await loadAnnouncement((await params).slug);
  if (!announcement) return { title: "Halaman tidak ditemukan", robots: { index: false } };
  const url = `/pengumuman/${announcement.slug}`;
  return {
    title: announcement.title,
    description: announcement.excerpt,
    alternates: { canonical: url },
    openGraph: { type: "article", title: announcement.title, description: announcement.excerpt, url, locale: "id_ID" },
  };
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`
    : `${formatCount(Math.ceil(bytes / 1024))} KB`;
}

export default async function AnnouncementRoute({ params }: RouteProps) {
  const announcement = await loadAnnouncement((await params).slug);
  if (!announcement) notFound();
  return (
    <article className="mx-auto max-w-3xl">
      <nav aria-label="Remah roti" className="mb-4 text-sm">
        <Link href={announcement.isExpired ? "/pengumuman/arsip" : "/pengumuman"} className="text-brand-700 underline">
          {announcement.isExpired ? "Arsip pengumuman" : "Pengumuman"}
        </Link>
      </nav>
      <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{announcement.title}</h1>
      <p className="mt-3 text-sm text-muted">
        Diterbitkan {formatDate(announcement.publishedAt, site.timeZone)} · berlaku sampai{" "}
        {formatDateTime(announcement.validUntil, site.timeZone)}
      </p>
      {announcement.isExpired ? (
        <p className="mt-4 rounded border border-line bg-wash px-4 py-3 font-semibold">
          Masa berlaku pengumuman ini sudah berakhir.
        </p>
      ) : null}
      <div className="mt-6">
        <ArticleBodyView body={announcement.body} />
      </div>
      {announcement.attachment ? (
        <p className="mt-8 rounded border border-line p-4">
          <a
            href={`/pengumuman/${announcement.slug}/lampiran`}
            className="font-semibold text-brand-700 underline"
            download={announcement.attachment.fileName}
          >
            Unduh lampiran (PDF, {sizeLabel(announcement.attachment.bytes)})
          </a>
        </p>
      ) : null}
    </article>
  );
}
