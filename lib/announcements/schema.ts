import { z } from "zod";
import { articleBodySchema } from "@/lib/articles/body";
import { isLocalDateTimeValue, localDateTimeToUtc, toLocalDateTimeValue, type IndonesianTimeZone } from "@/lib/time";

/** Pure module: the dashboard form validates with the same schema the server action parses. */

/** Announcements per public list page. */
export const ANNOUNCEMENT_PAGE_SIZE = 10;

/** Path segments under /pengumuman that are pages, so no announcement may take them as slug. */
export const RESERVED_ANNOUNCEMENT_SLUGS = new Set(["arsip", "halaman"]);

/**
 * The announcement form. `validUntil` ("berlaku sampai") is a datetime-local value read in
 * the portal's zone; a time already past is allowed (correcting an old announcement, which
 * stays in the archive).
 */
export function makeAnnouncementSchema(timeZone: IndonesianTimeZone) {
  return z.object({
    title: z.string().trim().min(3, "Judul minimal 3 karakter.").max(200, "Judul paling banyak 200 karakter."),
    body: articleBodySchema,
    validUntil: z
      .string()
      .trim()
      .refine(isLocalDateTimeValue, "Isi tanggal dan jam berlaku sampai.")
      .transform((value, context) => {
        const date = localDateTimeToUtc(value, timeZone);
        if (!date) {
          context.addIssue({ code: "custom", message: "Tanggal atau jam tidak valid." });
          return z.NEVER;
        }
        return date;
      }),
    /** Remove the stored attachment (ignored when a new file replaces it). */
    isAttachmentRemoved: z.boolean().default(false),
  });
}

export type AnnouncementInput = z.output<ReturnType<typeof makeAnnouncementSchema>>;

export const ANNOUNCEMENT_FIELD_MESSAGES = { body: "Isi pengumuman mengandung format yang tidak didukung." };

const DEFAULT_VALID_DAYS = 14;

/** The form's suggested `berlaku sampai`: two weeks from `now`, at 23.59 in the zone. */
export function defaultValidUntil(timeZone: IndonesianTimeZone, now: Date = new Date()): string {
  const later = toLocalDateTimeValue(new Date(now.getTime() + DEFAULT_VALID_DAYS * 24 * 3600_000), timeZone);
  return `${later.slice(0, 10)}T23:59`;
}
