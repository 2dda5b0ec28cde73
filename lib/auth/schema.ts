import { z } from "zod";

/** Sign-in form: a username or an e-mail address, and the password. */
export const signInSchema = z.object({
  login: z
    .string()
    .trim()
    .min(1, "Isi nama pengguna atau surel.")
    .max(254, "Nama pengguna atau surel terlalu panjang.")
    .transform((value) => value.toLowerCase()),
  password: z.string().min(1, "Isi kata sandi.").max(200, "Kata sandi terlalu panjang."),
});

export type SignInInput = z.infer<typeof signInSchema>;
