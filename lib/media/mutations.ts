import "server-only";
import { RuleViolationError } from "@/lib/errors";

/**
 * PLACEHOLDER for the media engineer's module (feat/media): replace this file with theirs
 * at merge. Their `storeImage` runs `processImage(bytes)` (lib/media/images.ts), stores the
 * variants, creates the Media row and records the `media.upload` audit event in one
 * transaction. Until then uploads fail with a clear message instead of storing anything.
 */
export type StoredImage = { id: string; width: number; height: number; variantWidths: number[]; alt: string };

export async function storeImage(input: {
  bytes: Uint8Array;
  alt: string;
  uploadedById: string;
}): Promise<StoredImage> {
  void input;
  throw new RuleViolationError("Unggah gambar belum tersedia di server ini.");
}
