import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { createTestActor } from "@/lib/testing/actors";
import { deleteTestRows } from "@/lib/testing/factories";

const revalidateTag = vi.fn();
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag }));

const { refreshPublicSite } = await import("./site-refresh");

const userIds: string[] = [];
afterAll(() => deleteTestRows({ userIds }));

describe("refreshPublicSite", () => {
  it("lets an editor drop every public page, with an audit entry and the address", async () => {
    const editor = await createTestActor("EDITOR");
    userIds.push(editor.id);
    revalidateTag.mockClear();
    await refreshPublicSite(editor, { ip: "198.51.100.4", userAgent: "uji" });
    expect(revalidateTag.mock.calls.map(([tag]) => tag)).toEqual(expect.arrayContaining(["site", "articles:lists"]));
    const event = await db.auditEvent.findFirst({ where: { actorId: editor.id, action: "site.refresh" } });
    expect(event).toMatchObject({ targetType: "site", ip: "198.51.100.4" });
  });

  it("refuses a writer and changes nothing", async () => {
    const writer = await createTestActor("WRITER");
    userIds.push(writer.id);
    revalidateTag.mockClear();
    await expect(refreshPublicSite(writer, { ip: null, userAgent: "" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(revalidateTag).not.toHaveBeenCalled();
    expect(await db.auditEvent.count({ where: { actorId: writer.id, action: "site.refresh" } })).toBe(0);
  });
});
