import { z } from "zod";
import { IMAGE_LIMITS } from "./limits.mjs";

/**
 * Storage keys and public file names of an image's renditions. Pure, so the route
 * handler's parser and the writer agree on one spelling.
 */
export const OG_FILE = "og.jpg";

/**
 * Responsive widths rendered for every image (never wider than the original). 780 is a
 * 390 px phone screen at 2× density: the most a phone needs for a full-width cover.
 */
export const VARIANT_WIDTHS = [480, 780, 960, 1600] as const;

/** One to three lowercase path segments, each a name with at most one extension: no dots to climb with, no slashes at the ends. */
const STORAGE_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}(\/[a-z0-9][a-z0-9-]{0,63}(\.[a-z0-9]{1,5})?){0,2}$/;

/**
 * Whether a key is one every storage backend accepts. Temporary files of a write in
 * progress (`960.webp.123.456.tmp`) and dot-folders never match, so a walk over the media
 * folder (backups) sees finished files only.
 */
export function isStorageKey(key: string): boolean {
  return STORAGE_KEY_PATTERN.test(key);
}

/** `<mediaId>/<file>`: one folder per image. */
export function mediaFileKey(mediaId: string, file: string): string {
  return `${mediaId.toLowerCase()}/${file}`;
}

/**
 * Whether a WebP rendition of this width can exist: one of the standard widths, or the
 * original width of an image narrower than all of them (lib/media/images.ts variantWidthsFor).
 */
function isRenditionWidth(width: number): boolean {
  const smallest = VARIANT_WIDTHS[0];
  return (VARIANT_WIDTHS as readonly number[]).includes(width) || (width >= IMAGE_LIMITS.minWidth && width < smallest);
}

const renditionFileSchema = z.union([
  z.literal(OG_FILE),
  z
    .string()
    .regex(/^[1-9]\d{2,3}\.webp$/)
    .refine((file) => isRenditionWidth(Number.parseInt(file, 10))),
]);

/**
 * The URL segments of GET /media/[id]/[file]: together they are the file's storage key, so
 * the route needs nothing else (and no database) to find it.
 */
export const mediaFileParamsSchema = z.object({
  id: z.uuid().transform((id) => id.toLowerCase()),
  file: renditionFileSchema,
});

export type MediaFileParams = z.output<typeof mediaFileParamsSchema>;

export type MediaContentType = "image/webp" | "image/jpeg";

/** The Content-Type of a rendition, from its file name (the share image is the only JPEG). */
export function mediaContentType(file: string): MediaContentType {
  return file === OG_FILE ? "image/jpeg" : "image/webp";
}
