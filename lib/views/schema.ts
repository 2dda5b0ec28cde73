import { z } from "zod";
import { slugSchema } from "@/lib/articles/slug";

/**
 * Body of POST /api/views, sent by the reader's browser once an article is shown: the
 * article and the view token of the page (lib/views/token). A beacon without a token
 * (a page cached before tokens existed) is answered but not counted.
 */
export const viewBeaconSchema = z.strictObject({
  slug: slugSchema,
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22}$/)
    .optional(),
});
export type ViewBeaconInput = z.infer<typeof viewBeaconSchema>;

/** Largest beacon body we read; a real one is about 150 bytes. */
export const VIEW_BEACON_MAX_BYTES = 2048;

/** "?periode=" on /terpopuler: the last 7 or 30 portal-zone days, or all time. Anything else means 7. */
export const popularPeriodSchema = z.enum(["7", "30", "semua"]).catch("7");
export type PopularPeriod = z.infer<typeof popularPeriodSchema>;

export const popularSearchParamsSchema = z.object({
  periode: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), popularPeriodSchema),
});

/** What POST /api/views answers: whether this view counted, and the article's fresh total. */
export type ViewBeaconReply = { counted: boolean; views: number };
