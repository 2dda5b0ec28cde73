import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startRedisServer, type RedisProcess } from "@/lib/testing/redis-server";
import { connectRedis, createTagStore, type TagStore } from "./shared-tags.mjs";

/**
 * The shared tag store against real Redis: the machine's shared server (its own key prefix,
 * never flushed) and, for outages, a redis-server of the test's own that it kills.
 */

const sharedUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const stores: TagStore[] = [];
const messages: string[] = [];
const quiet = { warn: (message: string) => messages.push(message), info: (message: string) => messages.push(message) };

function prefix() {
  return `warta-test-${randomBytes(6).toString("hex")}:`;
}

function store(url: string, keyPrefix: string, options: { retryMs?: number; degradedMaxAgeMs?: number } = {}) {
  const created = createTagStore({ redis: { ...connectRedis(url), prefix: keyPrefix }, ...quiet, ...options });
  stores.push(created);
  return created;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - started;
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((created) => created.close()));
});

const cleanup: string[] = [];

/** Two instances' stores on the shared Redis, under a prefix of their own, both listening. */
async function twoInstances(): Promise<[TagStore, TagStore]> {
  const keyPrefix = prefix();
  cleanup.push(`${keyPrefix}tag-events`);
  const a = store(sharedUrl, keyPrefix);
  const b = store(sharedUrl, keyPrefix);
  await until(() => a.status().isInSync && b.status().isInSync, 5_000);
  return [a, b];
}
afterAll(async () => {
  const client = new Redis(sharedUrl);
  for (const key of cleanup) await client.del(key);
  client.disconnect();
});

describe("shared tag store", () => {
  it("an invalidation on one instance reaches another within a second", async () => {
    const [a, b] = await twoInstances();
    const renderedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(b.check(["article:a"], renderedAt)).toBe("fresh");

    await a.invalidate(["article:a", "articles:lists"]);
    expect(a.check(["article:a"], renderedAt)).toBe("expired");
    const elapsed = await until(() => b.check(["article:a"], renderedAt) === "expired", 1_000);
    expect(elapsed).toBeLessThan(1_000);
    expect(b.check(["articles:lists"], renderedAt)).toBe("expired");
    // An entry made after the invalidation arrived is fresh again.
    const later = Date.now() + 1;
    expect(b.check(["article:a"], later)).toBe("fresh");
    expect(b.check(["article:other"], renderedAt)).toBe("fresh");
  });

  it("sends one event for the same invalidation reported by both caches in one tick", async () => {
    const keyPrefix = prefix();
    cleanup.push(`${keyPrefix}tag-events`);
    const a = store(sharedUrl, keyPrefix);
    await until(() => a.status().isInSync, 5_000);
    await Promise.all([a.invalidate(["article:x"], { expire: 0 }), a.invalidate(["article:x"])]);
    const client = new Redis(sharedUrl);
    try {
      expect(await client.xlen(`${keyPrefix}tag-events`)).toBe(1);
    } finally {
      client.disconnect();
    }
  });

  it("a stale invalidation (positive expire) marks entries stale on the other instance", async () => {
    const [a, b] = await twoInstances();
    const renderedAt = Date.now() - 10;
    await a.invalidate("site", { expire: 600 });
    await until(() => b.check(["site"], renderedAt) === "stale", 1_000);
  });

  describe("when Redis goes away", () => {
    let redis: RedisProcess | undefined;
    afterEach(async () => {
      await redis?.kill();
    });

    it("keeps invalidating locally, queues the event, and the other instance learns of it when Redis returns", async () => {
      redis = await startRedisServer();
      const keyPrefix = prefix();
      const a = store(redis.url, keyPrefix, { retryMs: 100, degradedMaxAgeMs: 300 });
      const b = store(redis.url, keyPrefix, { retryMs: 100, degradedMaxAgeMs: 300 });
      await until(() => a.status().isInSync && b.status().isInSync, 5_000);
      const renderedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 2));

      await redis.kill();
      await until(() => !a.status().isInSync && !b.status().isInSync, 10_000);
      expect(await a.ping(500)).toEqual({ ok: false, reason: "redis unreachable" });

      const started = performance.now();
      await a.invalidate(["article:gone"]);
      // Never waits for Redis: the request that made the change is not held up.
      expect(performance.now() - started).toBeLessThan(500);
      expect(a.check(["article:gone"], renderedAt)).toBe("expired");
      expect(a.status().pendingEvents).toBe(1);
      // B cannot know yet; after a while without Redis it stops trusting old entries.
      expect(b.check(["article:gone"], renderedAt)).toBe("fresh");
      await until(() => b.isSuspect(renderedAt), 2_000);
      expect(b.isSuspect(Date.now())).toBe(false);

      await redis.restart();
      await until(() => a.status().isInSync && a.status().pendingEvents === 0, 10_000);
      await until(() => b.check(["article:gone"], renderedAt) === "expired", 10_000);
      expect((await a.ping(500))?.ok).toBe(true);
      expect(messages.some((message) => message.startsWith("Redis unreachable"))).toBe(true);
      expect(messages.some((message) => message.startsWith("Redis reachable"))).toBe(true);
    });
  });

  it("without Redis the store is local and in sync", async () => {
    const local = createTagStore();
    expect(local.status()).toEqual({ mode: "local", isInSync: true, outOfSyncSince: null, pendingEvents: 0 });
    const renderedAt = Date.now() - 5;
    await local.invalidate("article:a");
    expect(local.check(["article:a"], renderedAt)).toBe("expired");
    expect(local.expiration(["article:a", "article:b"])).toBeGreaterThanOrEqual(renderedAt);
    expect(local.isSuspect(0)).toBe(false);
    expect(await local.ping()).toBeNull();
  });
});
