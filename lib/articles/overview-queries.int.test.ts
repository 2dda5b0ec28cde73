import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createTestArticle, createTestUser, deleteTestRows } from "@/lib/testing/factories";
import { getDashboardSummary } from "./overview-queries";

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
afterAll(async () => {
  await deleteTestRows(made);
});

async function writer(): Promise<Actor> {
  const row = await createTestUser({ role: "WRITER" });
  made.userIds.push(row.id);
  return { id: row.id, role: row.role, username: row.username, displayName: row.displayName, initials: row.initials };
}

async function article(options: Parameters<typeof createTestArticle>[0]) {
  const row = await createTestArticle(options);
  made.articleIds.push(row.id);
  made.categoryIds.push(row.categoryId);
  return row;
}

describe("getDashboardSummary", () => {
  it("counts a writer's own articles by WITA day and Monday-based week", async () => {
    const me = await writer();
    // Wednesday 2026-03-11, 00:30 WITA (= Tuesday 16:30 UTC).
    const now = new Date("2026-03-10T16:30:00Z");
    await article({ writerId: me.id, publishedAt: new Date("2026-03-10T16:05:00Z") }); // Wed 00:05 WITA: today
    await article({ writerId: me.id, publishedAt: new Date("2026-03-10T15:55:00Z") }); // Tue 23:55 WITA: this week
    await article({ writerId: me.id, publishedAt: new Date("2026-03-08T15:59:00Z") }); // Sun 23:59 WITA: last week
    await article({ writerId: me.id, publishedAt: new Date("2026-03-08T16:00:00Z") }); // Mon 00:00 WITA: this week
    await article({ writerId: me.id, status: "IN_REVIEW" });
    const scheduledAt = new Date("2026-03-12T02:00:00Z");
    const scheduled = await article({ writerId: me.id, status: "SCHEDULED", scheduledAt });
    // Went live 3 minutes late; another one only 30 seconds late (not counted).
    const late = await article({
      writerId: me.id,
      scheduledAt: new Date("2026-03-09T01:00:00Z"),
      publishedAt: new Date("2026-03-09T01:03:00Z"),
    });
    await article({
      writerId: me.id,
      scheduledAt: new Date("2026-03-09T02:00:00Z"),
      publishedAt: new Date("2026-03-09T02:00:30Z"),
    });
    // Someone else's article today is not in a writer's counts.
    await article({ publishedAt: new Date("2026-03-10T16:10:00Z") });

    const summary = await getDashboardSummary(me, now);
    expect(summary).toMatchObject({
      isOwnOnly: true,
      publishedToday: 1,
      publishedThisWeek: 5, // Wed, Tue, Mon 00:00 and the two scheduled ones from Monday
      inReview: 1,
      scheduled: { count: 1, next: [{ id: scheduled.id, scheduledAt }] },
    });
    expect(summary.late).toEqual([expect.objectContaining({ id: late.id, lateSeconds: 180 })]);
  });
});
