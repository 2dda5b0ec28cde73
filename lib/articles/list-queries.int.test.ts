import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createTestArticle, createTestCategory, createTestUser, deleteTestRows } from "@/lib/testing/factories";
import { createTestTag, deleteTestTags } from "@/lib/testing/tag-factories";

// "use cache" needs the Next runtime; here the functions run uncached and the tags they
// would set are recorded instead. The database is real.
const { cacheTag } = vi.hoisted(() => ({ cacheTag: vi.fn() }));
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag }));

const { listAuthorArticles, listCategoryArticles, listTagArticles } = await import("./list-queries");
const { getPublishedArticle } = await import("./queries");

const HOUR = 3_600_000;
const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
const tagIds: string[] = [];

afterAll(async () => {
  await deleteTestTags(tagIds);
  await deleteTestRows(made);
});

/** A category, writer and tag holding 14 published articles an hour apart, plus one of every hidden kind. */
async function makeList() {
  const writer = await createTestUser({ role: "WRITER" });
  const category = await createTestCategory();
  made.userIds.push(writer.id);
  made.categoryIds.push(category.id);
  const base = Date.now() - 2 * HOUR;
  const published = [];
  // Created oldest first, so insertion order differs from the expected order.
  for (let i = 13; i >= 0; i--) {
    published.push(
      await createTestArticle({ writerId: writer.id, categoryId: category.id, publishedAt: new Date(base - i * HOUR) }),
    );
  }
  const hidden = await Promise.all([
    createTestArticle({ writerId: writer.id, categoryId: category.id, status: "DRAFT" }),
    createTestArticle({ writerId: writer.id, categoryId: category.id, status: "IN_REVIEW" }),
    createTestArticle({
      writerId: writer.id,
      categoryId: category.id,
      status: "SCHEDULED",
      scheduledAt: new Date(Date.now() + HOUR),
    }),
    createTestArticle({ writerId: writer.id, categoryId: category.id, status: "ARCHIVED" }),
    // Published but not yet due (a clock skew or a hand-edited row): still hidden.
    createTestArticle({ writerId: writer.id, categoryId: category.id, publishedAt: new Date(Date.now() + HOUR) }),
  ]);
  made.articleIds.push(...published.map((a) => a.id), ...hidden.map((a) => a.id));
  const tag = await createTestTag({ articleIds: [...published, ...hidden].map((a) => a.id) });
  tagIds.push(tag.id);
  const newestFirst = published.map((a) => a.slug).reverse();
  return { writer, category, tag, newestFirst, hiddenSlugs: hidden.map((a) => a.slug) };
}

let list: Awaited<ReturnType<typeof makeList>>;
beforeAll(async () => {
  list = await makeList();
});

describe.each([
  ["category", () => listCategoryArticles(list.category.slug, 1), () => listCategoryArticles(list.category.slug, 2)],
  ["tag", () => listTagArticles(list.tag.slug, 1), () => listTagArticles(list.tag.slug, 2)],
  ["author", () => listAuthorArticles(list.writer.username, 1), () => listAuthorArticles(list.writer.username, 2)],
] as const)("%s list", (_kind, firstPage, secondPage) => {
  it("pages through published articles only, newest first", async () => {
    const first = await firstPage();
    const second = await secondPage();
    expect(first).toMatchObject({ total: 14, page: 1, pageCount: 2 });
    expect(second).toMatchObject({ total: 14, page: 2, pageCount: 2 });
    expect(first?.items.map((a) => a.slug)).toEqual(list.newestFirst.slice(0, 12));
    expect(second?.items.map((a) => a.slug)).toEqual(list.newestFirst.slice(12));
    const shown = [...(first?.items ?? []), ...(second?.items ?? [])].map((a) => a.slug);
    for (const slug of list.hiddenSlugs) expect(shown).not.toContain(slug);
  });

  it("returns an empty page past the end", async () => {
    // The proxy answers these addresses with 404 before the page runs; the query stays total.
    const fns = { category: listCategoryArticles, tag: listTagArticles, author: listAuthorArticles };
    const key = { category: list.category.slug, tag: list.tag.slug, author: list.writer.username }[_kind];
    const third = await fns[_kind](key, 3);
    expect(third).toMatchObject({ items: [], total: 14, page: 3, pageCount: 2 });
  });
});

