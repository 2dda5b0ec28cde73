import { z } from "zod";
import { articleBodySchema } from "./body";
import { slugSchema } from "./slug";

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

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Minutes the zone is ahead of UTC at `date` ("Asia/Makassar" → 480). */
function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/**
 * "2026-11-28T09:30" read as a wall-clock time in `timeZone` → the UTC instant, or null
 * for a malformed or impossible value. The zone is an argument so this stays pure.
 */
export function localDateTimeToUtc(value: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wallClock);
  // Rejects 31 February and friends, which Date.UTC would roll into the next month.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  // Two passes settle a zone whose offset differs on either side of the instant (none in Indonesia today).
  let instant = wallClock - zoneOffsetMinutes(new Date(wallClock), timeZone) * 60_000;
  instant = wallClock - zoneOffsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** The portal's zone unless configured otherwise (SITE_TIME_ZONE); pass `site.timeZone` on the server. */
export const DEFAULT_SCHEDULE_TIME_ZONE = "Asia/Makassar";

/**
 * { scheduledAt: "YYYY-MM-DDTHH:mm" } in `timeZone` → { scheduledAt: Date }, at least one
 * minute from now (`now` is read at parse time).
 */
export function makeScheduleSchema(timeZone: string, now: () => Date = () => new Date()) {
  return z.object({
    scheduledAt: z
      .string()
      .trim()
      .regex(LOCAL_DATE_TIME, "Isi tanggal dan jam terbit.")
      .transform((value, context) => {
        const date = localDateTimeToUtc(value, timeZone);
        if (!date) {
          context.addIssue({ code: "custom", message: "Tanggal atau jam terbit tidak valid." });
          return z.NEVER;
        }
        if (date.getTime() < now().getTime() + 60_000) {
          context.addIssue({ code: "custom", message: "Waktu terbit minimal satu menit dari sekarang." });
          return z.NEVER;
        }
        return date;
      }),
  });
}

export const scheduleSchema = makeScheduleSchema(DEFAULT_SCHEDULE_TIME_ZONE);

export type ScheduleInput = z.output<typeof scheduleSchema>;

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
