import { z } from "zod";
import { articleBodySchema } from "./body";
import { slugSchema } from "./slug";
import { isLocalDateTimeValue, localDateTimeToUtc, type IndonesianTimeZone } from "@/lib/time";

/**
 * Input schemas for the article form and the workflow actions. Only fields a person may
 * edit: the writer, status, publishedAt and editor are the server's. Pure module: the
 * dashboard form validates with the same schemas for instant feedback.
 */

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).default("");

export const articleDraftSchema = z.object({
  title: z.string().trim().min(3, "Judul minimal 3 karakter.").max(200, "Judul paling banyak 200 karakter."),
  // An empty field means "follow the title"; ignored by lib once the article has been published.
  slug: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    slugSchema.optional(),
  ),
  dateline: optionalText(80, "Tempat berita paling banyak 80 karakter."),
  excerpt: optionalText(400, "Ringkasan paling banyak 400 karakter."),
  categoryId: z.uuid("Pilih kategori."),
  tagIds: z.array(z.uuid("Tag tidak dikenal.")).max(10, "Paling banyak 10 tag.").default([]),
  // Editors only; lib refuses new tags from writers (permission "tag.create").
  newTagNames: z
    .array(z.string().trim().min(1, "Nama tag tidak boleh kosong.").max(80, "Nama tag paling banyak 80 karakter."))
    .max(10, "Paling banyak 10 tag baru.")
    .default([]),
  body: articleBodySchema,
  coverImageId: z.uuid("Gambar sampul tidak dikenal.").nullable().default(null),
  coverCaption: optionalText(300, "Keterangan gambar paling banyak 300 karakter."),
});

export type ArticleDraftInput = z.output<typeof articleDraftSchema>;

export const articleUpdateSchema = articleDraftSchema.extend({
  version: z.coerce.number().int().min(1, "Versi artikel tidak valid."),
});

export type ArticleUpdateInput = z.output<typeof articleUpdateSchema>;

/** The body's issues sit deep in its document tree; the writer reads this one message for all of them. */
export const ARTICLE_FIELD_MESSAGES = { body: "Isi berita mengandung format yang tidak didukung." };

export const returnNoteSchema = z.object({
  note: z
    .string()
    .trim()
    .min(5, "Catatan untuk penulis minimal 5 karakter.")
    .max(2000, "Catatan paling banyak 2.000 karakter."),
});

export type ReturnNoteInput = z.output<typeof returnNoteSchema>;

/**
 * A datetime-local value ("YYYY-MM-DDTHH:mm") read in the portal's zone → Date. `rule`
 * returns a message when the instant is not acceptable (too soon, in the future…).
 */
export function localDateTimeSchema(
  timeZone: IndonesianTimeZone,
  messages: { missing: string; invalid: string },
  rule: (date: Date) => string | null = () => null,
) {
  return z
    .string()
    .trim()
    .refine(isLocalDateTimeValue, messages.missing)
    .transform((value, context) => {
      const date = localDateTimeToUtc(value, timeZone);
      const problem = date ? rule(date) : messages.invalid;
      if (!date || problem) {
        context.addIssue({ code: "custom", message: problem ?? messages.invalid });
        return z.NEVER;
      }
      return date;
    });
}

/**
 * { scheduledAt: "YYYY-MM-DDTHH:mm" } read in the portal's zone → { scheduledAt: Date }, at
 * least one minute from now (`now` is read at parse time). The server passes `site.timeZone`.
 */
export function makeScheduleSchema(timeZone: IndonesianTimeZone, now: () => Date = () => new Date()) {
  return z.object({
    scheduledAt: localDateTimeSchema(
      timeZone,
      { missing: "Isi tanggal dan jam terbit.", invalid: "Tanggal atau jam terbit tidak valid." },
      (date) => (date.getTime() < now().getTime() + 60_000 ? "Waktu terbit minimal satu menit dari sekarang." : null),
    ),
  });
}

/**
 * { publishedAt: "YYYY-MM-DDTHH:mm" } read in the portal's zone → { publishedAt: Date }, never
 * later than now: an archived article's original publish time.
 */
export function makePublishTimeSchema(timeZone: IndonesianTimeZone, now: () => Date = () => new Date()) {
  return z.object({
    publishedAt: localDateTimeSchema(
      timeZone,
      { missing: "Isi tanggal dan jam terbit.", invalid: "Tanggal atau jam terbit tidak valid." },
      (date) => (date.getTime() > now().getTime() ? "Tanggal terbit tidak boleh di masa depan." : null),
    ),
  });
}

export type PublishTimeInput = z.output<ReturnType<typeof makePublishTimeSchema>>;

/** The cover's alt text, edited after upload. */
export const coverAltSchema = z.object({
  alt: z.string().trim().min(1, "Teks alternatif wajib diisi.").max(300, "Teks alternatif paling banyak 300 karakter."),
});

export type ScheduleInput = z.output<ReturnType<typeof makeScheduleSchema>>;

export const STAFF_SORTS = ["updated", "published", "title"] as const;

/** Query string of /dashboard/artikel; anything unknown falls back to the default. */
export const staffArticleFiltersSchema = z.object({
  status: z.enum(["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"]).optional().catch(undefined),
  categoryId: z.uuid().optional().catch(undefined),
  writerId: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(STAFF_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export type StaffArticleFilters = z.output<typeof staffArticleFiltersSchema>;
