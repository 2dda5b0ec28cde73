import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/db/generated/client";

/**
 * Which articles someone may see, as query filters: the one place that says it. Readers
 * see articles that are published and due; staff see every article when the permission
 * table gives them `article.viewAll`, otherwise only their own. No `next/cache` here: the
 * proxy uses these too (lib/articles/routing).
 */

/** Only what a reader may see: published, and not in the future. */
export function publishedArticleWhere(now: Date): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

/** publishedArticleWhere for raw SQL, on the articles table under `alias`. */
export function publishedArticleSql(now: Date, alias = "a"): Prisma.Sql {
  const table = Prisma.raw(alias);
  return Prisma.sql`${table}.status = 'PUBLISHED' AND ${table}.published_at <= ${now}`;
}

/** The articles a staff member may see in the dashboard: all of them, or (writers) their own. */
export function staffArticleWhere(actor: Actor): Prisma.ArticleWhereInput {
  return can(actor, "article.viewAll") ? {} : { writerId: actor.id };
}