describe("list headers", () => {
  it("describes the category and tags the cache entry", async () => {
    cacheTag.mockClear();
    const result = await listCategoryArticles(list.category.slug, 1);
    expect(result?.category).toEqual({
      slug: list.category.slug,
      name: list.category.name,
      description: list.category.description,
    });
    expect(cacheTag).toHaveBeenCalledWith("articles:lists", `category:${list.category.slug}`);
  });

  it("names the tag", async () => {
    cacheTag.mockClear();
    const result = await listTagArticles(list.tag.slug, 1);
    expect(result?.tag).toEqual({ slug: list.tag.slug, name: list.tag.name });
    expect(cacheTag).toHaveBeenCalledWith("articles:lists", `tag:${list.tag.slug}`);
  });

  it("shows an author by public fields only", async () => {
    cacheTag.mockClear();
    const result = await listAuthorArticles(list.writer.username, 1);
    expect(result?.author).toEqual({ username: list.writer.username, displayName: list.writer.displayName });
    expect(JSON.stringify(result)).not.toContain(list.writer.email);
    expect(JSON.stringify(result)).not.toMatch(/WRITER|EDITOR|ADMIN|passwordHash/);
    expect(cacheTag).toHaveBeenCalledWith("articles:lists", `author:${list.writer.username}`);
  });
});

describe("the article page's cache entry", () => {
  it("carries its category's and writer's tags, so a rename of either refreshes it", async () => {
    const [slug = ""] = list.newestFirst;
    cacheTag.mockClear();
    const page = await getPublishedArticle(slug);
    expect(page?.category.slug).toBe(list.category.slug);
    const tags = cacheTag.mock.calls.flat();
    expect(tags).toEqual(
      expect.arrayContaining([`article:${slug}`, `category:${list.category.slug}`, `author:${list.writer.username}`]),
    );
  });
});

describe("empty and unknown lists", () => {
  it("shows an empty category as a list with no items", async () => {
    const category = await createTestCategory();
    made.categoryIds.push(category.id);
    await createTestArticle({ categoryId: category.id, status: "DRAFT" }).then((a) => made.articleIds.push(a.id));
    expect(await listCategoryArticles(category.slug, 1)).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it("hides authors and tags with nothing published", async () => {
    const staff = await createTestUser({ role: "EDITOR" });
    made.userIds.push(staff.id);
    const draft = await createTestArticle({ writerId: staff.id, status: "DRAFT" });
    made.articleIds.push(draft.id);
    const tag = await createTestTag({ articleIds: [draft.id] });
    tagIds.push(tag.id);
    expect(await listAuthorArticles(staff.username, 1)).toBeNull();
    expect(await listTagArticles(tag.slug, 1)).toBeNull();
  });

  it("returns null for unknown keys", async () => {
    expect(await listCategoryArticles("kategori-yang-tidak-ada-xyz", 1)).toBeNull();
    expect(await listTagArticles("tag-yang-tidak-ada-xyz", 1)).toBeNull();
    expect(await listAuthorArticles("penulis-yang-tidak-ada-xyz", 1)).toBeNull();
  });
});

describe("a tag's list follows its articles", () => {
  // The tag list reads publish times copied onto article_tags by database triggers; these
  // tests change articles the way any write path could, straight in the database.
  it("drops an article that leaves PUBLISHED and shows it again when it returns", async () => {
    const writer = await createTestUser({ role: "WRITER" });
    made.userIds.push(writer.id);
    const [older, newer] = [
      await createTestArticle({ writerId: writer.id, publishedAt: new Date(Date.now() - 2 * HOUR) }),
      await createTestArticle({ writerId: writer.id, publishedAt: new Date(Date.now() - HOUR) }),
    ];
    made.articleIds.push(older.id, newer.id);
    const tag = await createTestTag({ articleIds: [older.id, newer.id] });
    tagIds.push(tag.id);
    const slugs = async () => (await listTagArticles(tag.slug, 1))?.items.map((item) => item.slug) ?? [];

    expect(await slugs()).toEqual([newer.slug, older.slug]);
    await db.article.update({ where: { id: newer.id }, data: { status: "DRAFT" } });
    expect(await slugs()).toEqual([older.slug]);
    await db.article.update({ where: { id: newer.id }, data: { status: "PUBLISHED" } });
    expect(await slugs()).toEqual([newer.slug, older.slug]);
  });

  it("orders by the publish time the article has now, and counts a link added after publishing", async () => {
    const writer = await createTestUser({ role: "WRITER" });
    made.userIds.push(writer.id);
    const first = await createTestArticle({ writerId: writer.id, publishedAt: new Date(Date.now() - 3 * HOUR) });
    const second = await createTestArticle({ writerId: writer.id, publishedAt: new Date(Date.now() - 2 * HOUR) });
    made.articleIds.push(first.id, second.id);
    const tag = await createTestTag({ articleIds: [first.id] });
    tagIds.push(tag.id);
    await db.articleTag.create({ data: { articleId: second.id, tagId: tag.id } });
    await db.article.update({ where: { id: first.id }, data: { publishedAt: new Date(Date.now() - HOUR) } });

    const list = await listTagArticles(tag.slug, 1);
    expect(list?.items.map((item) => item.slug)).toEqual([first.slug, second.slug]);
    expect(list?.total).toBe(2);
  });
});
