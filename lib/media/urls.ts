/**
 * Public addresses of stored images. Pure module: server pages, feeds and the
 * dashboard's client components build the same URLs.
 *
 *   /media/<mediaId>/<width>.webp   responsive variants (widths listed in Media.variantWidths)
 *   /media/<mediaId>/og.jpg         1200×630 share image for Open Graph, RSS and JSON-LD (< 300 KB)
 */

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** A stored rendition's address: exactly what mediaVariantUrl and ogImageUrl produce. */
const MEDIA_URL =
  /^\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/(?:[1-9][0-9]{1,4}\.webp|og\.jpg)$/;

/** True for the address of an image the portal stores, and nothing else (no other host, no other path). */
export function isMediaUrl(src: string): boolean {
  return MEDIA_URL.test(src);
}

export function mediaVariantUrl(mediaId: string, width: number): string {
  return `/media/${mediaId}/${width}.webp`;
}

export function ogImageUrl(mediaId: string): string {
  return `/media/${mediaId}/og.jpg`;
}

/** The smallest stored variant at least as wide as wanted (the largest when none is). */
export function pickVariantWidth(variantWidths: readonly number[], wanted: number): number {
  const sorted = [...variantWidths].sort((a, b) => a - b);
  return sorted.find((width) => width >= wanted) ?? sorted.at(-1) ?? wanted;
}
