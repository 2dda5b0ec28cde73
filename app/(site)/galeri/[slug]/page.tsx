import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { GalleryPicture } from "@/components/site/gallery-picture";
import { BUILD_PLACEHOLDER_SLUG } from "@/lib/articles/routing";
import { slugSchema } from "@/lib/articles/slug";
import { breadcrumbJsonLd, serializeJsonLd } from "@/lib/articles/structured-data";
import { formatDate } from "@/lib/format";
import { getPublishedGalleryItem, type GalleryPhotoView } from "@/lib/gallery/queries";
import { ogImageUrl, OG_IMAGE_SIZE } from "@/lib/media/urls";
import { absoluteUrl, site } from "@/lib/site";
import { YouTubePlayer } from "../_components/youtube-player";

// A static page per published album or video, kept until its tag expires.
export const ensureStatic = "navigation";

/** Nothing is prerendered while building (builds never touch the database). */
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

type GalleryRouteProps = { params: Promise<{ slug: string }> };

const loadItem = cache(async (rawSlug: string) => {
  const slug = slugSchema.safeParse(rawSlug);
  return slug.success ? getPublishedGalleryItem(slug.data) : null;
});

export async function generateMetadata({ params }: GalleryRouteProps): Promise<Metadata> {
  const item = await loadItem((await params).slug);
  if (!item) return { title: "Halaman tidak ditemukan", robots: { index: false } };
  const cover = item.photos[0]?.image;
  const images = cover ? [{ url: ogImageUrl(cover.id), ...OG_IMAGE_SIZE, alt: cover.alt }] : undefined;
  return {
    title: item.title,
    description: item.description || undefined,
    alternates: { canonical: `/galeri/${item.slug}` },
    openGraph: { type: "website", title: item.title, siteName: site.name, locale: "id_ID", images },
  };
}

/** The photographer's credit, set off from the caption; light, since it sits on the lightbox's dark ground. */
function Credit({ photo }: { photo: GalleryPhotoView }) {
  return photo.credit ? <span className="text-white/85 italic">{photo.credit}</span> : null;
}

export default async function GalleryItemRoute({ params }: GalleryRouteProps) {
  const item = await loadItem((await params).slug);
  if (!item) notFound();
  const url = absoluteUrl(`/galeri/${item.slug}`);
  const breadcrumb = breadcrumbJsonLd([
    { name: "Beranda", url: absoluteUrl("/") },
    { name: "Galeri", url: absoluteUrl("/galeri") },
    { name: item.title, url },
  ]);
  const count = item.photos.length;
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd([breadcrumb]) }} />
      <article className="mx-auto max-w-5xl">
        <nav aria-label="Remah roti" className="no-print mb-3 text-sm text-muted">
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href="/" className="hover:underline">
                Beranda
              </Link>{" "}
              /
            </li>
            <li>
              <Link href="/galeri" className="hover:underline">
                Galeri
              </Link>
            </li>
          </ol>
        </nav>
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{item.title}</h1>
        <p className="mt-2 text-sm text-muted">
          {item.kind === "ALBUM" ? `Album foto · ${count} foto` : "Video"} ·{" "}
          <time dateTime={item.publishedAt.toISOString()}>{formatDate(item.publishedAt, site.timeZone)}</time>
        </p>
        {item.description ? <p className="mt-4 max-w-3xl whitespace-pre-line">{item.description}</p> : null}
        {item.article ? (
          <p className="mt-3">
            Berita terkait:{" "}
            <Link href={`/berita/${item.article.slug}`} className="font-semibold text-brand-700 underline">
              {item.article.title}
            </Link>
          </p>
        ) : null}

        {item.kind === "VIDEO" && item.youtubeId ? (
          <div className="mt-6 max-w-3xl">
            <YouTubePlayer videoId={item.youtubeId} title={item.title} />
          </div>
        ) : null}

        {item.kind === "ALBUM" ? (
          <section aria-label="Foto" className="mt-6" data-lightbox={count}>
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
              {item.photos.map((photo, index) => (
                <li key={photo.id}>
                  <a
                    id={`kecil-${index + 1}`}
                    href={`#foto-${index + 1}`}
                    className="block rounded focus-visible:outline-4 focus-visible:outline-accent-600"
                  >
                    <GalleryPicture
                      image={photo.image}
                      alt={`Foto ${index + 1} dari ${count}: ${photo.caption || photo.image.alt}`}
                      sizes="(min-width: 64rem) 15rem, (min-width: 40rem) 33vw, 50vw"
                      className="aspect-square w-full rounded bg-wash object-cover"
                    />
                  </a>
                </li>
              ))}
            </ul>
            {/*
              The lightbox: one panel per photo, shown while the address names it (#foto-N),
              with plain links to the previous and next photo and back to the thumbnails. It
              works without JavaScript; public/site.js adds Escape and the arrow keys.
            */}
            {item.photos.map((photo, index) => (
              <div
                key={photo.id}
                id={`foto-${index + 1}`}
                tabIndex={-1}
                role="dialog"
                aria-label={`Foto ${index + 1} dari ${count}`}
                className="fixed inset-0 z-50 hidden flex-col items-center justify-center gap-3 bg-ink/95 p-4 text-white target:flex"
              >
                <figure className="flex max-h-full w-full max-w-5xl flex-col items-center gap-2">
                  <GalleryPicture
                    image={photo.image}
                    alt={photo.caption || photo.image.alt}
                    sizes="(min-width: 64rem) 64rem, 100vw"
                    className="max-h-[75vh] w-auto max-w-full rounded object-contain"
                  />
                  <figcaption className="text-center text-sm">
                    {photo.caption} <Credit photo={photo} />
                  </figcaption>
                </figure>
                <nav
                  aria-label="Navigasi foto"
                  className="flex flex-wrap items-center justify-center gap-3 text-sm font-semibold"
                >
                  {index > 0 ? (
                    <a href={`#foto-${index}`} className="min-h-11 rounded bg-white/10 px-4 py-3 hover:bg-white/20">
                      ← Sebelumnya
                    </a>
                  ) : null}
                  <span>
                    {index + 1} / {count}
                  </span>
                  {index < count - 1 ? (
                    <a href={`#foto-${index + 2}`} className="min-h-11 rounded bg-white/10 px-4 py-3 hover:bg-white/20">
                      Berikutnya →
                    </a>
                  ) : null}
                  <a
                    href={`#kecil-${index + 1}`}
                    className="min-h-11 rounded bg-white px-4 py-3 text-ink hover:bg-brand-50"
                  >
                    Tutup
                  </a>
                </nav>
              </div>
            ))}
          </section>
        ) : null}
      </article>
    </>
  );
}
