import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { agendaTags } from "@/lib/agenda/cache-tags";
import { announcementTags } from "@/lib/announcements/cache-tags";
import { articleTags } from "@/lib/articles/cache-tags";
import { documentTags } from "@/lib/documents/cache-tags";
import { galleryTags } from "@/lib/gallery/cache-tags";
import { pageTags } from "@/lib/pages/cache-tags";
import { listAgendaSitemapEntries } from "@/lib/agenda/queries";
import { listAnnouncementSitemapEntries } from "@/lib/announcements/queries";
import { mediaFileKey, OG_FILE } from "@/lib/media/keys";
import { getMediaStorage } from "@/lib/media/storage";
import { ogImageUrl } from "@/lib/media/urls";
import { listSitemapDocuments } from "@/lib/documents/queries";
import { listSitemapGalleryItems } from "@/lib/gallery/queries";
import { listMenuPages } from "@/lib/pages/queries";
import { absoluteUrl, site } from "@/lib/site";
import {
  getCategoryFeed,
  getSitemapOverview,
  getSitemapSections,
  listFeedArticles,
  listRecentNewsArticles,
  listSitemapArticles,
  SITEMAP_URL_LIMIT,
  type FeedArticle,
} from "./queries";
import { buildNewsSitemap, buildRss, buildSitemap, buildSitemapIndex, type RssItem } from "./xml";

/**
 * The public feed and sitemap documents, ready to send: route handlers only add the HTTP
 * layer. Built from cached reads; the route handlers are static, so each document is built
 * once per invalidation.
 */

export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";
export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";

/**
 * Bytes of a cover's og.jpg, the RSS enclosure (whose `length` readers use to decide on a
 * download): stored at upload; for an upload from before that, read from storage here,
 * which happens once per feed build since the feed documents are cached. 0 (the RSS
 * Advisory Board's "unknown") only when the file is missing.
 */
async function enclosureLength(article: FeedArticle): Promise<number> {
  if (article.coverOgByteSize !== null || !article.coverImageId) return article.coverOgByteSize ?? 0;
  const bytes = await getMediaStorage().get(mediaFileKey(article.coverImageId, OG_FILE));
  return bytes?.byteLength ?? 0;
}

async function toRssItem(article: FeedArticle): Promise<RssItem> {
  const link = absoluteUrl(`/berita/${article.slug}`);
  return {
    title: article.title,
    link,
    description: article.excerpt,
    publishedAt: article.publishedAt,
    creator: article.writer.displayName,
    category: article.category.name,
    // The 1200×630 JPEG share rendition (Media.byteSize is the largest WebP, not this file).
    enclosure: article.coverImageId
      ? {
          url: absoluteUrl(ogImageUrl(article.coverImageId)),
          length: await enclosureLength(article),
          type: "image/jpeg",
        }
      : null,
  };
}

