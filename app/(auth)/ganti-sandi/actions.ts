"use server";
import { unstable_rethrow } from "next/navigation";
import { failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import { signIn } from "@/lib/auth/config";
import { changePassword } from "@/lib/auth/password-change";
import { DASHBOARD_HOME, passwordChangeSchema } from "@/lib/auth/schema";
import { requireActor } from "@/lib/auth/session";
import { requestMeta } from "@/lib/request";

export async function changePasswordAction(_previous: ActionResult, formData: FormData): Promise<ActionResult> {
  const actor = await requireActor({ allowPasswordChange: true });
  const parsed = passwordChangeSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmation: formData.get("confirmation"),
  });
  if (!parsed.success) return validationFailure(parsed.error);
  const { ip } = await requestMeta();
  try {
    await changePassword(actor, parsed.data, ip);
  } catch (error) {
    return failureOf(error);
  }
  // The change bumped sessionVersion, which ends every session including this one. Signing
  // in again with the new password issues this browser a fresh session of the new version
  // through the one audited sign-in path (no second way to mint sessions).
  try {
    await signIn("credentials", {
      login: actor.username,
      password: parsed.data.newPassword,
      redirectTo: DASHBOARD_HOME,
    });
  } catch (error) {
    unstable_rethrow(error);
    // CASE: the fresh sign-in was refused (e.g. the account is rate-limited); the password
    // is changed all the same, so send them to the form to sign in by hand.
    return { ok: false, formError: "Kata sandi sudah diganti. Silakan masuk lagi dengan kata sandi baru." };
  }
  return { ok: true, data: undefined };
}
