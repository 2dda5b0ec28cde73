import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  createTestArticle,
  createTestCategory,
  createTestUser,
  deleteTestRows,
  uniqueSuffix,
} from "@/lib/testing/factories";
import { XMLParser } from "fast-xml-parser";
import { mediaFileKey, OG_FILE } from "@/lib/media/keys";
import { getMediaStorage } from "@/lib/media/storage";
import { absoluteUrl } from "@/lib/site";
import { renderCategoryRss } from "./documents";
import {
  getCategoryFeed,
  getSitemapOverview,
  getSitemapSections,
  listFeedArticles,
  listRecentNewsArticles,
  listSitemapArticles,
} from "./queries";

// Outside a Next server "use cache" is inert, but cacheLife/cacheTag throw without the
// cacheComponents config. They only label cache entries, so they are stubbed; the
// database is real.
vi.mock("next/cache", () => ({ cacheLife: () => undefined, cacheTag: () => undefined }));

const made = {
  articleIds: [] as string[],
  userIds: [] as string[],
  categoryIds: [] as string[],
  tagIds: [] as string[],
  mediaIds: [] as string[],
};

afterAll(async () => {
  await db.tag.deleteMany({ where: { id: { in: made.tagIds } } });
  await deleteTestRows(made);
  await db.media.deleteMany({ where: { id: { in: made.mediaIds } } });
});

async function setup() {
  const category = await createTestCategory("Feed Integrasi");
  const writer = await createTestUser({ role: "WRITER" });
  const idleWriter = await createTestUser({ role: "WRITER" });
  made.categoryIds.push(category.id);
  made.userIds.push(writer.id, idleWriter.id);
  const base = { categoryId: category.id, writerId: writer.id };
  const future = new Date(Date.now() + 86_400_000);
  const article = async (options: Parameters<typeof createTestArticle>[0]) => {
    const row = await createTestArticle({ ...base, ...options });
    made.articleIds.push(row.id);
    return row;
  };
  const fresh = await article({ publishedAt: new Date(Date.now() - 60_000) });
  const old = await article({ publishedAt: new Date(Date.now() - 72 * 3_600_000) });
  const hidden = [
    await article({ status: "DRAFT" }),
    await article({ status: "IN_REVIEW" }),
    await article({ status: "SCHEDULED", scheduledAt: future, publishedAt: future }),
    await article({ status: "PUBLISHED", publishedAt: future }),
    await article({ status: "ARCHIVED" }),
    await article({ status: "DRAFT", writerId: idleWriter.id }),
  ];
  const suffix = uniqueSuffix();
  const liveTag = await db.tag.create({ data: { slug: `tag-uji-${suffix}`, name: `Tag uji ${suffix}` } });
  const draftTag = await db.tag.create({ data: { slug: `tag-draf-${suffix}`, name: `Tag draf ${suffix}` } });
  made.tagIds.push(liveTag.id, draftTag.id);
  await db.articleTag.create({ data: { articleId: fresh.id, tagId: liveTag.id } });
  await db.articleTag.create({ data: { articleId: hidden[0]!.id, tagId: draftTag.id } }); // hidden has six rows
  const media = await db.media.create({
    data: {
      storageKey: `uji/${suffix}.jpg`,
      mimeType: "image/png",
      width: 2400,
      height: 1600,
      byteSize: 4_800_000,
      variantWidths: [480, 960],
    },
  });
  made.mediaIds.push(media.id);
  await db.article.update({ where: { id: old.id }, data: { coverImageId: media.id } });
  return { category, writer, media, idleWriter, fresh, old, hidden, liveTag, draftTag };
}

