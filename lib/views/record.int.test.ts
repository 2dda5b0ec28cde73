import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestArticle, deleteTestRows, uniqueSuffix } from "@/lib/testing/factories";
import { ADDRESS_CAP, READER_CAP, VIEW_WINDOW_MS } from "./limits";
import { recordView, recordViewBySlug, type ViewReader } from "./record";
import { VIEW_TOKEN_BUCKET_MS, viewTokenFor } from "./token";

const made: string[] = [];
async function article(options: Parameters<typeof createTestArticle>[0] = {}) {
  const row = await createTestArticle(options);
  made.push(row.id);
  return row;
}
afterAll(async () => {
  await deleteTestRows({ articleIds: made });
});

const hex64 = () => `${uniqueSuffix()}${uniqueSuffix()}`.padEnd(64, "a");

/** A reader of its own at an address of its own, so caps never leak between tests. */
function fingerprint(addressKey: string = hex64()): ViewReader {
  return { fingerprint: hex64(), addressKey };
}

const isCounted = async (outcome: Promise<{ counted: boolean }>) => (await outcome).counted;

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
    expect(await isCounted(recordView(id, reader, t0))).toBe(true);
    expect(await isCounted(recordView(id, reader, minutes(1)))).toBe(false);
    expect(await isCounted(recordView(id, reader, minutes(29)))).toBe(false);
    // The window runs from the last counted view, not from the last refresh.
    expect(await isCounted(recordView(id, reader, minutes(31)))).toBe(true);
    expect(await isCounted(recordView(id, reader, minutes(45)))).toBe(false);
    expect(await counts(id)).toEqual({ total: 2, daily: [["2026-11-20", 2]] });
  });

  it("counts a second reader at once", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    expect(await isCounted(recordView(id, fingerprint(), t0))).toBe(true);
    expect(await isCounted(recordView(id, fingerprint(), minutes(1)))).toBe(true);
    expect((await counts(id)).total).toBe(2);
  });

  it("adds to a total that was there before (e.g. imported counts)", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z"), views: 644 });
    expect(await isCounted(recordView(id, fingerprint(), t0))).toBe(true);
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
    expect(await isCounted(recordView(id, fingerprint(), t0))).toBe(false);
    expect(await counts(id)).toEqual({ total: 0, daily: [] });
    expect(await db.articleViewSeen.count({ where: { articleId: id } })).toBe(0);
  });

  it("files the view under the portal-zone day", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    // 23.30 UTC on 20 November is 07.30 WITA on 21 November.
    expect(await isCounted(recordView(id, fingerprint(), new Date("2026-11-20T23:30:00Z")))).toBe(true);
    // 15.59 UTC is 23.59 WITA, still 20 November.
    expect(await isCounted(recordView(id, fingerprint(), new Date("2026-11-20T15:59:00Z")))).toBe(true);
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
        ...(
          await Promise.all(readers.flatMap((reader) => [recordView(id, reader, at), recordView(id, reader, at)]))
        ).map((outcome) => outcome.counted),
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
    expect(seen).toEqual([expect.objectContaining({ fingerprint: reader.fingerprint, seenAt: t0 })]);
  });
});

describe("view caps", () => {
  it("counts one reader at most READER_CAP times per window across all articles", async () => {
    const articles = await Promise.all(
      Array.from({ length: READER_CAP + 2 }, () => article({ publishedAt: new Date("2026-11-01T00:00:00Z") })),
    );
    const reader = fingerprint();
    const counted: boolean[] = [];
    for (const { id } of articles) counted.push(await isCounted(recordView(id, reader, t0)));
    expect(counted.filter(Boolean)).toHaveLength(READER_CAP);
    // A capped view leaves nothing behind: the same article counts in the next window.
    const last = articles.at(-1);
    if (!last) throw new Error("no articles");
    expect(await db.articleViewSeen.count({ where: { articleId: last.id } })).toBe(0);
    expect(await isCounted(recordView(last.id, reader, new Date(t0.getTime() + VIEW_WINDOW_MS)))).toBe(true);
  });

  it("counts one address at most ADDRESS_CAP times per window, however many user agents it rotates", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    const address = hex64();
    // Twice the cap, all at once: the conditional upsert holds under concurrency.
    const outcomes = await Promise.all(
      Array.from({ length: ADDRESS_CAP * 2 }, () => recordView(id, fingerprint(address), minutes(1))),
    );
    expect(outcomes.filter((outcome) => outcome.counted)).toHaveLength(ADDRESS_CAP);
    expect(outcomes.filter((outcome) => !outcome.counted && outcome.reason === "address_cap")).toHaveLength(
      ADDRESS_CAP,
    );
    expect((await counts(id)).total).toBe(ADDRESS_CAP);
    // Another address is not held back by this one.
    expect(await isCounted(recordView(id, fingerprint(), minutes(1)))).toBe(true);
  });
});

