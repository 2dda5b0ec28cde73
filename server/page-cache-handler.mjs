// @ts-check
/**
 * Next's cache for rendered pages and route-handler responses (the `cacheHandler` in
 * next.config.js; "use cache" data has its own handlers). Public pages are static: Next
 * renders each one on its first request, stores the result here and serves it from here
 * until one of its cache tags is invalidated or its lifetime ends.
 *
 * Why not Next's built-in file-system cache:
 * - It serves pages prerendered during `next build`. Builds never touch the database
 *   (README, Decisions), so those renders are empty placeholders; a page must be
 *   rendered for real on its first request.
 * - It writes every page to disk without bound; this cache holds a fixed number of
 *   megabytes (PAGE_CACHE_MAX_MB) and drops the least recently read page first.
 * - It checks tags against Next's in-process manifest only; this cache asks the tag store
 *   (shared-tags.mjs), which shares invalidations with every instance through Redis when
 *   REDIS_URL is set.
 *
 * Rendered entries themselves stay in this process's memory, also with several instances:
 * a hit is then a memory read, not a transfer of a few hundred kilobytes from Redis, and
 * after an invalidation each instance renders the page once (the edge cache in front
 * absorbs the rest). Only the invalidation records need to be shared for correctness.
 *
 * Loaded by Next at run time from this path (not bundled), and imported by the custom
 * server for its statistics: both see the same store through `pageCache()`.
 */
import { parseServerEnv } from "./env.mjs";
import { createTagStore, tagStore } from "./shared-tags.mjs";

/** @typedef {{ revalidate?: number | false; expire?: number }} CacheControl */
/**
 * @typedef {{
 *   kind: string;
 *   html?: string;
 *   body?: Buffer;
 *   rscData?: Buffer;
 *   postponed?: string;
 *   segmentData?: Map<string, Buffer>;
 *   headers?: Record<string, string | string[] | undefined>;
 *   status?: number;
 * }} CachedValue
 */
/** @typedef {{ value: CachedValue | null; lastModified: number; cacheControl?: CacheControl; size: number; tags: string[] }} Entry */

const TAGS_HEADER = "x-next-cache-tags";

/** The cache tags Next stored with a rendered response. @param {CachedValue | null} value */
export function tagsOf(value) {
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header !== "string" || header === "") return [];
  return header.split(",");
}

/** Roughly how many bytes a cached value holds. @param {CachedValue | null} value */
function sizeOf(value) {
  if (!value) return 64;
  let size = 256;
  if (typeof value.html === "string") size += value.html.length;
  if (value.body) size += value.body.length;
  if (value.rscData) size += value.rscData.length;
  if (typeof value.postponed === "string") size += value.postponed.length;
  if (value.segmentData) for (const [path, data] of value.segmentData) size += path.length + data.length;
  return size;
}

/**
 * An in-memory, size-bounded LRU of rendered responses with tag invalidation.
 * @param {{ maxBytes: number; now?: () => number; tags?: import("./shared-tags.mjs").TagStore }} options
 */
export function createPageCache({ maxBytes, now = Date.now, tags = createTagStore({ now }) }) {
  /** @type {Map<string, Entry>} insertion order doubles as recency order */
  const entries = new Map();
  const stats = { hits: 0, misses: 0, evictions: 0, bytes: 0 };

  /** @param {string} key */
  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    stats.bytes -= entry.size;
  }

  return {
    stats: () => ({ ...stats, entries: entries.size, maxBytes }),

    /** @param {string} key */
    get(key) {
      const entry = entries.get(key);
      if (!entry) {
        stats.misses += 1;
        return null;
      }
      const state = tags.check(entry.tags, entry.lastModified);
      // CASE: invalidated after this render: never serve it again (an unpublished article
      // must disappear on the next request).
      if (state === "expired") {
        remove(key);
        stats.misses += 1;
        return null;
      }
      // CASE: it may have missed an invalidation (Redis away): serve it while a fresh one renders.
      const isStale = state === "stale" || tags.isSuspect(entry.lastModified);
      entries.delete(key);
      entries.set(key, entry);
      stats.hits += 1;
      const revalidate = entry.cacheControl?.revalidate;
      // CASE: marked stale but not expired: serve it once more while Next renders a fresh one.
      const lastModified =
        isStale && typeof revalidate === "number"
          ? Math.min(entry.lastModified, now() - revalidate * 1000 - 1)
          : entry.lastModified;
      return { value: entry.value, lastModified, cacheControl: entry.cacheControl };
    },

    /** @param {string} key @param {CachedValue | null} value @param {CacheControl | undefined} cacheControl */
    set(key, value, cacheControl) {
      remove(key);
      const size = sizeOf(value) + key.length;
      // CASE: a single response larger than the whole cache is served but not kept.
      if (size > maxBytes) return;
      entries.set(key, { value, lastModified: now(), cacheControl, size, tags: tagsOf(value) });
      stats.bytes += size;
      for (const oldest of entries.keys()) {
        if (stats.bytes <= maxBytes) break;
        remove(oldest);
        stats.evictions += 1;
      }
    },

    /**
     * Without durations (or with expire 0) the tags expire now; with a positive expire they
     * go stale now and expire that many seconds later. Every instance learns of it.
     * @param {string | string[]} invalidated
     * @param {{ expire?: number }} [durations]
     */
    invalidateTags(invalidated, durations) {
      return tags.invalidate(invalidated, durations);
    },
  };
}

/** @typedef {ReturnType<typeof createPageCache>} PageCache */

const GLOBAL_KEY = Symbol.for("warta.pageCache");

/** The process's page cache, shared by every handler instance and the custom server. */
export function pageCache() {
  const holder = /** @type {Record<symbol, PageCache | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[GLOBAL_KEY] ??= createPageCache({
    maxBytes: parseServerEnv(process.env).PAGE_CACHE_MAX_MB * 1024 * 1024,
    tags: tagStore(),
  }));
}

/** The interface Next calls (`cacheHandler` in next.config.js). A new instance is made per request. */
export default class PageCacheHandler {
  /** @param {string} key */
  async get(key) {
    return pageCache().get(key);
  }

  /** @param {string} key @param {CachedValue | null} data @param {{ cacheControl?: CacheControl; fetchCache?: boolean }} ctx */
  async set(key, data, ctx) {
    pageCache().set(key, data, ctx.fetchCache ? undefined : ctx.cacheControl);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await pageCache().invalidateTags(tags, durations);
  }

  resetRequestCache() {}
}
