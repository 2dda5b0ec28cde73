import { z } from "zod";
import { articleBodySchema } from "./body";
import { slugSchema } from "./slug";

/**
 * Inputs of the article editor. Only fields a staff member may edit: id, writer, status,
 * publish time and the derived text are the server's. Pure module: the dashboard form
 * validates with the same schemas for instant feedback; the server action's parse counts.
 */

const trimmed = (max: number, message: string) => z.string().trim().max(max, message);

export const articleDraftSchema = z.object({
  title: z.string().trim().min(1, "Judul wajib diisi.").max(200, "Judul paling panjang 200 karakter."),
  /** Empty: follow the title. Ignored once the article has been published (the slug is frozen). */
  slug: z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(slugSchema.optional())
    .optional(),
  dateline: trimmed(80, "Dateline paling panjang 80 karakter."),
  excerpt: trimmed(400, "Ringkasan paling panjang 400 karakter."),
  categoryId: z.uuid("Pilih kategori."),
  tagIds: z.array(z.uuid()).max(20, "Paling banyak 20 tag.").default([]),
  newTagNames: z
    .array(z.string().trim().min(1).max(80, "Nama tag paling panjang 80 karakter."))
    .max(10, "Paling banyak 10 tag baru.")
    .default([]),
  body: articleBodySchema,
  coverImageId: z.uuid().nullable().default(null),
  coverCaption: trimmed(300, "Keterangan foto paling panjang 300 karakter.").default(""),
});

export type ArticleDraftInput = z.infer<typeof articleDraftSchema>;

export const articleUpdateSchema = articleDraftSchema.extend({
  version: z.coerce.number().int().min(1),
});

export type ArticleUpdateInput = z.infer<typeof articleUpdateSchema>;

export const returnNoteSchema = z.object({
  note: z.string().trim().min(1, "Tulis catatan untuk penulis.").max(2000, "Catatan paling panjang 2000 karakter."),
});

export type ReturnNoteInput = z.infer<typeof returnNoteSchema>;

/** WITA is UTC+8 all year (no daylight saving). */
const WITA_OFFSET = "+08:00";

export const scheduleSchema = z.object({
  scheduledAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Isi tanggal dan jam terbit.")
    .transform((value) => new Date(`${value}:00${WITA_OFFSET}`))
    .refine((date) => !Number.isNaN(date.getTime()), "Tanggal tidak valid.")
    .refine((date) => date.getTime() > Date.now(), "Waktu terbit harus di masa depan."),
});

export type ScheduleInput = z.infer<typeof scheduleSchema>;
