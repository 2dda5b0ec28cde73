import "server-only";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { ConflictError, FieldConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { NO_REQUEST, type RequestMeta } from "@/lib/request";
import { assertMayCreateTags, ensureTags, replaceArticleTags } from "@/lib/tags/mutations";
import { articleBodySchema, bodyToPlainText, imageAltTexts, readStoredBody } from "./body";
import { invalidateArticle, type ArticleCacheKey } from "./cache";
import { revisionContentOf, writeAutosaveRevision, writeRevision } from "./revisions";
import type { ArticleDraftInput, ArticleUpdateInput } from "./schema";
import { derivedSlugBase, nextSlug, recordSlugRedirect, SLUG_TAKEN, uniqueSlug } from "./slug-allocation";
import { loadStaffArticle, type StaffArticle } from "./staff-queries";
import { assertCanApply, WORKFLOW_VERBS, type WorkflowVerb } from "./status";
import type { RevisionReason } from "./revision-reasons";

/**
 * Every write to an article. Each function takes the actor first, checks the permission
 * table and the workflow declaration (./status), and writes the change, its revision
 * (./revisions, where one is kept) and its audit entry, with the request's address, in one
 * transaction. Public caches are invalidated after the commit. Saves use optimistic
 * locking on `version`: a stale version is an ArticleConflictError. Saves from the editor
 * are also idempotent per attempt (SaveAttempt): a retry of a save that already committed
 * answers as the first try did. Slugs come from ./slug-allocation and tags from lib/tags.
 */

type Tx = Prisma.TransactionClient;

/** The article's version after a write: the next save or step must name it. */
export type ArticleVersion = { version: number };

/**
 * How the editor names its save requests, so that a retry is never saved twice and never
 * turned into a conflict with itself. The editor cannot tell whether a request that timed
 * out or hit a dropped connection committed, so it sends again:
 * - `saveId`: one id per text it sends; a resend of the same text reuses it.
 * - `priorSaveIds`: earlier attempts from the same version whose outcome it never learnt.
 */
export type SaveAttempt = { saveId?: string; priorSaveIds?: readonly string[] };

/**
 * Scheduled publishing acts as this actor: admin rights, but no user row behind it, so
 * audit entries carry actorId null and details { system: true }.
 */
export const SYSTEM_ACTOR: Actor = Object.freeze({
  id: "00000000-0000-0000-0000-000000000000",
  role: "ADMIN",
  username: "sistem",
  displayName: "Sistem",
  initials: "",
});

export function isSystemActor(actor: Actor): boolean {
  return actor.id === SYSTEM_ACTOR.id;
}

/** Someone saved the article first; `current` is what is stored now, for the form to show beside the draft. */
export class ArticleConflictError extends ConflictError {
  constructor(readonly current: StaffArticle) {
    super("Artikel ini baru saja diubah orang lain. Periksa versi terbaru sebelum menyimpan lagi.");
  }
}

/** Thrown inside a transaction to roll it back; turned into ArticleConflictError outside it. */
class StaleVersion extends Error {}

const ALT_TEXT_REQUIRED = "Teks alternatif gambar wajib diisi sebelum terbit.";

const writeSelect = {
  id: true,
  status: true,
  version: true,
  slug: true,
  title: true,
  excerpt: true,
  dateline: true,
  body: true,
  categoryId: true,
  coverImageId: true,
  publishedAt: true,
  scheduledAt: true,
  writerId: true,
  editorId: true,
  category: { select: { slug: true } },
  writer: { select: { username: true } },
  tags: { select: { tag: { select: { slug: true } } } },
} satisfies Prisma.ArticleSelect;

type WriteRow = Prisma.ArticleGetPayload<{ select: typeof writeSelect }>;

function cacheKeyOf(row: WriteRow): ArticleCacheKey {
  return {
    slug: row.slug,
    categorySlug: row.category.slug,
    tagSlugs: row.tags.map(({ tag }) => tag.slug),
    writerUsername: row.writer.username,
  };
}

/** The article for a write, or NotFoundError when it is missing or the actor may not know it exists. */
async function loadForWrite(tx: Tx, actor: Actor, id: string): Promise<WriteRow> {
  const row = await tx.article.findUnique({ where: { id }, select: writeSelect });
  if (!row || !can(actor, "article.view", row)) throw new NotFoundError("Artikel tidak ditemukan.");
  return row;
}

function auditActorId(actor: Actor): string | null {
  return isSystemActor(actor) ? null : actor.id;
}

function auditDetails(actor: Actor, details: Prisma.InputJsonObject): Prisma.InputJsonObject {
  return isSystemActor(actor) ? { ...details, system: true } : details;
}

async function audit(
  tx: Tx,
  actor: Actor,
  meta: RequestMeta,
  action: AuditAction,
  articleId: string,
  details: Prisma.InputJsonObject,
) {
  await recordAudit(tx, {
    actorId: auditActorId(actor),
    action,
    targetType: "article",
    targetId: articleId,
    details: auditDetails(actor, details),
    ip: meta.ip,
  });
}

/** Runs a write; a stale version becomes an ArticleConflictError carrying what is stored now. */
async function withConflictCheck<T>(id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StaleVersion) {
      const current = await loadStaffArticle(id);
      if (!current) throw new NotFoundError("Artikel tidak ditemukan.");
      throw new ArticleConflictError(current);
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new FieldConflictError("slug", SLUG_TAKEN);
    }
    throw error;
  }
}

