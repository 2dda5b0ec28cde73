import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { mediaFileKey, OG_FILE } from "./keys";
import { getMediaStorage } from "./storage";

/** The URL segments of GET /media/[id]/[file], as the route receives them. */
export const mediaFileParamsSchema = z.object({
  id: z.uuid(),
  file: z.union([z.literal(OG_FILE), z.string().regex(/^[1-9]\d{1,3}\.webp$/)]),
});

export interface MediaFile {
  bytes: Uint8Array;
  contentType: "image/webp" | "image/jpeg";
}

/**
 * One rendition of a stored image for the public route, or null for anything not stored
 * (unknown id, a width that was never rendered, bad segments). Media is public by URL:
 * covers appear on published pages and ids are unguessable UUIDs.
 */
export async function getMediaFile(params: { id: string; file: string }): Promise<MediaFile | null> {
  const parsed = mediaFileParamsSchema.safeParse(params);
  if (!parsed.success) return null;
  const { id, file } = parsed.data;
  const media = await db.media.findUnique({ where: { id }, select: { variantWidths: true } });
  if (!media) return null;
  // CASE: a width that was never rendered; the key pattern alone would let "123.webp" through to the disk.
  if (file !== OG_FILE && !media.variantWidths.includes(Number.parseInt(file, 10))) return null;
  const bytes = await getMediaStorage().get(mediaFileKey(id, file));
  if (!bytes) return null;
  return { bytes, contentType: file === OG_FILE ? "image/jpeg" : "image/webp" };
}
