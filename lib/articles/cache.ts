import "server-only";
import { revalidateTag } from "next/cache";
import { purgeEdgeAfterResponse } from "@/lib/edge/purge";

import { articleTags, type ArticleCacheKey } from "./cache-tags";

export { articleReadTags, articleTags, type ArticleCacheKey } from "./cache-tags";

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
  expireTags(tags);
}

/**
 * Drops cached category lists after a category is created, renamed, reordered or deleted.
 * `slugs` names categories whose own pages show the change (a rename: old and new slug),
 * which covers the pages of the articles in them (articleReadTags).
 */
export function invalidateCategories(...slugs: string[]): void {
  const tags = new Set<string>([articleTags.categories, articleTags.lists]);
  for (const slug of slugs) tags.add(articleTags.category(slug));
  expireTags(tags);
}

/** Drops every cached page that shows a writer's byline (cards, their author page, their articles) after it changes. */
export function invalidateWriter(username: string): void {
  expireTags([articleTags.lists, articleTags.author(username)]);
}

/** Drops the cached home page after its pins change or expire. */
export function invalidateHome(): void {
  expireTags([articleTags.home]);
}

/** Drops every cached public page (the whole edge included): an editor's "refresh the site". */
export function invalidateSite(): void {
  expireTags([articleTags.site, articleTags.lists, articleTags.categories]);
}

/**
 * Expires tags in this process's caches now, and at the edge cache after the response
 * (lib/edge/purge.ts): by then Next has applied the invalidation, so the edge's refetch
 * gets the new page, never the old one again.
 */
export function expireTags(tags: Iterable<string>): void {
  const list = [...tags];
  for (const tag of list) revalidateTag(tag, { expire: 0 });
  purgeEdgeAfterResponse(list);
}
