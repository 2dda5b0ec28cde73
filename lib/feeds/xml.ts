/**
 * XML for feeds and sitemaps: escaping, dates and the documents themselves. Pure
 * module (no database, no env), so every byte a feed reader or crawler sees is unit-tested.
 */

import { isoWithOffset, rfc822Date, type IndonesianTimeZone } from "@/lib/time";

// XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Pasted text (Word, PDFs) sometimes carries control characters or lone surrogates; one
// such character makes the whole feed unparseable, so they are dropped.
const ILLEGAL_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML 1.0 cannot carry at all, even escaped. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, "");
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe inside an element or a quoted attribute. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export type RssChannel = {
  title: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
  description: string;
  /** RFC 1766 language tag, "id" for Bahasa Indonesia. */
  language: string;
  /** When the newest item was published; omitted for an empty feed. */
  lastBuildDate: Date | null;
  timeZone: IndonesianTimeZone;
};

export type RssItem = {
  title: string;
  /** Absolute article URL; also the permalink guid. */
  link: string;
  description: string;
  publishedAt: Date;
  /** Display name of the writer: never an e-mail (RSS <author> would need one). */
  creator: string;
  category: string;
  enclosure: { url: string; length: number; type: string } | null;
};

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

/** An RSS 2.0 document with the Dublin Core and Atom namespaces. */
export function buildRss(channel: RssChannel, items: readonly RssItem[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    element("title", channel.title),
    element("link", channel.link),
    element("description", channel.description),
    element("language", channel.language),
    ...(channel.lastBuildDate ? [element("lastBuildDate", rfc822Date(channel.lastBuildDate, channel.timeZone))] : []),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const item of items) {
    lines.push(
      "<item>",
      element("title", item.title),
      element("link", item.link),
      `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      element("pubDate", rfc822Date(item.publishedAt, channel.timeZone)),
      element("dc:creator", item.creator),
      element("category", item.category),
      element("description", item.description),
    );
    if (item.enclosure) {
      const { url, length, type } = item.enclosure;
      lines.push(
        `<enclosure url="${escapeXml(url)}" length="${Math.max(0, Math.trunc(length))}" type="${escapeXml(type)}"/>`,
      );
    }
    lines.push("</item>");
  }
  lines.push("</channel>", "</rss>", "");
  return lines.join("\n");
}

export type NewsSitemapEntry = { url: string; title: string; publishedAt: Date };

export type NewsPublication = { name: string; language: string; timeZone: IndonesianTimeZone };

/** A Google News sitemap; a valid, empty <urlset> when nothing was published lately. */
export function buildNewsSitemap(publication: NewsPublication, entries: readonly NewsSitemapEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
  ];
  for (const entry of entries) {
    lines.push(
      "<url>",
      element("loc", entry.url),
      "<news:news>",
      "<news:publication>",
      element("news:name", publication.name),
      element("news:language", publication.language),
      "</news:publication>",
      element("news:publication_date", isoWithOffset(entry.publishedAt, publication.timeZone)),
      element("news:title", entry.title),
      "</news:news>",
      "</url>",
    );
  }
  lines.push("</urlset>", "");
  return lines.join("\n");
}

export type SitemapUrl = {
  /** Absolute URL. */
  url: string;
  lastModified?: Date | null;
  changeFrequency?: "hourly" | "daily" | "weekly";
  /** 0.0 to 1.0. */
  priority?: number;
};

export type SitemapIndexEntry = { url: string; lastModified?: Date | null };

/** The sitemaps.org document both sitemaps and sitemap indexes are. */
function sitemapsOrgDocument(
  root: "urlset" | "sitemapindex",
  item: "url" | "sitemap",
  entries: readonly SitemapUrl[],
  timeZone: IndonesianTimeZone,
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
  ];
  for (const entry of entries) {
    lines.push(
      `<${item}>`,
      element("loc", entry.url),
      ...(entry.lastModified ? [element("lastmod", isoWithOffset(entry.lastModified, timeZone))] : []),
      ...(entry.changeFrequency ? [element("changefreq", entry.changeFrequency)] : []),
      ...(entry.priority !== undefined ? [element("priority", entry.priority.toFixed(1))] : []),
      `</${item}>`,
    );
  }
  lines.push(`</${root}>`, "");
  return lines.join("\n");
}

/** A sitemap (<urlset>); its caller keeps it within 50,000 addresses. */
export function buildSitemap(entries: readonly SitemapUrl[], timeZone: IndonesianTimeZone): string {
  return sitemapsOrgDocument("urlset", "url", entries, timeZone);
}

/** A sitemap index (<sitemapindex>): the address of each sitemap. */
export function buildSitemapIndex(entries: readonly SitemapIndexEntry[], timeZone: IndonesianTimeZone): string {
  return sitemapsOrgDocument("sitemapindex", "sitemap", entries, timeZone);
}
