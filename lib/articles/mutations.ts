import "server-only";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { assertCan, type Action, type Actor, type ArticleStatus } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ConflictError, InvalidTransitionError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { articleBodySchema, bodyToPlainText } from "./body";
import { invalidateArticle, type ArticleCacheKey } from "./cache";
import type { ArticleDraftInput, ArticleUpdateInput } from "./schema";
import { slugify } from "./slug";
import { canTransition } from "./status";
import { getStaffArticle, type StaffArticle } from "./staff-queries";

/**
 * Every write to an article. Each function checks the permission table and the status
 * table, writes with optimistic locking (the caller names the version it started from),
 * records the audit event in the same transaction, and invalidates the public cache once
 * after commit when readers could see the change.
 */

/** Someone saved the article after the caller loaded it; `current` is what is stored now. */
export class ArticleConflictError extends ConflictError {
  constructor(readonly current: StaffArticle) {
    super("Artikel ini sudah diubah orang lain sejak Anda membukanya.");
  }
}

/** The slug is used by another article (or left behind as one's old address). */
export class SlugTakenError extends ConflictError {
  constructor() {
    super("Slug ini sudah dipakai artikel lain. Ganti slug.");
  }
}

type Tx = Prisma.TransactionClient;

const cacheKeySelect = {
  slug: true,
  status: true,
  publishedAt: true,
  category: { select: { slug: true } },
  writer: { select: { username: true } },
  tags: { select: { tag: { select: { slug: true } } } },
} satisfies Prisma.ArticleSelect;

type CacheRow = Prisma.ArticleGetPayload<{ select: typeof cacheKeySelect }>;

/** The public cache key, or null when readers cannot see the article in this state. */
function publicKey(row: CacheRow): ArticleCacheKey | null {
  if (row.status !== "PUBLISHED") return null;
  return {
    slug: row.slug,
    categorySlug: row.category.slug,
    tagSlugs: row.tags.map(({ tag }) => tag.slug),
    writerUsername: row.writer.username,
  };
}

async function loadForWrite(tx: Tx, id: string) {
  const row = await tx.article.findUnique({
    where: { id },
    select: {
      ...cacheKeySelect,
      id: true,
      writerId: true,
      version: true,
      title: true,
      excerpt: true,
      dateline: true,
      body: true,
      categoryId: true,
    },
  });
  if (!row) throw new NotFoundError();
  return row;
}

async function conflict(actor: Actor, id: string): Promise<never> {
  throw new ArticleConflictError(await getStaffArticle(actor, id));
}

/** Writes `data` only if the version still matches, bumping it; a mismatch is a conflict. */
async function writeVersioned(tx: Tx, id: string, version: number, data: Prisma.ArticleUncheckedUpdateManyInput) {
  const result = await tx.article.updateMany({ where: { id, version }, data: { ...data, version: version + 1 } });
  if (result.count === 0) throw new StaleVersion();
  return version + 1;
}

class StaleVersion extends Error {}

async function snapshot(tx: Tx, id: string, version: number, authorId: string, reason: string) {
  const row = await tx.article.findUniqueOrThrow({
    where: { id },
    select: { title: true, excerpt: true, dateline: true, body: true, categoryId: true },
  });
  await tx.articleRevision.create({
    data: {
      articleId: id,
      version,
      authorId,
      title: row.title,
      excerpt: row.excerpt,
      dateline: row.dateline,
      body: row.body as Prisma.InputJsonValue,
      categoryId: row.categoryId,
      reason,
    },
  });
}

async function resolveSlug(tx: Tx, wanted: string, excludeId: string | null): Promise<string> {
  const taken = async (slug: string) =>
    (await tx.article.count({ where: { slug, ...(excludeId ? { id: { not: excludeId } } : {}) } })) > 0 ||
    (await tx.slugRedirect.count({ where: { slug, ...(excludeId ? { articleId: { not: excludeId } } : {}) } })) > 0;
  if (await taken(wanted)) throw new SlugTakenError();
  return wanted;
}

async function resolveTags(tx: Tx, actor: Actor, input: ArticleDraftInput): Promise<string[]> {
  const ids = new Set(input.tagIds);
  if (input.newTagNames.length > 0) {
    assertCan(actor, "tag.create");
    for (const name of input.newTagNames) {
      const slug = slugify(name, 80);
      if (!slug) continue;
      const tag = await tx.tag.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true } });
      ids.add(tag.id);
    }
  }
  const existing = await tx.tag.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
  return existing.map((tag) => tag.id);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Any staff member starts a draft of their own; the writer is always the actor. */
