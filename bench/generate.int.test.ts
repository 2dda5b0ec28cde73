import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleBodySchema, bodyToPlainText } from "@/lib/articles/body";
import { openMigrationConnection, type MigrationConnection } from "@/lib/db/migrate";
import { localDay } from "@/lib/time";
import {
  BENCH_EMAIL_DOMAIN,
  DAILY_VIEW_DAYS,
  benchTagCatalogue,
  generateBenchData,
  resetBenchData,
  type GenerateReport,
} from "./generate-lib";

// A smoke run of the bench generator on the integration database (server or PGlite):
// a few dozen articles, checked row by row for what the public pages rely on.

const TIME_ZONE = "Asia/Makassar";
const ARTICLES = 50;

let connection: MigrationConnection;
let report: GenerateReport;
let now: Date;

interface GeneratedArticle extends Record<string, unknown> {
  id: string;
  status: string;
  published_at: Date | string;
  created_at: Date | string;
  body: unknown;
  body_text: string;
  excerpt: string;
  title: string;
  has_search_vector: boolean;
  writer_domain: string;
  writer_role: string;
  editor_role: string | null;
  total_views: string | number | null;
  daily_sum: string | number;
  daily_days: number;
  first_daily_day: string | null;
  last_daily_day: string | null;
  tag_count: number;
}

async function loadArticles(slugs: string[]): Promise<GeneratedArticle[]> {
  return connection.query<GeneratedArticle>(
    `SELECT a.id::text AS id, a.status::text AS status, a.published_at, a.created_at, a.body, a.body_text, a.excerpt, a.title,
       a.search_vector IS NOT NULL AND a.search_vector <> ''::tsvector AS has_search_vector,
       split_part(w.email, '@', 2) AS writer_domain, w.role::text AS writer_role, e.role::text AS editor_role,
       s.views AS total_views,
       (SELECT coalesce(sum(views), 0) FROM article_daily_views d WHERE d.article_id = a.id) AS daily_sum,
       (SELECT count(*)::int FROM article_daily_views d WHERE d.article_id = a.id) AS daily_days,
       (SELECT min(day)::text FROM article_daily_views d WHERE d.article_id = a.id) AS first_daily_day,
       (SELECT max(day)::text FROM article_daily_views d WHERE d.article_id = a.id) AS last_daily_day,
       (SELECT count(*)::int FROM article_tags t WHERE t.article_id = a.id) AS tag_count
     FROM articles a
     JOIN users w ON w.id = a.writer_id
     LEFT JOIN users e ON e.id = a.editor_id
     LEFT JOIN article_stats s ON s.article_id = a.id
     WHERE a.slug = ANY($1::text[])`,
    [slugs],
  );
}

beforeAll(async () => {
  // The global setup points DATABASE_URL (server) or PGLITE_DATA_DIR (embedded) at the migrated test database.
  connection = await openMigrationConnection({
    databaseUrl: process.env.DATABASE_URL,
    pgliteDataDir: process.env.PGLITE_DATA_DIR,
  });
  now = new Date();
  // Four months, so that most articles fall inside the daily-view window and some outside.
  report = await generateBenchData(connection, {
    articles: ARTICLES,
    tags: 300,
    years: 1 / 3,
    seed: 7,
    timeZone: TIME_ZONE,
    now,
  });
});

afterAll(async () => {
  await connection?.close();
});

