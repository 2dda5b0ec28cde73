import "server-only";
import { db } from "@/lib/db/client";
import { uniqueSuffix } from "./factories";

/**
 * Tags for integration and end-to-end tests, kept apart from ./factories so the list
 * pages could be tested without touching the shared factory file. Unique slugs; the
 * caller deletes what it made with deleteTestTags (article links go with the tag).
 */
export async function createTestTag(options: { name?: string; articleIds?: string[] } = {}) {
  const suffix = uniqueSuffix();
  return db.tag.create({
    data: {
      slug: `tag-uji-${suffix}`,
      name: `${options.name ?? "Tag Uji"} ${suffix}`,
      articles: { create: (options.articleIds ?? []).map((articleId) => ({ articleId })) },
    },
  });
}

export async function deleteTestTags(tagIds: string[]) {
  if (tagIds.length) await db.tag.deleteMany({ where: { id: { in: tagIds } } });
}