/** The feed's items, their enclosure sizes read side by side. */
function toRssItems(articles: readonly FeedArticle[]): Promise<RssItem[]> {
  return Promise.all(articles.map(toRssItem));
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
    await toRssItems(articles),
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
    await toRssItems(articles),
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

/**
 * Portal content beyond news in the pages sitemap: the announcement lists, every published
 * announcement (archived ones stay reachable), the agenda and every published event, at
 * most `limit` addresses.
 */
async function portalSitemapEntries(limit: number) {
  const [announcements, events] = await Promise.all([listAnnouncementSitemapEntries(), listAgendaSitemapEntries()]);
  const entries = [
    { url: absoluteUrl("/pengumuman"), changeFrequency: "daily" as const, priority: 0.6 },
    { url: absoluteUrl("/pengumuman/arsip"), changeFrequency: "weekly" as const, priority: 0.3 },
    ...announcements.map((announcement) => ({
      url: absoluteUrl(`/pengumuman/${announcement.slug}`),
      lastModified: announcement.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.5,
    })),
    { url: absoluteUrl("/agenda"), changeFrequency: "daily" as const, priority: 0.6 },
    ...events.map((event) => ({
      url: absoluteUrl(`/agenda/${event.slug}`),
      lastModified: event.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.4,
    })),
  ];
  return entries.slice(0, Math.max(0, limit));
}

/** The sitemap of the portal's list pages (/sitemap/halaman.xml). */
export const SITEMAP_PAGES_NAME = "halaman.xml";
const SITEMAP_ARTICLES_NAME = /^artikel-([1-9][0-9]{0,5})\.xml$/;

const sitemapPartUrl = (name: string) => absoluteUrl(`/sitemap/${name}`);

/**
 * /sitemap.xml: a sitemap index naming the list-page sitemap and one article sitemap per
 * `pageSize` published articles (/sitemap/artikel-1.xml is the oldest). `pageSize` is the
 * sitemaps.org limit except in tests.
 */
export async function renderSitemapIndex(pageSize = SITEMAP_URL_LIMIT): Promise<string> {
  const overview = await getSitemapOverview();
  const parts = Math.ceil(overview.articleCount / pageSize);
  return buildSitemapIndex(
    [
      { url: sitemapPartUrl(SITEMAP_PAGES_NAME), lastModified: overview.latestPublishedAt },
      ...Array.from({ length: parts }, (_, index) => ({ url: sitemapPartUrl(`artikel-${index + 1}.xml`) })),
    ],
    site.timeZone,
  );
}

/**
 * One sitemap named in the index (/sitemap/<name>), or null for a name that is not one
 * (a 404): `halaman.xml` for the home page and every list, `artikel-N.xml` for articles.
 */
export async function renderSitemapPart(name: string, pageSize = SITEMAP_URL_LIMIT): Promise<string | null> {
  if (name === SITEMAP_PAGES_NAME) return renderPagesSitemap(pageSize);
  const part = SITEMAP_ARTICLES_NAME.exec(name)?.[1];
  if (!part) return null;
  const articles = await listSitemapArticles(Number(part), pageSize);
  // CASE: past the last article sitemap (an old link after articles were unpublished).
  if (articles.length === 0) return null;
  return buildSitemap(
    articles.map((article) => ({ url: absoluteUrl(`/berita/${article.slug}`), lastModified: article.updatedAt })),
    site.timeZone,
  );
}

/**
 * /sitemap/halaman.xml. One cached read for the whole document: it reads several lists in
 * turn (each sized by what the ones before left), and as a single cache entry it re-renders
 * as one unit whenever any of their tags expires.
 */
async function renderPagesSitemap(pageSize: number): Promise<string> {
  "use cache";
  cacheLife("public");
  cacheTag(
    articleTags.lists,
    articleTags.categories,
    pageTags.menu,
    documentTags.lists,
    galleryTags.lists,
    announcementTags.lists,
    agendaTags.lists,
  );
  const fixed = [
    { url: absoluteUrl("/"), changeFrequency: "hourly", priority: 1 },
    { url: absoluteUrl("/terpopuler"), changeFrequency: "hourly", priority: 0.5 },
  ] as const;
  // Every address counts toward the size limit, in this order of precedence: the fixed
  // pages, the static pages (the menu: a handful), announcements and agenda events (the live
  // ones: dozens), the document and gallery lists, the
  // article lists (lib/feeds/queries.ts), then documents and albums with whatever room is left.
  let room = pageSize - fixed.length;
  const pages = (await listMenuPages()).slice(0, Math.max(0, room));
  room -= pages.length;
  const portal = await portalSitemapEntries(room);
  room -= portal.length;
  const sectionPages = [
    { url: absoluteUrl("/dokumen"), changeFrequency: "daily" as const, priority: 0.5 },
    { url: absoluteUrl("/galeri"), changeFrequency: "daily" as const, priority: 0.5 },
  ].slice(0, Math.max(0, room));
  room -= sectionPages.length;
  const [overview, sections] = await Promise.all([getSitemapOverview(), getSitemapSections(room)]);
  room -= sections.categories.length + sections.tags.length + sections.authors.length;
  const documents = await listSitemapDocuments(room);
  room -= documents.length;
  const galleryItems = await listSitemapGalleryItems(room);
  return buildSitemap(
    [
      { ...fixed[0], lastModified: overview.latestPublishedAt },
      fixed[1],
      ...pages.map((page) => ({
        url: absoluteUrl(`/profil/${page.slug}`),
        changeFrequency: "weekly" as const,
        priority: 0.5,
      })),
      ...portal,
      ...sections.categories.map((category) => ({
        url: absoluteUrl(`/kategori/${category.slug}`),
        changeFrequency: "hourly" as const,
        priority: 0.7,
      })),
      ...sections.tags.map((tag) => ({
        url: absoluteUrl(`/tag/${tag.slug}`),
        changeFrequency: "daily" as const,
        priority: 0.4,
      })),
      ...sections.authors.map((author) => ({
        url: absoluteUrl(`/penulis/${author.username}`),
        changeFrequency: "daily" as const,
        priority: 0.3,
      })),
      ...sectionPages,
      ...documents.map((document) => ({
        url: absoluteUrl(`/dokumen/${document.slug}`),
        lastModified: document.updatedAt,
        priority: 0.4,
      })),
      ...galleryItems.map((item) => ({
        url: absoluteUrl(`/galeri/${item.slug}`),
        lastModified: item.updatedAt,
        priority: 0.4,
      })),
    ],
    site.timeZone,
  );
}
