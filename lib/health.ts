import "server-only";
import { db } from "@/lib/db/client";
import { getMediaStorage, mediaStorageKind } from "@/lib/media/storage";

/**
 * What a load balancer's health check reports, one part per dependency. The instance
 * itself answers 503 only when it cannot serve at all (server/index.mjs, while draining):
 * with the database, Redis or the media storage down it still serves the pages it has
 * rendered, so taking it out of rotation would only make things worse.
 */

export type DependencyHealth =
  { status: "ok"; latencyMs: number } | { status: "unreachable"; reason: string } | { status: "not-configured" };

export type RedisHealth = DependencyHealth & {
  /** Whether this instance hears other instances' cache invalidations now. */
  invalidations?: "shared" | "local-only";
};

const DEADLINE_MS = 3_000;

/** Runs a probe with a deadline, so a hung dependency fails its check instead of hanging it. */
async function probe(name: string, check: () => Promise<unknown>, timeoutMs = DEADLINE_MS): Promise<DependencyHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check(), deadline]);
    return { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason names the failure class only: addresses, keys and credentials stay in the server log.
    console.error(`${name} health check failed:`, error);
    const reason =
      error instanceof Error && error.message.startsWith("no answer") ? error.message : `${name} unreachable`;
    return { status: "unreachable", reason };
  } finally {
    clearTimeout(timer);
  }
}

/** Pings the database. */
export function checkDatabase(): Promise<DependencyHealth> {
  return probe("database", () => db.$queryRaw`SELECT 1`);
}

/** Checks that the media storage can be written to (the folder, or the object store's bucket). */
export async function checkMediaStorage(): Promise<DependencyHealth & { backend: "disk" | "s3" }> {
  return { backend: mediaStorageKind(), ...(await probe("media storage", () => getMediaStorage().check())) };
}

type TagStoreView = {
  status(): { mode: "local" | "redis"; isInSync: boolean };
  ping(timeoutMs?: number): Promise<{ ok: true; latencyMs: number } | { ok: false; reason: string } | null>;
};

/**
 * Redis as the cache's shared tag store sees it (server/shared-tags.mjs, which the server
 * process creates at start and keeps on globalThis; it is plain JavaScript loaded outside
 * the application bundle).
 */
export async function checkRedis(): Promise<RedisHealth> {
  const store = (globalThis as Record<symbol, unknown>)[Symbol.for("warta.tagStore")] as TagStoreView | undefined;
  if (!store || store.status().mode === "local") return { status: "not-configured" };
  const ping = await store.ping(1_000);
  const invalidations = store.status().isInSync ? "shared" : "local-only";
  if (!ping?.ok) return { status: "unreachable", reason: ping?.reason ?? "redis unreachable", invalidations };
  return { status: "ok", latencyMs: ping.latencyMs, invalidations };
}