type LandedSave = { articleId: string; saveId: string; version: number };

/** The newest revision written by one of these save attempts, if any committed. */
async function findLandedSave(
  client: Pick<Tx, "articleRevision">,
  saveIds: readonly string[],
  articleId?: string,
): Promise<LandedSave | null> {
  if (saveIds.length === 0) return null;
  const revision = await client.articleRevision.findFirst({
    where: { saveId: { in: [...saveIds] }, ...(articleId ? { articleId } : {}) },
    orderBy: { version: "desc" },
    select: { articleId: true, saveId: true, version: true },
  });
  return revision?.saveId
    ? { articleId: revision.articleId, saveId: revision.saveId, version: revision.version }
    : null;
}

function ownSaveIds(attempt: SaveAttempt): string[] {
  return [...new Set([attempt.saveId, ...(attempt.priorSaveIds ?? [])].filter((id) => id !== undefined))];
}

/**
 * Runs a save; when it fails because a duplicate of the same attempt committed first (two
 * copies of one request racing: the loser's version guard or the unique save id stops
 * it), answers as that one did instead of reporting a conflict with itself. `replay`
 * returns null when the committed attempt is not this caller's to answer with.
 */
async function orReplay<T>(
  attempt: SaveAttempt,
  articleId: string | undefined,
  work: () => Promise<T>,
  replay: (landed: LandedSave) => Promise<T | null>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const isLostRace =
      error instanceof StaleVersion ||
      (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002");
    if (!attempt.saveId || !isLostRace) throw error;
    const landed = await findLandedSave(db, [attempt.saveId], articleId).catch(() => null);
    const answer = landed ? await replay(landed) : null;
    if (answer === null) throw error;
    return answer;
  }
}

/** Whether the article a save id landed in was written by this actor (a create replays only to its writer). */
async function isWriterOf(actor: Actor, articleId: string): Promise<boolean> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { writerId: true } });
  return article?.writerId === actor.id;
}

async function loadCacheKey(id: string): Promise<ArticleCacheKey | null> {
  const row = await db.article.findUnique({ where: { id }, select: writeSelect });
  return row ? cacheKeyOf(row) : null;
}

// ---------------------------------------------------------------------------
// References and checks

async function assertReferences(tx: Tx, input: ArticleDraftInput): Promise<void> {
  const category = await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
  if (!category) throw new RuleViolationError("Kategori tidak ditemukan.");
  const tagIds = [...new Set(input.tagIds)];
  if (tagIds.length > 0 && (await tx.tag.count({ where: { id: { in: tagIds } } })) !== tagIds.length) {
    throw new RuleViolationError("Sebagian tag tidak ditemukan.");
  }
  if (input.coverImageId) {
    const media = await tx.media.findUnique({ where: { id: input.coverImageId }, select: { id: true } });
    if (!media) throw new RuleViolationError("Gambar sampul tidak ditemukan.");
  }
}

