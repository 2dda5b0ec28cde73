/** Cache tag names of documents (/dokumen). Pure, like lib/articles/cache-tags.ts. */
export const documentTags = {
  /** Every list of documents: /dokumen and its filtered pages, the filters' years, the sitemap. */
  lists: "documents:lists",
  document: (slug: string) => `document:${slug}`,
} as const;
