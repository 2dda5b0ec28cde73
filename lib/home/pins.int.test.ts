import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ForbiddenError, RuleViolationError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/actors";
import { createTestArticle, createTestCategory, createTestMedia, deleteTestRows } from "@/lib/testing/factories";

const { revalidateTag } = vi.hoisted(() => ({ revalidateTag: vi.fn() }));
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag }));

const { expireHomePins, listHomePinsForStaff, pinHomeArticle, unpinHomeArticle } = await import("./pins");
const { getHomeFront } = await import("@/lib/articles/home-queries");

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
const mediaIds: string[] = [];
let editor: Actor;
let writer: Actor;
let categoryId: string;

beforeAll(async () => {
  editor = await createTestActor("EDITOR", "pn");
  writer = await createTestActor("WRITER", "Pin");
  made.userIds.push(editor.id, writer.id);
  categoryId = (await createTestCategory("Sematan")).id;
  made.categoryIds.push(categoryId);
});

afterAll(async () => {
  await db.homePin.deleteMany({});
  await deleteTestRows(made);
  await db.media.deleteMany({ where: { id: { in: mediaIds } } });
});

/** Published `secondsAgo` seconds ago: newer than anything the other test files made. */
async function article(secondsAgo: number, hasCover = false) {
  const cover = hasCover ? await createTestMedia() : null;
  if (cover) mediaIds.push(cover.id);
  const row = await createTestArticle({
    writerId: writer.id,
    categoryId,
    publishedAt: new Date(Date.now() - secondsAgo * 1000),
    coverImageId: cover?.id ?? null,
  });
  made.articleIds.push(row.id);
  return row;
}

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000);

describe("home pins", () => {
  it("without pins, the headline is the newest article with a cover, and the newer one without leads Berita Terkini", async () => {
    const covered = await article(20, true);
    const bare = await article(10);
    const front = await getHomeFront(8);
    expect(front.headline?.slug).toBe(covered.slug);
    expect(front.featured).toEqual([]);
    expect(front.latest[0]?.slug).toBe(bare.slug);
    expect(front.latest.map((card) => card.slug)).not.toContain(covered.slug);
  });

  it("an editor pins a headline and featured articles; each shows once; audited; the home page refreshes", async () => {
    const lead = await article(3600);
    const first = await article(3700);
    const second = await article(3800);
    revalidateTag.mockClear();
    await pinHomeArticle(editor, { articleId: lead.id, slot: 0, expiresAt: inHours(2) });
    await pinHomeArticle(editor, { articleId: second.id, slot: 2, expiresAt: inHours(2) });
    await pinHomeArticle(editor, { articleId: first.id, slot: 1, expiresAt: inHours(2) });
    expect(revalidateTag).toHaveBeenCalledWith("home", { expire: 0 });

    const front = await getHomeFront(8);
    expect(front.headline?.slug).toBe(lead.slug);
    expect(front.featured.map((card) => card.slug)).toEqual([first.slug, second.slug]);
    const latest = front.latest.map((card) => card.slug);
    for (const pinned of [lead, first, second]) expect(latest).not.toContain(pinned.slug);

    const events = await db.auditEvent.findMany({ where: { action: "home.pin", targetId: lead.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: editor.id, details: { slot: 0 } });

    // Pinning the headline's article elsewhere moves it, leaving the headline slot empty.
    await pinHomeArticle(editor, { articleId: lead.id, slot: 3, expiresAt: inHours(1) });
    expect((await listHomePinsForStaff(editor)).map((pin) => [pin.slot, pin.article.id])).toEqual([
      [1, first.id],
      [2, second.id],
      [3, lead.id],
    ]);
    await unpinHomeArticle(editor, 3);
    expect(await db.auditEvent.count({ where: { action: "home.unpin", targetId: lead.id, actorId: editor.id } })).toBe(
      1,
    );
    await db.homePin.deleteMany({});
  });

  it("writers may not pin; drafts cannot be pinned", async () => {
    const published = await article(4000);
    await expect(pinHomeArticle(writer, { articleId: published.id, slot: 0, expiresAt: inHours(1) })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(listHomePinsForStaff(writer)).rejects.toThrow(ForbiddenError);
    const draft = await createTestArticle({ status: "DRAFT", writerId: writer.id, categoryId });
    made.articleIds.push(draft.id);
    await expect(pinHomeArticle(editor, { articleId: draft.id, slot: 0, expiresAt: inHours(1) })).rejects.toThrow(
      RuleViolationError,
    );
  });

  it("an expired pin stops showing at once and the scheduler's tick removes it, audited and invalidated", async () => {
    const lead = await article(5000);
    await pinHomeArticle(editor, { articleId: lead.id, slot: 0, expiresAt: inHours(1) });
    await db.homePin.update({ where: { slot: 0 }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await getHomeFront(8)).headline?.slug).not.toBe(lead.slug);

    revalidateTag.mockClear();
    expect(await expireHomePins()).toBe(1);
    expect(revalidateTag).toHaveBeenCalledWith("home", { expire: 0 });
    expect(await db.homePin.count()).toBe(0);
    const expired = await db.auditEvent.findFirst({ where: { action: "home.unpin", targetId: lead.id } });
    expect(expired).toMatchObject({ actorId: null, details: { slot: 0, system: true } });

    revalidateTag.mockClear();
    expect(await expireHomePins()).toBe(0);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
