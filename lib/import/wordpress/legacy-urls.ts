import "server-only";
import { publishedArticleWhere } from "@/lib/articles/visibility";
import { db } from "@/lib/db/client";
import { legacyPathKey } from "./permalinks";

/**
 * Where an address of the old WordPress site lives now: `/berita/<slug>` for a post that
 * is published here, `/kategori/<slug>` for a category archive, `/penulis/<username>`
 * for an author archive; null for anything else (including a post unpublished since).
 * One primary-key lookup. Callers answer 308 with the path, or 404 for null.
 */
export async function resolveLegacyUrl(pathname: string, searchParams?: URLSearchParams): Promise<string | null> {
  const path = legacyPathKey(pathname, searchParams);
  if (!path) return null;
  const row = await db.legacyUrl.findFirst({
    where: {
      path,
      OR: [{ article: publishedArticleWhere(new Date()) }, { categoryId: { not: null } }, { userId: { not: null } }],
    },
    select: {
      article: { select: { slug: true } },
      category: { select: { slug: true } },
      user: { select: { username: true } },
    },
  });
  if (row?.article) return `/berita/${row.article.slug}`;
  if (row?.category) return `/kategori/${row.category.slug}`;
  if (row?.user) return `/penulis/${row.user.username}`;
  return null;
}
