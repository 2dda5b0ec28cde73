/**
 * Cache tag of the emergency banner. Pure, like lib/articles/cache-tags.ts. Every public
 * page renders the banner slot in its frame (components/site/site-frame.tsx), so every
 * page's cache entry, and its `xkey` at the edge, carries this tag: raising or clearing the
 * banner expires and purges every public page at once.
 */
export const bannerTags = {
  banner: "banner",
} as const;