describe("bench data generator", () => {
  it("creates the articles it reports, each with its own slug", () => {
    expect(report.articlesCreated).toBe(ARTICLES);
    expect(report.slugs).toHaveLength(ARTICLES);
    expect(new Set(report.slugs).size).toBe(ARTICLES);
  });

  it("publishes every article in the past, written and published by generated staff", async () => {
    const rows = await loadArticles(report.slugs);
    expect(rows).toHaveLength(ARTICLES);
    for (const row of rows) {
      expect(row.status).toBe("PUBLISHED");
      const publishedAt = new Date(row.published_at);
      expect(publishedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(new Date(row.created_at).getTime()).toBeLessThan(publishedAt.getTime());
      expect(row.writer_domain).toBe(BENCH_EMAIL_DOMAIN);
      expect(row.writer_role).toBe("WRITER");
      expect(row.editor_role).toBe("EDITOR");
    }
  });

  it("stores bodies the app's allowlist accepts, with matching plain text and a search vector", async () => {
    for (const row of await loadArticles(report.slugs)) {
      const body = articleBodySchema.parse(typeof row.body === "string" ? JSON.parse(row.body) : row.body);
      expect(row.body_text).toBe(bodyToPlainText(body));
      expect(row.body_text.split(/\s+/).length).toBeGreaterThan(120);
      expect(row.title.length).toBeGreaterThan(20);
      expect(row.excerpt.length).toBeGreaterThan(40);
      expect(row.excerpt.length).toBeLessThanOrEqual(400);
      expect(row.has_search_vector).toBe(true);
    }
  });

  it("gives every article a total, and daily views in the window that never add up to more", async () => {
    const rows = await loadArticles(report.slugs);
    const today = localDay(now, TIME_ZONE);
    const windowStart = localDay(new Date(now.getTime() - (DAILY_VIEW_DAYS - 1) * 86_400_000), TIME_ZONE);
    let articlesWithDailyViews = 0;
    let dailyRows = 0;
    for (const row of rows) {
      expect(row.total_views).not.toBeNull();
      const total = Number(row.total_views);
      expect(total).toBeGreaterThan(0);
      expect(Number(row.daily_sum)).toBeLessThanOrEqual(total);
      dailyRows += row.daily_days;
      if (row.daily_days === 0) continue;
      articlesWithDailyViews += 1;
      const publishedDay = localDay(new Date(row.published_at), TIME_ZONE);
      expect(String(row.first_daily_day) >= publishedDay).toBe(true);
      expect(String(row.first_daily_day) >= windowStart).toBe(true);
      expect(String(row.last_daily_day) <= today).toBe(true);
    }
    expect(dailyRows).toBe(report.dailyViewRowsCreated);
    expect(articlesWithDailyViews).toBeGreaterThan(ARTICLES / 4);
  });

  it("attaches zero to five catalogue tags per article", async () => {
    const rows = await loadArticles(report.slugs);
    const counts = rows.map((row) => row.tag_count);
    expect(Math.max(...counts)).toBeLessThanOrEqual(5);
    expect(counts.filter((count) => count > 0).length).toBeGreaterThan(ARTICLES / 2);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(report.tagLinksCreated);
    const catalogue = new Set(benchTagCatalogue().map((tag) => tag.slug));
    const tagSlugs = await connection.query<{ slug: string }>(
      `SELECT DISTINCT t.slug FROM article_tags at JOIN tags t ON t.id = at.tag_id JOIN articles a ON a.id = at.article_id
       WHERE a.slug = ANY($1::text[])`,
      [report.slugs],
    );
    for (const { slug } of tagSlugs) expect(catalogue.has(slug)).toBe(true);
  });

  it("adds more articles on a second run without clashing, and reset removes what it made", async () => {
    const second = await generateBenchData(connection, {
      articles: 5,
      tags: 300,
      years: 1 / 3,
      seed: 7,
      timeZone: TIME_ZONE,
      now,
    });
    expect(second.articlesCreated).toBe(5);
    expect(second.staffCreated).toBe(0);
    expect(second.tagsCreated).toBe(0);
    expect(second.slugs.filter((slug) => report.slugs.includes(slug))).toEqual([]);

    const reset = await resetBenchData(connection);
    expect(reset.articlesDeleted).toBe(ARTICLES + 5);
    expect(reset.staffDeleted).toBe(50);
    expect(await loadArticles([...report.slugs, ...second.slugs])).toEqual([]);
    const staff = await connection.query("SELECT 1 FROM users WHERE email LIKE $1", [`%@${BENCH_EMAIL_DOMAIN}`]);
    expect(staff).toEqual([]);
  });
});
