import "server-only";
import { expireTags } from "@/lib/articles/cache";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { FieldConflictError, NotFoundError } from "@/lib/errors";
import { NO_REQUEST, type RequestMeta } from "@/lib/request";
import { pageChangeTags, pageTags, type PageCacheKey } from "./cache-tags";
import type { StaticPageInput } from "./schema";

/**
 * Static pages: written and published by editors and admins, ordered in the menu by admins.
 * Every write and its audit entry share a transaction; afterwards the page's old and new
 * address expire, and the menu (so every public page) only when the menu shows the change.
 */

type Tx = Prisma.TransactionClient;
type MoveDirection = "up" | "down";

const cacheKeySelect = { id: true, slug: true, title: true, isPublished: true, position: true } as const;

const SLUG_TAKEN = "Slug ini sudah dipakai halaman lain.";

async function assertSlugFree(tx: Tx, slug: string, exceptId?: string): Promise<void> {
  const other = await tx.staticPage.findFirst({
    where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw new FieldConflictError("slug", SLUG_TAKEN);
}

function mapUniqueViolation(error: unknown): never {
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
    throw new FieldConflictError("slug", SLUG_TAKEN);
  }
  throw error;
}

async function lockedPage(tx: Tx, id: string): Promise<PageCacheKey & { id: string }> {
  await tx.$queryRaw`SELECT id FROM static_pages WHERE id = ${id}::uuid FOR UPDATE`;
  const page = await tx.staticPage.findUnique({ where: { id }, select: cacheKeySelect });
  if (!page) throw new NotFoundError("Halaman tidak ditemukan.");
  return page;
}

/** EDITOR and ADMIN. A new, unpublished page at the end of the menu; audited as page.create. */
export async function createPage(
  actor: Actor,
  input: StaticPageInput,
  meta: RequestMeta = NO_REQUEST,
): Promise<{ id: string }> {
  assertCan(actor, "page.edit");
  try {
    const created = await db.$transaction(async (tx) => {
      await assertSlugFree(tx, input.slug);
      const last = await tx.staticPage.aggregate({ _max: { position: true } });
      const page = await tx.staticPage.create({
        data: {
          slug: input.slug,
          title: input.title,
          summary: input.summary,
          body: input.body,
          position: (last._max.position ?? -1) + 1,
          isPublished: false,
        },
        select: cacheKeySelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "page.create",
        targetType: "page",
        targetId: page.id,
        details: { title: input.title, slug: input.slug },
        ip: meta.ip,
      });
      return page;
    });
    expireTags(pageChangeTags(null, created));
    return { id: created.id };
  } catch (error) {
    return mapUniqueViolation(error);
  }
}

/**
 * EDITOR and ADMIN. Edits title, address, summary and body; audited as page.update. A new
 * slug moves the page: the old address answers 404 (pages are few and linked from the
 * menu, so no redirect is kept).
 */
export async function updatePage(
  actor: Actor,
  id: string,
  input: StaticPageInput,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "page.edit");
  let change: { before: PageCacheKey; after: PageCacheKey };
  try {
    change = await db.$transaction(async (tx) => {
      const before = await lockedPage(tx, id);
      await assertSlugFree(tx, input.slug, id);
      const after = await tx.staticPage.update({
        where: { id },
        data: { slug: input.slug, title: input.title, summary: input.summary, body: input.body },
        select: cacheKeySelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "page.update",
        targetType: "page",
        targetId: id,
        details: { from: { title: before.title, slug: before.slug }, to: { title: after.title, slug: after.slug } },
        ip: meta.ip,
      });
      return { before, after };
    });
  } catch (error) {
    mapUniqueViolation(error);
  }
  expireTags(pageChangeTags(change.before, change.after));
}

/** EDITOR and ADMIN. Shows the page (and its menu entry) or hides it; audited as page.publish / page.unpublish. */
export async function setPagePublished(
  actor: Actor,
  id: string,
  isPublished: boolean,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "page.edit");
  const change = await db.$transaction(async (tx) => {
    const before = await lockedPage(tx, id);
    // CASE: already in the asked state (a double click): nothing to write or audit.
    if (before.isPublished === isPublished) return null;
    const after = await tx.staticPage.update({ where: { id }, data: { isPublished }, select: cacheKeySelect });
    await recordAudit(tx, {
      actorId: actor.id,
      action: isPublished ? "page.publish" : "page.unpublish",
      targetType: "page",
      targetId: id,
      details: { title: before.title, slug: before.slug },
      ip: meta.ip,
    });
    return { before, after };
  });
  if (change) expireTags(pageChangeTags(change.before, change.after));
}

/** ADMIN only. Swaps a page with its neighbour in the menu; positions are renumbered 0…n-1. Audited as page.reorder. */
export async function movePage(
  actor: Actor,
  id: string,
  direction: MoveDirection,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "page.menu");
  const moved = await db.$transaction(async (tx) => {
    // Lock the whole list: two admins reordering at once must not interleave.
    await tx.$queryRaw`SELECT id FROM static_pages ORDER BY id FOR UPDATE`;
    const ordered = await tx.staticPage.findMany({
      orderBy: [{ position: "asc" }, { title: "asc" }],
      select: { id: true, title: true },
    });
    const index = ordered.findIndex((page) => page.id === id);
    if (index < 0) throw new NotFoundError("Halaman tidak ditemukan.");
    const target = direction === "up" ? index - 1 : index + 1;
    // CASE: already first (or last): nothing to do, nothing to audit.
    if (target < 0 || target >= ordered.length) return false;
    const order = ordered.map((page) => page.id);
    [order[index], order[target]] = [order[target] ?? id, order[index] ?? id];
    for (const [position, pageId] of order.entries()) {
      await tx.staticPage.update({ where: { id: pageId }, data: { position } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "page.reorder",
      targetType: "page",
      targetId: id,
      details: { title: ordered[index]?.title ?? "", direction, from: index + 1, to: target + 1 },
      ip: meta.ip,
    });
    return true;
  });
  // The order is only in the menu; the pages themselves read nothing of it.
  if (moved) expireTags([pageTags.menu]);
}

/** EDITOR and ADMIN. Deletes a page; audited as page.delete. Its address answers 404 from the next request. */
export async function deletePage(actor: Actor, id: string, meta: RequestMeta = NO_REQUEST): Promise<void> {
  assertCan(actor, "page.edit");
  const before = await db.$transaction(async (tx) => {
    const page = await lockedPage(tx, id);
    await tx.staticPage.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "page.delete",
      targetType: "page",
      targetId: id,
      details: { title: page.title, slug: page.slug },
      ip: meta.ip,
    });
    return page;
  });
  expireTags(pageChangeTags(before, null));
}