/** Readers using screen readers get every picture described: no publish or schedule without alt text. */
async function assertAltText(tx: Tx, row: WriteRow): Promise<void> {
  const alts = imageAltTexts(readStoredBody(row.body).body);
  if (alts.some((alt) => alt.trim() === "")) throw new RuleViolationError(ALT_TEXT_REQUIRED);
  if (row.coverImageId) {
    const cover = await tx.media.findUnique({ where: { id: row.coverImageId }, select: { alt: true } });
    if (!cover || cover.alt.trim() === "") throw new RuleViolationError(ALT_TEXT_REQUIRED);
  }
}

// ---------------------------------------------------------------------------
// Create and edit

/**
 * Any staff member: a new DRAFT written by the actor, with its first revision. A retried
 * attempt whose first try committed returns that article; a later text from the same form
 * after an earlier attempt committed is saved into the article that attempt created.
 */
export async function createDraft(
  actor: Actor,
  input: ArticleDraftInput,
  meta = NO_REQUEST,
  attempt: SaveAttempt = {},
): Promise<{ id: string; version: number }> {
  assertCan(actor, "article.create");
  assertMayCreateTags(actor, input.newTagNames);
  const body = articleBodySchema.parse(input.body);
  const landed = await findLandedSave(db, ownSaveIds(attempt));
  // A save id is the browser's own random id; one naming someone else's article is not this form's.
  if (landed && (await isWriterOf(actor, landed.articleId))) {
    // CASE: the same request again; its first try created the article.
    if (landed.saveId === attempt.saveId) return { id: landed.articleId, version: landed.version };
    // CASE: an earlier attempt created it, and the form has newer text since.
    return createdEarlier(actor, landed, input, meta, attempt);
  }
  const replayCreate = async (found: LandedSave) =>
    (await isWriterOf(actor, found.articleId)) ? { id: found.articleId, version: found.version } : null;
  return withConflictCheck("", () =>
    orReplay(attempt, undefined, () => createInTransaction(actor, input, body, meta, attempt), replayCreate),
  );
}

/** The text of a create form whose earlier attempt already created the article: an ordinary save into it. */
async function createdEarlier(
  actor: Actor,
  landed: LandedSave,
  input: ArticleDraftInput,
  meta: RequestMeta,
  attempt: SaveAttempt,
): Promise<{ id: string; version: number }> {
  try {
    const { version } = await updateArticle(
      actor,
      landed.articleId,
      { ...input, version: landed.version },
      { saveId: attempt.saveId, priorSaveIds: [landed.saveId] },
      meta,
    );
    return { id: landed.articleId, version };
  } catch (error) {
    // The create form has no stored version to compare with; send the writer to the article.
    if (error instanceof ArticleConflictError) {
      throw new RuleViolationError("Artikel ini sudah tersimpan dan diubah sejak itu. Buka dari daftar artikel.");
    }
    throw error;
  }
}

async function createInTransaction(
  actor: Actor,
  input: ArticleDraftInput,
  body: ArticleDraftInput["body"],
  meta: RequestMeta,
  attempt: SaveAttempt,
): Promise<{ id: string; version: number }> {
  return db.$transaction(async (tx) => {
    await assertReferences(tx, input);
    const slug = await uniqueSlug(tx, input.slug ?? derivedSlugBase(input.title), null);
    const article = await tx.article.create({
      data: {
        slug,
        title: input.title,
        excerpt: input.excerpt,
        dateline: input.dateline,
        body,
        bodyText: bodyToPlainText(body),
        categoryId: input.categoryId,
        coverImageId: input.coverImageId,
        coverCaption: input.coverCaption,
        writerId: actor.id,
        status: "DRAFT",
        version: 1,
      },
      select: { id: true, version: true },
    });
    const newTagIds = await ensureTags(tx, { actorId: auditActorId(actor), ip: meta.ip }, input.newTagNames);
    await replaceArticleTags(tx, article.id, [...input.tagIds, ...newTagIds]);
    await writeRevision(
      tx,
      auditActorId(actor),
      article.id,
      1,
      "create",
      {
        title: input.title,
        excerpt: input.excerpt,
        dateline: input.dateline,
        body,
        categoryId: input.categoryId,
      },
      attempt.saveId ?? null,
    );
    await audit(tx, actor, meta, "article.create", article.id, { title: input.title, slug });
    return article;
  });
}

