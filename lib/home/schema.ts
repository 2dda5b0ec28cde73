import { z } from "zod";
import { localDateTimeSchema } from "@/lib/articles/schema";
import { toLocalDateTimeValue, type IndonesianTimeZone } from "@/lib/time";
import { HOME_SLOTS, type HomeSlot } from "./slots";

/**
 * Pinning an article to the home page. Pure module, but the dashboard's client form imports
 * the slot names from ./slots, not from here: zod probes for `eval` on first use, which the
 * dashboard's Content-Security-Policy reports.
 */

/** A pin lasts at most this long: a forgotten pin must not hold the front page for months. */
export const MAX_PIN_DAYS = 30;

/**
 * { articleId, slot, expiresAt: "YYYY-MM-DDTHH:mm" in the portal's zone } → expiresAt a Date
 * at least one minute and at most MAX_PIN_DAYS from now (`now` is read at parse time).
 */
export function makeHomePinSchema(timeZone: IndonesianTimeZone, now: () => Date = () => new Date()) {
  return z.object({
    articleId: z.uuid("Pilih berita yang akan disematkan."),
    slot: z.coerce
      .number()
      .int()
      .refine((value): value is HomeSlot => (HOME_SLOTS as readonly number[]).includes(value), "Pilih posisi."),
    expiresAt: localDateTimeSchema(
      timeZone,
      { missing: "Isi tanggal dan jam berakhir.", invalid: "Tanggal atau jam berakhir tidak valid." },
      (date) => {
        if (date.getTime() < now().getTime() + 60_000) return "Waktu berakhir minimal satu menit dari sekarang.";
        if (date.getTime() > now().getTime() + MAX_PIN_DAYS * 86_400_000)
          return `Sematan paling lama ${MAX_PIN_DAYS} hari.`;
        return null;
      },
    ),
  });
}

export type HomePinInput = z.output<ReturnType<typeof makeHomePinSchema>>;

export const homeSlotSchema = z.coerce
  .number()
  .int()
  .refine((value): value is HomeSlot => (HOME_SLOTS as readonly number[]).includes(value), "Posisi tidak dikenal.");

/** The expiry field's default: a day from now, as a datetime-local value in the portal's zone. */
export function defaultPinExpiryValue(timeZone: IndonesianTimeZone, now = new Date()): string {
  return toLocalDateTimeValue(new Date(now.getTime() + 86_400_000), timeZone);
}
