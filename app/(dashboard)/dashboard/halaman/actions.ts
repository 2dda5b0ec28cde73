"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { catchUnavailable, failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { moveDirectionSchema } from "@/lib/categories/schema";
import { createPage, deletePage, movePage, setPagePublished, updatePage } from "@/lib/pages/mutations";
import { staticPageIdSchema, staticPageInputSchema } from "@/lib/pages/schema";
import { requestMeta } from "@/lib/request";

// Each action checks the session itself; lib's assertCan ("page.edit", "page.menu") is the role check.

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const BAD_ID: ActionResult<never> = { ok: false, formError: "Halaman tidak dikenal." };
const BODY_MESSAGE = "Isi halaman tidak dapat disimpan: periksa tautan dan gambarnya.";

function inputOf(formData: FormData) {
  let body: unknown = null;
  try {
    body = JSON.parse(text(formData, "body"));
  } catch {
    // Left null: the schema reports the body as invalid.
  }
  return staticPageInputSchema.safeParse({
    title: text(formData, "title"),
    slug: text(formData, "slug"),
    summary: text(formData, "summary"),
    body,
  });
}

export async function createPageAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await catchUnavailable(async (): Promise<ActionResult<string>> => {
    const actor = await requireActor();
    const parsed = inputOf(formData);
    if (!parsed.success) return validationFailure(parsed.error, { body: BODY_MESSAGE });
    try {
      const { id } = await createPage(actor, parsed.data, await requestMeta());
      revalidatePath("/dashboard/halaman");
      return { ok: true, data: id };
    } catch (error) {
      return failureOf(error);
    }
  });
  if (!result.ok) return result;
  redirect(`/dashboard/halaman/${result.data}`);
}

export async function updatePageAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = staticPageIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    const parsed = inputOf(formData);
    if (!parsed.success) return validationFailure(parsed.error, { body: BODY_MESSAGE });
    try {
      await updatePage(actor, id.data, parsed.data, await requestMeta());
      revalidatePath("/dashboard/halaman");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function setPagePublishedAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = staticPageIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    try {
      await setPagePublished(actor, id.data, text(formData, "publish") === "true", await requestMeta());
      revalidatePath("/dashboard/halaman", "layout");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function movePageAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = staticPageIdSchema.safeParse(text(formData, "id"));
    const direction = moveDirectionSchema.safeParse(text(formData, "direction"));
    if (!id.success || !direction.success) return BAD_ID;
    try {
      await movePage(actor, id.data, direction.data, await requestMeta());
      revalidatePath("/dashboard/halaman");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function deletePageAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await catchUnavailable(async () => {
    const actor = await requireActor();
    const id = staticPageIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    try {
      await deletePage(actor, id.data, await requestMeta());
      revalidatePath("/dashboard/halaman");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
  if (!result.ok) return result;
  redirect("/dashboard/halaman");
}
