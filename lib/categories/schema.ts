import { z } from "zod";
import { slugSchema } from "@/lib/articles/slug";

/** A category as editors create or edit it. Pure module (the form uses it too). */
export const categoryInputSchema = z.object({
  name: z.string().trim().min(2, "Nama kategori minimal 2 karakter.").max(80, "Nama kategori maksimal 80 karakter."),
  slug: z.string().trim().min(1, "Isi slug.").max(80, "Slug maksimal 80 karakter.").pipe(slugSchema),
  description: z.string().trim().max(300, "Deskripsi maksimal 300 karakter.").default(""),
});
export type CategoryInput = z.infer<typeof categoryInputSchema>;

export const categoryIdSchema = z.uuid("Kategori tidak dikenal.");
export const moveDirectionSchema = z.enum(["up", "down"]);
export type MoveDirection = z.infer<typeof moveDirectionSchema>;
