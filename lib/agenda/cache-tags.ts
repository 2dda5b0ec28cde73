/**
 * Cache tags of the agenda. Pure, like lib/articles/cache-tags.ts: public reads tag what
 * they return, mutations expire the same names, and the edge purges by them.
 */
export const agendaTags = {
  /** Every list of events: upcoming, by month, past, the home block, the .ics feed, the sitemap. */
  lists: "agenda:lists",
  event: (slug: string) => `agenda:${slug}`,
} as const;
