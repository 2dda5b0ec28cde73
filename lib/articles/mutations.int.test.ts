import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor, ArticleStatus } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { createTestActor, createTestMedia, deleteTestMedia } from "@/lib/testing/actors";
import { createTestArticle, createTestCategory, deleteTestRows, uniqueSuffix } from "@/lib/testing/factories";
import { createTestTag, deleteTestTags } from "@/lib/testing/tag-factories";
import { paragraphsToBody, type ArticleBody } from "./body";
import type { ArticleDraftInput } from "./schema";

// "use cache" needs the Next runtime: cached reads run uncached here, and revalidation is recorded.
const { revalidateTag } = vi.hoisted(() => ({ revalidateTag: vi.fn() }));
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag }));

const m = await import("./mutations");
const { getPublishedArticle } = await import("./queries");
const { getStaffArticle, listRevisions, getReviewChanges } = await import("./staff-queries");

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
const mediaIds: string[] = [];
const tagIds: string[] = [];

let writer: Actor;
let otherWriter: Actor;
let editor: Actor;
let admin: Actor;
let categoryId: string;

beforeAll(async () => {
  writer = await createTestActor("WRITER", "Wri");
  otherWriter = await createTestActor("WRITER", "Oth");
  editor = await createTestActor("EDITOR", "ed");
  admin = await createTestActor("ADMIN", "adm");
  made.userIds.push(writer.id, otherWriter.id, editor.id, admin.id);
  const category = await createTestCategory();
  categoryId = category.id;
  made.categoryIds.push(categoryId);
});

afterAll(async () => {
  await deleteTestRows(made);
  await deleteTestMedia(mediaIds);
  await deleteTestTags(tagIds);
});

function draftInput(overrides: Partial<ArticleDraftInput> = {}): ArticleDraftInput {
  return {
    title: `Banjir di Sungai Karang Mumus ${uniqueSuffix()}`,
    slug: undefined,
    dateline: "Samarinda",
    excerpt: "Ringkasan.",
    categoryId,
    tagIds: [],
    newTagNames: [],
    body: paragraphsToBody(["Paragraf satu.", "Paragraf dua."]),
    coverImageId: null,
    coverCaption: "",
    ...overrides,
  };
}

async function article(status: ArticleStatus, writerId = writer.id, extra: { publishedAt?: Date | null } = {}) {
  const row = await createTestArticle({
    status,
    writerId,
    categoryId,
    scheduledAt: status === "SCHEDULED" ? new Date(Date.now() + 3_600_000) : null,
    ...extra,
  });
  made.articleIds.push(row.id);
  return row;
}

async function snapshot(id: string) {
  const row = await db.article.findUnique({
    where: { id },
    select: {
      status: true,
      version: true,
      title: true,
      slug: true,
      publishedAt: true,
      editorId: true,
      updatedAt: true,
    },
  });
  const audits = await db.auditEvent.count({ where: { targetType: "article", targetId: id } });
  const revisions = await db.articleRevision.count({ where: { articleId: id } });
  return { row, audits, revisions };
}

function imageBody(alt: string): ArticleBody {
  return {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Teks." }] },
      {
        type: "blockquote",
        content: [{ type: "image", attrs: { src: "/media/0192f5a4-3c1e-7aaa-8bbb-123456789abc/960.webp", alt } }],
      },
    ],
  };
}

async function auditsOf(id: string, action: string) {
  return db.auditEvent.findMany({ where: { targetType: "article", targetId: id, action }, orderBy: { id: "asc" } });
}

