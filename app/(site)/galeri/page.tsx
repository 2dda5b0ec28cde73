import type { Metadata } from "next";
import Link from "next/link";
import { GalleryPicture } from "@/components/site/gallery-picture";
import { formatDate } from "@/lib/format";
import { listGalleryItems } from "@/lib/gallery/queries";
import { site } from "@/lib/site";
import { VideoPlaceholder } from "./_components/video-placeholder";

export const metadata: Metadata = {
  title: "Galeri",
  description: "Album foto dan video kegiatan pemerintah daerah.",
  alternates: { canonical: "/galeri" },
};

/** Published albums and videos, newest first. */
export default async function GalleryRoute() {
  const items = await listGalleryItems();
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Galeri</h1>
      <p className="mt-2 text-muted">Album foto dan video kegiatan.</p>
      {items.length === 0 ? <p className="mt-6 text-muted">Belum ada album atau video.</p> : null}
      <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.slug}>
            <Link href={`/galeri/${item.slug}`} className="group block">
              {item.cover ? (
                <GalleryPicture
                  image={item.cover}
                  alt=""
                  sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 50vw, 100vw"
                  className="aspect-video w-full rounded bg-wash object-cover"
                />
              ) : (
                <VideoPlaceholder title={item.title} />
              )}
              <span className="mt-2 block text-xs font-bold tracking-wide text-accent-700 uppercase">
                {item.kind === "ALBUM" ? `Album · ${item.photoCount} foto` : "Video"}
              </span>
              <span className="block font-serif text-lg font-bold text-brand-800 group-hover:underline">
                {item.title}
              </span>
              <span className="block text-sm text-muted">{formatDate(item.publishedAt, site.timeZone)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
