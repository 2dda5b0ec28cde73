import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleBodySchema } from "@/lib/articles/body";
import { verifyPassword } from "@/lib/auth/password";
import { db, disconnectDb } from "@/lib/db/client";
import { localDay } from "@/lib/time";
import { DEMO_ARTICLES } from "./seed-data/articles";
import { REFERENCE_CATEGORIES } from "./seed-data/categories";
import { DEMO_PAGES } from "./seed-data/pages";
import { DEMO_PASSWORDS, DEMO_STAFF } from "./seed-data/staff";
import { DEMO_TAGS } from "./seed-data/tags";
import {
  demoArticleSlugs,
  demoStaffUsernames,
  seedDatabase,
  spreadViews,
  type SeedOptions,
  type SeedReport,
} from "./seed-lib";

// The seed runs against the shared integration database, where other tests add their own
// rows: every assertion is about the seeded slugs and usernames, never about table totals.

const DAY = 24 * 60 * 60 * 1000;
const TIME_ZONE = "Asia/Makassar";
const slugs = demoArticleSlugs();
const usernames = demoStaffUsernames();

const options: SeedOptions = {
  admin: { username: "seed-test-admin", email: "seed-test-admin@warta.example", password: "seed-test-password-1" },
  isDemo: true,
  timeZone: TIME_ZONE,
};

/** Everything the seed owns, in a form that compares with toEqual. */
async function snapshot() {
  const [articles, users, categories, tags] = await Promise.all([
    db.article.findMany({
      where: { slug: { in: slugs } },
      orderBy: { slug: "asc" },
      select: {
        id: true,
        slug: true,
        status: true,
        publishedAt: true,
        scheduledAt: true,
        createdAt: true,
        updatedAt: true,
        version: true,
        stats: { select: { views: true, updatedAt: true } },
        tags: { select: { tagId: true }, orderBy: { tagId: "asc" } },
        dailyViews: { select: { day: true, views: true }, orderBy: { day: "asc" } },
      },
    }),
    db.user.findMany({
      where: { username: { in: usernames } },
      orderBy: { username: "asc" },
      select: { id: true, username: true, passwordHash: true, updatedAt: true },
    }),
    db.category.findMany({
      where: { slug: { in: REFERENCE_CATEGORIES.map((category) => category.slug) } },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, name: true, position: true, updatedAt: true },
    }),
    db.tag.findMany({
      where: { slug: { in: DEMO_TAGS.map((tag) => tag.slug) } },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, updatedAt: true },
    }),
  ]);
  return { articles, users, categories, tags };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

let firstNow: Date;
let second: SeedReport;
let before: Snapshot;
let after: Snapshot;

beforeAll(async () => {
  firstNow = new Date();
  await seedDatabase(db, { ...options, now: firstNow });
  before = await snapshot();
  // A later run, days after the first, must not move a single date or view.
  second = await seedDatabase(db, { ...options, now: new Date(firstNow.getTime() + 3 * DAY) });
  after = await snapshot();
  // Two full seeds (58 articles, ~2,500 daily rows each time checked) on embedded PGlite.
}, 120_000);

afterAll(async () => {
  await disconnectDb();
});

