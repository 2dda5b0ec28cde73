import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { boundedCount } from "@/lib/bounds";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { articleTags } from "./cache";
import { LIST_PAGE_SIZE, pageCountFor, pageOffset } from "./pagination";
import { articleCardSelect, toArticleCard, type ArticleCard } from "./queries";
import { publishedArticleWhere } from "./visibility";

/**
 * Public paginated lists: one category, one tag, one author. Like ./queries, every
 * function returns only PUBLISHED articles whose publish time has passed, newest first,
 * as view shapes (an author is a display name and a username, never a staff row), and
 * is cached with tags from ./cache so any publish, edit or unpublish refreshes it.
 *
 * Callers pass slugs and page numbers already parsed (slugSchema, usernameSchema,
 * parsePageParam). A page past the end comes back with no items: the proxy has
 * already answered such addresses with a 404 (lib/articles/routing.ts).
 */

/** One page of a list, plus where it sits in the whole list. */
export type ArticleListPage = {
  items: ArticleCard[];
  /** Published articles in the whole list, not just this page. */
  total: number;
  page: number;
  /** At least 1: an empty list still has its first page. */
  pageCount: number;
};

export type CategoryArticleList = ArticleListPage & {
  category: { slug: string; name: string; description: string };
};

export type TagArticleList = ArticleListPage & { tag: { slug: string; name: string } };

export type AuthorArticleList = ArticleListPage & { author: { username: string; displayName: string } };

// Newest first; the id breaks ties so pages never overlap or skip an article.
const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/** The answer for a list that does not exist (a 404 page): checked again within a minute. */
function missingList(): null {
  cacheLife("publicMissing");
  return null;
}

async function listPage(where: Prisma.ArticleWhereInput, page: number): Promise<ArticleListPage> {
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: newestFirst,
      // 999999: the largest page number ?halaman= accepts (./pagination).
      skip: pageOffset(boundedCount(page, 999_999)),
      take: LIST_PAGE_SIZE,
      select: articleCardSelect,
    }),
  ]);
  return { items: rows.map(toArticleCard), total, page, pageCount: pageCountFor(total) };
}

/** A category's published articles, newest first; null for an unknown category. An empty category is a list with no items. */
export async function listCategoryArticles(slug: string, page: number): Promise<CategoryArticleList | null> {
  "use cache";
  cacheTag(articleTags.lists, articleTags.category(slug));
  const category = await db.category.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
  if (!category) return missingList();
  const list = await listPage({ categoryId: category.id, ...publishedArticleWhere(new Date()) }, page);
  cacheLife("public");
  return { ...list, category: { slug: category.slug, name: category.name, description: category.description } };
}

/** A tag's published articles, newest first; null for an unknown tag or one with no published article. */
export async function listTagArticles(slug: string, page: number): Promise<TagArticleList | null> {
  "use cache";
  cacheTag(articleTags.lists, articleTags.tag(slug));
  const tag = await db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!tag) return missingList();
  const list = await listPage({ tags: { some: { tagId: tag.id } }, ...publishedArticleWhere(new Date()) }, page);
  if (list.total === 0) return missingList();
  cacheLife("public");
  return { ...list, tag: { slug: tag.slug, name: tag.name } };
}

/**
 * An author's published articles, newest first. Null for an unknown username and for
 * staff with nothing published, so the public side never reveals an account that has
 * no public byline. Only the display name and username leave this function.
 */
export async function listAuthorArticles(username: string, page: number): Promise<AuthorArticleList | null> {
  "use cache";
  cacheTag(articleTags.lists, articleTags.author(username));
  const writer = await db.user.findUnique({
    where: { username },
    select: { id: true, username: true, displayName: true },
  });
  if (!writer) return missingList();
  const list = await listPage({ writerId: writer.id, ...publishedArticleWhere(new Date()) }, page);
  if (list.total === 0) return missingList();
  cacheLife("public");
  return { ...list, author: { username: writer.username, displayName: writer.displayName } };
}
