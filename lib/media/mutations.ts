import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record";
import type { RequestMeta } from "@/lib/request";
import { processImage } from "./images";
import { mediaFileKey, OG_FILE } from "./keys";
import { getMediaStorage, type MediaStorage } from "./storage";

export interface StoreImageInput {
  bytes: Uint8Array;
  alt: string;
  uploadedById: string | null;
  /** Only the seed passes one (stable ids keep it idempotent); uploads get a random id. */
  id?: string;
  /**
   * A staff upload: recorded as `media.upload` (with the request's address) in the same
   * transaction as the row. The seed stores its pictures unaudited.
   */
  audit?: RequestMeta;
}

export interface StoredImage {
  id: string;
  alt: string;
  width: number;
  height: number;
  variantWidths: number[];
}

/**
 * Validates and renders an image, stores its files, then records the Media row. Files go
 * first and the row second, and a failed insert removes the files: a Media row always has
 * its files. Throws InvalidImageError for a refused file. Callers check who may upload.
 */
export async function storeImage(
  input: StoreImageInput,
  deps: { client?: PrismaClient; storage?: MediaStorage } = {},
): Promise<StoredImage> {
  const client = deps.client ?? db;
  const storage = deps.storage ?? getMediaStorage();
  const processed = await processImage(input.bytes);
  const id = input.id ?? randomUUID();
  const alt = input.alt.trim().slice(0, 300);

  const files = [
    ...processed.variants.map((variant) => ({
      key: mediaFileKey(id, `${variant.width}.webp`),
      bytes: variant.bytes,
      type: "image/webp",
    })),
    { key: mediaFileKey(id, OG_FILE), bytes: processed.og, type: "image/jpeg" },
  ];
  const largest = processed.variants.at(-1);
  if (!largest) throw new Error("processImage returned no variants");

  const written: string[] = [];
  try {
    for (const file of files) {
      await storage.put(file.key, file.bytes, file.type);
      written.push(file.key);
    }
    const row = await client.$transaction(async (tx) => {
      const created = await tx.media.create({
        data: {
          id,
          // We keep no untouched original (it would keep EXIF): the largest rendition is the master copy.
          storageKey: mediaFileKey(id, `${largest.width}.webp`),
          mimeType: "image/webp",
          width: processed.width,
          height: processed.height,
          byteSize: largest.bytes.byteLength,
          variantWidths: processed.variants.map((variant) => variant.width),
          ogByteSize: processed.og.byteLength,
          alt,
          uploadedById: input.uploadedById,
        },
        select: { id: true, alt: true, width: true, height: true, variantWidths: true },
      });
      if (input.audit) {
        await recordAudit(tx, {
          actorId: input.uploadedById,
          action: "media.upload",
          targetType: "media",
          targetId: created.id,
          details: { width: created.width, height: created.height },
          ip: input.audit.ip,
        });
      }
      return created;
    });
    return row;
  } catch (error) {
    await Promise.allSettled(written.map((key) => storage.delete(key)));
    throw error;
  }
}

/**
 * Removes an image stored by `storeImage` that nothing uses yet (an import that failed
 * after storing its pictures): the row first, then its files. Callers check who may.
 */
export async function removeUnusedImage(
  id: string,
  deps: { client?: PrismaClient; storage?: MediaStorage } = {},
): Promise<void> {
  const client = deps.client ?? db;
  const storage = deps.storage ?? getMediaStorage();
  const row = await client.media.findUnique({ where: { id }, select: { variantWidths: true } });
  if (!row) return;
  await client.media.delete({ where: { id } });
  const keys = [...row.variantWidths.map((width) => mediaFileKey(id, `${width}.webp`)), mediaFileKey(id, OG_FILE)];
  await Promise.allSettled(keys.map((key) => storage.delete(key)));
}
