import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { invalidateArticle, invalidateCategories, type ArticleCacheKey } from "@/lib/articles/cache";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { FieldConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { NO_REQUEST, type RequestMeta } from "@/lib/request";
import type { CategoryInput, MoveDirection } from "./schema";

type Tx = Prisma.TransactionClient;

async function assertUnique(tx: Tx, input: CategoryInput, exceptId?: string): Promise<void> {
  const notSelf = exceptId ? { id: { not: exceptId } } : {};
  if (await tx.category.findFirst({ where: { slug: input.slug, ...notSelf }, select: { id: true } })) {
    throw new FieldConflictError("slug", "Slug ini sudah dipakai kategori lain.");
  }
  const sameName = await tx.category.findFirst({
    where: { name: { equals: input.name, mode: "insensitive" }, ...notSelf },
    select: { id: true },
  });
  if (sameName) throw new FieldConflictError("name", "Nama ini sudah dipakai kategori lain.");
}

function mapUniqueViolation(error: unknown): never {
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
    throw new FieldConflictError("slug", "Slug ini sudah dipakai kategori lain.");
  }
  throw error;
}

/** EDITOR and ADMIN. Adds a category at the end of the order; audited as category.create. */
export async function createCategory(
  actor: Actor,
  input: CategoryInput,
  meta: RequestMeta = NO_REQUEST,
): Promise<{ id: string }> {
  assertCan(actor, "category.manage");
  try {
    const created = await db.$transaction(async (tx) => {
      await assertUnique(tx, input);
      const last = await tx.category.aggregate({ _max: { position: true } });
      const category = await tx.category.create({
        data: {
          name: input.name,
          slug: input.slug,
          description: input.description,
          position: (last._max.position ?? -1) + 1,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "category.create",
        targetType: "category",
        targetId: category.id,
        details: { name: input.name, slug: input.slug },
        ip: meta.ip,
      });
      return category;
    });
    invalidateCategories();
    return created;
  } catch (error) {
    return mapUniqueViolation(error);
  }
}

/**
 * EDITOR and ADMIN. Renames or edits a category; audited as category.update. A slug change
 * moves the public category URL (the old one becomes a 404; there are no category redirects).
 * Cached pages of the category and of its articles show the new name on their next request.
 */
export async function updateCategory(
  actor: Actor,
  categoryId: string,
  input: CategoryInput,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "category.manage");
  let previousSlug: string;
  try {
    previousSlug = await db.$transaction(async (tx) => {
      const before = await tx.category.findUnique({ where: { id: categoryId } });
      if (!before) throw new NotFoundError("Kategori tidak ditemukan.");
      await assertUnique(tx, input, categoryId);
      await tx.category.update({
        where: { id: categoryId },
        data: { name: input.name, slug: input.slug, description: input.description },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "category.update",
        targetType: "category",
        targetId: categoryId,
        details: { from: { name: before.name, slug: before.slug }, to: { name: input.name, slug: input.slug } },
        ip: meta.ip,
      });
      return before.slug;
    });
  } catch (error) {
    mapUniqueViolation(error);
  }
  invalidateCategories(previousSlug, input.slug);
}

/**
 * EDITOR and ADMIN. Swaps a category with its neighbour above or below; positions are
 * renumbered 0…n-1 in the same transaction so gaps or ties left by older data disappear.
 */
export async function moveCategory(
  actor: Actor,
  categoryId: string,
  direction: MoveDirection,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "category.manage");
  const moved = await db.$transaction(async (tx) => {
    // Lock the whole list: two editors reordering at once must not interleave.
    await tx.$queryRaw`SELECT id FROM categories ORDER BY id FOR UPDATE`;
    const ordered = await tx.category.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    });
    const index = ordered.findIndex((category) => category.id === categoryId);
    if (index < 0) throw new NotFoundError("Kategori tidak ditemukan.");
    const target = direction === "up" ? index - 1 : index + 1;
    // CASE: already first (or last): nothing to do, nothing to audit.
    if (target < 0 || target >= ordered.length) return false;
    const order = ordered.map((category) => category.id);
    [order[index], order[target]] = [order[target] ?? categoryId, order[index] ?? categoryId];
    for (const [position, id] of order.entries()) {
      await tx.category.update({ where: { id }, data: { position } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "category.reorder",
      targetType: "category",
      targetId: categoryId,
      details: { name: ordered[index]?.name ?? "", direction, from: index + 1, to: target + 1 },
      ip: meta.ip,
    });
    return true;
  });
  if (moved) invalidateCategories();
}

/**
 * EDITOR and ADMIN. Deletes a category. One that still holds articles is refused unless
 * `moveArticlesTo` names another category: then every article moves there and the category
 * goes, in one transaction. Public pages of moved articles are invalidated one by one
 * (invalidateArticle per published article), then the category lists.
 */
export async function deleteCategory(
  actor: Actor,
  categoryId: string,
  options: { moveArticlesTo?: string } = {},
  meta: RequestMeta = NO_REQUEST,
): Promise<{ movedArticles: number }> {
  assertCan(actor, "category.manage");
  const { movedKeys, movedArticles } = await db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({
      where: { id: categoryId },
      select: { id: true, name: true, slug: true },
    });
    if (!category) throw new NotFoundError("Kategori tidak ditemukan.");
    const articles = await tx.article.findMany({
      where: { categoryId },
      select: {
        id: true,
        slug: true,
        status: true,
        writer: { select: { username: true } },
        tags: { select: { tag: { select: { slug: true } } } },
      },
    });
    let target: { id: string; slug: string; name: string } | null = null;
    if (articles.length > 0) {
      // CASE: the category still holds articles and no destination was chosen.
      if (!options.moveArticlesTo) {
        throw new RuleViolationError(
          `Kategori ini masih berisi ${articles.length} artikel. Pindahkan artikelnya ke kategori lain sebelum menghapus.`,
        );
      }
      if (options.moveArticlesTo === categoryId) throw new RuleViolationError("Pilih kategori tujuan yang lain.");
      target = await tx.category.findUnique({
        where: { id: options.moveArticlesTo },
        select: { id: true, slug: true, name: true },
      });
      if (!target) throw new NotFoundError("Kategori tujuan tidak ditemukan.");
      await tx.article.updateMany({ where: { categoryId }, data: { categoryId: target.id } });
    }
    await tx.category.delete({ where: { id: categoryId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "category.delete",
      targetType: "category",
      targetId: categoryId,
      details: {
        name: category.name,
        slug: category.slug,
        movedArticles: articles.length,
        ...(target ? { movedTo: { id: target.id, name: target.name } } : {}),
      },
      ip: meta.ip,
    });
    const targetSlug = target?.slug ?? "";
    const keys = articles
      .filter((article) => article.status === "PUBLISHED" || article.status === "ARCHIVED")
      .map((article) => {
        const base = {
          slug: article.slug,
          tagSlugs: article.tags.map((link) => link.tag.slug),
          writerUsername: article.writer.username,
        };
        return {
          before: { ...base, categorySlug: category.slug },
          after: { ...base, categorySlug: targetSlug },
        } satisfies {
          before: ArticleCacheKey;
          after: ArticleCacheKey;
        };
      });
    return { movedKeys: keys, movedArticles: articles.length };
  });
  for (const { before, after } of movedKeys) invalidateArticle(before, after);
  invalidateCategories();
  return { movedArticles };
}
