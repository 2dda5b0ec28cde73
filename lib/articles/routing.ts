import "server-only";
import { db } from "@/lib/db/client";
import { slugSchema } from "./slug";

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
  const now = new Date();
  const article = await db.article.findFirst({
    where: { slug, status: "PUBLISHED", publishedAt: { lte: now } },
    select: { id: true },
  });
  if (article) return { kind: "found" };
  const redirect = await db.slugRedirect.findUnique({
    where: { slug },
    select: { article: { select: { slug: true, status: true, publishedAt: true } } },
  });
  const target = redirect?.article;
  if (target && target.status === "PUBLISHED" && target.publishedAt && target.publishedAt <= now) {
    return { kind: "moved", slug: target.slug };
  }
  return { kind: "missing" };
}
