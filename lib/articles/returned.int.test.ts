import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createTestActor } from "@/lib/testing/actors";
import { createTestArticle, createTestCategory, deleteTestRows } from "@/lib/testing/factories";

vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag: vi.fn() }));
const { returnToWriter, submitForReview } = await import("./mutations");
const { listStaffArticles } = await import("./staff-queries");
const { getDashboardSummary } = await import("./overview-queries");

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
let writer: Actor;
let editor: Actor;
let categoryId: string;

beforeAll(async () => {
  writer = await createTestActor("WRITER", "Kbl");
  editor = await createTestActor("EDITOR", "rd");
  made.userIds.push(writer.id, editor.id);
  categoryId = (await createTestCategory("Kembali")).id;
  made.categoryIds.push(categoryId);
});

afterAll(async () => {
  await deleteTestRows(made);
});

describe("a returned draft", () => {
  it("is flagged in the article list and on its writer's dashboard with the editor's name and the time", async () => {
    const row = await createTestArticle({ status: "IN_REVIEW", writerId: writer.id, categoryId });
    const untouched = await createTestArticle({ status: "DRAFT", writerId: writer.id, categoryId });
    made.articleIds.push(row.id, untouched.id);
    const before = Date.now();
    await returnToWriter(editor, row.id, row.version, "Tambahkan kutipan warga.");

    const list = await listStaffArticles(writer, { writerId: writer.id });
    const returned = list.items.find((item) => item.id === row.id)?.returned;
    expect(returned?.editorName).toBe(editor.displayName);
    expect(returned?.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(list.items.find((item) => item.id === untouched.id)?.returned).toBeNull();

    const summary = await getDashboardSummary(writer);
    expect(summary.returned).toEqual([
      expect.objectContaining({ id: row.id, note: "Tambahkan kutipan warga.", editorName: editor.displayName }),
    ]);
    expect((await getDashboardSummary(editor)).returned).toEqual([]);
  });

  it("is no longer flagged once the writer sends it back for review", async () => {
    const row = await createTestArticle({ status: "IN_REVIEW", writerId: writer.id, categoryId });
    made.articleIds.push(row.id);
    const { version } = await returnToWriter(editor, row.id, row.version, "Perbaiki judul.");
    await submitForReview(writer, row.id, version);
    const list = await listStaffArticles(editor, { writerId: writer.id });
    expect(list.items.find((item) => item.id === row.id)?.returned).toBeNull();
    expect((await getDashboardSummary(writer)).returned.map((item) => item.id)).not.toContain(row.id);
  });
});
