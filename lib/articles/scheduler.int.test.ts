import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { EXCLUSIVE_JOBS } from "@/lib/db/exclusive";
import { createTestActor } from "@/lib/testing/actors";
import { createTestArticle, createTestCategory, deleteTestRows } from "@/lib/testing/factories";

const { revalidateTag } = vi.hoisted(() => ({ revalidateTag: vi.fn() }));
vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn(), revalidateTag }));

const { scheduleArticle, SYSTEM_ACTOR } = await import("./mutations");
const { publishDueArticles, runScheduledPublishing, isSchedulerToken, startScheduler, stopScheduler } =
  await import("./scheduler");
const { getPublishedArticle } = await import("./queries");
const { getStaffArticle, listStaffArticles } = await import("./staff-queries");

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
let writer: Actor;
let editor: Actor;
let categoryId: string;

beforeAll(async () => {
  writer = await createTestActor("WRITER", "Sch");
  editor = await createTestActor("EDITOR", "jd");
  made.userIds.push(writer.id, editor.id);
  categoryId = (await createTestCategory()).id;
  made.categoryIds.push(categoryId);
});

afterAll(async () => {
  await deleteTestRows(made);
});

/** An article an editor scheduled, whose time then came `minutesAgo` minutes ago. */
async function dueArticle(minutesAgo: number, paragraphs?: string[]) {
  const row = await createTestArticle({
    status: "IN_REVIEW",
    writerId: writer.id,
    categoryId,
    ...(paragraphs ? { paragraphs } : {}),
  });
  made.articleIds.push(row.id);
  await scheduleArticle(editor, row.id, row.version, new Date(Date.now() + 60_000));
  // Time passes: move the scheduled time into the past instead of waiting.
  await db.article.update({ where: { id: row.id }, data: { scheduledAt: new Date(Date.now() - minutesAgo * 60_000) } });
  return row;
}

describe("publishDueArticles", () => {
  it("publishes a due article as the system, signed off by the editor who scheduled it, and records lateness", async () => {
    const row = await dueArticle(5);
    expect(await getPublishedArticle(row.slug)).toBeNull();
    revalidateTag.mockClear();
    const result = await publishDueArticles();
    expect(result.published).toContain(row.id);
    expect(revalidateTag).toHaveBeenCalledWith(`article:${row.slug}`, { expire: 0 });

    const stored = await db.article.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.status).toBe("PUBLISHED");
    expect(stored.editorId).toBe(editor.id);
    expect(stored.scheduledAt).not.toBeNull();
    expect((await getPublishedArticle(row.slug))?.signOff).toBe("(Sch/jd)");

    const events = await db.auditEvent.findMany({ where: { targetId: row.id, action: "article.publish" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorId).toBeNull();
    expect(events[0]?.details).toMatchObject({ system: true, from: "SCHEDULED", to: "PUBLISHED" });
    expect((events[0]?.details as { lateBySeconds: number }).lateBySeconds).toBeGreaterThanOrEqual(299);

    const staff = await getStaffArticle(editor, row.id);
    expect(staff.lateByMinutes).toBe(5);
    const list = await listStaffArticles(editor, { writerId: writer.id, status: "PUBLISHED" });
    expect(list.items.find((item) => item.id === row.id)).toMatchObject({ isLate: true, lateByMinutes: 5 });
  });

  it("leaves articles that are not yet due alone", async () => {
    const row = await createTestArticle({
      status: "SCHEDULED",
      scheduledAt: new Date(Date.now() + 3_600_000),
      writerId: writer.id,
      categoryId,
    });
    made.articleIds.push(row.id);
    const result = await publishDueArticles();
    expect(result.published).not.toContain(row.id);
    expect((await db.article.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("SCHEDULED");
  });

  it("an article on time is not late", async () => {
    const row = await dueArticle(0);
    await publishDueArticles();
    expect((await getStaffArticle(editor, row.id)).lateByMinutes).toBeNull();
  });

  it("one failing article does not stop the others", async () => {
    const broken = await dueArticle(2);
    // Its body gained an image without alt text after it was scheduled.
    await db.article.update({
      where: { id: broken.id },
      data: {
        body: {
          type: "doc",
          content: [{ type: "image", attrs: { src: "/media/0192f5a4-3c1e-7aaa-8bbb-123456789abc/480.webp", alt: "" } }],
        },
      },
    });
    const fine = await dueArticle(1);
    const result = await publishDueArticles();
    expect(result.failed.map((f) => f.id)).toContain(broken.id);
    expect(result.published).toContain(fine.id);
    expect((await db.article.findUniqueOrThrow({ where: { id: broken.id } })).status).toBe("SCHEDULED");
    // Leave nothing due behind for other tests.
    await db.article.update({ where: { id: broken.id }, data: { status: "DRAFT", scheduledAt: null } });
  });

  it("two publishers racing publish once", async () => {
    const row = await dueArticle(1);
    const [a, b] = await Promise.all([publishDueArticles(), publishDueArticles()]);
    expect([...a.published, ...b.published].filter((id) => id === row.id)).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { targetId: row.id, action: "article.publish" } })).toBe(1);
    expect(a.failed.concat(b.failed).filter((f) => f.id === row.id)).toEqual([]);
  });

  it("skips the run while another process runs scheduled publishing (Postgres advisory lock)", async () => {
    const row = await dueArticle(1);
    const databaseUrl = process.env.DATABASE_URL;
    // CASE: embedded PGlite: one process owns the database, so there is no lock to take.
    if (!databaseUrl) {
      const result = await publishDueArticles();
      expect(result.isRunningElsewhere).toBe(false);
      expect(result.published).toContain(row.id);
      return;
    }
    // CASE: a server: another instance's run holds the lock in its own session.
    const other = new pg.Client({ connectionString: databaseUrl });
    await other.connect();
    try {
      await other.query("BEGIN");
      const held = await other.query("SELECT pg_try_advisory_xact_lock($1::bigint) AS locked", [
        EXCLUSIVE_JOBS.scheduledPublishing,
      ]);
      expect(held.rows[0]).toEqual({ locked: true });
      const blocked = await publishDueArticles();
      expect(blocked).toEqual({ published: [], skipped: [], failed: [], isRunningElsewhere: true });
      expect((await db.article.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("SCHEDULED");
      await other.query("COMMIT");
    } finally {
      await other.end();
    }
    const after = await publishDueArticles();
    expect(after.isRunningElsewhere).toBe(false);
    expect(after.published).toContain(row.id);
  });

  it("the system actor cannot be confused with a person", () => {
    expect(SYSTEM_ACTOR.role).toBe("ADMIN");
    expect(Object.isFrozen(SYSTEM_ACTOR)).toBe(true);
  });
});

describe("the trigger", () => {
  it("runs one publishing run at a time per process", async () => {
    const row = await dueArticle(1);
    const [first, second] = await Promise.all([runScheduledPublishing(), runScheduledPublishing()]);
    expect(first).toBe(second);
    expect(first?.published).toContain(row.id);
  });

  it("accepts only this process's own token", () => {
    expect(isSchedulerToken(null)).toBe(false);
    expect(isSchedulerToken("")).toBe(false);
    startScheduler("http://127.0.0.1:9");
    stopScheduler();
    expect(isSchedulerToken("a".repeat(64))).toBe(false);
  });
});
