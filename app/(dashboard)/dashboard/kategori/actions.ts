"use server";

import { revalidatePath } from "next/cache";
import { catchUnavailable, failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { deleteCategory, moveCategory, createCategory, updateCategory } from "@/lib/categories/mutations";
import { categoryIdSchema, categoryInputSchema, moveDirectionSchema } from "@/lib/categories/schema";
import { requestMeta } from "@/lib/request";

// Each action checks the session itself; lib's assertCan("category.manage") is the role check.

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const BAD_ID: ActionResult<never> = { ok: false, formError: "Kategori tidak dikenal." };

function inputOf(formData: FormData) {
  return categoryInputSchema.safeParse({
    name: text(formData, "name"),
    slug: text(formData, "slug"),
    description: text(formData, "description"),
  });
}

export async function createCategoryAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const parsed = inputOf(formData);
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      await createCategory(actor, parsed.data, await requestMeta());
      revalidatePath("/dashboard/kategori");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function updateCategoryAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = categoryIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    const parsed = inputOf(formData);
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      await updateCategory(actor, id.data, parsed.data, await requestMeta());
      revalidatePath("/dashboard/kategori");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function moveCategoryAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = categoryIdSchema.safeParse(text(formData, "id"));
    const direction = moveDirectionSchema.safeParse(text(formData, "direction"));
    if (!id.success || !direction.success) return BAD_ID;
    try {
      await moveCategory(actor, id.data, direction.data, await requestMeta());
      revalidatePath("/dashboard/kategori");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function deleteCategoryAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const id = categoryIdSchema.safeParse(text(formData, "id"));
    if (!id.success) return BAD_ID;
    const rawTarget = text(formData, "moveArticlesTo");
    const target = rawTarget ? categoryIdSchema.safeParse(rawTarget) : null;
    if (target && !target.success) return { ok: false, formError: "Pilih kategori tujuan." };
    try {
      await deleteCategory(actor, id.data, target ? { moveArticlesTo: target.data } : {}, await requestMeta());
      revalidatePath("/dashboard/kategori");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}