describe("authorization matrix", () => {
  type Who = "own" | "other" | "editor" | "admin";
  type Outcome = "ok" | typeof ForbiddenError | typeof NotFoundError;
  type Case = {
    name: string;
    status: ArticleStatus;
    publishedAt?: Date | null;
    run: (actor: Actor, id: string, version: number) => Promise<unknown>;
    expect: Record<Who, Outcome>;
  };
  const editorsOnly = { own: ForbiddenError, other: NotFoundError, editor: "ok", admin: "ok" } as const;
  const ownerOrEditor = { own: "ok", other: NotFoundError, editor: "ok", admin: "ok" } as const;
  const cases: Case[] = [
    {
      name: "updateArticle (draft)",
      status: "DRAFT",
      run: (a, id, v) => m.updateArticle(a, id, { ...draftInput(), version: v }),
      expect: ownerOrEditor,
    },
    {
      name: "updateArticle (in review)",
      status: "IN_REVIEW",
      run: (a, id, v) => m.updateArticle(a, id, { ...draftInput(), version: v }),
      expect: editorsOnly,
    },
    { name: "submitForReview", status: "DRAFT", run: (a, id, v) => m.submitForReview(a, id, v), expect: ownerOrEditor },
    {
      name: "returnToWriter",
      status: "IN_REVIEW",
      run: (a, id, v) => m.returnToWriter(a, id, v, "Tolong perbaiki judul."),
      expect: editorsOnly,
    },
    { name: "publishArticle", status: "IN_REVIEW", run: (a, id, v) => m.publishArticle(a, id, v), expect: editorsOnly },
    {
      name: "scheduleArticle",
      status: "DRAFT",
      run: (a, id, v) => m.scheduleArticle(a, id, v, new Date(Date.now() + 3_600_000)),
      expect: editorsOnly,
    },
    { name: "cancelSchedule", status: "SCHEDULED", run: (a, id, v) => m.cancelSchedule(a, id, v), expect: editorsOnly },
    {
      name: "unpublishArticle",
      status: "PUBLISHED",
      run: (a, id, v) => m.unpublishArticle(a, id, v),
      expect: editorsOnly,
    },
    { name: "archiveArticle", status: "PUBLISHED", run: (a, id, v) => m.archiveArticle(a, id, v), expect: editorsOnly },
    { name: "restoreArticle", status: "ARCHIVED", run: (a, id, v) => m.restoreArticle(a, id, v), expect: editorsOnly },
    { name: "deleteArticle", status: "DRAFT", run: (a, id) => m.deleteArticle(a, id), expect: ownerOrEditor },
    {
      name: "deleteArticle (in review)",
      status: "IN_REVIEW",
      run: (a, id) => m.deleteArticle(a, id),
      expect: editorsOnly,
    },
    {
      name: "restoreRevision",
      status: "DRAFT",
      run: async (a, id, v) => {
        const revision = await db.articleRevision.create({
          data: {
            articleId: id,
            version: 1,
            reason: "create",
            title: "Judul lama",
            body: paragraphsToBody(["Lama."]),
            categoryId,
          },
        });
        return m.restoreRevision(a, id, revision.id, v);
      },
      expect: ownerOrEditor,
    },
  ];

  for (const testCase of cases) {
    for (const who of ["own", "other", "editor", "admin"] as const) {
      const outcome = testCase.expect[who];
      it(`${testCase.name} by ${who === "own" ? "its writer" : who === "other" ? "another writer" : who}: ${
        outcome === "ok" ? "allowed" : outcome.name
      }`, async () => {
        const actor = { own: writer, other: otherWriter, editor, admin }[who];
        const row = await article(testCase.status, writer.id);
        const before = await snapshot(row.id);
        const call = testCase.run(actor, row.id, row.version);
        if (outcome === "ok") {
          await call;
          const after = await snapshot(row.id);
          expect(after.audits).toBeGreaterThan(before.audits);
        } else {
          await expect(call).rejects.toThrow(outcome);
          const after = await snapshot(row.id);
          expect(after.row).toEqual(before.row);
          expect(after.audits).toBe(before.audits);
        }
      });
    }
  }
});

