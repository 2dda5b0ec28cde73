"use server";
import { headers } from "next/headers";
import { signOut } from "@/lib/auth/config";
import { getActor } from "@/lib/auth/session";
import { recordSignOut } from "@/lib/auth/sign-out";
import { readerFromHeaders } from "@/lib/views/fingerprint";

/** Ends this browser's session (POST only: a GET never signs anyone out). */
export async function signOutAction(): Promise<void> {
  // CASE: a session that already stopped working (deactivated, password changed elsewhere)
  // still gets its cookie cleared, but there is no one to audit.
  const actor = await getActor();
  if (actor) {
    const { address } = readerFromHeaders(await headers());
    await recordSignOut(actor, address === "unknown" ? null : address);
  }
  await signOut({ redirectTo: "/login" });
}