export async function createDraft(actor: Actor, input: ArticleDraftInput): Promise<{ id: string; version: number }> {
  assertCan(actor, "article.create");
  try {
    return await db.$transaction(async (tx) => {
      const slug = await resolveSlug(tx, input.slug ?? (slugify(input.title) || "artikel"), null);
      const tagIds = await resolveTags(tx, actor, input);
      const article = await tx.article.create({
        data: {
          slug,
          title: input.title,
          excerpt: input.excerpt,
          dateline: input.dateline,
          body: input.body as Prisma.InputJsonValue,
          bodyText: bodyToPlainText(input.body),
          categoryId: input.categoryId,
          coverImageId: input.coverImageId,
          coverCaption: input.coverCaption,
          writerId: actor.id,
          tags: { create: tagIds.map((tagId) => ({ tagId })) },
        },
        select: { id: true, version: true },
      });
      await snapshot(tx, article.id, article.version, actor.id, "save");
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.create",
        targetType: "article",
        targetId: article.id,
      });
      return article;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError();
    throw error;
  }
}

/**
 * Saves the editable fields (article.edit). The slug follows the title until first
 * publish, then stays. Autosaves bump the version but leave no revision.
 */
export async function updateArticle(
  actor: Actor,
  id: string,
  input: ArticleUpdateInput,
  options: { autosave?: boolean } = {},
): Promise<{ version: number }> {
  let before: CacheRow | null = null;
  let after: CacheRow | null = null;
  let version: number;
  try {
    version = await db.$transaction(async (tx) => {
      const current = await loadForWrite(tx, id);
      assertCan(actor, "article.edit", current);
      if (current.version !== input.version) throw new StaleVersion();
      before = current;
      // CASE: once published the address is frozen; a stale form cannot move it.
      const slug =
        current.publishedAt !== null
          ? current.slug
          : await resolveSlug(tx, input.slug ?? (slugify(input.title) || current.slug), id);
      const tagIds = await resolveTags(tx, actor, input);
      const next = await writeVersioned(tx, id, input.version, {
        slug,
        title: input.title,
        excerpt: input.excerpt,
        dateline: input.dateline,
        body: input.body as Prisma.InputJsonValue,
        bodyText: bodyToPlainText(input.body),
        categoryId: input.categoryId,
        coverImageId: input.coverImageId,
        coverCaption: input.coverCaption,
      });
      await tx.articleTag.deleteMany({ where: { articleId: id, tagId: { notIn: tagIds } } });
      await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId: id, tagId })), skipDuplicates: true });
      if (!options.autosave) {
        await snapshot(tx, id, next, actor.id, "save");
        await recordAudit(tx, { actorId: actor.id, action: "article.update", targetType: "article", targetId: id });
      }
      after = await tx.article.findUniqueOrThrow({ where: { id }, select: cacheKeySelect });
      return next;
    });
  } catch (error) {
    if (error instanceof StaleVersion) return conflict(actor, id);
    if (isUniqueViolation(error)) throw new SlugTakenError();
    throw error;
  }
  const keys = [before && publicKey(before), after && publicKey(after)];
  if (keys[0] || keys[1]) invalidateArticle(keys[0] ?? null, keys[1] ?? null);
  return { version };
}

type TransitionOptions = {
  action: Action;
  to: ArticleStatus;
  audit: AuditAction;
  revision?: string;
  data?: (current: Awaited<ReturnType<typeof loadForWrite>>) => Prisma.ArticleUncheckedUpdateManyInput;
  details?: Prisma.InputJsonObject;
};

async function transition(actor: Actor, id: string, version: number, options: TransitionOptions) {
  let before: CacheRow | null = null;
  let after: CacheRow | null = null;
  let next: number;
  try {
    next = await db.$transaction(async (tx) => {
      const current = await loadForWrite(tx, id);
      assertCan(actor, options.action, current);
      if (current.version !== version) throw new StaleVersion();
      if (!canTransition(current.status, options.to)) {
        throw new InvalidTransitionError("Perubahan status ini tidak diizinkan.");
      }
      before = current;
      const written = await writeVersioned(tx, id, version, { status: options.to, ...options.data?.(current) });
      if (options.revision) await snapshot(tx, id, written, actor.id, options.revision);
      await recordAudit(tx, {
        actorId: actor.id,
        action: options.audit,
        targetType: "article",
        targetId: id,
        details: { from: current.status, to: options.to, ...options.details },
      });
      after = await tx.article.findUniqueOrThrow({ where: { id }, select: cacheKeySelect });
      return written;
    });
  } catch (error) {
    if (error instanceof StaleVersion) return conflict(actor, id);
    throw error;
  }
  const keys = [before && publicKey(before), after && publicKey(after)];
  if (keys[0] || keys[1]) invalidateArticle(keys[0] ?? null, keys[1] ?? null);
  return { version: next };
}