describe("feed queries", async () => {
  const rows = await setup();
  const hiddenSlugs = rows.hidden.map((article) => article.slug);

  it("a category feed holds only published, due articles, newest first, without staff fields", async () => {
    const feed = await getCategoryFeed(rows.category.slug);
    expect(feed?.category).toEqual({
      slug: rows.category.slug,
      name: rows.category.name,
      description: rows.category.description,
    });
    expect(feed?.articles.map((article) => article.slug)).toEqual([rows.fresh.slug, rows.old.slug]);
    expect(feed?.articles[0]?.writer).toEqual({ displayName: rows.writer.displayName });
    expect(JSON.stringify(feed)).not.toContain(rows.writer.email);
  });

  it("an unknown or malformed category slug gives null", async () => {
    expect(await getCategoryFeed(`tidak-ada-${uniqueSuffix()}`)).toBeNull();
    expect(await getCategoryFeed("Bukan Slug")).toBeNull();
    expect(await getCategoryFeed("")).toBeNull();
  });

  it("the portal feed never carries a hidden article and holds at most 30", async () => {
    const articles = await listFeedArticles();
    expect(articles.length).toBeLessThanOrEqual(30);
    expect(articles.map((article) => article.slug)).toContain(rows.fresh.slug);
    for (const slug of hiddenSlugs) expect(articles.map((article) => article.slug)).not.toContain(slug);
  });

  it("the news sitemap keeps the last 48 hours only", async () => {
    const slugs = (await listRecentNewsArticles()).map((article) => article.slug);
    expect(slugs).toContain(rows.fresh.slug);
    expect(slugs).not.toContain(rows.old.slug);
    for (const slug of hiddenSlugs) expect(slugs).not.toContain(slug);
  });

  it("the sitemap's list pages name categories, and tags and authors only with published work", async () => {
    const sections = await getSitemapSections();
    expect(sections.categories.map((category) => category.slug)).toContain(rows.category.slug);
    const tagSlugs = sections.tags.map((tag) => tag.slug);
    expect(tagSlugs).toContain(rows.liveTag.slug);
    expect(tagSlugs).not.toContain(rows.draftTag.slug);
    const usernames = sections.authors.map((author) => author.username);
    expect(usernames).toContain(rows.writer.username);
    expect(usernames).not.toContain(rows.idleWriter.username);
    expect(JSON.stringify(sections)).not.toContain("@");
  });

  it("the article sitemaps carry each article's last change", async () => {
    const { articleCount } = await getSitemapOverview();
    const articles = (
      await Promise.all(
        Array.from({ length: Math.ceil(articleCount / 500) }, (_, index) => listSitemapArticles(index + 1, 500)),
      )
    ).flat();
    expect(articles.find((article) => article.slug === rows.fresh.slug)?.updatedAt).toEqual(rows.fresh.updatedAt);
    for (const slug of hiddenSlugs) expect(articles.map((article) => article.slug)).not.toContain(slug);
  });

  it("renders a category's RSS with the cover's share image as the enclosure", async () => {
    const xml = await renderCategoryRss(rows.category.slug);
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      isArray: (name) => name === "item",
    });
    const items: { link: string; enclosure?: Record<string, string> }[] = parser.parse(xml ?? "").rss.channel.item;
    expect(items.map((item) => item.link)).toEqual([
      absoluteUrl(`/berita/${rows.fresh.slug}`),
      absoluteUrl(`/berita/${rows.old.slug}`),
    ]);
    expect(items[0]?.enclosure).toBeUndefined();
    expect(items[1]?.enclosure).toEqual({
      "@url": absoluteUrl(`/media/${rows.media.id}/og.jpg`),
      "@length": "0",
      "@type": "image/jpeg",
    });
    expect(await renderCategoryRss(`tidak-ada-${uniqueSuffix()}`)).toBeNull();
  });

  it("gives the enclosure the share image's real size: stored at upload, else read from storage", async () => {
    const enclosureLength = async () => {
      const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => n === "item" });
      const xml = await renderCategoryRss(rows.category.slug);
      const items: { enclosure?: Record<string, string> }[] = parser.parse(xml ?? "").rss.channel.item;
      return items[1]?.enclosure?.["@length"];
    };
    const key = mediaFileKey(rows.media.id, OG_FILE);
    await getMediaStorage().put(key, new Uint8Array(1234), "image/jpeg");
    try {
      expect(await enclosureLength()).toBe("1234");
      await db.media.update({ where: { id: rows.media.id }, data: { ogByteSize: 4321 } });
      expect(await enclosureLength()).toBe("4321");
    } finally {
      await getMediaStorage().delete(key);
      await db.media.update({ where: { id: rows.media.id }, data: { ogByteSize: null } });
    }
  });
});
