import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { articleTags } from "@/lib/articles/cache";
import { slugSchema } from "@/lib/articles/slug";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { publishedArticleSql, publishedArticleWhere } from "@/lib/articles/visibility";

/**
 * Public reads for RSS feeds and sitemaps. Like lib/articles/queries, every function
 * returns only PUBLISHED articles whose publish time has passed, as view shapes: the
 * writer's display name and username, never an e-mail or a role.
 */

/** Items per RSS feed. */
export const FEED_SIZE = 30;
/** Google News reads at most 1,000 URLs per news sitemap. */
const NEWS_SITEMAP_LIMIT = 1_000;
/** Google News only wants articles from the last two days. */
const NEWS_WINDOW_MS = 48 * 3_600_000;
/** A sitemap holds at most 50,000 URLs (sitemaps.org): the size of each article sitemap. */
export const SITEMAP_URL_LIMIT = 50_000;

export type FeedArticle = {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  category: { slug: string; name: string };
  writer: { displayName: string };
  /** Id of the cover image, whose share rendition is /media/<id>/og.jpg. */
  coverImageId: string | null;
  /** Bytes of that og.jpg; null when the upload predates recording it (read from storage then). */
  coverOgByteSize: number | null;
};

const feedSelect = {
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  coverImageId: true,
  coverImage: { select: { ogByteSize: true } },
  category: { select: { slug: true, name: true } },
  writer: { select: { displayName: true } },
} satisfies Prisma.ArticleSelect;

function toFeedArticle(row: Prisma.ArticleGetPayload<{ select: typeof feedSelect }>): FeedArticle {
  return {
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    // The where clause guarantees it; Prisma types it nullable because drafts have none.
    publishedAt: row.publishedAt ?? new Date(0),
    category: row.category,
    writer: row.writer,
    coverImageId: row.coverImageId,
    coverOgByteSize: row.coverImage?.ogByteSize ?? null,
  };
}

async function findFeedArticles(where: Prisma.ArticleWhereInput): Promise<FeedArticle[]> {
  const rows = await db.article.findMany({
    where: { ...where, ...publishedArticleWhere(new Date()) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: feedSelect,
  });
  return rows.map(toFeedArticle);
}

/** The newest published articles of the whole portal, for /rss.xml. */
export async function listFeedArticles(): Promise<FeedArticle[]> {
  "use cache";
  cacheLife("public");
  cacheTag(articleTags.lists);
  return findFeedArticles({});
}

export type CategoryFeed = {
  category: { slug: string; name: string; description: string };
  articles: FeedArticle[];
};

/** A category and its newest published articles, or null for an unknown or malformed slug. */
export async function getCategoryFeed(rawSlug: string): Promise<CategoryFeed | null> {
  const parsed = slugSchema.safeParse(rawSlug);
  if (!parsed.success) return null;
  return readCategoryFeed(parsed.data);
}

async function readCategoryFeed(slug: string): Promise<CategoryFeed | null> {
  "use cache";
  cacheTag(articleTags.lists, articleTags.category(slug), articleTags.categories);
  const category = await db.category.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
  if (!category) {
    cacheLife("publicMissing");
    return null;
  }
  cacheLife("public");
  const articles = await findFeedArticles({ categoryId: category.id });
  return { category: { slug: category.slug, name: category.name, description: category.description }, articles };
}

export type NewsSitemapArticle = { slug: string; title: string; publishedAt: Date };

/** Articles published in the last 48 hours, newest first, for the Google News sitemap. */
export async function listRecentNewsArticles(): Promise<NewsSitemapArticle[]> {
  "use cache";
  cacheLife("public");
  cacheTag(articleTags.lists);
  const now = new Date();
  const rows = await db.article.findMany({
    where: { AND: [publishedArticleWhere(now), { publishedAt: { gte: new Date(now.getTime() - NEWS_WINDOW_MS) } }] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: NEWS_SITEMAP_LIMIT,
    select: { slug: true, title: true, publishedAt: true },
  });
  return rows.map((row) => ({ slug: row.slug, title: row.title, publishedAt: row.publishedAt ?? new Date(0) }));
}

export type SitemapOverview = {
  /** Published articles: they fill ceil(articleCount / page size) article sitemaps. */
  articleCount: number;
  /** When the newest article was published (the home page's last change), or null on an empty portal. */
  latestPublishedAt: Date | null;
};

/** How many article sitemaps there are, for the sitemap index. */
export async function getSitemapOverview(): Promise<SitemapOverview> {
  "use cache";
  cacheLife("public");
  cacheTag(articleTags.lists);
  const [row] = await db.$queryRaw<{ total: number; latest: Date | null }[]>`
    SELECT count(*)::int AS total, max(a.published_at) AS latest
      FROM articles a
     WHERE ${publishedArticleSql(new Date())}`;
  return { articleCount: row?.total ?? 0, latestPublishedAt: row?.latest ?? null };
}

export type SitemapArticle = { slug: string; updatedAt: Date };

/**
 * Article sitemap `part` (from 1): the published articles ranked (part − 1) × pageSize + 1
 * to part × pageSize by publish time, oldest first (the id breaks ties). Oldest first, so a
 * new article joins the last part and every earlier part keeps its articles; only an
 * unpublished or re-dated article moves the ones after it by one place. Read from the
 * sitemap index (migrations/20261130150000_add_sitemap_and_title_indexes) without touching the table.
 */
export async function listSitemapArticles(part: number, pageSize = SITEMAP_URL_LIMIT): Promise<SitemapArticle[]> {
  "use cache";
  cacheLife("public");
  cacheTag(articleTags.lists);
  const rows = await db.$queryRaw<{ slug: string; updated_at: Date }[]>`
    SELECT a.slug, a.updated_at
      FROM articles a
     WHERE ${publishedArticleSql(new Date())}
     ORDER BY a.published_at ASC, a.id ASC
    OFFSET ${(part - 1) * pageSize}
     LIMIT ${pageSize}`;
  return rows.map((row) => ({ slug: row.slug, updatedAt: row.updated_at }));
}

export type SitemapSections = {
  categories: { slug: string }[];
  /** Tags with at least one published article. */
  tags: { slug: string }[];
  /** Writers with at least one published article. */
  authors: { username: string }[];
};

/**
 * The list pages worth crawling: categories, and tags and writers with published work,
 * at most `limit` addresses together: categories first, then writers, then tags (a portal
 * with more than that has the last ones, in slug order, left out).
 */
export async function getSitemapSections(limit = SITEMAP_URL_LIMIT): Promise<SitemapSections> {
  "use cache";
  cacheLife("public");
  cacheTag(articleTags.lists, articleTags.categories);
  const now = new Date();
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    take: Math.max(0, limit),
    select: { slug: true },
  });
  const authors = await db.user.findMany({
    where: { articlesWritten: { some: publishedArticleWhere(now) } },
    orderBy: { username: "asc" },
    take: Math.max(0, limit - categories.length),
    select: { username: true },
  });
  // A tag's links carry their article's publish time while it is published (schema.prisma).
  const tags = await db.tag.findMany({
    where: { articles: { some: { articlePublishedAt: { lte: now } } } },
    orderBy: { slug: "asc" },
    take: Math.max(0, limit - categories.length - authors.length),
    select: { slug: true },
  });
  return { categories, tags, authors };
}
