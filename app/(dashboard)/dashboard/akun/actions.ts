"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { endOwnOtherSessions } from "@/lib/auth/sessions";
import { requestMeta } from "@/lib/request";

/** Any signed-in staff member: signs out every other browser of their own account. */
export async function endOtherSessionsAction(): Promise<ActionResult> {
  const actor = await requireActor();
  await endOwnOtherSessions(actor, actor.sessionId, await requestMeta());
  revalidatePath("/dashboard/akun");
  return { ok: true, data: undefined };
}
