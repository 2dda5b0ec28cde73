import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { isPageInRange, parsePageParam } from "./pagination";
import { slugSchema } from "./slug";
import { publishedArticleWhere } from "./visibility";

export type ArticleRoute = { kind: "found" } | { kind: "moved"; slug: string } | { kind: "missing" };

/**
 * Decides, before any HTML is sent, whether /berita/<slug> exists for readers: published
 * and due, moved (an old slug that now redirects), or missing. The proxy calls it so a
 * draft, a future article or a typo answers with a real 404 status; with Cache Components
 * a page cannot change its status once the prerendered shell has been streamed.
 * One indexed lookup on articles.slug (and slug_redirects on a miss).
 */
export async function resolveArticleRoute(rawSlug: string): Promise<ArticleRoute> {
  const parsed = slugSchema.safeParse(rawSlug);
  if (!parsed.success) return { kind: "missing" };
  const slug = parsed.data;
  const published = publishedArticleWhere(new Date());
  const article = await db.article.findFirst({ where: { slug, ...published }, select: { id: true } });
  if (article) return { kind: "found" };
  const redirect = await db.slugRedirect.findFirst({
    where: { slug, article: published },
    select: { article: { select: { slug: true } } },
  });
  return redirect ? { kind: "moved", slug: redirect.article.slug } : { kind: "missing" };
}

/** Public author addresses (/penulis/<username>): the same characters staff usernames are made of. */
export const usernameSchema = z.string().regex(/^[a-z0-9_.-]{1,40}$/);

/** The public lists whose addresses the proxy checks. */
export type ListKind = "category" | "tag" | "author";

export type ListRoute = { kind: "found" } | { kind: "missing" };

const FOUND: ListRoute = { kind: "found" };
const MISSING: ListRoute = { kind: "missing" };

/**
 * Decides, before any HTML is sent, whether a list page exists for readers:
 * /kategori/<slug>, /tag/<slug> or /penulis/<username>, with `?halaman=N`. A category
 * exists on its own (an empty one still has its page 1); a tag or an author exists
 * only while they have a published, due article, so a staff account without a public
 * byline stays invisible. Pages past the last one, and page numbers that are not
 * plain positive integers, are missing. One indexed query with a filtered count.
 */
export async function resolveListRoute(list: ListKind, rawKey: string, rawPage: readonly string[]): Promise<ListRoute> {
  const page = parsePageParam(rawPage);
  if (page === null) return MISSING;
  const published = publishedArticleWhere(new Date());

  let total: number;
  switch (list) {
    case "category": {
      const slug = slugSchema.safeParse(rawKey);
      if (!slug.success) return MISSING;
      const category = await db.category.findUnique({
        where: { slug: slug.data },
        select: { _count: { select: { articles: { where: published } } } },
      });
      if (!category) return MISSING;
      total = category._count.articles;
      break;
    }
    case "tag": {
      const slug = slugSchema.safeParse(rawKey);
      if (!slug.success) return MISSING;
      const tag = await db.tag.findUnique({
        where: { slug: slug.data },
        select: { _count: { select: { articles: { where: { article: published } } } } },
      });
      if (!tag || tag._count.articles === 0) return MISSING;
      total = tag._count.articles;
      break;
    }
    case "author": {
      const username = usernameSchema.safeParse(rawKey);
      if (!username.success) return MISSING;
      const writer = await db.user.findUnique({
        where: { username: username.data },
        select: { _count: { select: { articlesWritten: { where: published } } } },
      });
      if (!writer || writer._count.articlesWritten === 0) return MISSING;
      total = writer._count.articlesWritten;
      break;
    }
  }
  return isPageInRange(page, total) ? FOUND : MISSING;
}
