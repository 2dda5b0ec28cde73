"use server";

import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { requestMeta } from "@/lib/request";
import { DomainError } from "@/lib/errors";
import { uploadImage, type UploadedImage } from "@/lib/media/upload";

export type UploadResult =
  { ok: true; data: UploadedImage } | { ok: false; fieldErrors?: Record<string, string>; formError?: string };

const uploadSchema = z.object({
  file: z.instanceof(File, { message: "Pilih berkas gambar." }),
  alt: z
    .string()
    .trim()
    .min(1, "Teks alternatif wajib diisi.")
    .max(300, "Teks alternatif paling panjang 300 karakter."),
});

export async function uploadImageAction(formData: FormData): Promise<UploadResult> {
  const actor = await requireActor();
  const parsed = uploadSchema.safeParse({ file: formData.get("file"), alt: formData.get("alt") ?? "" });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, fieldErrors };
  }
  try {
    return { ok: true, data: await uploadImage(actor, parsed.data.file, parsed.data.alt, await requestMeta()) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, formError: error.message };
    throw error;
  }
}
