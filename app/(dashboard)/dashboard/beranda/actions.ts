"use server";

import { revalidatePath } from "next/cache";
import { catchUnavailable, failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { pinHomeArticle, unpinHomeArticle } from "@/lib/home/pins";
import { homeSlotSchema, makeHomePinSchema } from "@/lib/home/schema";
import { requestMeta } from "@/lib/request";
import { site } from "@/lib/site";

// Each action checks the session itself; lib's assertCan("home.pin") is the role check.

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

export async function pinHomeArticleAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const parsed = makeHomePinSchema(site.timeZone).safeParse({
      articleId: text(formData, "articleId"),
      slot: text(formData, "slot"),
      expiresAt: text(formData, "expiresAt"),
    });
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      await pinHomeArticle(actor, parsed.data, await requestMeta());
      revalidatePath("/dashboard/beranda");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}

export async function unpinHomeArticleAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const slot = homeSlotSchema.safeParse(text(formData, "slot"));
    if (!slot.success) return { ok: false, formError: "Posisi tidak dikenal." };
    try {
      await unpinHomeArticle(actor, slot.data, await requestMeta());
      revalidatePath("/dashboard/beranda");
      return { ok: true, data: undefined };
    } catch (error) {
      return failureOf(error);
    }
  });
}
