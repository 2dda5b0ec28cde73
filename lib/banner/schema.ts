import { z } from "zod";
import { isSafeHref } from "@/lib/articles/body";
import { isLocalDateTimeValue, localDateTimeToUtc, toLocalDateTimeValue, type IndonesianTimeZone } from "@/lib/time";

/** Pure module: the dashboard form validates with the same schema the server action parses. */

export const EMERGENCY_LEVELS = ["WASPADA", "SIAGA", "AWAS"] as const;
export type EmergencyLevel = (typeof EMERGENCY_LEVELS)[number];

/** Indonesian alert levels as readers see them, with what each asks of them. */
export const EMERGENCY_LEVEL_LABELS: Record<EmergencyLevel, string> = {
  WASPADA: "Waspada",
  SIAGA: "Siaga",
  AWAS: "Awas",
};

/** A banner may stay up at most this long; a longer emergency is raised again. */
export const MAX_BANNER_DAYS = 14;

/** A link for details: a path on this site ("/berita/…") or an http(s) address. */
export function isBannerLink(value: string): boolean {
  if (!isSafeHref(value)) return false;
  return value.startsWith("/") || /^https?:\/\//i.test(value);
}

/**
 * The "raise a banner" form. `expiresAt` is a datetime-local value read in the portal's
 * zone, at least a minute ahead and at most MAX_BANNER_DAYS ahead (`now` read at parse time).
 */
export function makeBannerSchema(timeZone: IndonesianTimeZone, now: () => Date = () => new Date()) {
  return z.object({
    level: z.enum(EMERGENCY_LEVELS, "Pilih tingkat peringatan."),
    message: z
      .string()
      .trim()
      .min(5, "Tulis pesan peringatan, minimal 5 karakter.")
      .max(280, "Pesan peringatan paling panjang 280 karakter."),
    linkUrl: z
      .string()
      .trim()
      .max(500, "Tautan paling panjang 500 karakter.")
      .refine(
        (value) => value === "" || isBannerLink(value),
        "Tautan harus alamat https:// atau jalur di situs ini (/…).",
      )
      .transform((value) => (value === "" ? null : value)),
    expiresAt: z
      .string()
      .trim()
      .refine(isLocalDateTimeValue, "Isi tanggal dan jam berakhir.")
      .transform((value, context) => {
        const date = localDateTimeToUtc(value, timeZone);
        if (!date) {
          context.addIssue({ code: "custom", message: "Tanggal atau jam berakhir tidak valid." });
          return z.NEVER;
        }
        const ahead = date.getTime() - now().getTime();
        if (ahead < 60_000) {
          context.addIssue({ code: "custom", message: "Waktu berakhir minimal satu menit dari sekarang." });
          return z.NEVER;
        }
        if (ahead > MAX_BANNER_DAYS * 24 * 3600_000) {
          context.addIssue({ code: "custom", message: `Peringatan paling lama ${MAX_BANNER_DAYS} hari.` });
          return z.NEVER;
        }
        return date;
      }),
  });
}

export type BannerInput = z.output<ReturnType<typeof makeBannerSchema>>;

const DEFAULT_HOURS = 6;

/** The form's suggested expiry: six hours from `now`, as a datetime-local value in the zone. */
export function defaultBannerExpiry(timeZone: IndonesianTimeZone, now: Date = new Date()): string {
  return toLocalDateTimeValue(new Date(now.getTime() + DEFAULT_HOURS * 3600_000), timeZone);
}