/**
 * Writers (own drafts) and editors: saves the form. The slug follows the title until first
 * publish; after that only someone who may publish can change it, leaving a redirect.
 * With a SaveAttempt, a retry never saves twice or conflicts with itself: the same attempt
 * again returns the version it made (even when someone has saved since: it never
 * overwrites their text), and newer text after an earlier attempt of the same form
 * committed is saved on top of it.
 */
export async function updateArticle(
  actor: Actor,
  id: string,
  input: ArticleUpdateInput,
  options: { autosave?: boolean } & SaveAttempt = {},
  meta = NO_REQUEST,
): Promise<ArticleVersion> {
  const isAutosave = options.autosave === true;
  const saveId = options.saveId ?? null;
  const body = articleBodySchema.parse(input.body);
  const bodyText = bodyToPlainText(body);
  const replayUpdate = async (landed: LandedSave) => ({ before: null, version: landed.version });
  const result = await withConflictCheck(id, () =>
    orReplay(
      options,
      id,
      () =>
        db.$transaction(async (tx) => {
          const row = await loadForWrite(tx, actor, id);
          assertCan(actor, "article.edit", row);
          assertMayCreateTags(actor, input.newTagNames);
          if (row.version !== input.version) {
            const landed = await findLandedSave(tx, ownSaveIds(options), id);
            // CASE: this very attempt committed before (its answer was lost): answer again, write nothing.
            if (landed && landed.saveId === saveId) return { before: null, version: landed.version };
            // CASE: an earlier attempt of this form committed, directly on the form's version,
            // and nobody has saved since: the newer text goes on top of it.
            const isOwnLatest = landed && landed.version === row.version && landed.version === input.version + 1;
            // CASE: anyone else's save in between is a real conflict.
            if (!isOwnLatest) throw new StaleVersion();
          }
          await assertReferences(tx, input);
          const slugChange = await nextSlug(tx, actor, row, input);

          const updated = await tx.article.updateMany({
            where: { id, version: row.version },
            data: {
              title: input.title,
              slug: slugChange.slug,
              excerpt: input.excerpt,
              dateline: input.dateline,
              body,
              bodyText,
              categoryId: input.categoryId,
              coverImageId: input.coverImageId,
              coverCaption: input.coverCaption,
              version: { increment: 1 },
            },
          });
          if (updated.count === 0) throw new StaleVersion();
          const version = row.version + 1;

          await recordSlugRedirect(tx, id, slugChange);
          const newTagIds = await ensureTags(tx, { actorId: auditActorId(actor), ip: meta.ip }, input.newTagNames);
          await replaceArticleTags(tx, id, [...input.tagIds, ...newTagIds]);
          const content = {
            title: input.title,
            excerpt: input.excerpt,
            dateline: input.dateline,
            body,
            categoryId: input.categoryId,
          };
          if (isAutosave) {
            await writeAutosaveRevision(tx, auditActorId(actor), id, version, content, saveId);
          } else {
            await writeRevision(tx, auditActorId(actor), id, version, "save", content, saveId);
            const { redirectFrom, slug } = slugChange;
            await audit(tx, actor, meta, "article.update", id, {
              version,
              ...(redirectFrom ? { slugFrom: redirectFrom, slugTo: slug } : {}),
            });
          }
          return { before: row, version };
        }),
      replayUpdate,
    ),
  );
  // A replay wrote nothing, so there is nothing to invalidate.
  if (result.before?.status === "PUBLISHED") invalidateArticle(cacheKeyOf(result.before), await loadCacheKey(id));
  return { version: result.version };
}

// ---------------------------------------------------------------------------
// Status changes

/**
 * What one verb does besides the move itself. Its sources, target and permission come
 * from the workflow declaration (WORKFLOW_VERBS in ./status); this adds the checks, the
 * columns it stamps, its audit entry and its revision.
 */