describe("transitions", () => {
  const future = () => new Date(Date.now() + 3_600_000);
  const moves: { name: string; to: ArticleStatus; run: (id: string, v: number) => Promise<unknown> }[] = [
    { name: "submit", to: "IN_REVIEW", run: (id, v) => m.submitForReview(editor, id, v) },
    { name: "return", to: "DRAFT", run: (id, v) => m.returnToWriter(editor, id, v, "Catatan revisi.") },
    { name: "publish", to: "PUBLISHED", run: (id, v) => m.publishArticle(editor, id, v) },
    { name: "schedule", to: "SCHEDULED", run: (id, v) => m.scheduleArticle(editor, id, v, future()) },
    { name: "cancelSchedule", to: "DRAFT", run: (id, v) => m.cancelSchedule(editor, id, v) },
    { name: "unpublish", to: "DRAFT", run: (id, v) => m.unpublishArticle(editor, id, v) },
    { name: "archive", to: "ARCHIVED", run: (id, v) => m.archiveArticle(editor, id, v) },
    { name: "restore", to: "DRAFT", run: (id, v) => m.restoreArticle(editor, id, v) },
  ];
  const allowedFrom: Record<string, ArticleStatus[]> = {
    submit: ["DRAFT"],
    return: ["IN_REVIEW"],
    publish: ["DRAFT", "IN_REVIEW", "SCHEDULED"],
    schedule: ["DRAFT", "IN_REVIEW"],
    cancelSchedule: ["SCHEDULED"],
    unpublish: ["PUBLISHED"],
    archive: ["PUBLISHED"],
    restore: ["ARCHIVED"],
  };
  const statuses: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"];
  for (const move of moves) {
    for (const from of statuses) {
      const isAllowed = allowedFrom[move.name]?.includes(from) ?? false;
      it(`${move.name} from ${from} is ${isAllowed ? "allowed" : "refused"}`, async () => {
        const row = await article(from, writer.id);
        const before = await snapshot(row.id);
        if (isAllowed) {
          const { version } = (await move.run(row.id, row.version)) as { version: number };
          const after = await db.article.findUniqueOrThrow({ where: { id: row.id } });
          expect(after.status).toBe(move.to);
          expect(version).toBe(row.version + 1);
          expect(after.version).toBe(version);
        } else {
          // Submitting anything but a draft is refused by the permission table for editors too.
          await expect(move.run(row.id, row.version)).rejects.toThrow(
            move.name === "submit" ? ForbiddenError : InvalidTransitionError,
          );
          expect(await snapshot(row.id)).toEqual(before);
        }
      });
    }
  }

  it("a published article cannot be scheduled; the message says why", async () => {
    const row = await article("PUBLISHED");
    await expect(m.scheduleArticle(editor, row.id, row.version, future())).rejects.toThrow(
      'Artikel berstatus "Terbit" tidak dapat diubah menjadi "Terjadwal".',
    );
  });

  it("scheduling in the past is a rule violation", async () => {
    const row = await article("IN_REVIEW");
    await expect(m.scheduleArticle(editor, row.id, row.version, new Date(Date.now() - 1000))).rejects.toThrow(
      RuleViolationError,
    );
  });

  it("return stores the note for the writer and audits it", async () => {
    const row = await article("IN_REVIEW");
    await m.returnToWriter(editor, row.id, row.version, "Lengkapi kutipan narasumber.");
    expect((await getStaffArticle(writer, row.id)).reviewNote).toBe("Lengkapi kutipan narasumber.");
    const [event] = await auditsOf(row.id, "article.return");
    expect(event?.actorId).toBe(editor.id);
    expect(event?.details).toMatchObject({ note: "Lengkapi kutipan narasumber." });
  });
});

