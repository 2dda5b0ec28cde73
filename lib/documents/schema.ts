import { z } from "zod";
import { slugSchema } from "@/lib/articles/slug";

/** Document types, with the labels readers and editors see. Pure module (forms use it too). */
export const DOCUMENT_TYPES = {
  LAPORAN: { label: "Laporan", segment: "laporan" },
  PERDA: { label: "Perda", segment: "perda" },
  SK: { label: "SK", segment: "sk" },
  RKPD: { label: "RKPD", segment: "rkpd" },
  APBD: { label: "APBD", segment: "apbd" },
  LAINNYA: { label: "Lainnya", segment: "lainnya" },
} as const;

export type DocumentTypeValue = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_VALUES = Object.keys(DOCUMENT_TYPES) as [DocumentTypeValue, ...DocumentTypeValue[]];

/** The type whose lowercase address segment is `segment` ("perda"), or null. */
export function documentTypeOfSegment(segment: string): DocumentTypeValue | null {
  return DOCUMENT_TYPE_VALUES.find((type) => DOCUMENT_TYPES[type].segment === segment) ?? null;
}

// The limit lives beside the image limits, which next.config.js turns into the request limit.
export { DOCUMENT_MAX_BYTES } from "@/lib/media/limits.mjs";
export const DOCUMENT_TOO_LARGE_MESSAGE =
  "Ukuran dokumen melebihi 20 MB. Kecilkan atau pecah berkasnya lalu unggah lagi.";

export const MIN_DOCUMENT_YEAR = 1945;

/**
 * Words the listing uses below /dokumen (lib/documents/routing.ts): a document may not take
 * one as its slug, or its own page would be hidden behind the list's.
 */
export const RESERVED_DOCUMENT_SLUGS = new Set(["daftar"]);

/** A document's details as editors enter them; the file travels beside them. */
export const documentInputSchema = z.object({
  title: z.string().trim().min(3, "Judul minimal 3 karakter.").max(200, "Judul maksimal 200 karakter."),
  slug: z
    .string()
    .trim()
    .min(1, "Isi slug.")
    .max(160, "Slug maksimal 160 karakter.")
    .pipe(slugSchema)
    .refine((slug) => !RESERVED_DOCUMENT_SLUGS.has(slug), "Slug ini dipakai sistem; pilih yang lain."),
  number: z.string().trim().max(100, "Nomor maksimal 100 karakter.").default(""),
  year: z.coerce
    .number({ message: "Isi tahun." })
    .int("Tahun harus bilangan bulat.")
    .min(MIN_DOCUMENT_YEAR, `Tahun paling awal ${MIN_DOCUMENT_YEAR}.`)
    .max(2100, "Tahun terlalu jauh."),
  type: z.enum(DOCUMENT_TYPE_VALUES, { message: "Pilih jenis dokumen." }),
  issuer: z.string().trim().min(2, "Isi unit penerbit.").max(120, "Unit penerbit maksimal 120 karakter."),
  description: z.string().trim().max(2000, "Keterangan maksimal 2.000 karakter.").default(""),
});
export type DocumentInput = z.infer<typeof documentInputSchema>;

export const documentIdSchema = z.uuid("Dokumen tidak dikenal.");
