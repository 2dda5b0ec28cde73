import { afterAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { createTestArticle, createTestUser, deleteTestRows } from "@/lib/testing/factories";
import { getViewCount, listDailyViews, listPopularArticles, periodStartDay } from "./queries";
import { recordView } from "./record";

// Next's cache needs the Next runtime; outside it the functions simply run uncached.
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const made: string[] = [];
const madeUsers: string[] = [];
afterAll(async () => {
  await deleteTestRows({ articleIds: made, userIds: madeUsers });
});

const DAY = 86_400_000;
const now = Date.now();

/** An article with `views` readers on each of the given days ago (counted at noon WITA). */
async function articleWithViews(viewsByDaysAgo: Record<number, number>, publishedDaysAgo = 60) {
  const row = await createTestArticle({ publishedAt: new Date(now - publishedDaysAgo * DAY) });
  made.push(row.id);
  for (const [daysAgo, views] of Object.entries(viewsByDaysAgo)) {
    for (let reader = 0; reader < views; reader++) {
      await recordView(
        row.id,
        `${row.id}-${daysAgo}-${reader}`.padEnd(64, "f").slice(0, 64),
        new Date(now - Number(daysAgo) * DAY),
      );
    }
  }
  return row;
}

function positions(list: { slug: string }[], slugs: string[]): number[] {
  return slugs.map((slug) => list.findIndex((item) => item.slug === slug));
}

describe("listPopularArticles", () => {
  it("ranks by views in the period, all time by total", async () => {
    // recent: 3 views today. older: 5 views 10 days ago. ancient: 8 views 40 days ago.
    const recent = await articleWithViews({ 0: 3 });
    const older = await articleWithViews({ 10: 5 });
    const ancient = await articleWithViews({ 40: 8 });
    const slugs = [recent.slug, older.slug, ancient.slug];

    const week = await listPopularArticles("7", 1000);
    const [r7, o7, a7] = positions(week, slugs);
    expect(r7).toBeGreaterThanOrEqual(0);
    expect([o7, a7]).toEqual([-1, -1]);
    expect(week[r7 ?? -1]).toMatchObject({ views: 3, title: recent.title, category: { name: expect.any(String) } });

    const month = await listPopularArticles("30", 1000);
    const [r30, o30, a30] = positions(month, slugs);
    expect(a30).toBe(-1);
    expect(o30).toBeLessThan(r30 ?? -1);
    expect(month[o30 ?? -1]?.views).toBe(5);

    const all = await listPopularArticles("semua", 1000);
    const [rAll, oAll, aAll] = positions(all, slugs);
    expect(aAll).toBeLessThan(oAll ?? -1);
    expect(oAll).toBeLessThan(rAll ?? -1);
    expect(all[aAll ?? -1]?.views).toBe(8);
  });

  it("breaks ties by recency and never lists drafts or future articles", async () => {
    const newer = await articleWithViews({ 1: 2 }, 5);
    const older = await articleWithViews({ 1: 2 }, 50);
    const draft = await createTestArticle({ status: "DRAFT", views: 999 });
    const future = await createTestArticle({ publishedAt: new Date(now + DAY), views: 999 });
    made.push(draft.id, future.id);
    for (const period of ["7", "30", "semua"] as const) {
      const list = await listPopularArticles(period, 1000);
      const [n, o, d, f] = positions(list, [newer.slug, older.slug, draft.slug, future.slug]);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(o ?? -1);
      expect([d, f]).toEqual([-1, -1]);
    }
  });

  it("looks past unpublished articles among the most read", async () => {
    // Views far above anything else in the shared test database, so these lead the period.
    const today = new Date(new Date().toISOString().slice(0, 10));
    const leaders = [];
    for (let i = 0; i < 5; i++) leaders.push(await createTestArticle({ status: i % 2 ? "DRAFT" : "ARCHIVED" }));
    const published = await createTestArticle({});
    made.push(...leaders.map((row) => row.id), published.id);
    await db.articleDailyView.createMany({
      data: [
        ...leaders.map((row) => ({ articleId: row.id, day: today, views: 2_000_000_000n })),
        { articleId: published.id, day: today, views: 1_000_000_000n },
      ],
    });
    for (const period of ["7", "30"] as const) {
      const [first] = await listPopularArticles(period, 1);
      expect(first).toMatchObject({ slug: published.slug, views: 1_000_000_000 });
    }
  });

  it("honours the limit", async () => {
    await articleWithViews({ 0: 1 });
    await articleWithViews({ 0: 1 });
    expect(await listPopularArticles("7", 1)).toHaveLength(1);
  });
});

describe("getViewCount", () => {
  it("reads the all-time total", async () => {
    const row = await articleWithViews({ 0: 2, 3: 1 });
    expect(await getViewCount(row.id)).toBe(3);
  });
});

describe("periodStartDay", () => {
  it("counts today as the first of 7 portal-zone days", () => {
    // 23.30 UTC on 20 November is 21 November in WITA.
    expect(periodStartDay("7", new Date("2026-11-20T23:30:00Z"))).toBe("2026-11-15");
    expect(periodStartDay("30", new Date("2026-03-01T01:00:00Z"))).toBe("2026-01-31");
  });
});

describe("listDailyViews", () => {
  it("returns 30 zero-filled WITA days ending today", async () => {
    const user = await createTestUser({ role: "WRITER" });
    madeUsers.push(user.id);
    const me: Actor = {
      id: user.id,
      role: user.role,
      username: user.username,
      displayName: user.displayName,
      initials: user.initials,
    };
    const row = await createTestArticle({ writerId: me.id });
    made.push(row.id);
    const now = new Date("2026-03-10T16:30:00Z"); // 2026-03-11 in WITA
    const before = await listDailyViews(me, 30, now);
    await db.articleDailyView.create({ data: { articleId: row.id, day: new Date("2026-03-11"), views: 7n } });
    const days = await listDailyViews(me, 30, now);
    expect(days).toHaveLength(30);
    expect(days[0]?.day).toBe("2026-02-10");
    expect(days.at(-1)?.day).toBe("2026-03-11");
    expect((days.at(-1)?.views ?? 0) - (before.at(-1)?.views ?? 0)).toBe(7);
  });
});
