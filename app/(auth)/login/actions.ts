"use server";
import { CredentialsSignin } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { validationFailure, type ActionFailure } from "@/lib/action-result";
import { signIn } from "@/lib/auth/config";
import { redirectTargetSchema, signInSchema } from "@/lib/auth/schema";

/** Success leaves by redirect, so the form only ever sees failures. */
export type SignInFormState = ActionFailure & {
  /** Echoed back so the form keeps what was typed; the password never is. */
  login: string;
};

// One message for an unknown account, a wrong password and a deactivated account, so the
// form does not reveal which usernames exist.
const INVALID = "Nama pengguna/surel atau kata sandi salah.";
const RATE_LIMITED = "Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.";

export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const rawLogin = formData.get("login");
  const login = typeof rawLogin === "string" ? rawLogin.slice(0, 254) : "";
  const redirectTo = redirectTargetSchema.parse(formData.get("ke"));
  const parsed = signInSchema.safeParse({ login: rawLogin, password: formData.get("password") });
  if (!parsed.success) return { ...validationFailure(parsed.error), login };
  try {
    // On success signIn sets the session cookie and throws Next's redirect to `redirectTo`.
    await signIn("credentials", { login: parsed.data.login, password: parsed.data.password, redirectTo });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof CredentialsSignin) {
      return { ok: false, login, formError: error.code === "rate_limited" ? RATE_LIMITED : INVALID };
    }
    throw error;
  }
  return { ok: false, login, formError: INVALID };
}
