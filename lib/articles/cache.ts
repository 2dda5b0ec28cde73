import "server-only";
import { revalidateTag } from "next/cache";

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
 * Drops every cached public page an article change can affect: its old and new URL,
 * every list, its old and new category, tags and author. Expire at once rather than
 * serve stale: an unpublished article must disappear from the next request.
 */
export function invalidateArticle(before: ArticleCacheKey | null, after: ArticleCacheKey | null): void {
  const tags = new Set<string>([articleTags.lists]);
  for (const key of [before, after]) {
    if (!key) continue;
    tags.add(articleTags.article(key.slug));
    tags.add(articleTags.category(key.categorySlug));
    tags.add(articleTags.author(key.writerUsername));
    for (const tag of key.tagSlugs) tags.add(articleTags.tag(tag));
  }
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/**
 * Drops cached category lists after a category is created, renamed, reordered or deleted.
 * `slugs` names categories whose own pages show the change (a rename: old and new slug),
 * which covers the pages of the articles in them (articleReadTags).
 */
export function invalidateCategories(...slugs: string[]): void {
  const tags = new Set<string>([articleTags.categories, articleTags.lists]);
  for (const slug of slugs) tags.add(articleTags.category(slug));
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/** Drops every cached page that shows a writer's byline (cards, their author page, their articles) after it changes. */
export function invalidateWriter(username: string): void {
  revalidateTag(articleTags.lists, { expire: 0 });
  revalidateTag(articleTags.author(username), { expire: 0 });
}

type DeferredInvalidation = { before: ArticleCacheKey | null; after: ArticleCacheKey | null };
const deferred = globalThis as typeof globalThis & { __wartaDeferredInvalidations?: DeferredInvalidation[] };

/**
 * Queues an invalidation that could not run because there was no request (the scheduler's
 * timer publishes outside one, and Next can only revalidate inside a request). The next
 * public request flushes the queue (flushDeferredInvalidations), so a scheduled article
 * reaches cached lists seconds after its timer publish instead of when their lifetime ends.
 */
export function deferInvalidation(before: ArticleCacheKey | null, after: ArticleCacheKey | null): void {
  (deferred.__wartaDeferredInvalidations ??= []).push({ before, after });
}

/** Runs queued invalidations; call only inside a request (e.g. from `after()`). */
export function flushDeferredInvalidations(): void {
  const queue = deferred.__wartaDeferredInvalidations ?? [];
  deferred.__wartaDeferredInvalidations = [];
  for (const { before, after } of queue) invalidateArticle(before, after);
}
