import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { paragraphsToBody } from "@/lib/articles/body";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { FieldConflictError, ForbiddenError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/actors";
import { uniqueSuffix } from "@/lib/testing/factories";
import { createPage, deletePage, movePage, setPagePublished, updatePage } from "./mutations";
import { getPublishedPage, listMenuPages } from "./queries";
import { getPageForStaff, listPagesForStaff } from "./staff-queries";

const revalidateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidateTag, cacheLife: () => {}, cacheTag: () => {} }));

const made = { userIds: [] as string[], pageIds: [] as string[] };
afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { actorId: { in: made.userIds } } });
  await db.staticPage.deleteMany({ where: { id: { in: made.pageIds } } });
  await db.user.deleteMany({ where: { id: { in: made.userIds } } });
});
beforeEach(() => revalidateTag.mockClear());

async function actor(role: "ADMIN" | "EDITOR" | "WRITER"): Promise<Actor> {
  const made_ = await createTestActor(role);
  made.userIds.push(made_.id);
  return made_;
}

function input(title = "Visi & Misi") {
  const suffix = uniqueSuffix();
  return {
    title: `${title} ${suffix}`,
    slug: `halaman-${suffix}`,
    summary: "Ringkas.",
    body: paragraphsToBody(["Isi."]),
  };
}

async function page(by: Actor, data = input()) {
  const { id } = await createPage(by, data);
  made.pageIds.push(id);
  return { id, ...data };
}

const tagsCalled = () => revalidateTag.mock.calls.map(([tag]) => tag as string);

describe("static page mutations and queries", () => {
  it("a new page is hidden: not public, not in the menu, until it is published; each step audited", async () => {
    const editor = await actor("EDITOR");
    const created = await page(editor);
    expect(await getPublishedPage(created.slug)).toBeNull();
    expect((await listMenuPages()).map((entry) => entry.slug)).not.toContain(created.slug);
    // A hidden page is not in the menu, so creating it leaves every other page cached.
    expect(tagsCalled()).toEqual([`page:${created.slug}`]);

    revalidateTag.mockClear();
    await setPagePublished(editor, created.id, true);
    expect(tagsCalled().sort()).toEqual([`page:${created.slug}`, "pages:menu"].sort());
    expect(await getPublishedPage(created.slug)).toMatchObject({ title: created.title, summary: "Ringkas." });
    expect((await listMenuPages()).map((entry) => entry.slug)).toContain(created.slug);

    await setPagePublished(editor, created.id, false);
    expect(await getPublishedPage(created.slug)).toBeNull();
    const events = await db.auditEvent.findMany({ where: { targetId: created.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["page.create", "page.publish", "page.unpublish"]);
  });

  it("a body edit of a published page expires only that page; a slug change both addresses and the menu", async () => {
    const editor = await actor("EDITOR");
    const created = await page(editor);
    await setPagePublished(editor, created.id, true);
    revalidateTag.mockClear();
    await updatePage(editor, created.id, { ...created, body: paragraphsToBody(["Isi baru."]) });
    expect(tagsCalled()).toEqual([`page:${created.slug}`]);

    revalidateTag.mockClear();
    const moved = `${created.slug}-baru`;
    await updatePage(editor, created.id, { ...created, slug: moved });
    expect(tagsCalled().sort()).toEqual([`page:${created.slug}`, `page:${moved}`, "pages:menu"].sort());
    expect(await getPublishedPage(created.slug)).toBeNull();
    expect(await getPublishedPage(moved)).not.toBeNull();
  });

  it("refuses a slug another page has", async () => {
    const editor = await actor("EDITOR");
    const first = await page(editor);
    await expect(createPage(editor, { ...input(), slug: first.slug })).rejects.toBeInstanceOf(FieldConflictError);
    const second = await page(editor);
    await expect(updatePage(editor, second.id, { ...second, slug: first.slug })).rejects.toBeInstanceOf(
      FieldConflictError,
    );
  });

  it("writers may not read, write or publish pages; only admins reorder the menu", async () => {
    const writer = await actor("WRITER");
    const editor = await actor("EDITOR");
    const admin = await actor("ADMIN");
    const created = await page(editor);
    await expect(createPage(writer, input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updatePage(writer, created.id, created)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setPagePublished(writer, created.id, true)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deletePage(writer, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listPagesForStaff(writer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getPageForStaff(writer, created.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(movePage(editor, created.id, "up")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(movePage(admin, created.id, "up")).resolves.toBeUndefined();
  });

  it("an admin moves a page up the menu; the order is what the menu shows", async () => {
    const admin = await actor("ADMIN");
    const first = await page(admin);
    const second = await page(admin);
    for (const created of [first, second]) await setPagePublished(admin, created.id, true);
    const order = () => listMenuPages().then((pages) => pages.map((entry) => entry.slug));
    const before = await order();
    expect(before.indexOf(second.slug)).toBe(before.indexOf(first.slug) + 1);
    revalidateTag.mockClear();
    await movePage(admin, second.id, "up");
    expect(tagsCalled()).toEqual(["pages:menu"]);
    const after = await order();
    expect(after.indexOf(second.slug)).toBe(after.indexOf(first.slug) - 1);
    const audit = await db.auditEvent.findFirst({ where: { targetId: second.id, action: "page.reorder" } });
    expect(audit?.details).toMatchObject({ direction: "up" });
  });

  it("deleting a published page removes it from the site and the menu, audited", async () => {
    const editor = await actor("EDITOR");
    const created = await page(editor);
    await setPagePublished(editor, created.id, true);
    await deletePage(editor, created.id);
    expect(await getPublishedPage(created.slug)).toBeNull();
    expect(tagsCalled()).toContain("pages:menu");
    expect(await db.auditEvent.count({ where: { targetId: created.id, action: "page.delete" } })).toBe(1);
  });
});
