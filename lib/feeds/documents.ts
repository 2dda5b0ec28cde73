import "server-only";
import type { MetadataRoute } from "next";
import { ogImageUrl } from "@/lib/media/urls";
import { absoluteUrl, site } from "@/lib/site";
import {
  getCategoryFeed,
  getSitemapIndex,
  listFeedArticles,
  listRecentNewsArticles,
  type FeedArticle,
} from "./queries";
import { buildNewsSitemap, buildRss, type RssItem } from "./xml";

/**
 * The public feed documents, ready to send: route handlers only add the HTTP layer.
 * Built from cached reads on every request (cheap: string work over ≤ 30 items).
 */

export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";
export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";

function toRssItem(article: FeedArticle): RssItem {
  const link = absoluteUrl(`/berita/${article.slug}`);
  return {
    title: article.title,
    link,
    description: article.excerpt,
    publishedAt: article.publishedAt,
    creator: article.writer.displayName,
    category: article.category.name,
    // The enclosure is the 1200×630 JPEG share rendition, whose byte size is not stored
    // (Media.byteSize is the original upload, often megabytes larger). RSS requires the
    // attribute; the RSS Advisory Board's Best Practices Profile says to publish 0 when the
    // size cannot be determined, which beats a number we know to be wrong.
    enclosure: article.coverImageId
      ? { url: absoluteUrl(ogImageUrl(article.coverImageId)), length: 0, type: "image/jpeg" }
      : null,
  };
}

function lastBuildDate(articles: readonly FeedArticle[]): Date | null {
  return articles[0]?.publishedAt ?? null;
}

/** RSS 2.0 of the whole portal's newest articles (/rss.xml). */
export async function renderSiteRss(): Promise<string> {
  const articles = await listFeedArticles();
  return buildRss(
    {
      title: site.name,
      link: absoluteUrl("/"),
      selfUrl: absoluteUrl("/rss.xml"),
      description: site.tagline,
      language: "id",
      lastBuildDate: lastBuildDate(articles),
      timeZone: site.timeZone,
    },
    articles.map(toRssItem),
  );
}

/** RSS 2.0 of one category (/kategori/<slug>/rss.xml), or null when no such category exists. */
export async function renderCategoryRss(rawSlug: string): Promise<string | null> {
  const feed = await getCategoryFeed(rawSlug);
  if (!feed) return null;
  const { category, articles } = feed;
  return buildRss(
    {
      title: `${category.name} – ${site.name}`,
      link: absoluteUrl(`/kategori/${category.slug}`),
      selfUrl: absoluteUrl(`/kategori/${category.slug}/rss.xml`),
      description: category.description || `Berita ${category.name} dari ${site.publisher}`,
      language: "id",
      lastBuildDate: lastBuildDate(articles),
      timeZone: site.timeZone,
    },
    articles.map(toRssItem),
  );
}

/** Google News sitemap of the last 48 hours (/news-sitemap.xml). */
export async function renderNewsSitemap(): Promise<string> {
  const articles = await listRecentNewsArticles();
  return buildNewsSitemap(
    { name: site.name, language: "id", timeZone: site.timeZone },
    articles.map((article) => ({
      url: absoluteUrl(`/berita/${article.slug}`),
      title: article.title,
      publishedAt: article.publishedAt,
    })),
  );
}

/** Entries for app/sitemap.ts. */
export async function listSitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const index = await getSitemapIndex();
  const home = index.latestPublishedAt ?? undefined;
  return [
    { url: absoluteUrl("/"), lastModified: home, changeFrequency: "hourly", priority: 1 },
    { url: absoluteUrl("/terpopuler"), changeFrequency: "hourly", priority: 0.5 },
    ...index.categories.map((category) => ({
      url: absoluteUrl(`/kategori/${category.slug}`),
      changeFrequency: "hourly" as const,
      priority: 0.7,
    })),
    ...index.tags.map((tag) => ({
      url: absoluteUrl(`/tag/${tag.slug}`),
      changeFrequency: "daily" as const,
      priority: 0.4,
    })),
    ...index.authors.map((author) => ({
      url: absoluteUrl(`/penulis/${author.username}`),
      changeFrequency: "daily" as const,
      priority: 0.3,
    })),
    ...index.articles.map((article) => ({
      url: absoluteUrl(`/berita/${article.slug}`),
      lastModified: article.updatedAt,
    })),
  ];
}
