import { rm } from "node:fs/promises";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { FieldConflictError, ForbiddenError, RuleViolationError } from "@/lib/errors";
import type * as MediaStorageModule from "@/lib/media/storage";
import { createTestActor } from "@/lib/testing/actors";
import { createTestArticle, deleteTestRows, uniqueSuffix } from "@/lib/testing/factories";
import {
  addAlbumPhoto,
  createGalleryItem,
  deleteGalleryItem,
  removeAlbumPhoto,
  setAlbumCover,
  setGalleryPublished,
  updateAlbumPhoto,
} from "./mutations";
import { getPublishedGalleryItem, listGalleryItems } from "./queries";
import { galleryItemInputSchema, type GalleryItemInput } from "./schema";
import { getGalleryForStaff, listGalleryForStaff } from "./staff-queries";

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, cacheLife: () => {}, cacheTag: () => {} }));

const mediaRoot = vi.hoisted(() => `/tmp/warta-gallery-test-${process.pid}-${Date.now()}`);
vi.mock("@/lib/media/storage", async (importOriginal) => {
  const actual = await importOriginal<typeof MediaStorageModule>();
  const storage = actual.createDiskStorage(mediaRoot);
  return { ...actual, getMediaStorage: () => storage };
});

const made = { userIds: [] as string[], itemIds: [] as string[], articleIds: [] as string[] };
afterAll(async () => {
  await db.galleryItem.updateMany({ where: { id: { in: made.itemIds } }, data: { coverPhotoId: null } });
  await db.galleryItem.deleteMany({ where: { id: { in: made.itemIds } } });
  await db.auditEvent.deleteMany({ where: { actorId: { in: made.userIds } } });
  await db.media.deleteMany({ where: { uploadedById: { in: made.userIds } } });
  await deleteTestRows({ articleIds: made.articleIds, userIds: made.userIds });
  await rm(mediaRoot, { recursive: true, force: true });
});
beforeEach(() => revalidateTag.mockClear());

async function actor(role: "ADMIN" | "EDITOR" | "WRITER"): Promise<Actor> {
  const created = await createTestActor(role);
  made.userIds.push(created.id);
  return created;
}

function input(raw: Record<string, string> = {}): GalleryItemInput {
  const suffix = uniqueSuffix();
  return galleryItemInputSchema.parse({
    kind: "ALBUM",
    title: `Album Uji ${suffix}`,
    slug: `album-uji-${suffix}`,
    ...raw,
  });
}

async function item(by: Actor, data = input()) {
  const { id } = await createGalleryItem(by, data);
  made.itemIds.push(id);
  return { id, ...data };
}

let photoBytes: Buffer | undefined;
async function photo(name = "foto.jpg"): Promise<File> {
  photoBytes ??= await sharp({ create: { width: 640, height: 480, channels: 3, background: "#2a6f97" } })
    .jpeg()
    .toBuffer();
  return new File([new Uint8Array(photoBytes)], name, { type: "image/jpeg" });
}

describe("gallery albums", () => {
  it("an album takes photos through the image pipeline, with caption and credit, and is public once published", async () => {
    const editor = await actor("EDITOR");
    const album = await item(editor);
    await expect(setGalleryPublished(editor, album.id, true)).rejects.toBeInstanceOf(RuleViolationError);

    const first = await addAlbumPhoto(editor, album.id, await photo(), {
      caption: "Upacara HUT",
      credit: "Foto: Humas Pemkot",
    });
    const second = await addAlbumPhoto(editor, album.id, await photo(), { caption: "", credit: "Foto: Humas Pemkot" });
    await expect(
      addAlbumPhoto(editor, album.id, new File([new TextEncoder().encode("MZ bukan foto")], "x.jpg"), {
        caption: "",
        credit: "",
      }),
    ).rejects.toBeInstanceOf(RuleViolationError);
    expect(await getPublishedGalleryItem(album.slug)).toBeNull();

    await setGalleryPublished(editor, album.id, true);
    const page = await getPublishedGalleryItem(album.slug);
    expect(page?.photos.map((entry) => [entry.id, entry.caption, entry.credit])).toEqual([
      [first.id, "Upacara HUT", "Foto: Humas Pemkot"],
      [second.id, "", "Foto: Humas Pemkot"],
    ]);
    expect(page?.photos[0]?.image.alt).toBe("Upacara HUT");
    expect(page?.photos[0]?.image.variantWidths.length).toBeGreaterThan(0);

    // The first photo is the cover until another is chosen.
    const card = () => listGalleryItems().then((cards) => cards.find((entry) => entry.slug === album.slug));
    expect((await card())?.cover?.id).toBe(page?.photos[0]?.image.id);
    await setAlbumCover(editor, second.id);
    expect((await card())?.cover?.id).toBe(page?.photos[1]?.image.id);
    expect((await card())?.photoCount).toBe(2);

    await updateAlbumPhoto(editor, second.id, { caption: "Pawai", credit: "Foto: Diskominfo" });
    await removeAlbumPhoto(editor, first.id);
    const after = await getPublishedGalleryItem(album.slug);
    expect(after?.photos.map((entry) => entry.caption)).toEqual(["Pawai"]);
    await expect(removeAlbumPhoto(editor, second.id)).rejects.toBeInstanceOf(RuleViolationError);
    expect(revalidateTag.mock.calls.map(([tag]) => tag)).toContain(`gallery:${album.slug}`);

    const actions = (await db.auditEvent.findMany({ where: { targetId: album.id }, orderBy: { id: "asc" } })).map(
      (event) => event.action,
    );
    expect(actions[0]).toBe("gallery.create");
    expect(actions).toContain("gallery.publish");
  });

  it("links a related article only while it is published", async () => {
    const editor = await actor("EDITOR");
    const article = await createTestArticle({ status: "PUBLISHED" });
    made.articleIds.push(article.id);
    made.userIds.push(article.writerId);
    const video = await item(
      editor,
      input({
        kind: "VIDEO",
        youtube: "https://youtu.be/dQw4w9WgXcQ",
        article: `https://warta.example/berita/${article.slug}`,
      }),
    );
    await setGalleryPublished(editor, video.id, true);
    const page = await getPublishedGalleryItem(video.slug);
    expect(page).toMatchObject({ kind: "VIDEO", youtubeId: "dQw4w9WgXcQ", article: { slug: article.slug } });
    await db.article.update({ where: { id: article.id }, data: { status: "DRAFT" } });
    expect((await getPublishedGalleryItem(video.slug))?.article).toBeNull();
    await expect(item(editor, input({ article: "/berita/tidak-ada-berita-ini" }))).rejects.toBeInstanceOf(
      FieldConflictError,
    );
  });

  it("writers may not manage the gallery", async () => {
    const writer = await actor("WRITER");
    const editor = await actor("EDITOR");
    const album = await item(editor);
    await expect(createGalleryItem(writer, input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addAlbumPhoto(writer, album.id, await photo(), { caption: "", credit: "" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(setGalleryPublished(writer, album.id, true)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteGalleryItem(writer, album.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listGalleryForStaff(writer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getGalleryForStaff(writer, album.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("deleting an album with a cover removes it and its photos, audited", async () => {
    const editor = await actor("EDITOR");
    const album = await item(editor);
    const added = await addAlbumPhoto(editor, album.id, await photo(), { caption: "", credit: "" });
    await setAlbumCover(editor, added.id);
    await deleteGalleryItem(editor, album.id);
    expect(await db.galleryPhoto.count({ where: { albumId: album.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { targetId: album.id, action: "gallery.delete" } })).toBe(1);
  });
});