describe("seedDatabase with demo content", () => {
  it("creates nothing on a second run and changes no seeded row", () => {
    expect(second).toMatchObject({
      categoriesCreated: 0,
      staffCreated: 0,
      tagsCreated: 0,
      articlesCreated: 0,
      statsCreated: 0,
      dailyViewRowsCreated: 0,
      pagesCreated: 0,
    });
    expect(after).toEqual(before);
    for (const username of usernames) {
      expect(second.demoLogins.find((login) => login.username === username)?.password, username).not.toBeNull();
    }
  });

  it("holds every seeded article, account, category and tag exactly once", async () => {
    expect(new Set(slugs).size).toBe(DEMO_ARTICLES.length);
    expect(after.articles.map((article) => article.slug)).toEqual([...slugs].sort());
    expect(after.users.map((user) => user.username)).toEqual([...usernames].sort());
    expect(after.categories).toHaveLength(REFERENCE_CATEGORIES.length);
    expect(after.tags).toHaveLength(DEMO_TAGS.length);
    const sameTitle = await db.article.count({
      where: { title: { in: DEMO_ARTICLES.map((article) => article.title) } },
    });
    expect(sameTitle).toBe(DEMO_ARTICLES.length);
  });

  it("publishes the six standard static pages in menu order, each with a valid body", async () => {
    const pages = await db.staticPage.findMany({
      where: { slug: { in: DEMO_PAGES.map((page) => page.slug) } },
      orderBy: { position: "asc" },
      select: { slug: true, isPublished: true, body: true },
    });
    expect(pages.map((page) => page.slug)).toEqual(DEMO_PAGES.map((page) => page.slug));
    for (const page of pages) {
      expect(page.isPublished).toBe(true);
      expect(articleBodySchema.safeParse(page.body).success, page.slug).toBe(true);
    }
  });

  it("publishes at least 40 complete articles, none in the future", async () => {
    const now = new Date();
    const published = await db.article.findMany({
      where: { slug: { in: slugs }, status: "PUBLISHED" },
      select: {
        slug: true,
        publishedAt: true,
        editorId: true,
        excerpt: true,
        dateline: true,
        body: true,
        bodyText: true,
        version: true,
        coverImageId: true,
        coverCaption: true,
        _count: { select: { tags: true } },
      },
    });
    expect(published.length).toBeGreaterThanOrEqual(40);
    for (const article of published) {
      const publishedAt = article.publishedAt?.getTime() ?? Number.NaN;
      expect(publishedAt, article.slug).toBeLessThanOrEqual(now.getTime());
      expect(publishedAt, article.slug).toBeGreaterThan(now.getTime() - 130 * DAY);
      expect(article.editorId, article.slug).not.toBeNull();
      expect(article.excerpt.length, article.slug).toBeGreaterThan(0);
      expect(article.dateline.length, article.slug).toBeGreaterThan(0);
      expect(article.bodyText.length, article.slug).toBeGreaterThan(200);
      expect(article.version).toBe(1);
      expect(article._count.tags, article.slug).toBeGreaterThan(0);
      const body = articleBodySchema.parse(article.body);
      // The portal prints the dateline itself; the copy must not repeat it.
      expect(article.bodyText.startsWith(article.dateline), article.slug).toBe(false);
      expect(body.content[0]?.type).toBe("paragraph");
    }
  });

  it("gives most published articles an illustrated cover, but not all", async () => {
    const published = await db.article.findMany({
      where: { slug: { in: slugs }, status: "PUBLISHED" },
      select: { coverImageId: true, coverCaption: true },
    });
    const withCover = published.filter((article) => article.coverImageId !== null);
    expect(withCover.length / published.length).toBeGreaterThan(0.6);
    expect(withCover.length).toBeLessThan(published.length);
    for (const article of withCover) expect(article.coverCaption).toMatch(/^Ilustrasi: /);
  });

  it("gives every reference category at least three published articles", async () => {
    const counts = await db.article.groupBy({
      by: ["categoryId"],
      where: { slug: { in: slugs }, status: "PUBLISHED" },
      _count: { _all: true },
    });
    const byCategory = new Map(counts.map((row) => [row.categoryId, row._count._all]));
    for (const category of after.categories) {
      expect(byCategory.get(category.id) ?? 0, category.slug).toBeGreaterThanOrEqual(3);
    }
  });

  it("schedules exactly one article in the future and keeps the others in the newsroom", async () => {
    const rest = await db.article.findMany({
      where: { slug: { in: slugs }, status: { not: "PUBLISHED" } },
      select: { status: true, scheduledAt: true, publishedAt: true, reviewNote: true, editorId: true },
    });
    const scheduled = rest.filter((article) => article.status === "SCHEDULED");
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]?.publishedAt).toBeNull();
    expect(scheduled[0]?.scheduledAt?.getTime()).toBeGreaterThan(firstNow.getTime());
    expect(scheduled[0]?.editorId).not.toBeNull();

    const unpublished = rest.filter((article) => article.status === "DRAFT" || article.status === "IN_REVIEW");
    expect(unpublished.filter((article) => article.status === "DRAFT").length).toBeGreaterThanOrEqual(2);
    expect(unpublished.filter((article) => article.status === "IN_REVIEW").length).toBeGreaterThanOrEqual(1);
    expect(unpublished.every((article) => article.publishedAt === null && article.scheduledAt === null)).toBe(true);
    expect(unpublished.filter((article) => article.reviewNote.length > 0)).toHaveLength(1);
    expect(rest.filter((article) => article.status === "ARCHIVED")).toHaveLength(1);
  });

  it("counts views that add up, day by day, from publication to today", () => {
    const withViews = after.articles.filter(
      (article) => article.status === "PUBLISHED" || article.status === "ARCHIVED",
    );
    expect(withViews.length).toBeGreaterThanOrEqual(41);
    for (const article of withViews) {
      const total = article.stats?.views ?? -1n;
      expect(total >= 80n && total <= 5_000n, article.slug).toBe(true);
      const sum = article.dailyViews.reduce((acc, day) => acc + day.views, 0n);
      expect(sum, article.slug).toBe(total);
      // Dates are calendar days; the first one is the publication day in the portal's zone.
      const firstDay = article.dailyViews[0]?.day.toISOString().slice(0, 10);
      expect(firstDay, article.slug).toBe(localDay(article.publishedAt ?? new Date(0), TIME_ZONE));
      // The last day is today in WITA at the latest (which is already tomorrow in UTC after 16.00 UTC).
      const lastDay = article.dailyViews.at(-1)?.day.toISOString().slice(0, 10) ?? "";
      expect(lastDay <= localDay(firstNow, TIME_ZONE), article.slug).toBe(true);
    }
  });

  it("creates demo staff who can sign in with the demo passwords", async () => {
    const staff = await db.user.findMany({
      where: { username: { in: usernames } },
      select: { username: true, role: true, initials: true, email: true, passwordHash: true, isActive: true },
    });
    for (const member of staff) {
      const expected = DEMO_STAFF.find((candidate) => candidate.username === member.username);
      expect(member.role).toBe(expected?.role);
      expect(member.email.endsWith("@samarindakota.example")).toBe(true);
      expect(member.isActive).toBe(true);
      expect(member.initials).toMatch(member.role === "WRITER" ? /^[A-Z][a-z]{2}$/ : /^[a-z]{2}$/);
    }
    const writer = staff.find((member) => member.role === "WRITER");
    expect(await verifyPassword(writer?.passwordHash ?? "", DEMO_PASSWORDS.WRITER)).toBe(true);
  });

  it("leaves everything alone when run again without demo content", async () => {
    const report = await seedDatabase(db, {
      ...options,
      isDemo: false,
      admin: { ...options.admin, password: undefined },
    });
    expect(report).toMatchObject({ categoriesCreated: 0, articlesCreated: 0, demoLogins: [] });
    expect(report.firstAdmin).toBe("exists");
    expect(await snapshot()).toEqual(before);
  });
});

describe("spreadViews", () => {
  it("splits a total exactly, most of it in the first days", () => {
    for (const [total, days] of [
      [80, 1],
      [80, 120],
      [4_870, 62],
      [1, 5],
      [0, 3],
    ] as const) {
      const parts = spreadViews(total, days, `seed-${total}-${days}`);
      expect(parts).toHaveLength(days);
      expect(parts.reduce((acc, value) => acc + value, 0)).toBe(total);
      expect(parts.every((value) => Number.isInteger(value) && value >= 0)).toBe(true);
    }
    const parts = spreadViews(3_000, 30, "curve");
    const firstWeek = parts.slice(0, 7).reduce((acc, value) => acc + value, 0);
    expect(firstWeek).toBeGreaterThan(1_500);
  });
});