type Transition = {
  verb: WorkflowVerb;
  auditAction: AuditAction;
  /** The version the actor saw; omitted only by the scheduler, which reads it fresh. */
  expectedVersion: number | undefined;
  check?: (tx: Tx, row: WriteRow, now: Date) => Promise<void>;
  /** Server-decided columns besides status and version. */
  data?: (tx: Tx, row: WriteRow, now: Date) => Promise<Prisma.ArticleUncheckedUpdateManyInput>;
  details?: (row: WriteRow, now: Date) => Prisma.InputJsonObject;
  revisionReason?: RevisionReason;
};

async function transition(actor: Actor, id: string, meta: RequestMeta, spec: Transition): Promise<ArticleVersion> {
  const now = new Date();
  const { to, permission } = WORKFLOW_VERBS[spec.verb];
  const result = await withConflictCheck(id, () =>
    db.$transaction(async (tx) => {
      const row = await loadForWrite(tx, actor, id);
      assertCan(actor, permission, row);
      if (spec.expectedVersion !== undefined && spec.expectedVersion !== row.version) throw new StaleVersion();
      assertCanApply(spec.verb, row.status);
      await spec.check?.(tx, row, now);
      const extra = spec.data ? await spec.data(tx, row, now) : {};
      // Guarded on version and status: of two concurrent publishers, the second updates nothing.
      const updated = await tx.article.updateMany({
        where: { id, version: row.version, status: row.status },
        data: {
          status: to,
          version: { increment: 1 },
          editorId: extra.editorId,
          publishedAt: extra.publishedAt,
          scheduledAt: extra.scheduledAt,
          reviewNote: extra.reviewNote,
        },
      });
      if (updated.count === 0) throw new StaleVersion();
      const version = row.version + 1;
      if (spec.revisionReason) {
        await writeRevision(tx, auditActorId(actor), id, version, spec.revisionReason, revisionContentOf(row));
      }
      await audit(tx, actor, meta, spec.auditAction, id, {
        from: row.status,
        to,
        version,
        ...(spec.details ? spec.details(row, now) : {}),
      });
      return { before: row, version };
    }),
  );
  if (result.before.status === "PUBLISHED" || to === "PUBLISHED") {
    const key = cacheKeyOf(result.before);
    invalidateArticle(key, key);
  }
  return { version: result.version };
}

/**
 * Editors: sets the publish time of a PUBLISHED or ARCHIVED article to a past instant (an
 * archive's original date), in one transaction with its audit entry (article.backdate, old
 * and new time). Never into the future, which would hide a published article.
 */
