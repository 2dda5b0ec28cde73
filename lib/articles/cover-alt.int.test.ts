import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/actors";
import { createTestArticle, createTestCategory, createTestMedia, deleteTestRows } from "@/lib/testing/factories";

const { revalidateTag } = vi.hoisted(() => ({ revalidateTag: vi.fn() }));
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag }));
const { updateCoverAlt } = await import("./mutations");

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
const mediaIds: string[] = [];
let editor: Actor;
let writer: Actor;
let otherWriter: Actor;
let categoryId: string;

beforeAll(async () => {
  editor = await createTestActor("EDITOR", "al");
  writer = await createTestActor("WRITER", "Alt");
  otherWriter = await createTestActor("WRITER", "Lain");
  made.userIds.push(editor.id, writer.id, otherWriter.id);
  categoryId = (await createTestCategory("Sampul")).id;
  made.categoryIds.push(categoryId);
});

afterAll(async () => {
  await deleteTestRows(made);
  await db.media.deleteMany({ where: { id: { in: mediaIds } } });
});

async function withCover(status: "DRAFT" | "PUBLISHED") {
  const media = await createTestMedia("Foto lama");
  mediaIds.push(media.id);
  const row = await createTestArticle({ status, writerId: writer.id, categoryId, coverImageId: media.id });
  made.articleIds.push(row.id);
  return { row, media };
}

describe("updateCoverAlt", () => {
  it("changes a published cover's alt text, audited, and refreshes the article's pages", async () => {
    const { row, media } = await withCover("PUBLISHED");
    revalidateTag.mockClear();
    await updateCoverAlt(editor, row.id, "Wali Kota meninjau tanggul Sungai Karang Mumus");
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).alt).toBe(
      "Wali Kota meninjau tanggul Sungai Karang Mumus",
    );
    expect((await db.article.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(row.version);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "media.update_alt", targetId: row.id } });
    expect(event.details).toEqual({ from: "Foto lama", to: "Wali Kota meninjau tanggul Sungai Karang Mumus" });
    expect(revalidateTag).toHaveBeenCalledWith(`article:${row.slug}`, { expire: 0 });
  });

  it("follows the edit permission: a writer on their own draft, nobody else's, and not once it is published", async () => {
    const { row: draft } = await withCover("DRAFT");
    await updateCoverAlt(writer, draft.id, "Teks baru penulis");
    await expect(updateCoverAlt(otherWriter, draft.id, "Bukan miliknya")).rejects.toThrow(NotFoundError);
    const { row: live } = await withCover("PUBLISHED");
    await expect(updateCoverAlt(writer, live.id, "Sudah terbit")).rejects.toThrow(ForbiddenError);
    const bare = await createTestArticle({ status: "DRAFT", writerId: writer.id, categoryId });
    made.articleIds.push(bare.id);
    await expect(updateCoverAlt(writer, bare.id, "Tanpa sampul")).rejects.toThrow(RuleViolationError);
  });
});
