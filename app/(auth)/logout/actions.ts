"use server";
import { signOut } from "@/lib/auth/config";

/**
 * Ends this browser's session (POST only: a GET never signs anyone out). Auth.js clears
 * the cookie and its signOut event ends the session row on the server and audits it
 * (lib/auth/config.ts), so a copy of the cookie stops working too.
 */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