describe("recordViewBySlug", () => {
  const reader = (ip: string) => ({ ip, userAgent: `Mozilla/5.0 Uji/${uniqueSuffix()}` });
  const freshIp = () =>
    `10.9.${Number.parseInt(uniqueSuffix().slice(0, 2), 16)}.${Number.parseInt(uniqueSuffix().slice(0, 2), 16)}`;

  it("counts only with the view token of the article's page, and answers the fresh total", async () => {
    const published = await article({ publishedAt: new Date("2026-11-01T00:00:00Z"), views: 10 });
    const token = viewTokenFor(published.id, t0);
    const ip = freshIp();
    // A bare POST by someone who never loaded the page: answered, not counted.
    expect(await recordViewBySlug(published.slug, "", reader(ip), { now: t0 })).toEqual({
      kind: "answered",
      outcome: { counted: false, reason: "token" },
      views: 10,
    });
    const other = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    expect(await recordViewBySlug(published.slug, viewTokenFor(other.id, t0), reader(ip), { now: t0 })).toMatchObject({
      outcome: { counted: false, reason: "token" },
    });
    expect(await recordViewBySlug(published.slug, token, reader(ip), { now: t0 })).toEqual({
      kind: "answered",
      outcome: { counted: true },
      views: 11,
    });
    // Two buckets later the page's token has expired.
    const later = new Date(t0.getTime() + 2 * VIEW_TOKEN_BUCKET_MS);
    expect(await recordViewBySlug(published.slug, token, reader(freshIp()), { now: later })).toMatchObject({
      outcome: { counted: false, reason: "token" },
    });
  });

  it("does not count bots and prefetches, but still answers the total", async () => {
    const published = await article({ publishedAt: new Date("2026-11-01T00:00:00Z"), views: 3 });
    const result = await recordViewBySlug(published.slug, viewTokenFor(published.id, t0), reader(freshIp()), {
      now: t0,
      isReader: false,
    });
    expect(result).toEqual({ kind: "answered", outcome: { counted: false, reason: "not_reader" }, views: 3 });
  });

  it("tells repeats and missing articles apart", async () => {
    const published = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    const draft = await article({ status: "DRAFT" });
    const same = reader(freshIp());
    const token = viewTokenFor(published.id, t0);
    expect(await recordViewBySlug(published.slug, token, same, { now: t0 })).toMatchObject({
      outcome: { counted: true },
    });
    expect(await recordViewBySlug(published.slug, token, same, { now: minutes(2) })).toMatchObject({
      outcome: { counted: false, reason: "repeat" },
      views: 1,
    });
    expect(await recordViewBySlug(draft.slug, viewTokenFor(draft.id, t0), same, { now: t0 })).toEqual({
      kind: "missing",
    });
    expect(await recordViewBySlug(`tidak-ada-${uniqueSuffix()}`, token, same, { now: t0 })).toEqual({
      kind: "missing",
    });
  });

  it("treats an IPv6 /64 as one address for the cap", async () => {
    const { id } = await article({ publishedAt: new Date("2026-11-01T00:00:00Z") });
    const prefix = `2001:db8:${uniqueSuffix().slice(0, 4)}:${uniqueSuffix().slice(0, 4)}`;
    const slug = (await db.article.findUniqueOrThrow({ where: { id }, select: { slug: true } })).slug;
    const token = viewTokenFor(id, minutes(3));
    const outcomes = [];
    for (let i = 0; i < ADDRESS_CAP + 5; i++) {
      outcomes.push(
        await recordViewBySlug(slug, token, reader(`${prefix}::${(i + 1).toString(16)}`), { now: minutes(3) }),
      );
    }
    const counted = outcomes.filter((result) => result.kind === "answered" && result.outcome.counted);
    expect(counted).toHaveLength(ADDRESS_CAP);
  });
});
