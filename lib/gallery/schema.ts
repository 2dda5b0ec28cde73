import { z } from "zod";
import { slugSchema } from "@/lib/articles/slug";
import { parseYouTubeId } from "./youtube";

/** Gallery input. Pure module (the forms use it too). */

export const GALLERY_KINDS = { ALBUM: "Album foto", VIDEO: "Video" } as const;
export type GalleryKindValue = keyof typeof GALLERY_KINDS;

/** The credit a new photo gets unless the uploader types another. */
export const DEFAULT_PHOTO_CREDIT = "Foto: Humas Pemkot";
/** Photos one bulk upload may send. */
export const MAX_BULK_PHOTOS = 50;

export const galleryItemInputSchema = z
  .object({
    kind: z.enum(["ALBUM", "VIDEO"], { message: "Pilih jenis galeri." }),
    title: z.string().trim().min(3, "Judul minimal 3 karakter.").max(200, "Judul maksimal 200 karakter."),
    slug: z.string().trim().min(1, "Isi slug.").max(160, "Slug maksimal 160 karakter.").pipe(slugSchema),
    description: z.string().trim().max(2000, "Keterangan maksimal 2.000 karakter.").default(""),
    /** VIDEO: a YouTube link or id; ignored for albums. */
    youtube: z.string().trim().max(300).default(""),
    /** A related article: its address ("/berita/<slug>", full or not) or slug, or empty. */
    article: z.string().trim().max(300).default(""),
  })
  .transform((input, context) => {
    const articleSlug = input.article.replace(/^.*\/berita\//, "").replace(/[/?#].*$/, "") || null;
    if (articleSlug !== null && !slugSchema.safeParse(articleSlug).success) {
      context.addIssue({
        code: "custom",
        path: ["article"],
        message: "Tulis alamat atau slug berita, mis. /berita/judul-berita.",
      });
      return z.NEVER;
    }
    const youtubeId = input.kind === "VIDEO" ? parseYouTubeId(input.youtube) : null;
    if (input.kind === "VIDEO" && !youtubeId) {
      context.addIssue({ code: "custom", path: ["youtube"], message: "Tempel tautan video YouTube yang sah." });
      return z.NEVER;
    }
    return {
      kind: input.kind,
      title: input.title,
      slug: input.slug,
      description: input.description,
      youtubeId,
      articleSlug,
    };
  });
export type GalleryItemInput = z.output<typeof galleryItemInputSchema>;

export const photoDetailsSchema = z.object({
  caption: z.string().trim().max(500, "Keterangan foto maksimal 500 karakter.").default(""),
  credit: z.string().trim().max(120, "Kredit maksimal 120 karakter.").default(DEFAULT_PHOTO_CREDIT),
});
export type PhotoDetailsInput = z.infer<typeof photoDetailsSchema>;

export const galleryIdSchema = z.uuid("Galeri tidak dikenal.");
