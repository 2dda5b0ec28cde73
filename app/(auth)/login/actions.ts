"use server";
import { CredentialsSignin } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { validationFailure, type ActionFailure } from "@/lib/action-result";
import { DEACTIVATED_CODE, RATE_LIMITED_CODE, signIn } from "@/lib/auth/config";
import { LOGIN_MAX_LENGTH, PASSWORD_MAX_LENGTH, redirectTargetSchema, signInSchema } from "@/lib/auth/schema";

/** Success leaves by redirect, so the form only ever sees failures. */
export type SignInFormState = ActionFailure & {
  /** Echoed back so the form keeps what was typed; the password never is. */
  login: string;
};

// One message for an unknown account and a wrong password, so the form does not reveal
// which usernames exist. A deactivated account is named only to whoever typed its password.
const INVALID = "Nama pengguna/surel atau kata sandi salah.";
const DEACTIVATED = "Akun dinonaktifkan, hubungi admin.";

/** "Terlalu banyak percobaan masuk. Coba lagi dalam 40 detik." from the code "rate_limited:40". */
function rateLimitedMessage(code: string): string | null {
  const [kind, seconds] = code.split(":");
  if (kind !== RATE_LIMITED_CODE) return null;
  const wait = Number(seconds) || 60;
  const when = wait < 90 ? `${wait} detik` : `${Math.ceil(wait / 60)} menit`;
  return `Terlalu banyak percobaan masuk. Coba lagi dalam ${when}.`;
}

// Enough to tell "too long" from the real limits, never more than that reaches Auth.js.
const bounded = (value: FormDataEntryValue | null, max: number) =>
  typeof value === "string" ? value.slice(0, max + 1) : "";

export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const rawLogin = bounded(formData.get("login"), LOGIN_MAX_LENGTH);
  const rawPassword = bounded(formData.get("password"), PASSWORD_MAX_LENGTH);
  const login = rawLogin.slice(0, LOGIN_MAX_LENGTH);
  const redirectTo = redirectTargetSchema.parse(formData.get("ke"));
  const parsed = signInSchema.safeParse({ login: rawLogin, password: rawPassword });
  // CASE: an empty field is a slip, not an attempt: say which, record nothing.
  if (!parsed.success && (rawLogin.trim() === "" || rawPassword === "")) {
    return { ...validationFailure(parsed.error), login };
  }
  try {
    // On success signIn sets the session cookie and throws Next's redirect to `redirectTo`.
    // Oversized input goes through too, so lib/auth/sign-in records the attempt.
    await signIn("credentials", { login: rawLogin, password: rawPassword, redirectTo });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof CredentialsSignin) {
      const limited = rateLimitedMessage(error.code);
      if (limited) return { ok: false, login, formError: limited };
      if (error.code === DEACTIVATED_CODE) return { ok: false, login, formError: DEACTIVATED };
      if (!parsed.success) return { ...validationFailure(parsed.error), login };
      return { ok: false, login, formError: INVALID };
    }
    throw error;
  }
  return { ok: false, login, formError: INVALID };
}
