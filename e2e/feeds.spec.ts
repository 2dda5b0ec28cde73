import type { APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "./fixtures";

/*
 * Feeds and sitemaps are cached for minutes (cacheLife("minutes")), and fixtures write
 * to the database directly, without invalidating anything. So these tests assert
 * presence only where the cache entry cannot exist yet (the feed of a category made by
 * the test) or by polling past the cache's revalidate window, and assert absence everywhere.
 */

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => name === "item" || name === "url" || name === "sitemap",
});

type RssItem = {
  title: string;
  link: string;
  guid: { "#text": string; "@isPermaLink": string };
  pubDate: string;
  "dc:creator": string;
  category: string;
  description: string;
};
type RssChannel = {
  title: string;
  link: string;
  description: string;
  language: string;
  lastBuildDate: string;
  "atom:link": { "@href": string; "@rel": string };
  item?: RssItem[];
};
type SitemapUrl = { loc: string; lastmod?: string; "news:news"?: Record<string, unknown> };

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0[789]00$/;

async function fetchXml(request: APIRequestContext, path: string, contentType: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toMatch(contentType);
  const text = await response.text();
  expect(XMLValidator.validate(text), `${path} is well-formed XML`).toBe(true);
  return { text, document: parser.parse(text) };
}

async function fetchRss(request: APIRequestContext, path: string): Promise<{ text: string; channel: RssChannel }> {
  const { text, document } = await fetchXml(request, path, /^application\/rss\+xml; charset=utf-8$/);
  expect(document.rss["@version"]).toBe("2.0");
  return { text, channel: document.rss.channel };
}

async function fetchSitemapUrls(request: APIRequestContext, path: string): Promise<SitemapUrl[]> {
  const { document } = await fetchXml(request, path, /^application\/xml/);
  return document.urlset.url ?? [];
}

/** The sitemaps /sitemap.xml names, as paths. */
async function fetchSitemapIndex(request: APIRequestContext, baseURL: string | undefined): Promise<string[]> {
  const { document } = await fetchXml(request, "/sitemap.xml", /^application\/xml/);
  const locs: string[] = (document.sitemapindex.sitemap ?? []).map((entry: { loc: string }) => entry.loc);
  for (const loc of locs) expect(loc.startsWith(`${baseURL}/sitemap/`), loc).toBe(true);
  return locs.map((loc) => loc.slice(baseURL?.length ?? 0));
}

/** Every address in every sitemap the index names. */
async function fetchAllSitemapUrls(request: APIRequestContext, baseURL: string | undefined): Promise<SitemapUrl[]> {
  const urls: SitemapUrl[] = [];
  for (const path of await fetchSitemapIndex(request, baseURL)) urls.push(...(await fetchSitemapUrls(request, path)));
  return urls;
}

test("robots.txt allows readers' pages and lists both sitemaps", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  expect(lines).toEqual(
    expect.arrayContaining([
      "User-Agent: *",
      "Allow: /",
      "Disallow: /dashboard",
      "Disallow: /api/",
      "Disallow: /login",
      `Sitemap: ${baseURL}/sitemap.xml`,
      `Sitemap: ${baseURL}/news-sitemap.xml`,
    ]),
  );
});

test("the portal feed lists the newest articles, and every link opens", async ({ request, baseURL }) => {
  const { channel } = await fetchRss(request, "/rss.xml");
  expect(channel.title).toBeTruthy();
  expect(channel.link).toBe(`${baseURL}/`);
  expect(channel.description).toBeTruthy();
  expect(channel.language).toBe("id");
  expect(channel.lastBuildDate).toMatch(RFC_822);
  expect(channel["atom:link"]).toMatchObject({ "@href": `${baseURL}/rss.xml`, "@rel": "self" });

  const items = channel.item ?? [];
  expect(items.length).toBeGreaterThanOrEqual(1);
  expect(items.length).toBeLessThanOrEqual(30);
  for (const item of items) {
    expect(item.title).toBeTruthy();
    expect(item.link).toMatch(new RegExp(`^${baseURL}/berita/[a-z0-9-]+$`));
    expect(item.guid).toEqual({ "#text": item.link, "@isPermaLink": "true" });
    expect(item.pubDate).toMatch(RFC_822);
    expect(item["dc:creator"]).toBeTruthy();
    expect(item["dc:creator"]).not.toContain("@");
    expect(item.category).toBeTruthy();
    expect(typeof item.description).toBe("string");
  }
  for (const item of items) {
    const response = await request.get(item.link, { maxRedirects: 0 });
    expect(response.status(), item.link).toBe(200);
  }
});

