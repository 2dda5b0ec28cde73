// @ts-check
/**
 * Cache-tag invalidation records, shared by every instance through Redis.
 *
 * Both of the process's caches (rendered pages: page-cache-handler.mjs; "use cache" data:
 * data-cache-handler.mjs) keep their entries in this process's memory and ask this store
 * whether an entry's tags were invalidated after it was made. A publish on instance A
 * must make instance B stop serving the old page and stop rendering from the old data, so
 * the records, not the entries, are what instances share:
 *
 * - An invalidation is applied here at once, then appended to a Redis stream
 *   (`<prefix>tag-events`, XADD). Every instance reads that stream with a blocking XREAD
 *   on its own connection and applies each event from another instance when it arrives
 *   (milliseconds). Times are this process's clock at arrival, never the sender's, so
 *   clock skew between machines cannot make an old entry look newer than an invalidation.
 * - A stream, unlike pub/sub, keeps what an instance missed while disconnected: it
 *   resumes from the last event it read. If that event is gone (trimmed, or Redis lost
 *   its data), it cannot know what it missed and treats everything it holds as suspect.
 * - When Redis is unreachable, invalidations still apply to this process, and are queued
 *   and sent when Redis returns. Meanwhile nothing tells this process about other
 *   instances' changes, so entries older than DEGRADED_MAX_AGE_MS count as suspect: the
 *   page cache serves them while it renders a fresh copy in the background, the data cache
 *   reads the database again. Pages keep being served; staleness stays bounded.
 *
 * Without REDIS_URL the store is local only: one instance, records in memory.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { parseServerEnv } from "./env.mjs";

/** @typedef {{ stale?: number; expired?: number }} TagTimes */
/** @typedef {"fresh" | "stale" | "expired"} TagState */
/**
 * @typedef {{
 *   mode: "local" | "redis";
 *   isInSync: boolean;
 *   outOfSyncSince: number | null;
 *   pendingEvents: number;
 * }} TagStoreStatus
 */
/** @typedef {{ ok: true; latencyMs: number } | { ok: false; reason: string }} RedisPing */

const MAX_TAG_RECORDS = 100_000;
/** Events kept in the stream: far more than instances write while one of them restarts. */
const STREAM_MAX_LENGTH = 10_000;
/** Invalidations waiting for Redis; past this, one "everything" event replaces them. */
const MAX_OUTBOX = 1_000;
const BLOCK_MS = 5_000;
const RETRY_MS = 1_000;
export const DEGRADED_MAX_AGE_MS = 15_000;

/**
 * The Redis commands the store uses (tests pass their own connections).
 * @typedef {Pick<import("ioredis").Redis, "xadd" | "xread" | "xrange" | "xrevrange" | "ping" | "on" | "once" | "off" | "disconnect" | "status">} RedisConnection
 */

/**
 * @param {{
 *   now?: () => number;
 *   redis?: { writer: RedisConnection; reader: RedisConnection; prefix: string } | null;
 *   degradedMaxAgeMs?: number;
 *   retryMs?: number;
 *   warn?: (message: string) => void;
 *   info?: (message: string) => void;
 * }} [options]
 */