describe("createDraft", () => {
  it("makes the actor the writer, derives a unique slug, keeps a revision and an audit entry", async () => {
    const input = draftInput();
    const first = await m.createDraft(writer, input);
    const second = await m.createDraft(otherWriter, { ...input });
    made.articleIds.push(first.id, second.id);
    const [a, b] = await Promise.all([getStaffArticle(writer, first.id), getStaffArticle(otherWriter, second.id)]);
    expect(a.writer.id).toBe(writer.id);
    expect(a.status).toBe("DRAFT");
    expect(first.version).toBe(1);
    expect(b.slug).toBe(`${a.slug}-2`);
    expect(await listRevisions(writer, first.id)).toMatchObject([{ version: 1, reason: "create" }]);
    expect(await auditsOf(first.id, "article.create")).toHaveLength(1);
    const stored = await db.article.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored.bodyText).toBe("Paragraf satu.\nParagraf dua.");
  });

  it("lets a writer pick existing tags but not create new ones", async () => {
    const tag = await createTestTag();
    tagIds.push(tag.id);
    const created = await m.createDraft(writer, draftInput({ tagIds: [tag.id] }));
    made.articleIds.push(created.id);
    expect((await getStaffArticle(writer, created.id)).tags).toEqual([{ id: tag.id, name: tag.name }]);
    const name = `Tag baru ${uniqueSuffix()}`;
    const input = draftInput({ newTagNames: [name] });
    await expect(m.createDraft(writer, input)).rejects.toThrow(ForbiddenError);
    expect(await db.article.count({ where: { title: input.title } })).toBe(0);
    expect(await db.tag.count({ where: { name } })).toBe(0);
  });

  it("lets an editor create tags on the way", async () => {
    const name = `Tag editor ${uniqueSuffix()}`;
    const created = await m.createDraft(editor, draftInput({ newTagNames: [name] }));
    made.articleIds.push(created.id);
    const tags = (await getStaffArticle(editor, created.id)).tags;
    tagIds.push(...tags.map((t) => t.id));
    expect(tags.map((t) => t.name)).toEqual([name]);
    expect(await db.auditEvent.count({ where: { action: "tag.create", targetId: tags[0]?.id } })).toBe(1);
  });

  it("refuses an unknown category", async () => {
    await expect(
      m.createDraft(writer, draftInput({ categoryId: "0194a3b2-0000-7000-8000-00000000dead" })),
    ).rejects.toThrow(RuleViolationError);
  });
});

describe("request metadata", () => {
  it("records the request's address on every audit row an article write makes", async () => {
    const meta = { ip: "198.51.100.23", userAgent: "Uji" };
    const tagName = `Tag alamat ${uniqueSuffix()}`;
    const { id, version } = await m.createDraft(editor, draftInput({ newTagNames: [tagName] }), meta);
    made.articleIds.push(id);
    const input = { ...draftInput(), version, title: `Judul diubah ${uniqueSuffix()}`, newTagNames: [] };
    const saved = await m.updateArticle(editor, id, input, {}, meta);
    const scheduled = await m.scheduleArticle(editor, id, saved.version, new Date(Date.now() + 3_600_000), meta);
    await m.cancelSchedule(editor, id, scheduled.version, meta);

    const tag = await db.tag.findFirstOrThrow({ where: { name: tagName } });
    tagIds.push(tag.id);
    const rows = await db.auditEvent.findMany({
      where: {
        OR: [
          { targetType: "article", targetId: id },
          { targetType: "tag", targetId: tag.id },
        ],
      },
      select: { action: true, ip: true },
      orderBy: { id: "asc" },
    });
    expect(rows.map((row) => row.action)).toEqual([
      "tag.create",
      "article.create",
      "article.update",
      "article.schedule",
      "article.schedule",
    ]);
    expect(rows.every((row) => row.ip === meta.ip)).toBe(true);
  });

  it("leaves the address empty for work outside a request", async () => {
    const row = await article("SCHEDULED");
    await m.publishArticle(m.SYSTEM_ACTOR, row.id);
    const [event] = await auditsOf(row.id, "article.publish");
    expect(event).toMatchObject({ actorId: null, ip: null });
  });
});

