"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { catchUnavailable, failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import {
  addAlbumPhoto,
  createGalleryItem,
  deleteGalleryItem,
  removeAlbumPhoto,
  setAlbumCover,
  setGalleryPublished,
  updateAlbumPhoto,
  updateGalleryItem,
} from "@/lib/gallery/mutations";
import { galleryIdSchema, galleryItemInputSchema, photoDetailsSchema } from "@/lib/gallery/schema";
import { requestMeta } from "@/lib/request";

// Each action checks the session itself; lib's assertCan("gallery.manage") is the role check.

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const BAD_ID: ActionResult<never> = { ok: false, formError: "Galeri atau foto tidak dikenal." };

function inputOf(formData: FormData) {
  return galleryItemInputSchema.safeParse({
    kind: text(formData, "kind"),
    title: text(formData, "title"),
    slug: text(formData, "slug"),
    description: text(formData, "description"),
    youtube: text(formData, "youtube"),
    article: text(formData, "article"),
  });
}

function detailsOf(formData: FormData) {
  return photoDetailsSchema.safeParse({ caption: text(formData, "caption"), credit: text(formData, "credit") });
}

/** The album a photo form names, for refreshing its dashboard page only. */
function albumIdOf(formData: FormData): string | undefined {
  const id = galleryIdSchema.safeParse(text(formData, "albumId"));
  return id.success ? id.data : undefined;
}

function refresh(id?: string) {
  revalidatePath("/dashboard/galeri");
  if (id) revalidatePath(`/dashboard/galeri/${id}`);
}

type Meta = Awaited<ReturnType<typeof requestMeta>>;

/**
 * Most actions here: signed in, a known gallery or photo id in `field`, one change (which
 * may refuse its input by returning a failure), then the dashboard pages refreshed.
 */
function changeById(
  formData: FormData,
  field: "id" | "photoId",
  change: (actor: Actor, id: string, meta: Meta) => Promise<ActionResult | void>,
  refreshed: (id: string) => string | undefined,
): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = galleryIdSchema.safeParse(text(formData, field));
    if (!id.success) return BAD_ID;
    try {
      const refused = await change(actor, id.data, await requestMeta());
      if (refused) return refused;
      refresh(refreshed(id.data));
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function createGalleryItemAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const result = await catchUnavailable(async (): Promise<ActionResult<string>> => {
    const actor = await requireActor();
    const parsed = inputOf(formData);
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      const { id } = await createGalleryItem(actor, parsed.data, await requestMeta());
      refresh();
      return { ok: true, data: id };
    } catch (error) {
      return failureOf(error);
    }
  });
  if (!result.ok) return result;
  redirect(`/dashboard/galeri/${result.data}`);
}

export async function updateGalleryItemAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return changeById(
    formData,
    "id",
    async (actor, id, meta) => {
      const parsed = inputOf(formData);
      if (!parsed.success) return validationFailure(parsed.error);
      await updateGalleryItem(actor, id, parsed.data, meta);
    },
    (id) => id,
  );
}

export async function setGalleryPublishedAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return changeById(
    formData,
    "id",
    (actor, id, meta) => setGalleryPublished(actor, id, text(formData, "publish") === "true", meta),
    (id) => id,
  );
}

export async function deleteGalleryItemAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const result = await catchUnavailable(async () => {
    const actor = await requireActor();
    const id = galleryIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    try {
      await deleteGalleryItem(actor, id.data, await requestMeta());
      refresh();
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
  if (!result.ok) return result;
  redirect("/dashboard/galeri");
}

const photoUploadSchema = z.object({
  albumId: galleryIdSchema,
  file: z.instanceof(File, { message: "Pilih berkas foto." }),
});

/** One photo of a bulk upload: the browser sends them one by one and shows the progress. */
export async function addAlbumPhotoAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const upload = photoUploadSchema.safeParse({ albumId: formData.get("albumId"), file: formData.get("file") });
    const details = detailsOf(formData);
    if (!upload.success) return validationFailure(upload.error);
    if (!details.success) return validationFailure(details.error);
    try {
      const photo = await addAlbumPhoto(
        actor,
        upload.data.albumId,
        upload.data.file,
        details.data,
        await requestMeta(),
      );
      return { ok: true, data: photo };
    } catch (error) {
      return failureOf(error);
    }
  });
}

/** After a bulk upload: the album page shows the new photos. */
export async function refreshAlbumAction(albumId: string): Promise<void> {
  await requireActor();
  const id = galleryIdSchema.safeParse(albumId);
  if (id.success) refresh(id.data);
}

export async function updateAlbumPhotoAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return changeById(
    formData,
    "photoId",
    async (actor, id, meta) => {
      const details = detailsOf(formData);
      if (!details.success) return validationFailure(details.error);
      await updateAlbumPhoto(actor, id, details.data, meta);
    },
    () => albumIdOf(formData),
  );
}

export async function setAlbumCoverAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return changeById(
    formData,
    "photoId",
    (actor, id, meta) => setAlbumCover(actor, id, meta),
    () => albumIdOf(formData),
  );
}

export async function removeAlbumPhotoAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return changeById(
    formData,
    "photoId",
    (actor, id, meta) => removeAlbumPhoto(actor, id, meta),
    () => albumIdOf(formData),
  );
}
