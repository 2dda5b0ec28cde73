"use server";
import { failureOf, type ActionResult } from "@/lib/action-result";
import { refreshPublicSite } from "@/lib/articles/site-refresh";
import { requireActor } from "@/lib/auth/session";
import { requestMeta } from "@/lib/request";

export async function refreshPublicSiteAction(): Promise<ActionResult> {
  const actor = await requireActor();
  try {
    await refreshPublicSite(actor, await requestMeta());
  } catch (error) {
    return failureOf(error);
  }
  return { ok: true, data: undefined };
}
