import { beforeEach, describe, expect, it, vi } from "vitest";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ revalidateTag: (...args: unknown[]) => revalidateTag(...args) }));
const purgeEdgeAfterResponse = vi.fn();
vi.mock("@/lib/edge/purge", () => ({ purgeEdgeAfterResponse: (tags: string[]) => purgeEdgeAfterResponse(tags) }));

const { articleReadTags, articleTags, invalidateArticle, invalidateCategories, invalidateWriter } =
  await import("./cache");

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

describe("article reads and the names they show", () => {
  beforeEach(() => revalidateTag.mockClear());
  const calls = () => revalidateTag.mock.calls.map(([tag]) => tag as string);

  it("tag an article read with its address, its category and its writer", () => {
    expect(articleReadTags(before)).toEqual(["article:lama", "category:ekonomi", "author:agus"]);
  });

  it("a category rename expires the tags its articles carry, under the old and the new slug", () => {
    invalidateCategories("ekonomi", "ekonomi-bisnis");
    expect(new Set(calls())).toEqual(
      new Set([articleTags.categories, articleTags.lists, "category:ekonomi", "category:ekonomi-bisnis"]),
    );
    expect(calls()).toEqual(
      expect.arrayContaining(articleReadTags(before).filter((tag) => tag.startsWith("category:"))),
    );
  });

  it("a writer's new byline expires the tag their articles carry and every list", () => {
    invalidateWriter("agus");
    expect(new Set(calls())).toEqual(new Set([articleTags.lists, "author:agus"]));
  });
});

describe("the edge cache", () => {
  beforeEach(() => {
    revalidateTag.mockClear();
    purgeEdgeAfterResponse.mockClear();
  });

  it("is asked to purge exactly the tags this process expired", () => {
    invalidateArticle(before, after);
    expect(purgeEdgeAfterResponse).toHaveBeenCalledTimes(1);
    const purged = purgeEdgeAfterResponse.mock.calls[0]?.[0] as string[];
    expect(new Set(purged)).toEqual(new Set(revalidateTag.mock.calls.map(([tag]) => tag)));
  });

  it("is purged for category and writer changes too", () => {
    invalidateCategories("ekonomi");
    invalidateWriter("agus");
    expect(purgeEdgeAfterResponse.mock.calls.map(([tags]) => new Set(tags))).toEqual([
      new Set([articleTags.categories, articleTags.lists, "category:ekonomi"]),
      new Set([articleTags.lists, "author:agus"]),
    ]);
  });
});
