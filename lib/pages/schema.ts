import { z } from "zod";
import { articleBodySchema } from "@/lib/articles/body";
import { slugSchema } from "@/lib/articles/slug";

/** A static page as editors write it. Pure module (the form uses it too). */
export const staticPageInputSchema = z.object({
  title: z.string().trim().min(2, "Judul minimal 2 karakter.").max(120, "Judul maksimal 120 karakter."),
  slug: z.string().trim().min(1, "Isi slug.").max(80, "Slug maksimal 80 karakter.").pipe(slugSchema),
  summary: z.string().trim().max(300, "Ringkasan maksimal 300 karakter.").default(""),
  body: articleBodySchema,
});
export type StaticPageInput = z.infer<typeof staticPageInputSchema>;

export const staticPageIdSchema = z.uuid("Halaman tidak dikenal.");
