import { isoWithOffset, type IndonesianTimeZone } from "@/lib/time";

/**
 * schema.org data for article pages: NewsArticle (what Google News and link
 * previews read) and BreadcrumbList. Pure: the page passes in everything, including
 * absolute URLs, so this stays testable without a site configuration.
 */

export type NewsArticleInput = {
  url: string;
  headline: string;
  description: string;
  publishedAt: Date;
  updatedAt: Date;
  authorName: string;
  authorUrl: string;
  section: string;
  keywords: readonly string[];
  imageUrl: string | null;
  publisher: { name: string; url: string; logoUrl: string };
  timeZone: IndonesianTimeZone;
};

export function newsArticleJsonLd(input: NewsArticleInput) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": input.url },
    url: input.url,
    headline: input.headline.slice(0, 110),
    description: input.description,
    datePublished: isoWithOffset(input.publishedAt, input.timeZone),
    // An edit before publication does not make the article "modified" for readers.
    dateModified: isoWithOffset(
      input.updatedAt > input.publishedAt ? input.updatedAt : input.publishedAt,
      input.timeZone,
    ),
    author: [{ "@type": "Person", name: input.authorName, url: input.authorUrl }],
    articleSection: input.section,
    ...(input.keywords.length > 0 ? { keywords: input.keywords.join(", ") } : {}),
    ...(input.imageUrl ? { image: [input.imageUrl] } : {}),
    inLanguage: "id-ID",
    publisher: {
      "@type": "GovernmentOrganization",
      name: input.publisher.name,
      url: input.publisher.url,
      logo: { "@type": "ImageObject", url: input.publisher.logoUrl },
    },
  };
}

export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * Serialises JSON-LD for a <script> tag. JSON.stringify does not escape "<", so an
 * article title containing "</script>" could end the tag early; escape it (and the
 * line separators JavaScript parsers choke on).
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
