import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { articleTags } from "@/lib/articles/cache";
import { db } from "@/lib/db/client";

export type CategoryLink = { slug: string; name: string };

/** Categories in masthead order. */
export async function listCategories(): Promise<CategoryLink[]> {
  "use cache";
  cacheLife("publicStructure");
  cacheTag(articleTags.categories, articleTags.site);
  return db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true, name: true } });
}
