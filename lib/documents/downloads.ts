import "server-only";
import { db } from "@/lib/db/client";
import type { RequestMeta } from "@/lib/request";
import { computeAddressKey, computeFingerprint } from "@/lib/views/fingerprint";
import { ADDRESS_CAP, READER_CAP, VIEW_WINDOW_MS } from "@/lib/views/limits";
import { readDocumentFile } from "./storage";

/**
 * Counting downloads the way article views are counted (lib/views/record.ts), but on the
 * download request itself rather than by a beacon: the download is the reader's act, and a
 * file has no page to send a beacon from. A download counts when:
 * - the request is a reader's (no bot user agent, no prefetch: the route decides);
 * - this reader (the same daily-salted hash of address and user agent as views) was not
 *   counted for this document in the last 30 minutes, so a retried or resumed download is one;
 * - the reader and its address network are under the view caps of the current ten-minute
 *   window (READER_CAP, ADDRESS_CAP), counted in view_quotas under scopes of their own.
 * There is no view token: a link to the file may be shared and followed from anywhere,
 * which is exactly a download. Everything happens in one transaction with conditional
 * upserts, so the caps hold across instances; a capped download is still served, uncounted.
 */

const PRUNE_EVERY_MS = 60_000;
let lastPruneAt = 0;

class CapReached extends Error {}

export type DownloadFile = { bytes: Uint8Array; fileName: string; mimeType: string };

/** The published document's file by slug (null when hidden, unknown or its file is missing), counting the download. */
export async function downloadDocument(
  slug: string,
  request: RequestMeta,
  options: { isReader: boolean; now?: Date },
): Promise<DownloadFile | null> {
  const now = options.now ?? new Date();
  const document = await db.document.findFirst({
    where: { slug, isPublished: true },
    select: { id: true, fileKey: true, fileName: true, mimeType: true },
  });
  if (!document) return null;
  const bytes = await readDocumentFile(document.fileKey);
  if (!bytes) {
    console.error("A published document's file is missing from storage", { slug, key: document.fileKey });
    return null;
  }
  if (options.isReader) await countDownload(document.id, request, now);
  return { bytes, fileName: document.fileName, mimeType: document.mimeType };
}

/** Counts one download within the caps above; true when it was counted. */
export async function countDownload(documentId: string, request: RequestMeta, now: Date): Promise<boolean> {
  const fingerprint = computeFingerprint(request, now);
  const addressKey = computeAddressKey(request, now);
  const window = new Date(Math.floor(now.getTime() / VIEW_WINDOW_MS) * VIEW_WINDOW_MS);
  let counted: boolean;
  try {
    counted = await db.$transaction(async (tx) => {
      // Two requests of one reader serialise on the row lock; the second sees the fresh seen_at.
      const claimed = await tx.$queryRaw<{ document_id: string }[]>`
        INSERT INTO document_downloads_seen (document_id, fingerprint, seen_at, created_at, updated_at)
        VALUES (${documentId}::uuid, ${fingerprint}, ${now}, now(), now())
        ON CONFLICT (document_id, fingerprint) DO UPDATE
          SET seen_at = EXCLUDED.seen_at, updated_at = EXCLUDED.updated_at
          WHERE document_downloads_seen.seen_at < EXCLUDED.seen_at - interval '30 minutes'
        RETURNING document_id::text`;
      if (claimed.length === 0) return false;
      // Reader first, then address: the same order as views, so no two transactions wait in a circle.
      for (const [scope, key, cap] of [
        ["dl-reader", fingerprint, READER_CAP],
        ["dl-address", addressKey, ADDRESS_CAP],
      ] as const) {
        const taken = await tx.$queryRaw<{ views: number }[]>`
          INSERT INTO view_quotas (scope, key, window_start, views, created_at, updated_at)
          VALUES (${scope}, ${key}, ${window}, 1, now(), now())
          ON CONFLICT (scope, key, window_start) DO UPDATE
            SET views = view_quotas.views + 1, updated_at = now()
            WHERE view_quotas.views < ${cap}
          RETURNING views`;
        // Undo the de-duplication row too: a capped download may count once the window turns.
        if (taken.length === 0) throw new CapReached();
      }
      await tx.$executeRaw`UPDATE documents SET downloads = downloads + 1 WHERE id = ${documentId}::uuid`;
      return true;
    });
  } catch (error) {
    if (!(error instanceof CapReached)) throw error;
    counted = false;
  }
  await pruneSeenRows(now);
  return counted;
}

// Seen rows older than the de-duplication window and quota rows of past windows decide nothing.
async function pruneSeenRows(now: Date): Promise<void> {
  if (Date.now() - lastPruneAt < PRUNE_EVERY_MS) return;
  lastPruneAt = Date.now();
  const window = new Date(Math.floor(now.getTime() / VIEW_WINDOW_MS) * VIEW_WINDOW_MS);
  try {
    await db.$executeRaw`
      DELETE FROM document_downloads_seen WHERE seen_at < ${now}::timestamptz - interval '30 minutes'`;
    await db.$executeRaw`
      DELETE FROM view_quotas WHERE scope IN ('dl-reader', 'dl-address') AND window_start < ${window}`;
  } catch (error) {
    console.warn("Pruning download rows failed:", error);
  }
}
