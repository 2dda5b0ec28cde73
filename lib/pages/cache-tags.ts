/**
 * Cache tag names of static pages (/profil/<slug>). Pure, like lib/articles/cache-tags.ts,
 * so proxy.ts and the sitemap's surrogate keys can name them too.
 */
export const pageTags = {
  /** One published page by its address. */
  page: (slug: string) => `page:${slug}`,
  /**
   * The menu of published pages in the masthead and footer: every public page reads it
   * (under the `site` tag too), so expiring it refreshes the whole site. Only changes the
   * menu shows (a title, an address, publishing, the order) expire it.
   */
  menu: "pages:menu",
} as const;

/** What a mutation knows about a page before and after it. */
export type PageCacheKey = { slug: string; title: string; isPublished: boolean; position: number };

/** The tags a page change expires: its old and new address, and the menu when the menu shows the change. */
export function pageChangeTags(before: PageCacheKey | null, after: PageCacheKey | null): string[] {
  const tags = new Set<string>();
  for (const key of [before, after]) if (key) tags.add(pageTags.page(key.slug));
  const isInMenu = (key: PageCacheKey | null) => key?.isPublished === true;
  const menuChanged =
    isInMenu(before) !== isInMenu(after) ||
    (isInMenu(after) &&
      (before?.slug !== after?.slug || before?.title !== after?.title || before?.position !== after?.position));
  if (menuChanged) tags.add(pageTags.menu);
  return [...tags];
}
