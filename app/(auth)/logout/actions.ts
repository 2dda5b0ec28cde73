"use server";
import { signOut } from "@/lib/auth/config";
import { getActor } from "@/lib/auth/session";
import { recordSignOut } from "@/lib/auth/sign-out";
import { requestMeta } from "@/lib/request";

/** Ends this browser's session (POST only: a GET never signs anyone out). */
export async function signOutAction(): Promise<void> {
  // CASE: a session that already stopped working (deactivated, password changed elsewhere)
  // still gets its cookie cleared, but there is no one to audit.
  const actor = await getActor();
  if (actor) {
    await recordSignOut(actor, (await requestMeta()).ip);
  }
  await signOut({ redirectTo: "/login" });
}
