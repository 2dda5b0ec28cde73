import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/generated/client";
import { FieldConflictError } from "@/lib/errors";
import { slugify } from "./slug";

/**
 * Which public address an article gets. A slug follows the title until the article is
 * first published, then it is frozen: only someone who may publish can change it, and
 * the old address keeps working as a redirect. Every check runs inside the caller's
 * transaction; the unique index on articles.slug has the last word on a race.
 */

type Tx = Prisma.TransactionClient;

export const SLUG_TAKEN = "Slug sudah dipakai artikel lain. Pilih slug yang berbeda.";

/** The slug a title gives, "artikel" for a title without letters or digits. */
export function derivedSlugBase(title: string): string {
  return slugify(title) || "artikel";
}

/** Whether a slug is the title's slug (or a numbered variant of it), i.e. still following the title. */
function followsTitle(slug: string, title: string): boolean {
  const base = derivedSlugBase(title);
  return slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)));
}

async function isSlugFree(tx: Tx, slug: string, articleId: string | null): Promise<boolean> {
  // One query at a time: a transaction is a single connection.
  const article = await tx.article.findFirst({
    where: { slug, ...(articleId ? { NOT: { id: articleId } } : {}) },
    select: { id: true },
  });
  if (article) return false;
  const redirect = await tx.slugRedirect.findFirst({
    where: { slug, ...(articleId ? { NOT: { articleId } } : {}) },
    select: { slug: true },
  });
  return redirect === null;
}

/** `base`, or `base-2`, `base-3` … whichever no other article (or old address) uses. */
export async function uniqueSlug(tx: Tx, base: string, articleId: string | null): Promise<string> {
  const trimmed = base.slice(0, 150).replace(/-+$/g, "") || "artikel";
  if (await isSlugFree(tx, trimmed, articleId)) return trimmed;
  for (let n = 2; n < 100; n++) {
    const candidate = `${trimmed}-${n}`;
    if (await isSlugFree(tx, candidate, articleId)) return candidate;
  }
  return `${trimmed}-${Date.now().toString(36)}`;
}

export type SlugChange = { slug: string; redirectFrom: string | null };

/**
 * The slug an article gets when its form is saved, and the old address to redirect from
 * when a published slug changes. Throws FieldConflictError for a slug in use elsewhere and
 * ForbiddenError when someone who may not publish tries to move a published address.
 */
export async function nextSlug(
  tx: Tx,
  actor: Actor,
  article: { id: string; slug: string; title: string; publishedAt: Date | null },
  input: { title: string; slug?: string },
): Promise<SlugChange> {
  const { id } = article;
  if (article.publishedAt !== null) {
    // CASE: published at least once; the slug is frozen and changes only on purpose.
    if (input.slug && input.slug !== article.slug) {
      assertCan(actor, "article.publish");
      if (!(await isSlugFree(tx, input.slug, id))) throw new FieldConflictError("slug", SLUG_TAKEN);
      return { slug: input.slug, redirectFrom: article.slug };
    }
    return { slug: article.slug, redirectFrom: null };
  }
  if (input.slug && input.slug !== article.slug) {
    // CASE: never published, slug set by hand.
    if (!(await isSlugFree(tx, input.slug, id))) throw new FieldConflictError("slug", SLUG_TAKEN);
    return { slug: input.slug, redirectFrom: null };
  }
  if (followsTitle(article.slug, article.title)) {
    // CASE: never published and the slug still follows the title.
    const slug = followsTitle(article.slug, input.title)
      ? article.slug
      : await uniqueSlug(tx, derivedSlugBase(input.title), id);
    return { slug, redirectFrom: null };
  }
  return { slug: article.slug, redirectFrom: null };
}

/** Leaves `redirectFrom` pointing at the article; an address it used before becomes live again. */
export async function recordSlugRedirect(tx: Tx, articleId: string, change: SlugChange): Promise<void> {
  if (!change.redirectFrom) return;
  await tx.slugRedirect.deleteMany({ where: { slug: change.slug, articleId } });
  await tx.slugRedirect.upsert({
    where: { slug: change.redirectFrom },
    create: { slug: change.redirectFrom, articleId },
    update: { articleId },
  });
}
