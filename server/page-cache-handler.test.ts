import { describe, expect, it } from "vitest";
import { createPageCache, type CachedValue } from "./page-cache-handler.mjs";
import { createTagStore } from "./shared-tags.mjs";

function page(html: string, tags: string[]): CachedValue {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("rsc"),
    headers: { "x-next-cache-tags": tags.join(",") },
    status: 200,
  };
}

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("createPageCache", () => {
  it("serves what was stored, with its cache control", () => {
    const time = clock();
    const cache = createPageCache({ maxBytes: 1_000_000, now: time.now });
    cache.set("/a", page("<p>a</p>", ["article:a"]), { revalidate: 60, expire: 3600 });
    const hit = cache.get("/a");
    expect(hit?.value?.html).toBe("<p>a</p>");
    expect(hit?.cacheControl).toEqual({ revalidate: 60, expire: 3600 });
    expect(hit?.lastModified).toBe(time.now());
    expect(cache.get("/b")).toBeNull();
  });

  it("drops an entry whose tag was invalidated after it was rendered", () => {
    const time = clock();
    const cache = createPageCache({ maxBytes: 1_000_000, now: time.now });
    cache.set("/a", page("a", ["article:a", "articles:lists"]), { revalidate: 60 });
    cache.set("/b", page("b", ["article:b"]), { revalidate: 60 });
    time.advance(10);
    cache.invalidateTags(["articles:lists"], { expire: 0 });
    expect(cache.get("/a")).toBeNull();
    expect(cache.get("/b")).not.toBeNull();
  });

  it("keeps an entry rendered after the invalidation", () => {
    const time = clock();
    const cache = createPageCache({ maxBytes: 1_000_000, now: time.now });
    cache.invalidateTags("article:a");
    time.advance(10);
    cache.set("/a", page("a", ["article:a"]), { revalidate: 60 });
    expect(cache.get("/a")).not.toBeNull();
  });

  it("treats an invalidation in the same millisecond as newer than the render", () => {
    const time = clock();
    const cache = createPageCache({ maxBytes: 1_000_000, now: time.now });
    cache.set("/a", page("a", ["article:a"]), { revalidate: 60 });
    cache.invalidateTags("article:a");
    expect(cache.get("/a")).toBeNull();
  });

  it("serves a stale-marked entry as past its revalidate time, so Next refreshes it in the background", () => {
    const time = clock();
    const cache = createPageCache({ maxBytes: 1_000_000, now: time.now });
    cache.set("/a", page("a", ["article:a"]), { revalidate: 60, expire: 3600 });
    time.advance(5);
    cache.invalidateTags("article:a", { expire: 600 });
    const hit = cache.get("/a");
    expect(hit).not.toBeNull();
    expect(hit!.lastModified).toBeLessThan(time.now() - 60_000);
    time.advance(601_000);
    expect(cache.get("/a")).toBeNull();
  });

  it("serves an entry that may have missed an invalidation as stale (refreshed in the background)", () => {
    const time = clock();
    let isSuspect = false;
    const tags = { ...createTagStore({ now: time.now }), isSuspect: () => isSuspect };
    const cache = createPageCache({ maxBytes: 1_000_000, now: time.now, tags });
    cache.set("/a", page("a", ["article:a"]), { revalidate: 60, expire: 3600 });
    expect(cache.get("/a")?.lastModified).toBe(time.now());
    isSuspect = true;
    const hit = cache.get("/a");
    expect(hit?.value?.html).toBe("a");
    expect(hit!.lastModified).toBeLessThan(time.now() - 60_000);
  });

  it("holds at most maxBytes, evicting the least recently read first", () => {
    const time = clock();
    const cache = createPageCache({ maxBytes: 3_000, now: time.now });
    const body = "x".repeat(600);
    cache.set("/1", page(body, []), { revalidate: 60 });
    cache.set("/2", page(body, []), { revalidate: 60 });
    cache.set("/3", page(body, []), { revalidate: 60 });
    cache.get("/1");
    cache.set("/4", page(body, []), { revalidate: 60 });
    expect(cache.stats().bytes).toBeLessThanOrEqual(3_000);
    expect(cache.get("/2")).toBeNull();
    expect(cache.get("/1")).not.toBeNull();
    expect(cache.get("/4")).not.toBeNull();
    expect(cache.stats().evictions).toBeGreaterThan(0);
  });

  it("does not keep a response larger than the whole cache", () => {
    const cache = createPageCache({ maxBytes: 1_000 });
    cache.set("/big", page("x".repeat(5_000), []), { revalidate: 60 });
    expect(cache.get("/big")).toBeNull();
    expect(cache.stats().bytes).toBe(0);
  });
});
