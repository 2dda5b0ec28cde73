import { z } from "zod";
import { isLocalDateTimeValue, localDateTimeToUtc, type IndonesianTimeZone } from "@/lib/time";

/** Pure module: the dashboard form validates with the same schema the server action parses. */

/** Path segments under /agenda that are pages, so no event may take them as slug. */
export const RESERVED_AGENDA_SLUGS = new Set(["bulan", "lalu"]);

/** "2026-12": a month of the month view (/agenda/bulan/2026-12). */
export const monthSchema = z
  .string()
  .regex(/^(\d{4})-(0[1-9]|1[0-2])$/)
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= 2000 && year <= 2100;
  });

/** Longest event: a festival week, a fortnight of exhibitions. */
const MAX_EVENT_DAYS = 31;

function localTime(timeZone: IndonesianTimeZone, label: string) {
  return z
    .string()
    .trim()
    .refine(isLocalDateTimeValue, `Isi tanggal dan jam ${label}.`)
    .transform((value, context) => {
      const date = localDateTimeToUtc(value, timeZone);
      if (!date) {
        context.addIssue({ code: "custom", message: `Tanggal atau jam ${label} tidak valid.` });
        return z.NEVER;
      }
      return date;
    });
}

/** The agenda form: start and end are datetime-local values read in the portal's zone. */
export function makeAgendaSchema(timeZone: IndonesianTimeZone) {
  return z
    .object({
      title: z.string().trim().min(3, "Judul minimal 3 karakter.").max(200, "Judul paling banyak 200 karakter."),
      startsAt: localTime(timeZone, "mulai"),
      endsAt: localTime(timeZone, "selesai"),
      place: z.string().trim().min(2, "Isi tempat acara.").max(200, "Tempat paling banyak 200 karakter."),
      organiser: z.string().trim().max(200, "Penyelenggara paling banyak 200 karakter.").default(""),
      description: z.string().trim().max(5000, "Keterangan paling banyak 5.000 karakter.").default(""),
    })
    .superRefine((value, context) => {
      if (value.endsAt.getTime() <= value.startsAt.getTime()) {
        context.addIssue({ code: "custom", path: ["endsAt"], message: "Waktu selesai harus setelah waktu mulai." });
      } else if (value.endsAt.getTime() - value.startsAt.getTime() > MAX_EVENT_DAYS * 24 * 3600_000) {
        context.addIssue({ code: "custom", path: ["endsAt"], message: `Acara paling lama ${MAX_EVENT_DAYS} hari.` });
      }
    });
}

export type AgendaInput = z.output<ReturnType<typeof makeAgendaSchema>>;
