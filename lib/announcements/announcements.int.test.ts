import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { paragraphsToBody } from "@/lib/articles/body";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { getMediaStorage } from "@/lib/media/storage";
import { createTestActor } from "@/lib/testing/actors";
import { deleteTestRows } from "@/lib/testing/factories";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag }));

const { createAnnouncement, updateAnnouncement, publishAnnouncement, unpublishAnnouncement, deleteAnnouncement } =
  await import("./mutations");
const { listAnnouncements, listHomeAnnouncements, getPublishedAnnouncement, getAnnouncementAttachment } =
  await import("./queries");
const { getAnnouncementForStaff, listAnnouncementsForStaff } = await import("./staff-queries");
const { applyAnnouncementExpiries } = await import("./expiry");

const userIds: string[] = [];
afterAll(() => deleteTestRows({ userIds }));
beforeEach(() => revalidateTag.mockClear());

const meta = { ip: "198.51.100.9", userAgent: "uji" };
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000);
const pdf = new TextEncoder().encode(`%PDF-1.4\n${"isi ".repeat(30)}\ntrailer\n%%EOF\n`);

async function actors() {
  const [writer, editor] = await Promise.all([createTestActor("WRITER"), createTestActor("EDITOR")]);
  userIds.push(writer.id, editor.id);
  return { writer, editor };
}

function input(title: string, validUntil = inDays(7)) {
  return { title, body: paragraphsToBody([`Isi ${title}.`]), validUntil, isAttachmentRemoved: false };
}

describe("announcement workflow", () => {
  it("a writer drafts, an editor publishes: public lists show it, with its PDF", async () => {
    const { writer, editor } = await actors();
    const title = `Pengumuman Seleksi ${Date.now()}`;
    const { id } = await createAnnouncement(writer, input(title), { bytes: pdf, name: "Seleksi CPNS.pdf" }, meta);
    const draft = await getAnnouncementForStaff(writer, id);
    expect(await getPublishedAnnouncement(draft.slug)).toBeNull();
    await expect(publishAnnouncement(writer, id, meta)).rejects.toBeInstanceOf(ForbiddenError);

    await publishAnnouncement(editor, id, meta);
    const page = await getPublishedAnnouncement(draft.slug);
    expect(page).toMatchObject({ title, isExpired: false, attachment: { fileName: "Seleksi-CPNS.pdf" } });
    expect((await listAnnouncements("active", 1))?.items.map((item) => item.slug)).toContain(draft.slug);
    expect((await listHomeAnnouncements(50)).map((item) => item.slug)).toContain(draft.slug);
    expect((await getAnnouncementAttachment(draft.slug))?.bytes).toEqual(pdf);
    expect(revalidateTag).toHaveBeenCalledWith("announcements:lists", { expire: 0 });
    expect(revalidateTag).toHaveBeenCalledWith(`announcement:${draft.slug}`, { expire: 0 });
    const actions = await db.auditEvent.findMany({ where: { targetId: id }, select: { action: true } });
    expect(actions.map((event) => event.action).sort()).toEqual(["announcement.create", "announcement.publish"]);
  });

  it("refuses a renamed file that is not a PDF, storing nothing", async () => {
    const { writer } = await actors();
    const executable = new Uint8Array([0x4d, 0x5a, ...new Uint8Array(200)]);
    await expect(
      createAnnouncement(writer, input(`Palsu ${Date.now()}`), { bytes: executable, name: "surat.pdf" }, meta),
    ).rejects.toBeInstanceOf(RuleViolationError);
    expect(await db.announcement.count({ where: { authorId: writer.id } })).toBe(0);
  });

  it("keeps a writer to their own drafts", async () => {
    const { writer, editor } = await actors();
    const other = await createTestActor("WRITER");
    userIds.push(other.id);
    const { id } = await createAnnouncement(writer, input(`Milik Penulis ${Date.now()}`), null, meta);
    await expect(getAnnouncementForStaff(other, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAnnouncement(other, id, input("Diubah orang lain"), null, meta)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteAnnouncement(other, id, meta)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listAnnouncementsForStaff(other)).map((row) => row.id)).not.toContain(id);
    await publishAnnouncement(editor, id, meta);
    await expect(updateAnnouncement(writer, id, input("Sudah terbit"), null, meta)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("after berlaku sampai it leaves the active list and the home page but stays in the archive", async () => {
    const { writer, editor } = await actors();
    const { id } = await createAnnouncement(writer, input(`Kedaluwarsa ${Date.now()}`), null, meta);
    await publishAnnouncement(editor, id, meta);
    const { slug } = await getAnnouncementForStaff(editor, id);
    await db.announcement.update({ where: { id }, data: { validUntil: new Date(Date.now() - 1000) } });
    revalidateTag.mockClear();
    expect(await applyAnnouncementExpiries()).toBeGreaterThanOrEqual(1);
    expect(revalidateTag).toHaveBeenCalledWith(`announcement:${slug}`, { expire: 0 });
    expect((await listAnnouncements("active", 1))?.items.map((item) => item.slug)).not.toContain(slug);
    expect((await listHomeAnnouncements(50)).map((item) => item.slug)).not.toContain(slug);
    expect((await listAnnouncements("archive", 1))?.items.map((item) => item.slug)).toContain(slug);
    expect((await getPublishedAnnouncement(slug))?.isExpired).toBe(true);
  });

  it("unpublishing hides it; deleting removes it and its file", async () => {
    const { writer, editor } = await actors();
    const { id } = await createAnnouncement(
      writer,
      input(`Ditarik ${Date.now()}`),
      { bytes: pdf, name: "a.pdf" },
      meta,
    );
    await publishAnnouncement(editor, id, meta);
    const { slug } = await getAnnouncementForStaff(editor, id);
    const key = (await db.announcement.findUniqueOrThrow({ where: { id } })).attachmentKey;
    await unpublishAnnouncement(editor, id, meta);
    expect(await getPublishedAnnouncement(slug)).toBeNull();
    expect(await getAnnouncementAttachment(slug)).toBeNull();
    await deleteAnnouncement(editor, id, meta);
    expect(await db.announcement.findUnique({ where: { id } })).toBeNull();
    expect(key && (await getMediaStorage().get(key))).toBeNull();
  });

  it("never gives an announcement a slug its section's own pages use", async () => {
    const { writer } = await actors();
    const { id } = await createAnnouncement(writer, input("Arsip"), null, meta);
    expect((await getAnnouncementForStaff(writer, id)).slug).not.toBe("arsip");
  });
});
