import { z } from "zod";

/** The longest e-mail address (RFC 5321); usernames are far shorter. */
export const LOGIN_MAX_LENGTH = 254;
export const PASSWORD_MAX_LENGTH = 200;

/** Sign-in form: a username or an e-mail address, and the password. */
export const signInSchema = z.object({
  login: z
    .string()
    .trim()
    .min(1, "Isi nama pengguna atau surel.")
    .max(LOGIN_MAX_LENGTH, "Nama pengguna atau surel terlalu panjang.")
    .transform((value) => value.toLowerCase()),
  password: z.string().min(1, "Isi kata sandi.").max(PASSWORD_MAX_LENGTH, "Kata sandi terlalu panjang."),
});

export type SignInInput = z.infer<typeof signInSchema>;

export const DASHBOARD_HOME = "/dashboard";

/**
 * Where to go after signing in (`?ke=`): only a same-site path inside the dashboard,
 * anything else (absolute or protocol-relative URLs, backslash tricks, other paths)
 * becomes /dashboard, so the login form can never be used as an open redirect.
 */
export const redirectTargetSchema = z
  .string()
  .max(500)
  .refine(
    (value) => /^\/dashboard(?:[/?#]|$)/.test(value) && !value.includes("\\") && !value.includes("//"),
    "Bukan alamat dasbor.",
  )
  .refine((value) => new URL(value, "http://warta.invalid").origin === "http://warta.invalid", "Bukan alamat dasbor.")
  .catch(DASHBOARD_HOME);

/** Shortest new password staff may choose (NIST SP 800-63B suggests length over composition rules). */
export const PASSWORD_MIN_LENGTH = 12;

/**
 * Password change form. Rules that need the account (not the username or e-mail, the
 * current password must match) are checked in lib/auth/password-change.ts.
 */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Isi kata sandi saat ini.").max(200, "Kata sandi terlalu panjang."),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Kata sandi baru minimal ${PASSWORD_MIN_LENGTH} karakter.`)
      .max(200, "Kata sandi baru maksimal 200 karakter."),
    confirmation: z.string().max(200, "Kata sandi terlalu panjang."),
  })
  .refine((input) => input.confirmation === input.newPassword, {
    path: ["confirmation"],
    message: "Konfirmasi tidak sama dengan kata sandi baru.",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Kata sandi baru harus berbeda dari kata sandi saat ini.",
  });

export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
