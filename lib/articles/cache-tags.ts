import { agendaTags } from "@/lib/agenda/cache-tags";
import { announcementTags } from "@/lib/announcements/cache-tags";

/**
 * Cache tag names: pure, so proxy.ts can name tags too. lib/articles/cache.ts holds the
 * invalidation; the edge cache purges by the same names (server/response-policy.mjs).
 */

import { documentTags } from "@/lib/documents/cache-tags";
import { galleryTags } from "@/lib/gallery/cache-tags";
import { pageTags } from "@/lib/pages/cache-tags";

/**
 * Every cache tag the public side uses, in one place. Public reads tag what they
 * return; mutations call invalidateArticle(before, after) and nothing else.
 */
export const articleTags = {
  /** Any list of published articles: home, category, tag, author, popular, feeds, sitemaps. */
  lists: "articles:lists",
  article: (slug: string) => `article:${slug}`,
  category: (slug: string) => `category:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (username: string) => `author:${username}`,
  /** Categories and their order (masthead, footer). */
  categories: "categories",
  /** The home page's pinned headline and featured articles (lib/home/pins.ts). */
  home: "home",
  /** Every public page: the frame around it reads the categories under this tag too. */
  site: "site",
} as const;

/** What a mutation knows about an article before and after it: enough to find every page it touches. */
export type ArticleCacheKey = {
  slug: string;
  categorySlug: string;
  tagSlugs: readonly string[];
  writerUsername: string;
};

/**
 * The tags of a public read of one article: its address, and its category and writer,
 * whose names the article page shows. A category rename or a writer's new display name
 * then refreshes the page at once instead of when its entry's lifetime ends.
 */
export function articleReadTags(article: Pick<ArticleCacheKey, "slug" | "categorySlug" | "writerUsername">): string[] {
  return [
    articleTags.article(article.slug),
    articleTags.category(article.categorySlug),
    articleTags.author(article.writerUsername),
  ];
}

/**
 * Surrogate keys of the feed and sitemap documents, which Next caches like pages but
 * whose cache tags it does not expose to the server: named here from the same tags their
 * reads use (lib/feeds/queries.ts), and set by proxy.ts. Null for any other address.
 */
export function documentSurrogateKeys(pathname: string): string[] | null {
  if (pathname === "/rss.xml" || pathname === "/news-sitemap.xml") return [articleTags.lists];
  if (pathname === "/agenda.ics") return [agendaTags.lists];
  if (pathname === "/sitemap.xml" || /^\/sitemap\/[\w.-]+\.xml$/.test(pathname)) {
    // The pages sitemap lists announcements, agenda events, static pages, documents and albums too
    // (lib/feeds/documents.ts).
    return [
      articleTags.lists,
      articleTags.categories,
      announcementTags.lists,
      agendaTags.lists,
      pageTags.menu,
      documentTags.lists,
      galleryTags.lists,
    ];
  }
  const categoryFeed = /^\/kategori\/([a-z0-9-]+)\/rss\.xml$/.exec(pathname);
  if (categoryFeed?.[1]) return [articleTags.lists, articleTags.category(categoryFeed[1]), articleTags.categories];
  return null;
}