export function createTagStore(options = {}) {
  const now = options.now ?? Date.now;
  const redis = options.redis ?? null;
  const degradedMaxAgeMs = options.degradedMaxAgeMs ?? DEGRADED_MAX_AGE_MS;
  const retryMs = options.retryMs ?? RETRY_MS;
  const warn = options.warn ?? ((message) => console.warn(message));
  const info = options.info ?? ((message) => console.info(message));
  const instanceId = randomUUID();
  const streamKey = `${redis?.prefix ?? ""}tag-events`;

  /** @type {Map<string, TagTimes>} insertion order doubles as age order */
  const records = new Map();
  /** Entries made at or before this time are suspect (an "everything" event, or missed events). */
  let resetAt = Number.NEGATIVE_INFINITY;
  /** When this process stopped hearing other instances' invalidations; null while it hears them. */
  let outOfSyncSince = redis ? now() : null;
  let isClosed = false;
  /** @type {string | null} the last stream event applied (null: not read yet) */
  let lastId = null;
  /** @type {{ tags: string[]; expire: number; all?: boolean }[]} */
  const outbox = [];
  /** @type {Promise<void> | null} */
  let flushing = null;
  /** @type {Map<number, Set<string>> | null} invalidations of the current tick, by expire */
  let batch = null;
  /** @type {Promise<void> | null} */
  let batchSent = null;

  /** @param {string} tag @param {number} expire seconds; 0: now @param {number} at */
  function record(tag, expire, at) {
    const times = { ...records.get(tag) };
    if (expire > 0) {
      times.stale = at;
      times.expired = at + expire * 1000;
    } else {
      times.expired = at;
    }
    records.delete(tag);
    records.set(tag, times);
  }

  function trim() {
    // Old records only matter for entries made before them; keep the newest.
    for (const oldest of records.keys()) {
      if (records.size <= MAX_TAG_RECORDS) break;
      records.delete(oldest);
    }
  }

  /** @param {{ tags: string[]; expire: number; all?: boolean }} event */
  function applyEvent(event) {
    const at = now();
    if (event.all) resetAt = at;
    for (const tag of event.tags) record(tag, event.expire, at);
    trim();
  }

  /** @param {unknown} error */
  function describe(error) {
    return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  }

  let hasBeenInSync = false;

  function markInSync() {
    if (outOfSyncSince !== null) {
      outOfSyncSince = null;
      info(
        hasBeenInSync
          ? "Redis reachable again: cache invalidations are shared again"
          : "Redis connected: cache invalidations are shared with the other instances",
      );
      hasBeenInSync = true;
    }
    if (outbox.length > 0) void flush();
  }

  /** @param {unknown} error */
  function markOutOfSync(error) {
    if (outOfSyncSince === null) {
      outOfSyncSince = now();
      warn(`Redis unreachable, cache invalidations stay in this instance until it returns: ${describe(error)}`);
    } else {
      // Counted, not repeated, by the server's logger (same message every time).
      warn(`Redis still unreachable: ${describe(error)}`);
    }
  }

  /** Sends queued events in order; stops at the first failure (retried when Redis answers again). */
  function flush() {
    if (!redis) return Promise.resolve();
    flushing ??= (async () => {
      try {
        while (outbox.length > 0) {
          const event = /** @type {(typeof outbox)[number]} */ (outbox[0]);
          try {
            await redis.writer.xadd(
              streamKey,
              "MAXLEN",
              "~",
              STREAM_MAX_LENGTH,
              "*",
              "origin",
              instanceId,
              "tags",
              JSON.stringify(event.tags),
              "expire",
              String(event.expire),
              "all",
              event.all ? "1" : "0",
            );
            outbox.shift();
          } catch (error) {
            warn(`Redis unreachable, ${outbox.length} cache invalidation(s) queued for it: ${describe(error)}`);
            return;
          }
        }
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  }

  /** @param {{ tags: string[]; expire: number; all?: boolean }} event */
  function enqueue(event) {
    outbox.push(event);
    if (outbox.length > MAX_OUTBOX) {
      // Too many to replay one by one: the others drop everything they hold instead.
      outbox.length = 0;
      outbox.push({ tags: [], expire: 0, all: true });
    }
  }

  /** @param {string[]} fields */
  function parseEvent(fields) {
    /** @type {Record<string, string>} */
    const map = {};
    for (let index = 0; index + 1 < fields.length; index += 2) {
      map[/** @type {string} */ (fields[index])] = /** @type {string} */ (fields[index + 1]);
    }
    /** @type {unknown} */
    let tags = [];
    try {
      tags = JSON.parse(map.tags ?? "[]");
    } catch {
      tags = [];
    }
    return {
      origin: map.origin ?? "",
      tags: Array.isArray(tags) ? tags.filter((tag) => typeof tag === "string") : [],
      expire: Math.max(0, Number(map.expire) || 0),
      all: map.all === "1",
    };
  }

  /**
   * Waits (at most `timeoutMs`) for a connection to be ready: commands sent before then
   * fail at once by design (no offline queue), which at start-up is not an outage.
   * @param {RedisConnection} connection @param {number} timeoutMs
   */
  function ready(connection, timeoutMs) {
    if (connection.status === "ready") return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        connection.off("ready", done);
        resolve(undefined);
      };
      const timer = setTimeout(done, timeoutMs);
      timer.unref();
      connection.once("ready", done);
    });
  }

  async function readLoop() {
    if (!redis) return;
    await Promise.all([ready(redis.reader, 3_000), ready(redis.writer, 3_000)]);
    let mustCheckGap = false;
    while (!isClosed) {
      try {
        if (lastId === null) {
          // A new process holds nothing yet: start at the stream's current end.
          const newest = await redis.reader.xrevrange(streamKey, "+", "-", "COUNT", 1);
          lastId = newest[0]?.[0] ?? "0-0";
        } else if (mustCheckGap && lastId !== "0-0") {
          // Back after an outage: resume after the last event read, if the stream still has it.
          const found = await redis.reader.xrange(streamKey, lastId, lastId);
          if (found.length === 0) {
            resetAt = now();
            warn("Cache invalidations were missed while Redis was away: every cached entry is refreshed");
          }
        }
        mustCheckGap = false;
        markInSync();
        const reply = await redis.reader.xread("COUNT", 500, "BLOCK", BLOCK_MS, "STREAMS", streamKey, lastId);
        for (const [, events] of reply ?? []) {
          for (const [id, fields] of events) {
            lastId = id;
            const event = parseEvent(fields);
            if (event.origin !== instanceId) applyEvent(event);
          }
        }
      } catch (error) {
        if (isClosed) break;
        markOutOfSync(error);
        mustCheckGap = true;
        await new Promise((resolve) => setTimeout(resolve, retryMs).unref());
      }
    }
  }

  if (redis) {
    // Connection errors surface in the commands above; these listeners keep ioredis from
    // printing each reconnect attempt as an unhandled error.
    redis.writer.on("error", () => {});
    redis.reader.on("error", () => {});
    void readLoop();
  }

  return {
    /**
     * Records that `tags` were invalidated now and tells the other instances. Without
     * durations (or expire 0) the tags expire now; with a positive expire they go stale now
     * and expire that many seconds later. Resolves once Redis has the event (or it is
     * queued because Redis is away): never rejects.
     * @param {string | string[]} tags
     * @param {{ expire?: number }} [durations]
     * @returns {Promise<void>}
     */
    invalidate(tags, durations) {
      const list = typeof tags === "string" ? [tags] : tags;
      const expire = durations?.expire && durations.expire > 0 ? durations.expire : 0;
      applyEvent({ tags: list, expire });
      if (!redis || list.length === 0) return Promise.resolve();
      // Both caches report the same invalidation in the same tick: send it once.
      if (!batch) {
        batch = new Map();
        batchSent = new Promise((resolve) => {
          setImmediate(() => {
            const pending = /** @type {Map<number, Set<string>>} */ (batch);
            batch = null;
            for (const [seconds, set] of pending) enqueue({ tags: [...set], expire: seconds });
            void flush().then(resolve);
          });
        });
      }
      const set = batch.get(expire) ?? new Set();
      for (const tag of list) set.add(tag);
      batch.set(expire, set);
      return /** @type {Promise<void>} */ (batchSent);
    },

    /**
     * What the tag records say about an entry made at `timestamp` with `tags`.
     * @param {readonly string[]} tags
     * @param {number} timestamp
     * @returns {TagState}
     */
    check(tags, timestamp) {
      const at = now();
      /** @type {TagState} */
      let state = "fresh";
      for (const tag of tags) {
        const times = records.get(tag);
        if (!times) continue;
        // CASE: invalidated at or after the entry was made (same millisecond included).
        if (times.expired !== undefined && times.expired >= timestamp && times.expired <= at) return "expired";
        if (times.stale !== undefined && times.stale >= timestamp) state = "stale";
      }
      return state;
    },

    /**
     * The latest past expiry among `tags` (0 when none): Next's getExpiration, for the
     * implicit (path) tags it checks itself.
     * @param {readonly string[]} tags
     */
    expiration(tags) {
      const at = now();
      let latest = 0;
      for (const tag of tags) {
        const expired = records.get(tag)?.expired;
        if (expired !== undefined && expired <= at && expired > latest) latest = expired;
      }
      return latest;
    },

    /**
     * Whether an entry made at `timestamp` may have missed an invalidation: made before
     * missed events, or older than DEGRADED_MAX_AGE_MS while Redis is away.
     * @param {number} timestamp
     */
    isSuspect(timestamp) {
      if (timestamp <= resetAt) return true;
      return outOfSyncSince !== null && now() - timestamp > degradedMaxAgeMs;
    },

    /** @returns {TagStoreStatus} */
    status() {
      return {
        mode: redis ? "redis" : "local",
        isInSync: outOfSyncSince === null,
        outOfSyncSince,
        pendingEvents: outbox.length,
      };
    },

    /**
     * Asks Redis for a PONG within `timeoutMs` (health checks).
     * @param {number} [timeoutMs]
     * @returns {Promise<RedisPing | null>} null without Redis
     */
    async ping(timeoutMs = 1_000) {
      if (!redis) return null;
      const started = performance.now();
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      try {
        await Promise.race([
          redis.writer.ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        return { ok: true, latencyMs: Math.round(performance.now() - started) };
      } catch (error) {
        const message = describe(error);
        return { ok: false, reason: message.startsWith("no answer") ? message : "redis unreachable" };
      } finally {
        clearTimeout(timer);
      }
    },

    /** Stops reading and closes the connections (shutdown, tests). Queued events are dropped. */
    async close() {
      isClosed = true;
      if (flushing) await flushing;
      redis?.reader.disconnect();
      redis?.writer.disconnect();
    },
  };
}

/** @typedef {ReturnType<typeof createTagStore>} TagStore */

/**
 * ioredis connections for the store: commands fail at once while Redis is away (no
 * offline queue), so a request never waits for Redis; reconnection runs in the background.
 * @param {string} url
 */
export function connectRedis(url) {
  /** @type {import("ioredis").RedisOptions} */
  const options = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    // Back within a second of Redis returning, however long it was away.
    retryStrategy: (attempt) => Math.min(attempt * 200, 1_000),
  };
  const writer = new Redis(url, options);
  // The reader's XREAD blocks for BLOCK_MS by design.
  const reader = new Redis(url, { ...options, commandTimeout: BLOCK_MS + 2_000 });
  return { writer, reader };
}

const GLOBAL_KEY = Symbol.for("warta.tagStore");
const SHUTDOWN_HOOKS = Symbol.for("warta.shutdownHooks");

/**
 * The process's tag store, shared by both cache handlers, the health check and the server
 * (Next loads the handlers separately, so the store lives on globalThis). Uses Redis when
 * REDIS_URL is set, except while `next build` runs.
 * @returns {TagStore}
 */
export function tagStore() {
  const holder = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));
  const existing = /** @type {TagStore | undefined} */ (holder[GLOBAL_KEY]);
  if (existing) return existing;
  const settings = parseServerEnv(process.env);
  const isBuild = process.env.NEXT_PHASE === "phase-production-build";
  if (!settings.REDIS_URL || isBuild) {
    const local = createTagStore();
    holder[GLOBAL_KEY] = local;
    return local;
  }
  const store = createTagStore({ redis: { ...connectRedis(settings.REDIS_URL), prefix: settings.REDIS_KEY_PREFIX } });
  holder[GLOBAL_KEY] = store;
  const hooks = /** @type {Set<() => Promise<void>>} */ (holder[SHUTDOWN_HOOKS] ??= new Set());
  hooks.add(() => store.close());
  return store;
}
