import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createTestActor } from "@/lib/testing/actors";
import { createTestCategory, deleteTestRows, uniqueSuffix } from "@/lib/testing/factories";
import { paragraphsToBody } from "./body";
import type { ArticleDraftInput } from "./schema";

// Retried saves (lib/articles/mutations SaveAttempt): the editor resends a save whose answer
// it never got, and the database may or may not have committed the first try.

// "use cache" needs the Next runtime: cached reads run uncached here, and revalidation is recorded.
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag: vi.fn() }));

const m = await import("./mutations");

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
let writer: Actor;
let otherWriter: Actor;
let editor: Actor;
let categoryId: string;

beforeAll(async () => {
  writer = await createTestActor("WRITER", "Wri");
  otherWriter = await createTestActor("WRITER", "Oth");
  editor = await createTestActor("EDITOR", "ed");
  made.userIds.push(writer.id, otherWriter.id, editor.id);
  categoryId = (await createTestCategory()).id;
  made.categoryIds.push(categoryId);
});

afterAll(async () => {
  await deleteTestRows(made);
});

function text(title: string, paragraph = "Paragraf."): ArticleDraftInput {
  return {
    title,
    slug: undefined,
    dateline: "Samarinda",
    excerpt: "",
    categoryId,
    tagIds: [],
    newTagNames: [],
    body: paragraphsToBody([paragraph]),
    coverImageId: null,
    coverCaption: "",
  };
}

async function draft(): Promise<string> {
  const { id } = await m.createDraft(writer, text(`Draf ${uniqueSuffix()}`));
  made.articleIds.push(id);
  return id;
}

async function stored(id: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id }, select: { title: true, version: true } });
  const revisions = await db.articleRevision.findMany({
    where: { articleId: id },
    orderBy: { version: "asc" },
    select: { version: true, reason: true, title: true, saveId: true },
  });
  const updates = await db.auditEvent.count({ where: { action: "article.update", targetId: id } });
  return { ...article, revisions, updates };
}