export async function setPublishTime(
  actor: Actor,
  id: string,
  version: number,
  publishedAt: Date,
  meta = NO_REQUEST,
): Promise<ArticleVersion> {
  if (publishedAt.getTime() > Date.now()) throw new RuleViolationError("Tanggal terbit tidak boleh di masa depan.");
  const result = await withConflictCheck(id, () =>
    db.$transaction(async (tx) => {
      const row = await loadForWrite(tx, actor, id);
      assertCan(actor, "article.backdate", row);
      if (row.version !== version) throw new StaleVersion();
      if (row.status !== "PUBLISHED" && row.status !== "ARCHIVED") {
        throw new RuleViolationError("Tanggal terbit hanya dapat diubah pada berita yang terbit atau diarsipkan.");
      }
      const updated = await tx.article.updateMany({
        where: { id, version: row.version },
        data: { publishedAt, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new StaleVersion();
      await audit(tx, actor, meta, "article.backdate", id, {
        previousPublishedAt: row.publishedAt?.toISOString() ?? null,
        publishedAt: publishedAt.toISOString(),
      });
      return { before: row, version: row.version + 1 };
    }),
  );
  // CASE: a live article moves within every list, the feeds and the sitemaps.
  if (result.before.status === "PUBLISHED") {
    const key = cacheKeyOf(result.before);
    invalidateArticle(key, key);
  }
  return { version: result.version };
}

/**
 * Whoever may edit the article: changes its cover's alt text after upload, audited as
 * media.update_alt (old and new text). The image itself and the article's version stay as
 * they are; a published article's pages refresh.
 */
export async function updateCoverAlt(actor: Actor, id: string, alt: string, meta = NO_REQUEST): Promise<void> {
  const before = await db.$transaction(async (tx) => {
    const row = await loadForWrite(tx, actor, id);
    assertCan(actor, "article.edit", row);
    const cover = await tx.article.findUniqueOrThrow({
      where: { id },
      select: { coverImage: { select: { id: true, alt: true } } },
    });
    if (!cover.coverImage) throw new RuleViolationError("Artikel ini belum punya gambar sampul.");
    await tx.media.update({ where: { id: cover.coverImage.id }, data: { alt } });
    await recordAudit(tx, {
      actorId: auditActorId(actor),
      action: "media.update_alt",
      targetType: "article",
      targetId: id,
      details: { from: cover.coverImage.alt, to: alt },
      ip: meta.ip,
    });
    return row;
  });
  if (before.status === "PUBLISHED") {
    const key = cacheKeyOf(before);
    invalidateArticle(key, key);
  }
}

/** The owner of a draft, or an editor: DRAFT → IN_REVIEW. */
export function submitForReview(actor: Actor, id: string, version: number, meta = NO_REQUEST) {
  return transition(actor, id, meta, {
    verb: "submit",
    auditAction: "article.submit",
    expectedVersion: version,
    revisionReason: "submit",
  });
}

/** Editors: IN_REVIEW → DRAFT with a note the writer sees. */
export function returnToWriter(actor: Actor, id: string, version: number, note: string, meta = NO_REQUEST) {
  return transition(actor, id, meta, {
    verb: "return",
    auditAction: "article.return",
    expectedVersion: version,
    data: async () => ({ reviewNote: note }),
    details: () => ({ note }),
    revisionReason: "return",
  });
}

/** The editor who signs off a scheduled article: whoever scheduled it last (from the audit log). */
async function schedulingEditorId(tx: Tx, row: WriteRow): Promise<string | null> {
  const event = await tx.auditEvent.findFirst({
    where: { action: "article.schedule", targetType: "article", targetId: row.id, actorId: { not: null } },
    orderBy: { id: "desc" },
    select: { actorId: true },
  });
  return event?.actorId ?? row.editorId;
}

/**
 * Editors (and the scheduler as SYSTEM_ACTOR): DRAFT, IN_REVIEW or SCHEDULED → PUBLISHED.
 * Sets publishedAt on the first publish only and signs the article off with the
 * publishing editor (for a scheduled article, the editor who scheduled it).
 */
export function publishArticle(actor: Actor, id: string, version?: number, meta = NO_REQUEST) {
  return transition(actor, id, meta, {
    verb: "publish",
    auditAction: "article.publish",
    expectedVersion: version,
    check: (tx, row) => assertAltText(tx, row),
    data: async (tx, row, now) => ({
      publishedAt: row.publishedAt ?? now,
      editorId: isSystemActor(actor) ? await schedulingEditorId(tx, row) : actor.id,
    }),
    details: (row, now) => {
      const lateMs = row.status === "SCHEDULED" && row.scheduledAt ? now.getTime() - row.scheduledAt.getTime() : null;
      return {
        isFirstPublish: row.publishedAt === null,
        ...(row.status === "SCHEDULED" && row.scheduledAt ? { scheduledAt: row.scheduledAt.toISOString() } : {}),
        ...(lateMs !== null ? { lateBySeconds: Math.max(0, Math.round(lateMs / 1000)) } : {}),
      };
    },
    revisionReason: "publish",
  });
}

/** Editors: DRAFT or IN_REVIEW → SCHEDULED for a future time; the scheduler publishes it when due. */
export function scheduleArticle(actor: Actor, id: string, version: number, scheduledAt: Date, meta = NO_REQUEST) {
  return transition(actor, id, meta, {
    verb: "schedule",
    auditAction: "article.schedule",
    expectedVersion: version,
    check: async (tx, row, now) => {
      if (scheduledAt.getTime() <= now.getTime()) {
        throw new RuleViolationError("Waktu terbit terjadwal harus di masa depan.");
      }
      await assertAltText(tx, row);
    },
    data: async () => ({ scheduledAt }),
    details: () => ({ scheduledAt: scheduledAt.toISOString() }),
  });
}

/** Editors: SCHEDULED → DRAFT. Audited as article.schedule with { cancelled: true }. */
export function cancelSchedule(actor: Actor, id: string, version: number, meta = NO_REQUEST) {
  return transition(actor, id, meta, {
    verb: "cancelSchedule",
    auditAction: "article.schedule",
    expectedVersion: version,
    data: async () => ({ scheduledAt: null }),
    details: (row) => ({ cancelled: true, scheduledAt: row.scheduledAt?.toISOString() ?? null }),
  });
}

/** Editors: PUBLISHED → DRAFT; the public URL and every list drop it at once. */
export function unpublishArticle(actor: Actor, id: string, version: number, meta = NO_REQUEST) {
  return transition(actor, id, meta, { verb: "unpublish", auditAction: "article.unpublish", expectedVersion: version });
}

/** Editors: PUBLISHED → ARCHIVED. */
export function archiveArticle(actor: Actor, id: string, version: number, meta = NO_REQUEST) {
  return transition(actor, id, meta, { verb: "archive", auditAction: "article.archive", expectedVersion: version });
}

/** Editors: ARCHIVED → DRAFT. Audited as article.archive with { restored: true }. */
export function restoreArticle(actor: Actor, id: string, version: number, meta = NO_REQUEST) {
  return transition(actor, id, meta, {
    verb: "restore",
    auditAction: "article.archive",
    expectedVersion: version,
    details: () => ({ restored: true }),
  });
}

/**
 * The owner of a draft, or an editor: deletes an article that was never published.
 * Anything that has been public is archived instead, so its history stays.
 */
export async function deleteArticle(actor: Actor, id: string, meta = NO_REQUEST): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await loadForWrite(tx, actor, id);
    assertCan(actor, "article.delete", row);
    if (row.publishedAt !== null || row.status === "PUBLISHED" || row.status === "ARCHIVED") {
      throw new RuleViolationError("Artikel yang pernah terbit tidak dapat dihapus. Arsipkan saja.");
    }
    await tx.article.delete({ where: { id } });
    await audit(tx, actor, meta, "article.delete", id, { title: row.title, slug: row.slug, status: row.status });
  });
}

