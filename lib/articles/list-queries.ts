import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { articleTags } from "./cache";
import { pageCountFor, pageFromNearerEnd, type PageRead } from "./pagination";
import { articleCardSelect, toArticleCard, type ArticleCard } from "./queries";
import { publishedArticleWhere } from "./visibility";

/**
 * Public paginated lists: one category, one tag, one author. Like ./queries, every
 * function returns only PUBLISHED articles whose publish time has passed, newest first,
 * as view shapes (an author is a display name and a username, never a staff row), and
 * is cached with tags from ./cache so any publish, edit or unpublish refreshes it.
 *
 * Callers pass slugs and page numbers already parsed (slugSchema, usernameSchema,
 * parsePageParam). A page past the end comes back with no items; the list route answers
 * such addresses with a 404 (app/(site)/_lists/list-route.tsx).
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

/** The answer for a list that does not exist (a 404 page): checked again within a minute. */
function missingList(): null {
  cacheLife("publicMissing");
  return null;
}

/**
 * How a list finds its articles: a count and one page of ids, newest first with the id as
 * tie-breaker. Both read one index only (the list's key, then publish time and id): the
 * count scans the list's own entries, and a page skips at most half of them
 * (pageFromNearerEnd), so no page slows down with the rest of the portal or with its depth.
 */
type ListSource = {
  count(now: Date): Promise<number>;
  pageIds(now: Date, window: PageRead): Promise<string[]>;
};

/** A list of articles filtered on the articles table itself (a category, a writer). */
function articleListSource(filter: Prisma.ArticleWhereInput): ListSource {
  const where = (now: Date) => ({ ...filter, ...publishedArticleWhere(now) });
  return {
    count: (now) => db.article.count({ where: where(now) }),
    async pageIds(now, { skip, take, fromNewest }) {
      const order = fromNewest ? "desc" : "asc";
      const rows = await db.article.findMany({
        where: where(now),
        orderBy: [{ publishedAt: order }, { id: order }],
        skip,
        take,
        select: { id: true },
      });
      return rows.map((row) => row.id);
    },
  };
}

/**
 * A tag's list, read from its links alone: article_tags carries each article's publish
 * time while it is published (kept by database triggers, see prisma/schema.prisma).
 */
function tagListSource(tagId: string): ListSource {
  const where = (now: Date) => ({ tagId, articlePublishedAt: { lte: now } });
  return {
    count: (now) => db.articleTag.count({ where: where(now) }),
    async pageIds(now, { skip, take, fromNewest }) {
      const order = fromNewest ? "desc" : "asc";
      const rows = await db.articleTag.findMany({
        where: where(now),
        orderBy: [{ articlePublishedAt: order }, { articleId: order }],
        skip,
        take,
        select: { articleId: true },
      });
      return rows.map((row) => row.articleId);
    },
  };
}

async function listPage(source: ListSource, page: number): Promise<ArticleListPage> {
  const now = new Date();
  const total = await source.count(now);
  const window = pageFromNearerEnd(total, page);
  let items: ArticleCard[] = [];
  if (window) {
    const ids = await source.pageIds(now, window);
    if (!window.fromNewest) ids.reverse();
    // The cards themselves: only the page's rows, and still only published ones.
    const rows = await db.article.findMany({
      where: { id: { in: ids }, ...publishedArticleWhere(now) },
      select: articleCardSelect,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    items = ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toArticleCard(row)] : [];
    });
  }
  return { items, total, page, pageCount: pageCountFor(total) };
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
  const list = await listPage(articleListSource({ categoryId: category.id }), page);
  cacheLife("public");
  return { ...list, category: { slug: category.slug, name: category.name, description: category.description } };
}

/** A tag's published articles, newest first; null for an unknown tag or one with no published article. */
export async function listTagArticles(slug: string, page: number): Promise<TagArticleList | null> {
  "use cache";
  cacheTag(articleTags.lists, articleTags.tag(slug));
  const tag = await db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!tag) return missingList();
  const list = await listPage(tagListSource(tag.id), page);
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
  const list = await listPage(articleListSource({ writerId: writer.id }), page);
  if (list.total === 0) return missingList();
  cacheLife("public");
  return { ...list, author: { username: writer.username, displayName: writer.displayName } };
}
