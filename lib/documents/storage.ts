import "server-only";
import { createHash } from "node:crypto";
import { getMediaStorage } from "@/lib/media/storage";

/**
 * Document files in the media storage (lib/media/storage.ts: local disk or S3), under the
 * hash of their content: `dokumen/<sha256>.<ext>`. The same file uploaded twice is stored
 * once; a file is removed only when no document names it any more.
 */

export function documentFileKey(bytes: Uint8Array, extension: string): string {
  return `dokumen/${createHash("sha256").update(bytes).digest("hex")}.${extension}`;
}

export async function putDocumentFile(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
  await getMediaStorage().put(key, bytes, contentType);
}

export async function readDocumentFile(key: string): Promise<Uint8Array | null> {
  return getMediaStorage().get(key);
}

/** Removes a file no document names any more; a failure only leaves an unused file behind. */
export async function deleteDocumentFile(key: string): Promise<void> {
  try {
    await getMediaStorage().delete(key);
  } catch (error) {
    console.warn("Removing an unused document file failed; it stays in storage.", { key, error });
  }
}
