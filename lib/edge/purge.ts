import "server-only";
import { hostname } from "node:os";
import { after } from "next/server";
import { env } from "@/lib/env";

/**
 * Tells the edge cache (deploy/varnish) to drop every page carrying one of these cache
 * tags. Pages name their tags in the `xkey` header (server/response-policy.mjs), so the
 * edge purges exactly what the application invalidated.
 *
 * Failure-tolerant by design: a publish must succeed when the edge is down or
 * unreachable. Each edge gets one attempt with a short timeout; a failure is logged and
 * the page at the edge then lives until its own s-maxage runs out.
 */

const TIMEOUT_MS = 2_000;
// Varnish limits a request header to 8 KB by default; stay well under it.
const MAX_HEADER_LENGTH = 6_000;

/** Splits tags into space-separated header values no longer than the limit. */
export function purgeBatches(tags: readonly string[], maxLength = MAX_HEADER_LENGTH): string[] {
  const batches: string[] = [];
  let current = "";
  for (const tag of new Set(tags)) {
    if (current !== "" && current.length + 1 + tag.length > maxLength) {
      batches.push(current);
      current = "";
    }
    current = current === "" ? tag : `${current} ${tag}`;
  }
  if (current !== "") batches.push(current);
  return batches;
}

export type PurgeOutcome = { edge: string; ok: boolean; detail: string };

/** Purges `tags` at every configured edge; never throws. */
export async function purgeEdge(tags: readonly string[]): Promise<PurgeOutcome[]> {
  const edges = env.EDGE_PURGE_URLS;
  if (edges.length === 0 || tags.length === 0 || !env.EDGE_PURGE_SECRET) return [];
  const batches = purgeBatches(tags);
  return Promise.all(
    edges.map(async (edge): Promise<PurgeOutcome> => {
      try {
        for (const batch of batches) {
          const response = await fetch(edge, {
            method: "PURGE",
            // X-Warta-Instance: which instance purged (host and port), for logs and the
            // multi-instance tests; the edge ignores it.
            headers: {
              "xkey-purge": batch,
              "X-Purge-Secret": env.EDGE_PURGE_SECRET ?? "",
              "X-Warta-Instance": `${hostname()}:${env.PORT}`,
            },
            signal: AbortSignal.timeout(TIMEOUT_MS),
          });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
        }
        return { edge, ok: true, detail: `${tags.length} tags` };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        console.warn(`Edge purge failed at ${edge}: ${detail}; pages there expire on their own.`);
        return { edge, ok: false, detail };
      }
    }),
  );
}

/**
 * Purges `tags` at the edge once the current request has answered. Without a configured
 * edge this does nothing (and needs no request).
 */
export function purgeEdgeAfterResponse(tags: readonly string[]): void {
  if (env.EDGE_PURGE_URLS.length === 0 || tags.length === 0) return;
  after(() => purgeEdge(tags));
}