describe("a retried save", () => {
  it("whose first try committed answers with the same version: no second revision, no second audit entry", async () => {
    const id = await draft();
    const saveId = randomUUID();
    const first = await m.updateArticle(writer, id, { ...text("Judul diketik"), version: 1 }, { saveId });
    const retry = await m.updateArticle(writer, id, { ...text("Judul diketik"), version: 1 }, { saveId });
    expect(retry).toEqual(first);
    expect(first).toEqual({ version: 2 });
    const after = await stored(id);
    expect(after.version).toBe(2);
    expect(after.revisions.map((revision) => revision.reason)).toEqual(["create", "save"]);
    expect(after.revisions[1]).toMatchObject({ version: 2, title: "Judul diketik", saveId });
    expect(after.updates).toBe(1);
  });

  it("never overwrites text someone saved after it, and is not reported as a conflict", async () => {
    const id = await draft();
    const saveId = randomUUID();
    await m.updateArticle(writer, id, { ...text("Teks penulis"), version: 1 }, { saveId });
    await m.updateArticle(editor, id, { ...text("Teks redaktur"), version: 2 });
    const retry = await m.updateArticle(writer, id, { ...text("Teks penulis"), version: 1 }, { saveId });
    // The answer names the version this save made; the writer's next save then meets the editor's text as a conflict.
    expect(retry).toEqual({ version: 2 });
    const after = await stored(id);
    expect(after).toMatchObject({ title: "Teks redaktur", version: 3 });
    expect(after.revisions).toHaveLength(3);
    await expect(
      m.updateArticle(writer, id, { ...text("Teks penulis lagi"), version: 2 }, { saveId: randomUUID() }),
    ).rejects.toThrow(m.ArticleConflictError);
  });

  it("with newer text, after an earlier attempt committed unseen, is saved on top of it rather than refused", async () => {
    const id = await draft();
    const earlier = randomUUID();
    await m.updateArticle(writer, id, { ...text("Kalimat pertama"), version: 1 }, { saveId: earlier });
    const later = randomUUID();
    const result = await m.updateArticle(
      writer,
      id,
      { ...text("Kalimat pertama dan kedua"), version: 1 },
      { saveId: later, priorSaveIds: [earlier] },
    );
    expect(result).toEqual({ version: 3 });
    const after = await stored(id);
    expect(after.title).toBe("Kalimat pertama dan kedua");
    expect(after.revisions.map((revision) => revision.saveId)).toEqual([null, earlier, later]);
  });

  it("with newer text is still a conflict when someone else saved after the earlier attempt", async () => {
    const id = await draft();
    const earlier = randomUUID();
    await m.updateArticle(writer, id, { ...text("Kalimat penulis"), version: 1 }, { saveId: earlier });
    await m.updateArticle(editor, id, { ...text("Kalimat redaktur"), version: 2 });
    await expect(
      m.updateArticle(
        writer,
        id,
        { ...text("Kalimat penulis, lebih panjang"), version: 1 },
        { saveId: randomUUID(), priorSaveIds: [earlier] },
      ),
    ).rejects.toThrow(m.ArticleConflictError);
    expect((await stored(id)).title).toBe("Kalimat redaktur");
  });

  it("that never committed is an ordinary save; unknown earlier ids change nothing", async () => {
    const id = await draft();
    const result = await m.updateArticle(
      writer,
      id,
      { ...text("Setelah gangguan"), version: 1 },
      { saveId: randomUUID(), priorSaveIds: [randomUUID(), randomUUID()] },
    );
    expect(result).toEqual({ version: 2 });
    expect((await stored(id)).revisions).toHaveLength(2);
  });

  it("racing its own first try (two copies of one request) writes once and answers both alike", async () => {
    const id = await draft();
    const saveId = randomUUID();
    const input = { ...text("Dikirim dua kali"), version: 1 };
    const results = await Promise.all([
      m.updateArticle(writer, id, input, { saveId }),
      m.updateArticle(writer, id, input, { saveId }),
    ]);
    expect(results).toEqual([{ version: 2 }, { version: 2 }]);
    const after = await stored(id);
    expect(after.version).toBe(2);
    expect(after.revisions).toHaveLength(2);
    expect(after.updates).toBe(1);
  });

  it("of an autosave keeps one autosave revision", async () => {
    const id = await draft();
    const saveId = randomUUID();
    const input = { ...text("Tersimpan otomatis"), version: 1 };
    await m.updateArticle(writer, id, input, { autosave: true, saveId });
    expect(await m.updateArticle(writer, id, input, { autosave: true, saveId })).toEqual({ version: 2 });
    expect((await stored(id)).revisions.map((revision) => revision.reason)).toEqual(["create", "autosave"]);
  });
});

describe("a retried create", () => {
  it("whose first try committed returns that article instead of a second one", async () => {
    const title = `Berita baru ${uniqueSuffix()}`;
    const saveId = randomUUID();
    const first = await m.createDraft(writer, text(title), undefined, { saveId });
    made.articleIds.push(first.id);
    const retry = await m.createDraft(writer, text(title), undefined, { saveId });
    expect(retry).toEqual(first);
    expect(await db.article.count({ where: { title } })).toBe(1);
  });

  it("with newer text after an earlier attempt committed saves it into that article", async () => {
    const title = `Berita baru ${uniqueSuffix()}`;
    const earlier = randomUUID();
    const first = await m.createDraft(writer, text(title), undefined, { saveId: earlier });
    made.articleIds.push(first.id);
    const later = await m.createDraft(writer, text(`${title}, diperbarui`), undefined, {
      saveId: randomUUID(),
      priorSaveIds: [earlier],
    });
    expect(later).toEqual({ id: first.id, version: 2 });
    expect((await stored(first.id)).title).toBe(`${title}, diperbarui`);
  });

  it("is never answered with someone else's article", async () => {
    const saveId = randomUUID();
    const mine = await m.createDraft(writer, text(`Milik penulis ${uniqueSuffix()}`), undefined, { saveId });
    made.articleIds.push(mine.id);
    const title = `Milik penulis lain ${uniqueSuffix()}`;
    const theirs = await m.createDraft(otherWriter, text(title), undefined, {
      saveId: randomUUID(),
      priorSaveIds: [saveId],
    });
    made.articleIds.push(theirs.id);
    expect(theirs.id).not.toBe(mine.id);
    expect((await stored(theirs.id)).title).toBe(title);
    await expect(m.createDraft(otherWriter, text(`Curian ${uniqueSuffix()}`), undefined, { saveId })).rejects.toThrow();
    expect((await stored(mine.id)).revisions).toHaveLength(1);
  });
});
