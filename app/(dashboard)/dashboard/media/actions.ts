"use server";

import { z } from "zod";
import { catchUnavailable, failureOf, validationFailure, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/session";
import { requestMeta } from "@/lib/request";
import { uploadImage, type UploadedImage } from "@/lib/media/upload";

const uploadSchema = z.object({
  file: z.instanceof(File, { message: "Pilih berkas gambar." }),
  alt: z
    .string()
    .trim()
    .min(1, "Teks alternatif wajib diisi.")
    .max(300, "Teks alternatif paling panjang 300 karakter."),
});

export async function uploadImageAction(formData: FormData): Promise<ActionResult<UploadedImage>> {
  return catchUnavailable(async () => {
    const actor = await requireActor();
    const parsed = uploadSchema.safeParse({ file: formData.get("file"), alt: formData.get("alt") ?? "" });
    if (!parsed.success) return validationFailure(parsed.error);
    try {
      return { ok: true, data: await uploadImage(actor, parsed.data.file, parsed.data.alt, await requestMeta()) };
    } catch (error) {
      return failureOf(error);
    }
  });
}