test("only published, due articles reach the feeds and sitemaps", async ({ request, factory, baseURL }) => {
  // Up to one cacheLife("minutes") revalidate window (60 s) when another test cached the news sitemap first.
  test.setTimeout(120_000);
  const category = await factory.category("Feed Uji");
  const writer = await factory.user({ role: "WRITER", displayName: "Penulis Feed Uji" });
  const inFuture = new Date(Date.now() + 86_400_000);
  const hidden = [
    await factory.article({ status: "DRAFT", categoryId: category.id, writerId: writer.id }),
    await factory.article({ status: "IN_REVIEW", categoryId: category.id, writerId: writer.id }),
    await factory.article({
      status: "SCHEDULED",
      scheduledAt: inFuture,
      publishedAt: inFuture,
      categoryId: category.id,
      writerId: writer.id,
    }),
    // Published but not yet due: the publish time is what keeps it out.
    await factory.article({ status: "PUBLISHED", publishedAt: inFuture, categoryId: category.id, writerId: writer.id }),
  ];
  const published = await factory.article({
    title: `Pemkot Uji Resmikan Taman & "Ruang" <Terbuka> ${category.slug}`,
    publishedAt: new Date(Date.now() - 60_000),
    categoryId: category.id,
    writerId: writer.id,
  });
  const publishedUrl = `${baseURL}/berita/${published.slug}`;

  // The category was made by this test, so its feed cannot have been cached before.
  const { text: categoryText, channel } = await fetchRss(request, `/kategori/${category.slug}/rss.xml`);
  expect(channel.title).toContain(category.name);
  expect(channel.link).toBe(`${baseURL}/kategori/${category.slug}`);
  expect(channel["atom:link"]["@href"]).toBe(`${baseURL}/kategori/${category.slug}/rss.xml`);
  expect(channel.item?.map((item) => item.link)).toEqual([publishedUrl]);
  expect(channel.item?.[0]).toMatchObject({
    title: published.title,
    "dc:creator": "Penulis Feed Uji",
    category: category.name,
    description: published.excerpt,
  });
  expect(categoryText).not.toContain(writer.email);
  expect((await request.get(publishedUrl, { maxRedirects: 0 })).status()).toBe(200);

  const hiddenUrls = hidden.map((article) => `${baseURL}/berita/${article.slug}`);
  const portalFeed = await fetchRss(request, "/rss.xml");
  const sitemap = await fetchAllSitemapUrls(request, baseURL);
  for (const url of hiddenUrls) {
    expect(categoryText).not.toContain(url);
    expect(portalFeed.text).not.toContain(url);
    expect(sitemap.map((entry) => entry.loc)).not.toContain(url);
  }
  expect(portalFeed.text).not.toContain(writer.email);

  let newsUrls: SitemapUrl[] = [];
  await expect
    .poll(
      async () => {
        newsUrls = await fetchSitemapUrls(request, "/news-sitemap.xml");
        return newsUrls.map((entry) => entry.loc);
      },
      { timeout: 90_000, intervals: [1_000, 2_000, 5_000] },
    )
    .toContain(publishedUrl);
  const entry = newsUrls.find((url) => url.loc === publishedUrl);
  expect(entry?.["news:news"]).toMatchObject({
    "news:publication": { "news:name": expect.any(String), "news:language": "id" },
    "news:publication_date": expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[789]:00$/),
    "news:title": published.title,
  });
  for (const url of hiddenUrls) expect(newsUrls.map((url) => url.loc)).not.toContain(url);
});

test("a category feed for an unknown or malformed slug answers 404", async ({ request }) => {
  for (const path of [
    "/kategori/tidak-ada-kategori-ini/rss.xml",
    "/kategori/Bukan_Slug/rss.xml",
    "/kategori/%E0%A4%A/rss.xml",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain("<rss");
  }
});

test("the sitemap index names the list pages' sitemap and the article sitemaps", async ({ request, baseURL }) => {
  const parts = await fetchSitemapIndex(request, baseURL);
  expect(parts[0]).toBe("/sitemap/halaman.xml");
  const articleParts = parts.slice(1);
  expect(articleParts.length).toBeGreaterThanOrEqual(1);
  expect(articleParts).toEqual(articleParts.map((_, index) => `/sitemap/artikel-${index + 1}.xml`));

  const locs = (await fetchSitemapUrls(request, "/sitemap/halaman.xml")).map((url) => url.loc);
  expect(locs).toContain(`${baseURL}/`);
  expect(locs).toContain(`${baseURL}/terpopuler`);
  expect(locs.some((loc) => loc.startsWith(`${baseURL}/kategori/`))).toBe(true);
  expect(locs.some((loc) => loc.startsWith(`${baseURL}/penulis/`))).toBe(true);
  expect(locs.some((loc) => loc.startsWith(`${baseURL}/tag/`))).toBe(true);

  const articles = (await Promise.all(articleParts.map((path) => fetchSitemapUrls(request, path)))).flat();
  expect(articles.length).toBeGreaterThanOrEqual(1);
  expect(new Set(articles.map((article) => article.loc)).size).toBe(articles.length);
  for (const article of articles) {
    expect(article.loc.startsWith(`${baseURL}/berita/`)).toBe(true);
    expect(Number.isNaN(Date.parse(article.lastmod ?? ""))).toBe(false);
  }
});

test("a sitemap the index does not name answers 404", async ({ request, baseURL }) => {
  const parts = await fetchSitemapIndex(request, baseURL);
  for (const path of [`/sitemap/artikel-${parts.length + 5}.xml`, "/sitemap/artikel-0.xml", "/sitemap/berita.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain("<urlset");
  }
});
