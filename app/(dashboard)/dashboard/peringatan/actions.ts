"use server";

import { revalidatePath } from "next/cache";
import { catchUnavailable, failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { clearBanner, raiseBanner } from "@/lib/banner/mutations";
import { makeBannerSchema } from "@/lib/banner/schema";
import { requestMeta } from "@/lib/request";
import { site } from "@/lib/site";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

export async function raiseBannerAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const parsed = makeBannerSchema(site.timeZone).safeParse({
      level: text(formData, "level"),
      message: text(formData, "message"),
      linkUrl: text(formData, "linkUrl"),
      expiresAt: text(formData, "expiresAt"),
    });
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      await raiseBanner(actor, parsed.data, await requestMeta());
    } catch (error) {
      return failureOf(error);
    }
    revalidatePath("/dashboard/peringatan");
    return { ok: true, data: undefined };
  });
}

export async function clearBannerAction(): Promise<ActionResult> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    try {
      await clearBanner(actor, await requestMeta());
    } catch (error) {
      return failureOf(error);
    }
    revalidatePath("/dashboard/peringatan");
    return { ok: true, data: undefined };
  });
}
