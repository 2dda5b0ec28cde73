/**
 * Cache tags of announcements (pengumuman). Pure, like lib/articles/cache-tags.ts: public
 * reads tag what they return, mutations and the expiry timer expire the same names, and
 * the edge purges by them.
 */
export const announcementTags = {
  /** Every list of announcements: active, archive, the home page block, the pages sitemap. */
  lists: "announcements:lists",
  announcement: (slug: string) => `announcement:${slug}`,
} as const;
