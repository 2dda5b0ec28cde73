import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createTestArticle, createTestCategory, createTestUser, deleteTestRows } from "@/lib/testing/factories";
import { createTestTag, deleteTestTags } from "@/lib/testing/tag-factories";
import { absoluteUrl } from "@/lib/site";
import { SITEMAP_PAGES_NAME, renderSitemapIndex, renderSitemapPart } from "./documents";

// Outside a Next server "use cache" is inert, but cacheLife/cacheTag throw without the
// cacheComponents config. They only label cache entries, so they are stubbed.
vi.mock("next/cache", () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));

/**
 * The sitemap index with a page size of 40 instead of 50,000, so a few hundred articles
 * fill several article sitemaps. The database is shared with other tests, so the checks
 * are about this test's own rows, plus properties that hold whatever else is there.
 */
const PAGE_SIZE = 40;
const PUBLISHED = 230;
const HOUR = 3_600_000;

const made = { articleIds: [] as string[], userIds: [] as string[], categoryIds: [] as string[] };
const tagIds: string[] = [];
const published: string[] = [];
const hidden: string[] = [];
let liveTagSlug = "";
let draftTagSlug = "";
let writerUsername = "";
let idleUsername = "";

beforeAll(async () => {
  const category = await createTestCategory("Peta Situs");
  const writer = await createTestUser({ role: "WRITER" });
  const idle = await createTestUser({ role: "WRITER" });
  made.categoryIds.push(category.id);
  made.userIds.push(writer.id, idle.id);
  writerUsername = writer.username;
  idleUsername = idle.username;
  const base = { categoryId: category.id, writerId: writer.id };
  const start = Date.now() - (PUBLISHED + 10) * HOUR;
  for (let index = 0; index < PUBLISHED; index += 1) {
    // Some share a publish time: the id decides their order, and still each appears once.
    const publishedAt = new Date(start + Math.floor(index / 3) * 3 * HOUR);
    const row = await createTestArticle({ ...base, publishedAt });
    made.articleIds.push(row.id);
    published.push(row.slug);
  }
  const inFuture = new Date(Date.now() + 24 * HOUR);
  for (const options of [
    { status: "DRAFT" },
    { status: "IN_REVIEW" },
    { status: "SCHEDULED", scheduledAt: inFuture },
    { status: "ARCHIVED" },
    { status: "PUBLISHED", publishedAt: inFuture },
    { status: "DRAFT", writerId: idle.id },
  ] as const) {
    const row = await createTestArticle({ ...base, ...options });
    made.articleIds.push(row.id);
    hidden.push(row.slug);
  }
  const liveTag = await createTestTag({ articleIds: [made.articleIds[0] ?? ""] });
  const draftTag = await createTestTag({ articleIds: [made.articleIds.at(-1) ?? ""] });
  tagIds.push(liveTag.id, draftTag.id);
  liveTagSlug = liveTag.slug;
  draftTagSlug = draftTag.slug;
}, 120_000);

afterAll(async () => {
  await deleteTestTags(tagIds);
  await deleteTestRows(made);
});

const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });

function parse(xml: string | null): Record<string, { sitemap?: { loc: string }[]; url?: { loc: string }[] }> {
  expect(xml).not.toBeNull();
  expect(XMLValidator.validate(xml ?? "")).toBe(true);
  return parser.parse(xml ?? "");
}

/** The index's sitemaps by name, and every URL each one lists. */
async function crawl(pageSize = PAGE_SIZE): Promise<Map<string, string[]>> {
  const index = parse(await renderSitemapIndex(pageSize)).sitemapindex;
  const parts = new Map<string, string[]>();
  for (const { loc } of index?.sitemap ?? []) {
    const name = loc.replace(absoluteUrl("/sitemap/"), "");
    const urlset = parse(await renderSitemapPart(name, pageSize)).urlset;
    parts.set(
      name,
      (urlset?.url ?? []).map((url) => url.loc),
    );
  }
  return parts;
}

describe("the sitemap index", () => {
  it("splits the published articles across sitemaps of at most the page size, each article in exactly one", async () => {
    const parts = await crawl();
    const articleParts = [...parts.keys()].filter((name) => name !== SITEMAP_PAGES_NAME);
    expect(articleParts.length).toBeGreaterThanOrEqual(Math.ceil(PUBLISHED / PAGE_SIZE));
    expect(articleParts).toEqual(articleParts.map((_, index) => `artikel-${index + 1}.xml`));

    const seen = new Map<string, number>();
    articleParts.forEach((name, index) => {
      const urls = parts.get(name) ?? [];
      // Every article sitemap but the last is full; none is over the limit.
      if (index < articleParts.length - 1) expect(urls).toHaveLength(PAGE_SIZE);
      else expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(PAGE_SIZE);
      for (const url of urls) seen.set(url, (seen.get(url) ?? 0) + 1);
    });
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    for (const slug of published) expect(seen.get(absoluteUrl(`/berita/${slug}`)), slug).toBe(1);
    for (const slug of hidden) expect(seen.has(absoluteUrl(`/berita/${slug}`)), slug).toBe(false);
    expect([...seen.keys()].every((url) => url.startsWith(absoluteUrl("/berita/")))).toBe(true);
  });

  it("lists the portal's pages in a sitemap of their own", async () => {
    // The real page size: other tests' categories and writers must not crowd this test's tag out.
    const urls = parse(await renderSitemapPart(SITEMAP_PAGES_NAME)).urlset?.url?.map((url) => url.loc) ?? [];
    expect(urls.slice(0, 2)).toEqual([absoluteUrl("/"), absoluteUrl("/terpopuler")]);
    expect(urls).toContain(absoluteUrl(`/tag/${liveTagSlug}`));
    expect(urls).not.toContain(absoluteUrl(`/tag/${draftTagSlug}`));
    expect(urls).toContain(absoluteUrl(`/penulis/${writerUsername}`));
    expect(urls).not.toContain(absoluteUrl(`/penulis/${idleUsername}`));
    expect(urls.some((url) => url.startsWith(absoluteUrl("/berita/")))).toBe(false);
  });

  it("keeps the pages' sitemap within the page size", async () => {
    const urls = (await crawl()).get(SITEMAP_PAGES_NAME) ?? [];
    expect(urls.length).toBeGreaterThan(2);
    expect(urls.length).toBeLessThanOrEqual(PAGE_SIZE);
  });

  it("answers null (a 404) for a sitemap it does not name", async () => {
    // Counting future ones too only moves the address further past the end.
    const pastTheEnd = Math.ceil((await db.article.count({ where: { status: "PUBLISHED" } })) / PAGE_SIZE) + 1;
    for (const name of [`artikel-${pastTheEnd}.xml`, "artikel-0.xml", "artikel-01.xml", "artikel.xml", "berita.xml"]) {
      expect(await renderSitemapPart(name, PAGE_SIZE), name).toBeNull();
    }
  });
});