/** Whoever may edit the article: copies a saved revision's text back as a new version. */
export async function restoreRevision(
  actor: Actor,
  id: string,
  revisionId: string,
  version: number,
  meta = NO_REQUEST,
): Promise<ArticleVersion> {
  const result = await withConflictCheck(id, () =>
    db.$transaction(async (tx) => {
      const row = await loadForWrite(tx, actor, id);
      assertCan(actor, "article.edit", row);
      if (row.version !== version) throw new StaleVersion();
      const revision = await tx.articleRevision.findFirst({ where: { id: revisionId, articleId: id } });
      if (!revision) throw new NotFoundError("Revisi tidak ditemukan.");
      // A revision saved under older rules comes back as much as today's rules allow.
      const body = readStoredBody(revision.body).body;
      // A revision may name a category deleted since; the article keeps its current one then.
      const categoryExists =
        revision.categoryId !== null &&
        (await tx.category.findUnique({ where: { id: revision.categoryId }, select: { id: true } })) !== null;
      const categoryId = categoryExists && revision.categoryId ? revision.categoryId : row.categoryId;
      const updated = await tx.article.updateMany({
        where: { id, version: row.version },
        data: {
          title: revision.title,
          excerpt: revision.excerpt,
          dateline: revision.dateline,
          body,
          bodyText: bodyToPlainText(body),
          categoryId,
          version: { increment: 1 },
        },
      });
      if (updated.count === 0) throw new StaleVersion();
      const next = row.version + 1;
      await writeRevision(tx, auditActorId(actor), id, next, "restore", {
        title: revision.title,
        excerpt: revision.excerpt,
        dateline: revision.dateline,
        body,
        categoryId,
      });
      await audit(tx, actor, meta, "article.restore_revision", id, {
        revisionId,
        revisionVersion: revision.version,
        version: next,
      });
      return { before: row, version: next };
    }),
  );
  if (result.before.status === "PUBLISHED") invalidateArticle(cacheKeyOf(result.before), await loadCacheKey(id));
  return { version: result.version };
}
