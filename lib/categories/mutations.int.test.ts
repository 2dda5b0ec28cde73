import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { FieldConflictError, ForbiddenError, RuleViolationError } from "@/lib/errors";
import {
  createTestArticle,
  createTestCategory,
  createTestUser,
  deleteTestRows,
  uniqueSuffix,
} from "@/lib/testing/factories";
import { createCategory, deleteCategory, moveCategory, updateCategory } from "./mutations";
import { listCategoriesForStaff } from "./staff-queries";

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, cacheLife: () => {}, cacheTag: () => {} }));

const made = { userIds: [] as string[], categoryIds: [] as string[], articleIds: [] as string[] };
afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { actorId: { in: made.userIds } } });
  await deleteTestRows(made);
});
beforeEach(() => revalidateTag.mockClear());

async function actor(role: "ADMIN" | "EDITOR" | "WRITER"): Promise<Actor> {
  const row = await createTestUser({ role });
  made.userIds.push(row.id);
  return { id: row.id, role: row.role, username: row.username, displayName: row.displayName, initials: row.initials };
}

async function category() {
  const row = await createTestCategory();
  made.categoryIds.push(row.id);
  return row;
}

function input() {
  const suffix = uniqueSuffix();
  return { name: `Rubrik ${suffix}`, slug: `rubrik-${suffix}`, description: "Uji." };
}

const tagsCalled = () => revalidateTag.mock.calls.map(([tag]) => tag as string);

describe("category mutations", () => {
  it("creates at the end of the order, edits, audits and invalidates category lists", async () => {
    const editor = await actor("EDITOR");
    const data = input();
    const { id } = await createCategory(editor, data);
    made.categoryIds.push(id);
    const list = await listCategoriesForStaff(editor);
    expect(list.at(-1)).toMatchObject({ id, name: data.name, articleCount: 0 });
    expect(tagsCalled()).toContain("categories");

    await updateCategory(editor, id, { ...data, name: `${data.name} baru` });
    expect((await db.category.findUniqueOrThrow({ where: { id } })).name).toBe(`${data.name} baru`);
    const events = await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["category.create", "category.update"]);
  });

  it("a rename or new slug refreshes the category's pages and its articles' pages (old and new slug)", async () => {
    const editor = await actor("EDITOR");
    const existing = await category();
    const data = input();
    revalidateTag.mockClear();
    await updateCategory(editor, existing.id, data);
    // Article pages carry their category's tag (lib/articles/cache articleReadTags).
    expect(tagsCalled()).toEqual(
      expect.arrayContaining([`category:${existing.slug}`, `category:${data.slug}`, "categories", "articles:lists"]),
    );
  });

  it("refuses a taken slug or name as a field error", async () => {
    const editor = await actor("EDITOR");
    const existing = await category();
    const bySlug = createCategory(editor, { ...input(), slug: existing.slug });
    await expect(bySlug).rejects.toBeInstanceOf(FieldConflictError);
    await expect(bySlug).rejects.toMatchObject({ field: "slug" });
    await expect(createCategory(editor, { ...input(), name: existing.name.toUpperCase() })).rejects.toMatchObject({
      field: "name",
    });
  });

  it("moves a category up and down among its neighbours", async () => {
    const editor = await actor("EDITOR");
    const a = await createCategory(editor, input());
    const b = await createCategory(editor, input());
    made.categoryIds.push(a.id, b.id);
    const order = async () => (await listCategoriesForStaff(editor)).map((row) => row.id);
    await moveCategory(editor, b.id, "up");
    let ids = await order();
    expect(ids.indexOf(b.id)).toBe(ids.indexOf(a.id) - 1);
    await moveCategory(editor, b.id, "down");
    ids = await order();
    expect(ids.indexOf(b.id)).toBe(ids.indexOf(a.id) + 1);
    // Last one moving down is a no-op, not an error.
    const last = ids.at(-1) ?? "";
    await moveCategory(editor, last, "down");
    expect((await order()).at(-1)).toBe(last);
    const reorders = await db.auditEvent.count({ where: { targetId: b.id, action: "category.reorder" } });
    expect(reorders).toBe(2);
  });

  it("deletes an empty category", async () => {
    const editor = await actor("EDITOR");
    const empty = await category();
    await expect(deleteCategory(editor, empty.id)).resolves.toEqual({ movedArticles: 0 });
    expect(await db.category.findUnique({ where: { id: empty.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { targetId: empty.id, action: "category.delete" } })).toBe(1);
  });

  it("refuses to delete a category with articles, unless they move elsewhere first", async () => {
    const editor = await actor("EDITOR");
    const source = await category();
    const target = await category();
    const published = await createTestArticle({ categoryId: source.id });
    const draft = await createTestArticle({ categoryId: source.id, status: "DRAFT" });
    made.articleIds.push(published.id, draft.id);
    const writer = await db.user.findUniqueOrThrow({ where: { id: published.writerId } });
    made.userIds.push(published.writerId, draft.writerId);

    await expect(deleteCategory(editor, source.id)).rejects.toBeInstanceOf(RuleViolationError);
    await expect(deleteCategory(editor, source.id, { moveArticlesTo: source.id })).rejects.toBeInstanceOf(
      RuleViolationError,
    );
    expect(await db.category.findUnique({ where: { id: source.id } })).not.toBeNull();

    revalidateTag.mockClear();
    await expect(deleteCategory(editor, source.id, { moveArticlesTo: target.id })).resolves.toEqual({
      movedArticles: 2,
    });
    expect(await db.category.findUnique({ where: { id: source.id } })).toBeNull();
    const moved = await db.article.findMany({ where: { id: { in: [published.id, draft.id] } } });
    expect(moved.map((row) => row.categoryId)).toEqual([target.id, target.id]);
    // The published article's page and both category lists are dropped from the cache.
    expect(tagsCalled()).toEqual(
      expect.arrayContaining([
        `article:${published.slug}`,
        `category:${source.slug}`,
        `category:${target.slug}`,
        `author:${writer.username}`,
        "categories",
      ]),
    );
    expect(tagsCalled()).not.toContain(`article:${draft.slug}`);
    const [event] = await db.auditEvent.findMany({ where: { targetId: source.id, action: "category.delete" } });
    expect(event?.details).toMatchObject({ movedArticles: 2, movedTo: { id: target.id } });
  });

  it("a writer can do nothing to categories, and nothing changes", async () => {
    const writer = await actor("WRITER");
    const existing = await category();
    const other = await category();
    const data = input();
    await expect(createCategory(writer, data)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateCategory(writer, existing.id, data)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(moveCategory(writer, existing.id, "up")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteCategory(writer, existing.id, { moveArticlesTo: other.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(listCategoriesForStaff(writer)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.category.findUnique({ where: { slug: data.slug } })).toBeNull();
    expect(await db.category.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      name: existing.name,
      position: existing.position,
    });
    expect(revalidateTag).not.toHaveBeenCalled();
    expect(await db.auditEvent.count({ where: { actorId: writer.id } })).toBe(0);
  });

  it.each(["EDITOR", "ADMIN"] as const)("a %s may manage categories", async (role) => {
    const manager = await actor(role);
    const { id } = await createCategory(manager, input());
    await moveCategory(manager, id, "up");
    await expect(deleteCategory(manager, id)).resolves.toEqual({ movedArticles: 0 });
  });
});
