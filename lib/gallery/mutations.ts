import "server-only";
import { expireTags } from "@/lib/articles/cache";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { FieldConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { uploadImage } from "@/lib/media/upload";
import { NO_REQUEST, type RequestMeta } from "@/lib/request";
import { galleryTags } from "./cache-tags";
import type { GalleryItemInput, PhotoDetailsInput } from "./schema";

/**
 * Gallery albums and videos: created, edited and published by editors and admins. Photos
 * go through the image pipeline (lib/media/upload: checked, stripped of metadata,
 * re-encoded) and are then attached to the album with a caption and credit. Every change
 * is audited and expires the gallery list and the item's page.
 */

type Tx = Prisma.TransactionClient;

/** The most photos one album holds: a page of thumbnails stays a page. */
export const MAX_ALBUM_PHOTOS = 300;

const SLUG_TAKEN = "Slug ini sudah dipakai galeri lain.";

function mapUniqueViolation(error: unknown): never {
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
    throw new FieldConflictError("slug", SLUG_TAKEN);
  }
  throw error;
}

async function articleIdOf(tx: Tx, slug: string | null): Promise<{ id: string; slug: string } | null> {
  if (!slug) return null;
  const article = await tx.article.findUnique({ where: { slug }, select: { id: true, slug: true } });
  if (!article) throw new FieldConflictError("article", "Berita dengan alamat itu tidak ditemukan.");
  return article;
}

function expireItem(...slugs: string[]): void {
  expireTags([galleryTags.lists, ...slugs.map((slug) => galleryTags.item(slug))]);
}

/** EDITOR and ADMIN. A new, unpublished album or video; audited as gallery.create. */
export async function createGalleryItem(
  actor: Actor,
  input: GalleryItemInput,
  meta: RequestMeta = NO_REQUEST,
): Promise<{ id: string }> {
  assertCan(actor, "gallery.manage");
  try {
    const created = await db.$transaction(async (tx) => {
      const article = await articleIdOf(tx, input.articleSlug);
      const item = await tx.galleryItem.create({
        data: {
          kind: input.kind,
          slug: input.slug,
          title: input.title,
          description: input.description,
          youtubeId: input.youtubeId,
          articleId: article?.id ?? null,
          isPublished: false,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "gallery.create",
        targetType: "gallery",
        targetId: item.id,
        details: { kind: input.kind, title: input.title, slug: input.slug },
        ip: meta.ip,
      });
      return item;
    });
    expireItem(input.slug);
    return created;
  } catch (error) {
    return mapUniqueViolation(error);
  }
}

/** EDITOR and ADMIN. Edits title, address, description, video and related article (the kind stays); audited as gallery.update. */
export async function updateGalleryItem(
  actor: Actor,
  id: string,
  input: GalleryItemInput,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "gallery.manage");
  let previousSlug: string;
  try {
    previousSlug = await db.$transaction(async (tx) => {
      const current = await tx.galleryItem.findUnique({
        where: { id },
        select: { kind: true, slug: true, title: true },
      });
      if (!current) throw new NotFoundError("Galeri tidak ditemukan.");
      if (current.kind !== input.kind) throw new RuleViolationError("Jenis galeri tidak dapat diubah.");
      const article = await articleIdOf(tx, input.articleSlug);
      await tx.galleryItem.update({
        where: { id },
        data: {
          slug: input.slug,
          title: input.title,
          description: input.description,
          youtubeId: input.youtubeId,
          articleId: article?.id ?? null,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "gallery.update",
        targetType: "gallery",
        targetId: id,
        details: { from: { title: current.title, slug: current.slug }, to: { title: input.title, slug: input.slug } },
        ip: meta.ip,
      });
      return current.slug;
    });
  } catch (error) {
    mapUniqueViolation(error);
  }
  expireItem(previousSlug, input.slug);
}

/** EDITOR and ADMIN. Publishes (an album needs a photo) or hides; audited as gallery.publish / gallery.unpublish. */
export async function setGalleryPublished(
  actor: Actor,
  id: string,
  isPublished: boolean,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "gallery.manage");
  const changed = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM gallery_items WHERE id = ${id}::uuid FOR UPDATE`;
    const current = await tx.galleryItem.findUnique({
      where: { id },
      select: {
        kind: true,
        slug: true,
        title: true,
        isPublished: true,
        publishedAt: true,
        _count: { select: { photos: true } },
      },
    });
    if (!current) throw new NotFoundError("Galeri tidak ditemukan.");
    // CASE: already in the asked state (a double click): nothing to write or audit.
    if (current.isPublished === isPublished) return null;
    if (isPublished && current.kind === "ALBUM" && current._count.photos === 0) {
      throw new RuleViolationError("Album belum berisi foto. Unggah foto dulu, lalu terbitkan.");
    }
    await tx.galleryItem.update({
      where: { id },
      data: { isPublished, ...(isPublished && !current.publishedAt ? { publishedAt: new Date() } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: isPublished ? "gallery.publish" : "gallery.unpublish",
      targetType: "gallery",
      targetId: id,
      details: { title: current.title, slug: current.slug },
      ip: meta.ip,
    });
    return current.slug;
  });
  if (changed) expireItem(changed);
}

/** EDITOR and ADMIN. Deletes an album (its photos' images stay in the media library) or a video; audited as gallery.delete. */
export async function deleteGalleryItem(actor: Actor, id: string, meta: RequestMeta = NO_REQUEST): Promise<void> {
  assertCan(actor, "gallery.manage");
  const slug = await db.$transaction(async (tx) => {
    const current = await tx.galleryItem.findUnique({ where: { id }, select: { slug: true, title: true } });
    if (!current) throw new NotFoundError("Galeri tidak ditemukan.");
    // The cover points at a photo of the album: clear it so the photos can go with the album.
    await tx.galleryItem.update({ where: { id }, data: { coverPhotoId: null } });
    await tx.galleryItem.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "gallery.delete",
      targetType: "gallery",
      targetId: id,
      details: { title: current.title, slug: current.slug },
      ip: meta.ip,
    });
    return current.slug;
  });
  expireItem(slug);
}

/**
 * EDITOR and ADMIN. Uploads one photo through the image pipeline and adds it at the end of
 * the album; audited as media.upload and gallery.update. The bulk upload calls this once per photo.
 */
export async function addAlbumPhoto(
  actor: Actor,
  albumId: string,
  file: File,
  details: PhotoDetailsInput,
  meta: RequestMeta = NO_REQUEST,
): Promise<{ id: string }> {
  assertCan(actor, "gallery.manage");
  const album = await db.galleryItem.findUnique({
    where: { id: albumId },
    select: { kind: true, title: true, slug: true, _count: { select: { photos: true } } },
  });
  if (!album || album.kind !== "ALBUM") throw new NotFoundError("Album tidak ditemukan.");
  if (album._count.photos >= MAX_ALBUM_PHOTOS) {
    throw new RuleViolationError(`Album sudah berisi ${MAX_ALBUM_PHOTOS} foto, batas satu album.`);
  }
  // The caption describes the photo: the best alt text there is; else the album's title.
  const image = await uploadImage(actor, file, (details.caption || album.title).slice(0, 300), meta);
  const photo = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM gallery_items WHERE id = ${albumId}::uuid FOR UPDATE`;
    const last = await tx.galleryPhoto.aggregate({ where: { albumId }, _max: { position: true } });
    const created = await tx.galleryPhoto.create({
      data: {
        albumId,
        mediaId: image.id,
        caption: details.caption,
        credit: details.credit,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "gallery.update",
      targetType: "gallery",
      targetId: albumId,
      details: { addedPhoto: created.id, mediaId: image.id },
      ip: meta.ip,
    });
    return created;
  });
  expireItem(album.slug);
  return photo;
}

