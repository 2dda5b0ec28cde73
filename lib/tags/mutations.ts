import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { slugify } from "@/lib/articles/slug";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/errors";

/**
 * Tags as the article form changes them: picking existing tags is open to anyone who may
 * edit the article, creating new ones is for editors (tag.create). Everything runs in the
 * article write's transaction, so a tag created on the way is audited and rolled back
 * with it.
 */

type Tx = Prisma.TransactionClient;

/** Who a tag creation is audited as: a staff member's id (null for the system) and the request's address. */
export type TagAudit = { actorId: string | null; ip: string | null };

/** Throws ForbiddenError when `actor` names new tags without the right to create them. */
export function assertMayCreateTags(actor: Actor, names: readonly string[]): void {
  if (names.length > 0 && !can(actor, "tag.create")) {
    throw new ForbiddenError("Hanya editor yang dapat membuat tag baru.");
  }
}

/** Ids of the named tags, creating (and auditing) the ones that do not exist yet; call assertMayCreateTags first. */
export async function ensureTags(tx: Tx, audit: TagAudit, names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const slug = slugify(name, 80);
    if (!slug) continue;
    const existing = await tx.tag.findUnique({ where: { slug }, select: { id: true } });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const tag = await tx.tag.create({ data: { slug, name: name.trim() }, select: { id: true } });
    await recordAudit(tx, {
      actorId: audit.actorId,
      action: "tag.create",
      targetType: "tag",
      targetId: tag.id,
      details: { name: name.trim(), slug },
      ip: audit.ip,
    });
    ids.push(tag.id);
  }
  return ids;
}

/** Makes `tagIds` (duplicates ignored) the article's whole tag list. */
export async function replaceArticleTags(tx: Tx, articleId: string, tagIds: readonly string[]): Promise<void> {
  await tx.articleTag.deleteMany({ where: { articleId } });
  if (tagIds.length > 0) {
    await tx.articleTag.createMany({ data: [...new Set(tagIds)].map((tagId) => ({ articleId, tagId })) });
  }
}