describe("optimistic locking", () => {
  it("the second save from the same version gets ArticleConflictError with what is stored; no write is lost", async () => {
    const { id } = await m.createDraft(writer, draftInput());
    made.articleIds.push(id);
    const first = draftInput({ title: "Versi penulis pertama" });
    await m.updateArticle(writer, id, { ...first, version: 1 });
    const error = await m
      .updateArticle(editor, id, { ...draftInput({ title: "Versi editor" }), version: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(m.ArticleConflictError);
    expect(error).toBeInstanceOf(ConflictError);
    const current = (error as InstanceType<typeof m.ArticleConflictError>).current;
    expect(current.title).toBe("Versi penulis pertama");
    expect(current.version).toBe(2);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).title).toBe("Versi penulis pertama");
  });

  it("concurrent saves from one version: exactly one wins", async () => {
    const { id } = await m.createDraft(writer, draftInput());
    made.articleIds.push(id);
    const results = await Promise.allSettled([
      m.updateArticle(writer, id, { ...draftInput({ title: "Tulisan A" }), version: 1 }),
      m.updateArticle(editor, id, { ...draftInput({ title: "Tulisan B" }), version: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason instanceof ConflictError).toBe(true);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });

  it("a transition with a stale version is a conflict too", async () => {
    const row = await article("IN_REVIEW");
    await m.returnToWriter(editor, row.id, row.version, "Catatan pertama.");
    await expect(m.publishArticle(admin, row.id, row.version)).rejects.toThrow(m.ArticleConflictError);
  });
});

describe("slugs", () => {
  it("follow the title before the first publish, stay put when set by hand", async () => {
    const { id } = await m.createDraft(writer, draftInput({ title: `Judul awal ${uniqueSuffix()}` }));
    made.articleIds.push(id);
    const newTitle = `Judul baru ${uniqueSuffix()}`;
    const v2 = await m.updateArticle(writer, id, { ...draftInput({ title: newTitle }), version: 1 });
    expect((await getStaffArticle(writer, id)).slug).toBe(newTitle.toLowerCase().replace(/ /g, "-"));
    const custom = `alamat-khusus-${uniqueSuffix()}`;
    const v3 = await m.updateArticle(writer, id, {
      ...draftInput({ title: newTitle, slug: custom }),
      version: v2.version,
    });
    await m.updateArticle(writer, id, {
      ...draftInput({ title: "Judul lain lagi", slug: custom }),
      version: v3.version,
    });
    expect((await getStaffArticle(writer, id)).slug).toBe(custom);
  });

  it("a slug another article uses is a conflict", async () => {
    const other = await article("PUBLISHED", otherWriter.id);
    const { id } = await m.createDraft(writer, draftInput());
    made.articleIds.push(id);
    await expect(m.updateArticle(writer, id, { ...draftInput({ slug: other.slug }), version: 1 })).rejects.toThrow(
      "Slug sudah dipakai",
    );
  });

  it("freeze at first publish; a later change needs publish rights and leaves a redirect", async () => {
    const { id } = await m.createDraft(writer, draftInput());
    made.articleIds.push(id);
    const published = await m.publishArticle(editor, id, 1);
    const frozen = (await getStaffArticle(editor, id)).slug;
    const afterEdit = await m.updateArticle(editor, id, {
      ...draftInput({ title: "Judul sesudah terbit" }),
      version: published.version,
    });
    const staff = await getStaffArticle(editor, id);
    expect(staff.slug).toBe(frozen);
    expect(staff.isSlugFrozen).toBe(true);

    // Back to the writer as a draft: they may edit, but not move the public address.
    const unpublished = await m.unpublishArticle(editor, id, afterEdit.version);
    const moved = `alamat-baru-${uniqueSuffix()}`;
    await expect(
      m.updateArticle(writer, id, { ...draftInput({ slug: moved }), version: unpublished.version }),
    ).rejects.toThrow(ForbiddenError);
    await m.updateArticle(editor, id, { ...draftInput({ slug: moved }), version: unpublished.version });
    expect((await getStaffArticle(editor, id)).slug).toBe(moved);
    expect(await db.slugRedirect.findUnique({ where: { slug: frozen } })).toMatchObject({ articleId: id });
  });
});

describe("publishing", () => {
  it("sets publishedAt once, signs off with the publishing editor, and shows on the public side", async () => {
    const { id } = await m.createDraft(writer, draftInput());
    made.articleIds.push(id);
    const slug = (await getStaffArticle(writer, id)).slug;
    expect(await getPublishedArticle(slug)).toBeNull();
    revalidateTag.mockClear();
    const v2 = await m.publishArticle(editor, id, 1);
    expect(revalidateTag).toHaveBeenCalledWith(`article:${slug}`, { expire: 0 });
    const first = await db.article.findUniqueOrThrow({ where: { id } });
    expect(first.publishedAt).not.toBeNull();
    expect(first.editorId).toBe(editor.id);
    expect((await getPublishedArticle(slug))?.signOff).toBe("(Wri/ed)");

    const v3 = await m.unpublishArticle(editor, id, v2.version);
    expect(await getPublishedArticle(slug)).toBeNull();
    await m.publishArticle(admin, id, v3.version);
    const again = await db.article.findUniqueOrThrow({ where: { id } });
    expect(again.publishedAt).toEqual(first.publishedAt);
    expect(again.editorId).toBe(admin.id);
    expect((await getPublishedArticle(slug))?.signOff).toBe("(Wri/adm)");
    expect(await auditsOf(id, "article.publish")).toHaveLength(2);
  });

  it("requires alt text on body images and on the cover, for publishing and scheduling", async () => {
    const { id } = await m.createDraft(writer, draftInput({ body: imageBody("  ") }));
    made.articleIds.push(id);
    const before = await snapshot(id);
    await expect(m.publishArticle(editor, id, 1)).rejects.toThrow("Teks alternatif gambar wajib diisi sebelum terbit.");
    await expect(m.scheduleArticle(editor, id, 1, new Date(Date.now() + 3_600_000))).rejects.toThrow(
      RuleViolationError,
    );
    expect(await snapshot(id)).toEqual(before);

    const bare = await createTestMedia("");
    mediaIds.push(bare.id);
    const v2 = await m.updateArticle(editor, id, {
      ...draftInput({ body: imageBody("Banjir di Jalan Pahlawan"), coverImageId: bare.id }),
      version: 1,
    });
    await expect(m.publishArticle(editor, id, v2.version)).rejects.toThrow(RuleViolationError);
    await db.media.update({ where: { id: bare.id }, data: { alt: "Warga menyeberangi banjir" } });
    await m.publishArticle(editor, id, v2.version);
    const staff = await getStaffArticle(editor, id);
    expect(staff.status).toBe("PUBLISHED");
    expect(staff.cover).toMatchObject({
      id: bare.id,
      alt: "Warga menyeberangi banjir",
      variantWidths: [480, 960, 1600],
    });
  });
});

describe("deleting", () => {
  it("removes a never-published draft for good, with an audit entry", async () => {
    const { id } = await m.createDraft(writer, draftInput());
    await m.deleteArticle(writer, id);
    expect(await db.article.findUnique({ where: { id } })).toBeNull();
    expect(await auditsOf(id, "article.delete")).toHaveLength(1);
  });

  it("refuses anything that has been public, even back in draft", async () => {
    const once = await article("DRAFT", writer.id, { publishedAt: new Date(Date.now() - 86_400_000) });
    await expect(m.deleteArticle(editor, once.id)).rejects.toThrow(RuleViolationError);
    const archived = await article("ARCHIVED");
    await expect(m.deleteArticle(admin, archived.id)).rejects.toThrow("Arsipkan saja");
    expect(await db.article.count({ where: { id: { in: [once.id, archived.id] } } })).toBe(2);
  });
});

describe("revisions", () => {
  it("keep each save, restore an old one as a new version, and fold autosaves", async () => {
    const original = draftInput({ title: `Judul asli ${uniqueSuffix()}` });
    const { id } = await m.createDraft(writer, original);
    made.articleIds.push(id);
    const v2 = await m.updateArticle(writer, id, { ...draftInput({ title: "Judul kedua" }), version: 1 });
    const v3 = await m.updateArticle(
      writer,
      id,
      { ...draftInput({ title: "Judul ketiga" }), version: v2.version },
      { autosave: true },
    );
    const v4 = await m.updateArticle(
      writer,
      id,
      { ...draftInput({ title: "Judul keempat" }), version: v3.version },
      { autosave: true },
    );
    const history = await listRevisions(writer, id);
    expect(history.map((r) => [r.version, r.reason])).toEqual([
      [4, "autosave"],
      [2, "save"],
      [1, "create"],
    ]);
    expect(await auditsOf(id, "article.update")).toHaveLength(1);

    const firstRevision = history.at(-1);
    expect(firstRevision).toBeDefined();
    await expect(m.restoreRevision(otherWriter, id, firstRevision?.id ?? "", v4.version)).rejects.toThrow(
      NotFoundError,
    );
    const restored = await m.restoreRevision(writer, id, firstRevision?.id ?? "", v4.version);
    const staff = await getStaffArticle(writer, id);
    expect(staff.title).toBe(original.title);
    expect(staff.version).toBe(restored.version);
    expect((await listRevisions(writer, id))[0]).toMatchObject({ reason: "restore", version: restored.version });
    expect(await auditsOf(id, "article.restore_revision")).toHaveLength(1);
  });
});

describe("review changes", () => {
  it("are empty before any review, then list what the writer changed since the return", async () => {
    const { id } = await m.createDraft(writer, draftInput({ title: "Judul sebelum tinjauan" }));
    made.articleIds.push(id);
    expect(await getReviewChanges(editor, id)).toEqual([]);
    const v2 = await m.submitForReview(writer, id, 1);
    expect(await getReviewChanges(editor, id)).toEqual([]);
    const v3 = await m.returnToWriter(editor, id, v2.version, "Tambah data korban.");
    await m.updateArticle(writer, id, {
      ...draftInput({
        title: "Judul sesudah tinjauan",
        body: paragraphsToBody(["Paragraf satu.", "Dua puluh rumah terendam.", "Paragraf dua."]),
      }),
      version: v3.version,
    });
    const changes = await getReviewChanges(editor, id);
    expect(changes.map((c) => c.field)).toEqual(["title", "body"]);
    expect(changes[0]).toEqual({ field: "title", before: "Judul sebelum tinjauan", after: "Judul sesudah tinjauan" });
    const body = changes[1];
    expect(body?.field === "body" ? body.blocks : []).toEqual([
      { kind: "unchanged", text: "Paragraf satu." },
      { kind: "added", text: "Dua puluh rumah terendam." },
      { kind: "unchanged", text: "Paragraf dua." },
    ]);
    await expect(getReviewChanges(otherWriter, id)).rejects.toThrow(NotFoundError);
  });
});

describe("audit in the same transaction", () => {
  // A trigger that rejects one audit insert stands in for any audit failure (disk, constraint):
  // the article change it records must roll back with it.
  const marker = `gagal-audit-${uniqueSuffix()}`;
  beforeAll(async () => {
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_reject_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW.details::text LIKE '%${marker}%' THEN RAISE EXCEPTION 'audit rejected'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER test_reject_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_reject_audit()`,
    );
  });
  afterAll(async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_reject_audit ON audit_events`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_reject_audit()`);
  });

  it("a failing audit insert leaves no article behind", async () => {
    const input = draftInput({ title: `Judul ${marker}` });
    await expect(m.createDraft(writer, input)).rejects.toThrow();
    expect(await db.article.count({ where: { title: input.title } })).toBe(0);
  });

  it("a failing audit insert leaves the status unchanged", async () => {
    const row = await article("IN_REVIEW");
    const before = await snapshot(row.id);
    await expect(m.returnToWriter(editor, row.id, row.version, `Catatan ${marker}`)).rejects.toThrow();
    expect(await snapshot(row.id)).toEqual(before);
  });
});
