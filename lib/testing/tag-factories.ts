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

/** `count` tags named "<prefix> 0001" onwards, in one insert: a portal-sized vocabulary. Returns their ids. */
export async function createManyTestTags(prefix: string, count: number): Promise<string[]> {
  const suffix = uniqueSuffix();
  const rows = Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(4, "0");
    return { slug: `tag-massal-${suffix}-${number}`, name: `${prefix} ${number}` };
  });
  await db.tag.createMany({ data: rows });
  const made = await db.tag.findMany({
    where: { slug: { startsWith: `tag-massal-${suffix}-` } },
    select: { id: true },
  });
  return made.map((tag) => tag.id);
}

/** Deletes the tags with these names (tags a test created through the editor), with their links. */
export async function deleteTestTagsNamed(names: string[]) {
  if (names.length) await db.tag.deleteMany({ where: { name: { in: names } } });
}
