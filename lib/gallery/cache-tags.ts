/** Cache tag names of the gallery (/galeri). Pure, like lib/articles/cache-tags.ts. */
export const galleryTags = {
  /** The gallery list and the sitemap. */
  lists: "gallery:lists",
  item: (slug: string) => `gallery:${slug}`,
} as const;