/** The writer (or an editor) hands a draft to the editors; clears nothing but the schedule. */
export function submitForReview(actor: Actor, id: string, version: number) {
  return transition(actor, id, version, {
    action: "article.submit",
    to: "IN_REVIEW",
    audit: "article.submit",
    revision: "submit",
  });
}

/** An editor sends the article back with a note; the reviewed state is kept for "what changed". */
export function returnToWriter(actor: Actor, id: string, version: number, note: string) {
  return transition(actor, id, version, {
    action: "article.return",
    to: "DRAFT",
    audit: "article.return",
    revision: "return",
    data: () => ({ reviewNote: note }),
  });
}

/** An editor publishes now: first publish stamps publishedAt; the editor signs off. */
export function publishArticle(actor: Actor, id: string, version: number) {
  return transition(actor, id, version, {
    action: "article.publish",
    to: "PUBLISHED",
    audit: "article.publish",
    revision: "publish",
    data: (current) => ({
      publishedAt: current.publishedAt ?? new Date(),
      scheduledAt: null,
      editorId: actor.id,
      reviewNote: "",
    }),
  });
}

/** An editor schedules a future publish (the workflow scheduler publishes it when due). */
export function scheduleArticle(actor: Actor, id: string, version: number, scheduledAt: Date) {
  if (scheduledAt.getTime() <= Date.now()) throw new RuleViolationError("Waktu terbit harus di masa depan.");
  return transition(actor, id, version, {
    action: "article.schedule",
    to: "SCHEDULED",
    audit: "article.schedule",
    data: () => ({ scheduledAt, editorId: actor.id }),
    details: { scheduledAt: scheduledAt.toISOString() },
  });
}

export function cancelSchedule(actor: Actor, id: string, version: number) {
  return transition(actor, id, version, {
    action: "article.schedule",
    to: "IN_REVIEW",
    audit: "article.schedule",
    data: () => ({ scheduledAt: null }),
    details: { cancelled: true },
  });
}

/** Takes a published article off the site; it becomes a draft again (slug stays frozen). */
export function unpublishArticle(actor: Actor, id: string, version: number) {
  return transition(actor, id, version, { action: "article.unpublish", to: "DRAFT", audit: "article.unpublish" });
}

export function archiveArticle(actor: Actor, id: string, version: number) {
  return transition(actor, id, version, { action: "article.archive", to: "ARCHIVED", audit: "article.archive" });
}

/** Brings an archived article back as a draft. */
export function restoreArticle(actor: Actor, id: string, version: number) {
  return transition(actor, id, version, {
    action: "article.archive",
    to: "DRAFT",
    audit: "article.archive",
    details: { restored: true },
  });
}

/** Deletes for good (article.delete: a writer only their own draft). */
export async function deleteArticle(actor: Actor, id: string): Promise<void> {
  const before = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, id);
    assertCan(actor, "article.delete", current);
    await tx.article.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.delete",
      targetType: "article",
      targetId: id,
      details: { title: current.title },
    });
    return current;
  });
  const key = publicKey(before);
  if (key) invalidateArticle(key, null);
}

/** Copies a revision's text back into the article as a new version (article.edit). */
export async function restoreRevision(actor: Actor, id: string, revisionId: string, version: number) {
  let before: CacheRow | null = null;
  let after: CacheRow | null = null;
  let next: number;
  try {
    next = await db.$transaction(async (tx) => {
      const current = await loadForWrite(tx, id);
      assertCan(actor, "article.edit", current);
      if (current.version !== version) throw new StaleVersion();
      const revision = await tx.articleRevision.findFirst({ where: { id: revisionId, articleId: id } });
      if (!revision) throw new NotFoundError("Revisi tidak ditemukan.");
      before = current;
      const written = await writeVersioned(tx, id, version, {
        title: revision.title,
        excerpt: revision.excerpt,
        dateline: revision.dateline,
        body: revision.body as Prisma.InputJsonValue,
        bodyText: bodyToPlainText(articleBodySchema.parse(revision.body)),
        ...(revision.categoryId ? { categoryId: revision.categoryId } : {}),
      });
      await snapshot(tx, id, written, actor.id, "restore");
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.restore_revision",
        targetType: "article",
        targetId: id,
        details: { revisionVersion: revision.version },
      });
      after = await tx.article.findUniqueOrThrow({ where: { id }, select: cacheKeySelect });
      return written;
    });
  } catch (error) {
    if (error instanceof StaleVersion) return conflict(actor, id);
    throw error;
  }
  const keys = [before && publicKey(before), after && publicKey(after)];
  if (keys[0] || keys[1]) invalidateArticle(keys[0] ?? null, keys[1] ?? null);
  return { version: next };
}
