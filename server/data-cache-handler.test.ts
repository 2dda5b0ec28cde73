import { describe, expect, it } from "vitest";
import { createDataCache } from "./data-cache-handler.mjs";
import { createTagStore } from "./shared-tags.mjs";

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

function entry(text: string, tags: string[], timestamp: number, lifetimes = { revalidate: 300, expire: 3600 }) {
  return {
    value: new Response(text).body as ReadableStream<Uint8Array>,
    tags,
    stale: 30,
    timestamp,
    ...lifetimes,
  };
}

async function text(found: { value: ReadableStream<Uint8Array> } | undefined) {
  return found ? new Response(found.value).text() : undefined;
}

describe("createDataCache", () => {
  it("serves what was stored, as a new stream on every read", async () => {
    const time = clock();
    const cache = createDataCache({ maxBytes: 1_000_000, now: time.now });
    await cache.set("k", Promise.resolve(entry("rows", ["article:a"], time.now())));
    expect(await text(await cache.get("k"))).toBe("rows");
    expect(await text(await cache.get("k"))).toBe("rows");
    expect(await cache.get("other")).toBeUndefined();
  });

  it("drops an entry whose tag expired after it was made, and one past its revalidate time", async () => {
    const time = clock();
    const tags = createTagStore({ now: time.now });
    const cache = createDataCache({ maxBytes: 1_000_000, now: time.now, tags });
    await cache.set("a", Promise.resolve(entry("a", ["article:a"], time.now())));
    await cache.set("b", Promise.resolve(entry("b", ["article:b"], time.now())));
    time.advance(10);
    await cache.updateTags(["article:a"]);
    expect(await cache.get("a")).toBeUndefined();
    expect(await text(await cache.get("b"))).toBe("b");
    expect(await cache.getExpiration(["article:a"])).toBe(time.now());
    time.advance(301_000);
    expect(await cache.get("b")).toBeUndefined();
  });

  it("reports a stale-marked entry with revalidate -1, so Next refreshes it in the background", async () => {
    const time = clock();
    const cache = createDataCache({ maxBytes: 1_000_000, now: time.now });
    await cache.set("a", Promise.resolve(entry("a", ["site"], time.now())));
    time.advance(5);
    await cache.updateTags(["site"], { expire: 600 });
    expect((await cache.get("a"))?.revalidate).toBe(-1);
  });

  it("does not keep dynamic entries (expire 0) or values whose stream failed", async () => {
    const time = clock();
    const cache = createDataCache({ maxBytes: 1_000_000, now: time.now });
    await cache.set("dynamic", Promise.resolve(entry("x", [], time.now(), { revalidate: 0, expire: 0 })));
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.error(new Error("render failed"));
      },
    });
    await cache.set("broken", Promise.resolve({ ...entry("", [], time.now()), value: broken }));
    expect(await cache.get("dynamic")).toBeUndefined();
    expect(await cache.get("broken")).toBeUndefined();
  });

  it("holds at most maxBytes, evicting the least recently read first", async () => {
    const time = clock();
    const cache = createDataCache({ maxBytes: 3_000, now: time.now });
    const body = "x".repeat(600);
    for (const key of ["1", "2", "3"]) await cache.set(key, Promise.resolve(entry(body, [], time.now())));
    await cache.get("1");
    await cache.set("4", Promise.resolve(entry(body, [], time.now())));
    expect(cache.stats().bytes).toBeLessThanOrEqual(3_000);
    expect(await cache.get("2")).toBeUndefined();
    expect(await text(await cache.get("1"))).toBe(body);
  });
});
