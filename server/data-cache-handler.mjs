// @ts-check
/**
 * Next's cache for "use cache" data (query results): the `default` entry of
 * `cacheHandlers` in next.config.js, in place of Next's built-in in-memory handler.
 *
 * It stores like the built-in one (a size-bounded LRU in this process, DATA_CACHE_MAX_MB;
 * an entry past its revalidate time counts as missing), but checks tags against the shared
 * tag store (shared-tags.mjs) instead of Next's in-process manifest. That matters with
 * several instances: when an editor unpublishes on instance A, instance B drops its
 * rendered page (page-cache-handler.mjs) and must not render it again from its own old
 * query results, so both caches have to learn of A's invalidation.
 *
 * Entries stay local rather than in Redis: a page render reads dozens of them, which from
 * memory costs nothing, and after an invalidation each instance queries once (a few
 * instances, a few queries). When Redis is away, an entry that may have missed an
 * invalidation is a miss, so renders read the database rather than old results.
 *
 * Loaded by Next at run time from this path (not bundled).
 */
import { parseServerEnv } from "./env.mjs";
import { createTagStore, tagStore } from "./shared-tags.mjs";

/**
 * @typedef {{
 *   value: ReadableStream<Uint8Array>;
 *   tags: string[];
 *   stale: number;
 *   timestamp: number;
 *   expire: number;
 *   revalidate: number;
 * }} CacheEntry
 */
/** @typedef {Omit<CacheEntry, "value">} EntryMetadata */
/** @typedef {{ metadata: EntryMetadata; bytes: Uint8Array; size: number }} StoredEntry */

/** @param {Uint8Array} bytes @returns {ReadableStream<Uint8Array>} */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * @param {{ maxBytes: number; now?: () => number; tags?: import("./shared-tags.mjs").TagStore }} options
 */
export function createDataCache({ maxBytes, now = Date.now, tags = createTagStore({ now }) }) {
  /** @type {Map<string, StoredEntry>} insertion order doubles as recency order */
  const entries = new Map();
  /** @type {Map<string, Promise<void>>} */
  const pendingSets = new Map();
  let bytesHeld = 0;

  /** @param {string} key */
  function remove(key) {
    const stored = entries.get(key);
    if (!stored) return;
    entries.delete(key);
    bytesHeld -= stored.size;
  }

  return {
    stats: () => ({ entries: entries.size, bytes: bytesHeld, maxBytes }),

    /** @param {string} cacheKey @returns {Promise<CacheEntry | undefined>} */
    async get(cacheKey) {
      const pending = pendingSets.get(cacheKey);
      if (pending) await pending;
      const stored = entries.get(cacheKey);
      if (!stored) return undefined;
      const { metadata } = stored;
      // A negative expire is Next's eviction sentinel; past revalidate, refetching beats
      // serving stale from memory (Next's built-in handler decides the same).
      if (metadata.expire < 0 || now() > metadata.timestamp + metadata.revalidate * 1000) {
        remove(cacheKey);
        return undefined;
      }
      const state = tags.check(metadata.tags, metadata.timestamp);
      // CASE: invalidated after it was made, here or on another instance; or it may have
      // missed such an invalidation while Redis was away.
      if (state === "expired" || tags.isSuspect(metadata.timestamp)) {
        remove(cacheKey);
        return undefined;
      }
      entries.delete(cacheKey);
      entries.set(cacheKey, stored);
      return { ...metadata, revalidate: state === "stale" ? -1 : metadata.revalidate, value: streamOf(stored.bytes) };
    },

    /** @param {string} cacheKey @param {Promise<CacheEntry>} pendingEntry */
    async set(cacheKey, pendingEntry) {
      /** @type {() => void} */
      let done = () => {};
      pendingSets.set(
        cacheKey,
        new Promise((resolve) => {
          done = () => resolve(undefined);
        }),
      );
      try {
        const entry = await pendingEntry;
        // An expire of 0 is dynamic: Next regenerates it on every read, so keeping it is waste.
        if (entry.expire === 0) return;
        const bytes = new Uint8Array(await new Response(entry.value).arrayBuffer());
        /** @type {EntryMetadata} */
        const metadata = {
          tags: entry.tags,
          stale: entry.stale,
          timestamp: entry.timestamp,
          expire: entry.expire,
          revalidate: entry.revalidate,
        };
        const size = bytes.byteLength + cacheKey.length + 256;
        remove(cacheKey);
        if (size > maxBytes) return;
        entries.set(cacheKey, { metadata, bytes, size });
        bytesHeld += size;
        for (const oldest of entries.keys()) {
          if (bytesHeld <= maxBytes) break;
          remove(oldest);
        }
      } catch {
        // CASE: the render that produced the value failed midway: an incomplete value is
        // not kept; the next read computes it again.
      } finally {
        done();
        pendingSets.delete(cacheKey);
      }
    },

    /** Tag records arrive from Redis as they happen (shared-tags.mjs); nothing to fetch per request. */
    async refreshTags() {},

    /** @param {string[]} tagList */
    async getExpiration(tagList) {
      return tags.expiration(tagList);
    },

    /** @param {string[]} tagList @param {{ expire?: number }} [durations] */
    async updateTags(tagList, durations) {
      await tags.invalidate(tagList, durations);
    },
  };
}

/** @typedef {ReturnType<typeof createDataCache>} DataCache */

const GLOBAL_KEY = Symbol.for("warta.dataCache");

/** The process's data cache (one per process, whatever Next does with this module). */
function dataCache() {
  const holder = /** @type {Record<symbol, DataCache | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[GLOBAL_KEY] ??= createDataCache({
    maxBytes: parseServerEnv(process.env).DATA_CACHE_MAX_MB * 1024 * 1024,
    tags: tagStore(),
  }));
}

/** The object Next calls (`cacheHandlers.default` in next.config.js). */
const handler = {
  /** @param {string} cacheKey */
  get: (cacheKey) => dataCache().get(cacheKey),
  /** @param {string} cacheKey @param {Promise<CacheEntry>} pendingEntry */
  set: (cacheKey, pendingEntry) => dataCache().set(cacheKey, pendingEntry),
  refreshTags: () => dataCache().refreshTags(),
  /** @param {string[]} tagList */
  getExpiration: (tagList) => dataCache().getExpiration(tagList),
  /** @param {string[]} tagList @param {{ expire?: number }} [durations] */
  updateTags: (tagList, durations) => dataCache().updateTags(tagList, durations),
};

export default handler;