async function photoAlbum(tx: Tx, photoId: string) {
  const photo = await tx.galleryPhoto.findUnique({
    where: { id: photoId },
    select: { id: true, albumId: true, album: { select: { slug: true, coverPhotoId: true } } },
  });
  if (!photo) throw new NotFoundError("Foto tidak ditemukan.");
  return photo;
}

/** EDITOR and ADMIN. Edits a photo's caption and credit; audited as gallery.update. */
export async function updateAlbumPhoto(
  actor: Actor,
  photoId: string,
  details: PhotoDetailsInput,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "gallery.manage");
  const slug = await db.$transaction(async (tx) => {
    const photo = await photoAlbum(tx, photoId);
    await tx.galleryPhoto.update({
      where: { id: photoId },
      data: { caption: details.caption, credit: details.credit },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "gallery.update",
      targetType: "gallery",
      targetId: photo.albumId,
      details: { editedPhoto: photoId },
      ip: meta.ip,
    });
    return photo.album.slug;
  });
  expireItem(slug);
}

/** EDITOR and ADMIN. Makes a photo the album's cover; audited as gallery.update. */
export async function setAlbumCover(actor: Actor, photoId: string, meta: RequestMeta = NO_REQUEST): Promise<void> {
  assertCan(actor, "gallery.manage");
  const slug = await db.$transaction(async (tx) => {
    const photo = await photoAlbum(tx, photoId);
    await tx.galleryItem.update({ where: { id: photo.albumId }, data: { coverPhotoId: photoId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "gallery.update",
      targetType: "gallery",
      targetId: photo.albumId,
      details: { cover: photoId },
      ip: meta.ip,
    });
    return photo.album.slug;
  });
  expireItem(slug);
}

/**
 * EDITOR and ADMIN. Takes a photo out of its album (the image stays in the media library);
 * audited as gallery.update. The last photo of a published album cannot go: hide it first.
 */
export async function removeAlbumPhoto(actor: Actor, photoId: string, meta: RequestMeta = NO_REQUEST): Promise<void> {
  assertCan(actor, "gallery.manage");
  const slug = await db.$transaction(async (tx) => {
    const photo = await photoAlbum(tx, photoId);
    await tx.$queryRaw`SELECT id FROM gallery_items WHERE id = ${photo.albumId}::uuid FOR UPDATE`;
    const album = await tx.galleryItem.findUniqueOrThrow({
      where: { id: photo.albumId },
      select: { isPublished: true, _count: { select: { photos: true } } },
    });
    if (album.isPublished && album._count.photos <= 1) {
      throw new RuleViolationError("Ini foto terakhir album yang terbit. Sembunyikan albumnya dulu.");
    }
    await tx.galleryPhoto.delete({ where: { id: photoId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "gallery.update",
      targetType: "gallery",
      targetId: photo.albumId,
      details: { removedPhoto: photoId },
      ip: meta.ip,
    });
    return photo.album.slug;
  });
  expireItem(slug);
}
