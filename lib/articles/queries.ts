import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { boundedCount } from "@/lib/bounds";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { bodyToPlainText, leadSentences, readStoredBody, type ArticleBody } from "./body";
import { articleReadTags, articleTags } from "./cache";
import { publishedArticleWhere } from "./visibility";

/**
 * Public reads. Every function here returns only PUBLISHED articles whose publish
 * time has passed, as view shapes (never staff rows), and is cached with tags from
 * ./cache so a publish, edit or unpublish refreshes it at once.
 */

export type ArticleCard = {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  category: { slug: string; name: string };
  writer: { username: string; displayName: string };
  cover: ArticleCover | null;
};

/** The cover image as a page needs it: URLs come from lib/media/urls with the id and a stored width. */
export type ArticleCover = {
  id: string;
  alt: string;
  width: number;
  height: number;
  variantWidths: number[];
  caption: string;
};

/** The fields an ArticleCard needs; every public list selects these, never whole rows. */
export const articleCardSelect = {
  id: true,
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  category: { select: { slug: true, name: true } },
  writer: { select: { username: true, displayName: true } },
  coverCaption: true,
  coverImage: { select: { id: true, alt: true, width: true, height: true, variantWidths: true } },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>;

export function toArticleCard(row: CardRow): ArticleCard {
  return {
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    // The where clause guarantees it; Prisma types it nullable because drafts have none.
    publishedAt: row.publishedAt ?? new Date(0),
    category: row.category,
    writer: row.writer,
    cover: row.coverImage ? { ...row.coverImage, caption: row.coverCaption } : null,
  };
}

/** The newest published articles, newest first. */
export async function listLatestArticles(limit: number): Promise<ArticleCard[]> {
  "use cache";
  cacheLife("public");
  cacheTag(articleTags.lists);
  const rows = await db.article.findMany({
    where: publishedArticleWhere(new Date()),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: boundedCount(limit, 50),
    select: articleCardSelect,
  });
  return rows.map(toArticleCard);
}

export type ArticlePage = ArticleCard & {
  id: string;
  body: ArticleBody;
  dateline: string;
  updatedAt: Date;
  /** The Ringkasan, else the body's first sentences: meta description, og:description, JSON-LD. */
  description: string;
  /** "(Prb/ty)": as stored for an imported article, else writer's then publishing editor's initials. */
  signOff: string;
  tags: { slug: string; name: string }[];
  views: number;
};

/** One published article by its current slug, or null (drafts, future and unknown slugs alike). */
export async function getPublishedArticle(slug: string): Promise<ArticlePage | null> {
  "use cache";
  cacheTag(articleTags.article(slug));
  const row = await db.article.findFirst({
    where: { slug, ...publishedArticleWhere(new Date()) },
    select: {
      ...articleCardSelect,
      id: true,
      body: true,
      dateline: true,
      signOff: true,
      updatedAt: true,
      writer: { select: { username: true, displayName: true, initials: true } },
      editor: { select: { initials: true } },
      tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
      stats: { select: { views: true } },
    },
  });
  if (!row) {
    // CASE: no such published article: checked again soon, and at once when one appears
    // under this slug (its publish invalidates the tag above).
    cacheLife("publicMissing");
    return null;
  }
  cacheLife("public");
  cacheTag(
    ...articleReadTags({ slug: row.slug, categorySlug: row.category.slug, writerUsername: row.writer.username }),
  );
  const initials = [row.writer.initials, row.editor?.initials].filter(Boolean).join("/");
  // A body that fails today's allowlist still renders what is valid (never a broken page).
  const stored = readStoredBody(row.body);
  if (stored.dropped > 0)
    console.warn("Article body has parts that cannot be shown", { slug, dropped: stored.dropped });
  return {
    ...toArticleCard(row),
    writer: { username: row.writer.username, displayName: row.writer.displayName },
    id: row.id,
    body: stored.body,
    dateline: row.dateline,
    updatedAt: row.updatedAt,
    description: row.excerpt.trim() || leadSentences(bodyToPlainText(stored.body)),
    signOff: row.signOff ?? (initials ? `(${initials})` : ""),
    tags: row.tags.map(({ tag }) => tag),
    views: Number(row.stats?.views ?? 0),
  };
}

/**
 * The current slug of the published article that used to live at `slug`, or null.
 * Old addresses keep working after a slug change (a 308 from the article page).
 */
export async function getMovedArticleSlug(slug: string): Promise<string | null> {
  "use cache";
  cacheLife("publicMissing");
  cacheTag(articleTags.article(slug));
  const redirect = await db.slugRedirect.findUnique({
    where: { slug },
    select: { article: { select: { slug: true, status: true, publishedAt: true } } },
  });
  const target = redirect?.article;
  if (!target || target.status !== "PUBLISHED" || !target.publishedAt || target.publishedAt > new Date()) return null;
  // Unpublishing or renaming the target invalidates its tag, and with it this answer.
  cacheTag(articleTags.article(target.slug));
  return target.slug;
}
