import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/actors";
import { createTestArticle, createTestCategory, deleteTestRows, uniqueSuffix } from "@/lib/testing/factories";

vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag: vi.fn() }));

const { getStaffArticle, listStaffArticles, listRevisions, getRevision, listCategoryOptions } =
  await import("./staff-queries");

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
let writer: Actor;
let otherWriter: Actor;
let editor: Actor;
let categoryId: string;
const marker = uniqueSuffix();
const ids: Record<string, string> = {};

beforeAll(async () => {
  writer = await createTestActor("WRITER");
  otherWriter = await createTestActor("WRITER");
  editor = await createTestActor("EDITOR");
  made.userIds.push(writer.id, otherWriter.id, editor.id);
  categoryId = (await createTestCategory()).id;
  made.categoryIds.push(categoryId);
  const specs = [
    ["ownDraft", writer.id, "DRAFT", `Alpha ${marker} banjir`],
    ["ownPublished", writer.id, "PUBLISHED", `Beta ${marker} jalan`],
    ["otherDraft", otherWriter.id, "DRAFT", `Gamma ${marker} BANJIR`],
    ["otherReview", otherWriter.id, "IN_REVIEW", `Delta ${marker} pasar`],
  ] as const;
  for (const [key, writerId, status, title] of specs) {
    const row = await createTestArticle({ writerId, status, title, categoryId });
    ids[key] = row.id;
    made.articleIds.push(row.id);
  }
});

afterAll(async () => {
  await deleteTestRows(made);
});

describe("listStaffArticles", () => {
  it("shows a writer only their own articles, with counts of their own", async () => {
    const list = await listStaffArticles(writer, { categoryId });
    expect(list.items.map((i) => i.id).sort()).toEqual([ids.ownDraft, ids.ownPublished].sort());
    expect(list.counts).toEqual({ DRAFT: 1, IN_REVIEW: 0, SCHEDULED: 0, PUBLISHED: 1, ARCHIVED: 0 });
    // Asking for someone else's articles by writer id still returns only one's own.
    expect((await listStaffArticles(writer, { categoryId, writerId: otherWriter.id })).total).toBe(0);
  });

  it("shows editors everything, filtered by status and by title regardless of case", async () => {
    const all = await listStaffArticles(editor, { categoryId });
    expect(all.total).toBe(4);
    expect(all.counts.DRAFT).toBe(2);
    const review = await listStaffArticles(editor, { categoryId, status: "IN_REVIEW" });
    expect(review.items.map((i) => i.id)).toEqual([ids.otherReview]);
    expect(review.counts.DRAFT).toBe(2); // counts ignore the status filter, for the tabs
    const search = await listStaffArticles(editor, { q: `${marker} banjir` });
    expect(search.items.map((i) => i.id).sort()).toEqual([ids.ownDraft, ids.otherDraft].sort());
    const byTitle = await listStaffArticles(editor, { categoryId, sort: "title" });
    expect(byTitle.items.map((i) => i.title.split(" ")[0])).toEqual(["Alpha", "Beta", "Delta", "Gamma"]);
    expect(byTitle.items[0]).toMatchObject({ status: "DRAFT", version: 1, isLate: false, lateByMinutes: null });
  });

  it("pages through every order the same from either end", async () => {
    // 45 articles: pages 1 and 2 read from the newest end, page 3 from the other one.
    const pagedCategory = (await createTestCategory()).id;
    made.categoryIds.push(pagedCategory);
    for (let index = 0; index < 45; index += 1) {
      const row = await createTestArticle({
        categoryId: pagedCategory,
        writerId: writer.id,
        status: index % 4 === 0 ? "DRAFT" : "PUBLISHED",
        title: `Judul ${String((index * 7) % 45).padStart(2, "0")} ${marker}`,
        publishedAt: index % 4 === 0 ? null : new Date(Date.now() - ((index * 11) % 45) * 60_000),
      });
      made.articleIds.push(row.id);
    }
    const { db } = await import("@/lib/db/client");
    const rows = await db.article.findMany({
      where: { categoryId: pagedCategory },
      select: { id: true, title: true, updatedAt: true, publishedAt: true },
    });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const expected = {
      updated: [...rows].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || -byId(a, b)),
      published: [...rows].sort(
        (a, b) => (b.publishedAt?.getTime() ?? -Infinity) - (a.publishedAt?.getTime() ?? -Infinity) || -byId(a, b),
      ),
      title: [...rows].sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : byId(a, b))),
    };
    for (const sort of ["updated", "published", "title"] as const) {
      const pages = [];
      for (const page of [1, 2, 3])
        pages.push(await listStaffArticles(editor, { categoryId: pagedCategory, sort, page }));
      expect(pages.map((list) => list.items.length)).toEqual([20, 20, 5]);
      expect(pages.flatMap((list) => list.items.map((item) => item.id))).toEqual(expected[sort].map((row) => row.id));
      expect(pages[2]).toMatchObject({ total: 45, page: 3, pageCount: 3 });
    }
  });

  it("pages by 20 and clamps a page past the end", async () => {
    const list = await listStaffArticles(editor, { categoryId, page: 99 });
    expect(list).toMatchObject({ page: 1, pageCount: 1 });
  });
});

describe("getStaffArticle and revisions", () => {
  it("hides other writers' articles as not found", async () => {
    await expect(getStaffArticle(writer, ids.otherDraft ?? "")).rejects.toThrow(NotFoundError);
    await expect(listRevisions(writer, ids.otherDraft ?? "")).rejects.toThrow(NotFoundError);
    await expect(getRevision(writer, ids.otherDraft ?? "", ids.otherDraft ?? "")).rejects.toThrow(NotFoundError);
    await expect(getStaffArticle(editor, "0194a3b2-0000-7000-8000-00000000dead")).rejects.toThrow(NotFoundError);
  });

  it("gives the writer their own article with everything the form needs", async () => {
    const article = await getStaffArticle(writer, ids.ownPublished ?? "");
    expect(article).toMatchObject({
      status: "PUBLISHED",
      isSlugFrozen: true,
      categoryId,
      writer: { id: writer.id },
      editor: null,
      tags: [],
      cover: null,
    });
    expect(article.body.type).toBe("doc");
  });

  it("lists categories for the form", async () => {
    expect((await listCategoryOptions()).some((c) => c.id === categoryId)).toBe(true);
  });
});
