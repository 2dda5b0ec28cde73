import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { articleTags } from "@/lib/articles/cache";
import { slugSchema } from "@/lib/articles/slug";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { publishedArticleWhere } from "@/lib/articles/visibility";

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
/**
 * A sitemap holds at most 50,000 URLs; articles get what the other sections leave.
 * TODO: split with generateSitemaps once the archive approaches this (decades away at
 * a regional newsroom's pace).
 */
const SITEMAP_ARTICLE_LIMIT = 45_000;

export type FeedArticle = {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  category: { slug: string; name: string };
  writer: { displayName: string };
  /** Id of the cover image, whose share rendition is /media/<id>/og.jpg. */
  coverImageId: string | null;
};

const feedSelect = {
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  coverImageId: true,
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

export type SitemapIndex = {
  /** When the newest article was published (the home page's last change), or null on an empty portal. */
  latestPublishedAt: Date | null;
  categories: { slug: string }[];
  /** Tags with at least one published article. */
  tags: { slug: string }[];
  /** Writers with at least one published article. */
  authors: { username: string }[];
  articles: { slug: string; updatedAt: Date }[];
};

/** Every public address worth crawling: categories, tags and authors with published work, and the articles. */
export async function getSitemapIndex(): Promise<SitemapIndex> {
  "use cache";
  cacheLife("public");
  cacheTag(articleTags.lists, articleTags.categories);
  const published = publishedArticleWhere(new Date());
  const [categories, tags, authors, articles] = await Promise.all([
    db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { slug: true } }),
    db.tag.findMany({
      where: { articles: { some: { article: published } } },
      orderBy: { slug: "asc" },
      select: { slug: true },
    }),
    db.user.findMany({
      where: { articlesWritten: { some: published } },
      orderBy: { username: "asc" },
      select: { username: true },
    }),
    db.article.findMany({
      where: published,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: SITEMAP_ARTICLE_LIMIT,
      select: { slug: true, updatedAt: true, publishedAt: true },
    }),
  ]);
  return {
    latestPublishedAt: articles[0]?.publishedAt ?? null,
    categories,
    tags,
    authors,
    articles: articles.map(({ slug, updatedAt }) => ({ slug, updatedAt })),
  };
}
