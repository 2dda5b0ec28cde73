import { z } from "zod";

/**
 * The article editor's tag lookup (GET /api/tag): `?q=` finds tags as the writer types,
 * `?id=…&id=…` names tags the form holds by id (a restored draft, the conflict panel's
 * version). Pure module: the picker builds its requests from the same limits.
 */

/** Tags the lookup returns for one query. */
export const TAG_SEARCH_LIMIT = 20;
/** Tags an article may carry (lib/articles/schema.ts caps tagIds at the same number). */
export const TAG_LOOKUP_MAX_IDS = 10;

export const tagLookupSchema = z.union([
  z.object({ ids: z.array(z.uuid()).min(1).max(TAG_LOOKUP_MAX_IDS) }),
  z.object({ query: z.string().trim().max(80) }),
]);

export type TagLookupInput = z.output<typeof tagLookupSchema>;

/** A tag as the editor shows it. */
export type TagOption = { id: string; name: string };
