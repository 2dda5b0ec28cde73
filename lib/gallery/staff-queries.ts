import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { GalleryImage } from "./queries";
import type { GalleryKindValue } from "./schema";

export type StaffGalleryRow = {
  id: string;
  slug: string;
  kind: GalleryKindValue;
  title: string;
  isPublished: boolean;
  photoCount: number;
  updatedAt: Date;
};

/** EDITOR and ADMIN. Albums and videos, the newest change first (at most `limit`). */
export async function listGalleryForStaff(actor: Actor, limit = 200): Promise<StaffGalleryRow[]> {
  assertCan(actor, "gallery.manage");
  const rows = await db.galleryItem.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      kind: true,
      title: true,
      isPublished: true,
      updatedAt: true,
      _count: { select: { photos: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, photoCount: _count.photos }));
}

export type StaffGalleryItem = StaffGalleryRow & {
  description: string;
  youtubeId: string | null;
  articleSlug: string | null;
  coverPhotoId: string | null;
  photos: { id: string; caption: string; credit: string; image: GalleryImage }[];
};

/** EDITOR and ADMIN. One album or video with its photos in order, or null. */
export async function getGalleryForStaff(actor: Actor, id: string): Promise<StaffGalleryItem | null> {
  assertCan(actor, "gallery.manage");
  const row = await db.galleryItem.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      kind: true,
      title: true,
      description: true,
      youtubeId: true,
      coverPhotoId: true,
      isPublished: true,
      updatedAt: true,
      article: { select: { slug: true } },
      photos: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          caption: true,
          credit: true,
          media: { select: { id: true, alt: true, width: true, height: true, variantWidths: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { article, photos, ...rest } = row;
  return {
    ...rest,
    articleSlug: article?.slug ?? null,
    photoCount: photos.length,
    photos: photos.map((photo) => ({ id: photo.id, caption: photo.caption, credit: photo.credit, image: photo.media })),
  };
}
