import "server-only";
import { slugify } from "@/lib/articles/slug";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { TAG_SEARCH_LIMIT, type TagOption } from "./schema";

/**
 * Tags for the article editor. A portal keeps thousands of tags, so the editor never
 * loads them all: it asks for the few that match what the writer types.
 */

/** `%` and `_` in a reader's text are letters, not LIKE wildcards. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Anyone who may write articles. Up to TAG_SEARCH_LIMIT tags whose name (or slug) contains
 * `query`: the exact name first, then names starting with it, then names with a word
 * starting with it, then the rest, each by name ignoring case (the same on a server whose
 * collation is "C", where every capital would otherwise sort before every small letter).
 */
export async function searchTagOptions(actor: Actor, query: string): Promise<TagOption[]> {
  assertCan(actor, "article.create");
  const text = query.trim();
  if (!text) return [];
  const contains = `%${likeLiteral(text)}%`;
  const slug = slugify(text, 80);
  return db.$queryRaw<TagOption[]>`
    SELECT t.id::text AS id, t.name
      FROM tags t
     WHERE t.name ILIKE ${contains} OR (${slug} <> '' AND t.slug LIKE ${`%${likeLiteral(slug)}%`})
     ORDER BY lower(t.name) = lower(${text}) DESC,
              t.name ILIKE ${`${likeLiteral(text)}%`} DESC,
              t.name ILIKE ${`% ${likeLiteral(text)}%`} DESC,
              lower(t.name) ASC, t.name ASC, t.id ASC
     LIMIT ${TAG_SEARCH_LIMIT}`;
}

/** Anyone who may write articles. The named tags (unknown ids are left out), by name. */
export async function getTagOptions(actor: Actor, ids: readonly string[]): Promise<TagOption[]> {
  assertCan(actor, "article.create");
  return db.tag.findMany({
    where: { id: { in: [...ids] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
