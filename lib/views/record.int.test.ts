import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestArticle, deleteTestRows, uniqueSuffix } from "@/lib/testing/factories";
import { recordView, recordViewBySlug } from "./record";

const made: string[] = [];
async function article(options: Parameters<typeof createTestArticle>[0] = {}) {
  const row = await createTestArticle(options);
  made.push(row.id);
  return row;
}
afterAll(async () => {
  await deleteTestRows({ articleIds: made });
});

function fingerprint(): string {
  return `${uniqueSuffix()}`.padEnd(64, "a");
}

async function counts(articleId: string) {
  const stats = await db.articleStats.findUnique({ where: { articleId } });
  const daily = await db.articleDailyView.findMany({ where: { articleId }, orderBy: { day: "asc" } });
  return {
    total: Number(stats?.views ?? 0),
    daily: daily.map((row) => [row.day.toISOString().slice(0, 10), Number(row.views)] as const),
  };
}

const t0 = new Date("2026-11-20T02:00:00Z"); // 10.00 WITA
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe("recordView", () => {
  it("counts a reader once per 30 minutes", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    const reader = fingerprint();
    expect(await recordView(id, reader, t0)).toBe(true);
    expect(await recordView(id, reader, minutes(1))).toBe(false);
    expect(await recordView(id, reader, minutes(29))).toBe(false);
    // The window runs from the last counted view, not from the last refresh.
    expect(await recordView(id, reader, minutes(31))).toBe(true);
    expect(await recordView(id, reader, minutes(45))).toBe(false);
    expect(await counts(id)).toEqual({ total: 2, daily: [["2026-11-20", 2]] });
  });

  it("counts a second reader at once", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    expect(await recordView(id, fingerprint(), t0)).toBe(true);
    expect(await recordView(id, fingerprint(), minutes(1))).toBe(true);
    expect((await counts(id)).total).toBe(2);
  });

  it("adds to a total that was there before (e.g. imported counts)", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z"), views: 644 });
    expect(await recordView(id, fingerprint(), t0)).toBe(true);
    expect((await counts(id)).total).toBe(645);
  });

  it.each([
    ["a draft", { status: "DRAFT" as const }],
    ["an article in review", { status: "IN_REVIEW" as const }],
    [
      "a scheduled article",
      { status: "SCHEDULED" as const, publishedAt: null, scheduledAt: new Date("2026-12-01T00:00:00Z") },
    ],
    ["a published article due later", { status: "PUBLISHED" as const, publishedAt: minutes(60) }],
    ["an archived article", { status: "ARCHIVED" as const }],
  ])("never counts %s", async (_label, options) => {
    const { id } = await article(options);
    expect(await recordView(id, fingerprint(), t0)).toBe(false);
    expect(await counts(id)).toEqual({ total: 0, daily: [] });
    expect(await db.articleViewSeen.count({ where: { articleId: id } })).toBe(0);
  });

  it("files the view under the portal-zone day", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    // 23.30 UTC on 20 November is 07.30 WITA on 21 November.
    expect(await recordView(id, fingerprint(), new Date("2026-11-20T23:30:00Z"))).toBe(true);
    // 15.59 UTC is 23.59 WITA, still 20 November.
    expect(await recordView(id, fingerprint(), new Date("2026-11-20T15:59:00Z"))).toBe(true);
    expect(await counts(id)).toEqual({
      total: 2,
      daily: [
        ["2026-11-20", 1],
        ["2026-11-21", 1],
      ],
    });
  });

  it("keeps the all-time total equal to the sum of daily counts for new views", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    const readers = Array.from({ length: 5 }, fingerprint);
    // Each reader opens the page twice at once (a double mount), then again 5 minutes and
    // 16 hours later (the next WITA day); all readers at the same moment. Time moves forward
    // between rounds, as it does for real requests.
    const results: boolean[] = [];
    for (const at of [t0, minutes(5), minutes(16 * 60)]) {
      results.push(
        ...(await Promise.all(readers.flatMap((reader) => [recordView(id, reader, at), recordView(id, reader, at)]))),
      );
    }
    const { total, daily } = await counts(id);
    expect(total).toBe(results.filter(Boolean).length);
    expect(daily.reduce((sum, [, views]) => sum + views, 0)).toBe(total);
    expect(total).toBe(10);
  });

  it("stores only the fingerprint", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    const reader = fingerprint();
    await recordView(id, reader, t0);
    const seen = await db.articleViewSeen.findMany({ where: { articleId: id } });
    expect(seen).toEqual([expect.objectContaining({ fingerprint: reader, seenAt: t0 })]);
  });
});

describe("recordViewBySlug", () => {
  it("tells counted, repeat and missing apart", async () => {
    const published = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    const draft = await article({ status: "DRAFT" });
    const reader = fingerprint();
    expect(await recordViewBySlug(published.slug, reader, t0)).toBe("counted");
    expect(await recordViewBySlug(published.slug, reader, minutes(2))).toBe("repeat");
    expect(await recordViewBySlug(draft.slug, reader, t0)).toBe("missing");
    expect(await recordViewBySlug(`tidak-ada-${uniqueSuffix()}`, reader, t0)).toBe("missing");
  });
});
