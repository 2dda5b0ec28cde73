import { beforeEach, describe, expect, it, vi } from "vitest";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }));

const { articleTags, deferInvalidation, flushDeferredInvalidations, invalidateArticle } = await import("./cache");

const before = { slug: "lama", categorySlug: "ekonomi", tagSlugs: ["umkm"], writerUsername: "agus" };
const after = { slug: "baru", categorySlug: "sosial-budaya", tagSlugs: ["umkm", "pasar"], writerUsername: "agus" };

describe("invalidateArticle", () => {
  beforeEach(() => revalidateTag.mockClear());

  it("expires the old and new addresses, lists, categories, tags and author at once", () => {
    invalidateArticle(before, after);
    const tags = revalidateTag.mock.calls.map(([tag]) => tag);
    expect(new Set(tags)).toEqual(
      new Set([
        articleTags.lists,
        "article:lama",
        "article:baru",
        "category:ekonomi",
        "category:sosial-budaya",
        "tag:umkm",
        "tag:pasar",
        "author:agus",
      ]),
    );
    for (const [, profile] of revalidateTag.mock.calls) expect(profile).toEqual({ expire: 0 });
  });
});

describe("deferred invalidations", () => {
  beforeEach(() => revalidateTag.mockClear());

  it("waits for a request, then runs each queued invalidation once", () => {
    deferInvalidation(null, after);
    expect(revalidateTag).not.toHaveBeenCalled();
    flushDeferredInvalidations();
    expect(revalidateTag).toHaveBeenCalledWith("article:baru", { expire: 0 });
    revalidateTag.mockClear();
    flushDeferredInvalidations();
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
