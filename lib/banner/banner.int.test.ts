import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/actors";
import { deleteTestRows } from "@/lib/testing/factories";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag }));

const { raiseBanner, clearBanner } = await import("./mutations");
const { getActiveBanner, getStaffBanner } = await import("./queries");
const { applyBannerExpiries } = await import("./expiry");

const userIds: string[] = [];
afterAll(async () => {
  await db.emergencyBanner.deleteMany({ where: { raisedById: { in: userIds } } });
  await deleteTestRows({ userIds });
});
beforeEach(async () => {
  // The banner is site-wide state: each test starts with none in force.
  await db.emergencyBanner.updateMany({
    where: { clearedAt: null },
    data: { clearedAt: new Date(), expiryAppliedAt: new Date() },
  });
  revalidateTag.mockClear();
});

const meta = { ip: "198.51.100.7", userAgent: "uji" };
const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000);

describe("emergency banner", () => {
  it("lets an editor raise one: public read, dashboard read, audit entry, banner tag expired", async () => {
    const editor = await createTestActor("EDITOR");
    userIds.push(editor.id);
    const { id } = await raiseBanner(
      editor,
      { level: "AWAS", message: "Banjir di Sungai Karang Mumus", linkUrl: "/berita/banjir", expiresAt: inHours(3) },
      meta,
    );
    expect(await getActiveBanner()).toMatchObject({ level: "AWAS", message: "Banjir di Sungai Karang Mumus" });
    expect(await getStaffBanner()).toMatchObject({ id, raisedBy: editor.displayName });
    expect(revalidateTag).toHaveBeenCalledWith("banner", { expire: 0 });
    const event = await db.auditEvent.findFirst({ where: { actorId: editor.id, action: "banner.raise" } });
    expect(event).toMatchObject({ targetType: "banner", targetId: id, ip: meta.ip });
  });

  it("keeps one banner at a time: a new one replaces the one in force", async () => {
    const admin = await createTestActor("ADMIN");
    userIds.push(admin.id);
    const first = await raiseBanner(
      admin,
      { level: "WASPADA", message: "Angin kencang", linkUrl: null, expiresAt: inHours(2) },
      meta,
    );
    await raiseBanner(
      admin,
      { level: "SIAGA", message: "Kebakaran lahan", linkUrl: null, expiresAt: inHours(2) },
      meta,
    );
    expect((await getActiveBanner())?.message).toBe("Kebakaran lahan");
    const replaced = await db.emergencyBanner.findUniqueOrThrow({ where: { id: first.id } });
    expect(replaced.clearedById).toBe(admin.id);
  });

  it("clears the banner in force, audited; clearing when none is up is refused", async () => {
    const editor = await createTestActor("EDITOR");
    userIds.push(editor.id);
    await raiseBanner(
      editor,
      { level: "SIAGA", message: "Evakuasi warga", linkUrl: null, expiresAt: inHours(1) },
      meta,
    );
    revalidateTag.mockClear();
    await clearBanner(editor, meta);
    expect(await getActiveBanner()).toBeNull();
    expect(revalidateTag).toHaveBeenCalledWith("banner", { expire: 0 });
    expect(await db.auditEvent.count({ where: { actorId: editor.id, action: "banner.clear" } })).toBe(1);
    await expect(clearBanner(editor, meta)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a writer, who raises and clears nothing", async () => {
    const writer = await createTestActor("WRITER");
    userIds.push(writer.id);
    await expect(
      raiseBanner(writer, { level: "AWAS", message: "Bukan wewenang", linkUrl: null, expiresAt: inHours(1) }, meta),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(clearBanner(writer, meta)).rejects.toBeInstanceOf(ForbiddenError);
    expect(revalidateTag).not.toHaveBeenCalled();
    expect(await db.emergencyBanner.count({ where: { raisedById: writer.id } })).toBe(0);
  });

  it("drops an expired banner: the public read skips it and the expiry tick expires the tag once", async () => {
    const editor = await createTestActor("EDITOR");
    userIds.push(editor.id);
    const { id } = await raiseBanner(
      editor,
      { level: "WASPADA", message: "Segera berakhir", linkUrl: null, expiresAt: inHours(1) },
      meta,
    );
    await db.emergencyBanner.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getActiveBanner()).toBeNull();
    revalidateTag.mockClear();
    expect(await applyBannerExpiries()).toBeGreaterThanOrEqual(1);
    expect(revalidateTag).toHaveBeenCalledWith("banner", { expire: 0 });
    revalidateTag.mockClear();
    await applyBannerExpiries();
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
