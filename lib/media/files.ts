import "server-only";
import { createHash } from "node:crypto";
import { mediaContentType, mediaFileKey, type MediaContentType, type MediaFileParams } from "./keys";
import { getMediaStorage, type MediaStorage } from "./storage";

export interface MediaFile {
  bytes: Uint8Array;
  contentType: MediaContentType;
  /** A strong validator: the quoted SHA-256 of the bytes. */
  etag: string;
}

/**
 * One rendition of a stored image for the public route, or null when storage holds no such
 * file. Storage only, never the database: an image's id and file name are its storage key,
 * so images keep being served while Postgres is down. Media is public by URL (covers
 * appear on published pages and ids are unguessable UUIDs). Nothing is served after an
 * image is removed, because removing it deletes its files (mutations.ts removeUnusedImage).
 * Throws when the storage itself fails (disk error, object store unreachable).
 */
export async function getMediaFile(
  { id, file }: MediaFileParams,
  storage: MediaStorage = getMediaStorage(),
): Promise<MediaFile | null> {
  const bytes = await storage.get(mediaFileKey(id, file));
  if (!bytes) return null;
  const digest = createHash("sha256").update(bytes).digest("base64url");
  return { bytes, contentType: mediaContentType(file), etag: `"${digest}"` };
}
