import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ForbiddenError, RuleViolationError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/actors";
import { createTestArticle, createTestCategory, deleteTestRows } from "@/lib/testing/factories";

const { revalidateTag } = vi.hoisted(() => ({ revalidateTag: vi.fn() }));
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag }));
const { ArticleConflictError, setPublishTime } = await import("./mutations");

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
let editor: Actor;
let writer: Actor;
let categoryId: string;

beforeAll(async () => {
  editor = await createTestActor("EDITOR", "tb");
  writer = await createTestActor("WRITER", "Tgl");
  made.userIds.push(editor.id, writer.id);
  categoryId = (await createTestCategory("Arsip")).id;
  made.categoryIds.push(categoryId);
});

afterAll(async () => {
  await deleteTestRows(made);
});

async function article(status: "PUBLISHED" | "ARCHIVED" | "DRAFT") {
  const row = await createTestArticle({ status, writerId: writer.id, categoryId });
  made.articleIds.push(row.id);
  return row;
}

const original = new Date("2019-10-11T09:50:00Z");

describe("setPublishTime", () => {
  it("an editor gives an archived article its original date, audited with the old and new time", async () => {
    const row = await article("ARCHIVED");
    const { version } = await setPublishTime(editor, row.id, row.version, original);
    const stored = await db.article.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.publishedAt).toEqual(original);
    expect(stored.version).toBe(version);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "article.backdate", targetId: row.id } });
    expect(event).toMatchObject({
      actorId: editor.id,
      details: { previousPublishedAt: row.publishedAt?.toISOString(), publishedAt: original.toISOString() },
    });
  });

  it("refreshes the public pages of a published article", async () => {
    const row = await article("PUBLISHED");
    revalidateTag.mockClear();
    await setPublishTime(editor, row.id, row.version, original);
    expect(revalidateTag).toHaveBeenCalledWith(`article:${row.slug}`, { expire: 0 });
    expect(revalidateTag).toHaveBeenCalledWith("articles:lists", { expire: 0 });
  });

  it("never sets a future time, never on a draft, never by a writer, never over a newer version", async () => {
    const row = await article("ARCHIVED");
    await expect(setPublishTime(editor, row.id, row.version, new Date(Date.now() + 60_000))).rejects.toThrow(
      RuleViolationError,
    );
    const draft = await article("DRAFT");
    await expect(setPublishTime(editor, draft.id, draft.version, original)).rejects.toThrow(RuleViolationError);
    const own = await createTestArticle({ status: "ARCHIVED", writerId: writer.id, categoryId });
    made.articleIds.push(own.id);
    await expect(setPublishTime(writer, own.id, own.version, original)).rejects.toThrow(ForbiddenError);
    await expect(setPublishTime(editor, row.id, row.version + 5, original)).rejects.toThrow(ArticleConflictError);
    expect(await db.auditEvent.count({ where: { action: "article.backdate", targetId: row.id } })).toBe(0);
  });
});
