import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { AccessDenied } from "@/components/dashboard/access-denied";
import { ActionButton } from "@/components/dashboard/action-button";
import { PageHeader } from "@/components/dashboard/page-header";
import { GalleryPicture } from "@/components/site/gallery-picture";
import { dangerButtonClass } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { galleryIdSchema } from "@/lib/gallery/schema";
import { getGalleryForStaff } from "@/lib/gallery/staff-queries";
import { youTubeWatchUrl } from "@/lib/gallery/youtube";
import {
  deleteGalleryItemAction,
  removeAlbumPhotoAction,
  setAlbumCoverAction,
  setGalleryPublishedAction,
} from "../actions";
import { BulkPhotoUpload } from "../_components/bulk-photo-upload";
import { GalleryItemForm } from "../_components/gallery-item-form";
import { PhotoDetailsForm } from "../_components/photo-details-form";

export const metadata: Metadata = { title: "Ubah galeri", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default function EditGalleryRoute({ params }: Props) {
  return (
    <Suspense fallback={<p className="p-6 text-muted">Memuat…</p>}>
      <EditGalleryScreen params={params} />
    </Suspense>
  );
}

async function EditGalleryScreen({ params }: Props) {
  await connection();
  const actor = await requireActor();
  if (!can(actor, "gallery.manage")) return <AccessDenied />;
  const id = galleryIdSchema.safeParse((await params).id);
  const item = id.success ? await getGalleryForStaff(actor, id.data) : null;
  if (!item) notFound();
  const coverId = item.coverPhotoId ?? item.photos[0]?.id;
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 p-4 sm:p-6">
      <PageHeader
        title={item.title}
        description={item.isPublished ? `Terbit di /galeri/${item.slug}` : "Tersembunyi dari pembaca"}
        actions={
          <>
            {item.isPublished ? (
              <Link href={`/galeri/${item.slug}`} className="self-center text-sm text-brand-700 underline">
                Lihat di situs
              </Link>
            ) : null}
            <ActionButton
              action={setGalleryPublishedAction}
              fields={{ id: item.id, publish: item.isPublished ? "false" : "true" }}
              label={item.isPublished ? "Sembunyikan" : "Terbitkan"}
            />
          </>
        }
      />
      <GalleryItemForm
        key={item.updatedAt.toISOString()}
        values={{
          id: item.id,
          kind: item.kind,
          title: item.title,
          slug: item.slug,
          description: item.description,
          youtube: item.youtubeId ? youTubeWatchUrl(item.youtubeId) : "",
          article: item.articleSlug ? `/berita/${item.articleSlug}` : "",
        }}
      />
      {item.kind === "ALBUM" ? (
        <>
          <BulkPhotoUpload albumId={item.id} />
          <section aria-labelledby="foto-album" className="flex flex-col gap-3">
            <h2 id="foto-album" className="text-lg font-bold">
              Foto ({item.photos.length})
            </h2>
            <ol className="grid gap-4 sm:grid-cols-2">
              {item.photos.map((photo, index) => {
                const label = `foto ${index + 1}`;
                return (
                  <li key={photo.id} className="flex gap-3 rounded border border-line p-3">
                    <GalleryPicture
                      image={photo.image}
                      sizes="8rem"
                      className="size-32 shrink-0 rounded object-cover"
                    />
                    <div className="flex min-w-0 flex-1 flex-col gap-2">
                      {photo.id === coverId ? <p className="text-sm font-bold text-brand-700">Sampul album</p> : null}
                      <PhotoDetailsForm
                        albumId={item.id}
                        photoId={photo.id}
                        caption={photo.caption}
                        credit={photo.credit}
                        label={label}
                      />
                      <div className="flex flex-wrap gap-2">
                        {photo.id !== coverId ? (
                          <ActionButton
                            action={setAlbumCoverAction}
                            fields={{ albumId: item.id, photoId: photo.id }}
                            label={
                              <>
                                Jadikan sampul<span className="sr-only"> {label}</span>
                              </>
                            }
                          />
                        ) : null}
                        <ActionButton
                          action={removeAlbumPhotoAction}
                          fields={{ albumId: item.id, photoId: photo.id }}
                          className={dangerButtonClass}
                          label={
                            <>
                              Hapus<span className="sr-only"> {label}</span>
                            </>
                          }
                        />
                      </div>
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        </>
      ) : null}
      <details className="rounded border border-line p-3">
        <summary className="cursor-pointer text-sm font-semibold text-accent-700">Hapus galeri</summary>
        <p className="my-2 text-sm text-muted">
          Alamat /galeri/{item.slug} tidak dapat dibuka lagi. Gambar tetap ada di pustaka media.
        </p>
        <ActionButton
          action={deleteGalleryItemAction}
          fields={{ id: item.id }}
          label="Hapus"
          className={dangerButtonClass}
        />
      </details>
    </div>
  );
}
