import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { createTestUser, deleteTestRows } from "@/lib/testing/factories";
import { listAuditEvents } from "./queries";
import { auditFilterSchema } from "./schema";

const userIds: string[] = [];
afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { actorId: { in: userIds } } });
  await deleteTestRows({ userIds });
});

async function actor(role: "ADMIN" | "WRITER"): Promise<Actor & { username: string }> {
  const row = await createTestUser({ role });
  userIds.push(row.id);
  return { id: row.id, role: row.role, username: row.username, displayName: row.displayName, initials: row.initials };
}

const filter = (query: Record<string, string>) => auditFilterSchema.parse(query);

describe("listAuditEvents", () => {
  it("filters by actor, action, target and WITA days, newest first", async () => {
    const admin = await actor("ADMIN");
    const subject = await actor("WRITER");
    // 2026-03-10 23:30 WITA is 15:30 UTC; 2026-03-11 00:30 WITA is 16:30 UTC the same UTC day.
    const lateOn10th = new Date("2026-03-10T15:30:00Z");
    const earlyOn11th = new Date("2026-03-10T16:30:00Z");
    await db.auditEvent.createMany({
      data: [
        { actorId: admin.id, action: "user.update", targetType: "user", targetId: subject.id, createdAt: lateOn10th },
        {
          actorId: admin.id,
          action: "user.deactivate",
          targetType: "user",
          targetId: subject.id,
          createdAt: earlyOn11th,
        },
      ],
    });

    const mine = await listAuditEvents(admin, filter({ actor: admin.username }));
    expect(mine.rows.map((row) => row.action)).toEqual(["user.deactivate", "user.update"]);
    expect(mine.rows[0]).toMatchObject({
      actor: { username: admin.username },
      targetLabel: subject.displayName,
    });

    const onlyDeactivate = await listAuditEvents(admin, filter({ actor: admin.username, action: "user.deactivate" }));
    expect(onlyDeactivate.rows.map((row) => row.action)).toEqual(["user.deactivate"]);

    const tenth = await listAuditEvents(admin, filter({ actor: admin.username, from: "2026-03-10", to: "2026-03-10" }));
    expect(tenth.rows.map((row) => row.action)).toEqual(["user.update"]);
    const eleventh = await listAuditEvents(admin, filter({ target: subject.id, from: "2026-03-11" }));
    expect(eleventh.rows.map((row) => row.action)).toEqual(["user.deactivate"]);
  });

  it("pages 50 at a time", async () => {
    const admin = await actor("ADMIN");
    await db.auditEvent.createMany({
      data: Array.from({ length: 51 }, (_, index) => ({
        actorId: admin.id,
        action: "category.reorder",
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, index)),
      })),
    });
    const first = await listAuditEvents(admin, filter({ actor: admin.username }));
    expect(first.rows).toHaveLength(50);
    expect(first.hasNext).toBe(true);
    const second = await listAuditEvents(admin, filter({ actor: admin.username, page: "2" }));
    expect(second.rows).toHaveLength(1);
    expect(second.hasNext).toBe(false);
    expect(second.rows[0]?.createdAt).toEqual(new Date(Date.UTC(2026, 0, 1, 0, 0)));
  });

  it("drops malformed filters instead of failing", () => {
    expect(filter({ action: "drop.table", from: "kemarin", page: "-3", actor: "x".repeat(500) })).toEqual({ page: 1 });
  });

  it("is for admins only", async () => {
    const writer = await actor("WRITER");
    await expect(listAuditEvents(writer, filter({}))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
