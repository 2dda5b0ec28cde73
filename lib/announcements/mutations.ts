import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { bodyToPlainText } from "@/lib/articles/body";
import { slugify } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type Actor, type ArticleRef } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { InvalidTransitionError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { getMediaStorage } from "@/lib/media/storage";
import type { RequestMeta } from "@/lib/request";
import { invalidateAnnouncement } from "./cache";
import { attachmentFileName, isPdf, NOT_A_PDF_MESSAGE, PDF_MAX_BYTES, PDF_TOO_LARGE_MESSAGE } from "./pdf";
import { RESERVED_ANNOUNCEMENT_SLUGS, type AnnouncementInput } from "./schema";

/**
 * The announcement workflow: a draft (any staff member, their own), published by an
 * editor or admin, unpublished back to a draft, deleted. Every write is audited in the
 * same transaction and expires the cached pages it touches (./cache.ts). The slug follows
 * the title until the first publish, then stays.
 */

type Tx = Prisma.TransactionClient;

/** An uploaded PDF: its bytes and the name it was sent with. */
export type AttachmentUpload = { bytes: Uint8Array; name: string };

type StoredAttachment = { key: string; name: string; bytes: number };

/** Checks the bytes (a real PDF, within the limit) and stores them; returns where. */
async function storeAttachment(upload: AttachmentUpload): Promise<StoredAttachment> {
  if (upload.bytes.byteLength > PDF_MAX_BYTES) throw new RuleViolationError(PDF_TOO_LARGE_MESSAGE);
  if (!isPdf(upload.bytes)) throw new RuleViolationError(NOT_A_PDF_MESSAGE);
  const hash = createHash("sha256").update(upload.bytes).digest("hex").slice(0, 32);
  const key = `pengumuman/${randomUUID()}/${hash}.pdf`;
  await getMediaStorage().put(key, upload.bytes, "application/pdf");
  return { key, name: attachmentFileName(upload.name), bytes: upload.bytes.byteLength };
}

/** Removes a file no row points to any more; a failure leaves an orphan file, never a broken row. */
async function discardAttachment(key: string | null | undefined): Promise<void> {
  if (!key) return;
  try {
    await getMediaStorage().delete(key);
  } catch (error) {
    console.warn(`Could not delete announcement attachment ${key}: ${String(error)}`);
  }
}

async function allocateSlug(tx: Tx, title: string, ownId: string | null): Promise<string> {
  const base = slugify(title) || "pengumuman";
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`;
    if (RESERVED_ANNOUNCEMENT_SLUGS.has(candidate)) continue;
    const taken = await tx.announcement.findFirst({
      where: { slug: candidate, ...(ownId ? { NOT: { id: ownId } } : {}) },
      select: { id: true },
    });
    if (!taken) return candidate;
  }
}

function refOf(row: { authorId: string; status: "DRAFT" | "PUBLISHED" }): ArticleRef {
  return { writerId: row.authorId, status: row.status };
}

async function loadForWrite(tx: Tx, id: string) {
  const row = await tx.announcement.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, status: true, authorId: true, publishedAt: true, attachmentKey: true },
  });
  if (!row) throw new NotFoundError("Pengumuman tidak ditemukan.");
  return row;
}

/** Any staff member: a new draft of their own, with an optional PDF. Audited. */
export async function createAnnouncement(
  actor: Actor,
  input: AnnouncementInput,
  upload: AttachmentUpload | null,
  meta: RequestMeta,
): Promise<{ id: string }> {
  assertCan(actor, "announcement.create");
  const attachment = upload ? await storeAttachment(upload) : null;
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.announcement.create({
        data: {
          slug: await allocateSlug(tx, input.title, null),
          title: input.title,
          body: input.body,
          bodyText: bodyToPlainText(input.body),
          validUntil: input.validUntil,
          authorId: actor.id,
          attachmentKey: attachment?.key ?? null,
          attachmentName: attachment?.name ?? null,
          attachmentBytes: attachment?.bytes ?? null,
        },
        select: { id: true, slug: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "announcement.create",
        targetType: "announcement",
        targetId: created.id,
        details: { title: input.title, hasAttachment: attachment !== null },
        ip: meta.ip,
      });
      return { id: created.id };
    });
  } catch (error) {
    await discardAttachment(attachment?.key);
    throw error;
  }
}

/**
 * Editors and admins any announcement; a writer their own draft. A new PDF replaces the
 * old one; `isAttachmentRemoved` drops it. Audited; a published one's pages refresh.
 */
export async function updateAnnouncement(
  actor: Actor,
  id: string,
  input: AnnouncementInput,
  upload: AttachmentUpload | null,
  meta: RequestMeta,
): Promise<void> {
  const current = await db.announcement.findUnique({ where: { id }, select: { authorId: true, status: true } });
  if (!current) throw new NotFoundError("Pengumuman tidak ditemukan.");
  assertCan(actor, "announcement.edit", refOf(current));
  const attachment = upload ? await storeAttachment(upload) : null;
  let before: Awaited<ReturnType<typeof loadForWrite>>;
  let slug: string;
  try {
    ({ before, slug } = await db.$transaction(async (tx) => {
      const row = await loadForWrite(tx, id);
      assertCan(actor, "announcement.edit", refOf(row));
      // CASE: never published, so nobody links to it yet: the slug follows the title.
      const nextSlug = row.publishedAt === null ? await allocateSlug(tx, input.title, row.id) : row.slug;
      const keepsAttachment = !attachment && !input.isAttachmentRemoved;
      await tx.announcement.update({
        where: { id },
        data: {
          slug: nextSlug,
          title: input.title,
          body: input.body,
          bodyText: bodyToPlainText(input.body),
          validUntil: input.validUntil,
          // A new `berlaku sampai` gets its own expiry run.
          expiryAppliedAt: null,
          ...(keepsAttachment
            ? {}
            : {
                attachmentKey: attachment?.key ?? null,
                attachmentName: attachment?.name ?? null,
                attachmentBytes: attachment?.bytes ?? null,
              }),
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "announcement.update",
        targetType: "announcement",
        targetId: id,
        details: { title: input.title, attachment: attachment ? "replaced" : keepsAttachment ? "kept" : "removed" },
        ip: meta.ip,
      });
      return { before: row, slug: nextSlug };
    }));
  } catch (error) {
    await discardAttachment(attachment?.key);
    throw error;
  }
  if (attachment || input.isAttachmentRemoved) await discardAttachment(before.attachmentKey);
  if (before.status === "PUBLISHED") invalidateAnnouncement(before.slug, slug);
}

/** Editors and admins: a draft goes public; the first publish stamps publishedAt. Audited. */
export async function publishAnnouncement(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  assertCan(actor, "announcement.publish");
  const slug = await db.$transaction(async (tx) => {
    const row = await loadForWrite(tx, id);
    if (row.status !== "DRAFT") throw new InvalidTransitionError("Pengumuman ini sudah terbit.");
    await tx.announcement.update({
      where: { id },
      data: { status: "PUBLISHED", publishedAt: row.publishedAt ?? new Date(), publishedById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "announcement.publish",
      targetType: "announcement",
      targetId: id,
      details: { slug: row.slug },
      ip: meta.ip,
    });
    return row.slug;
  });
  invalidateAnnouncement(slug);
}

/** Editors and admins: takes a published announcement back to a draft. Audited. */
export async function unpublishAnnouncement(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  assertCan(actor, "announcement.publish");
  const slug = await db.$transaction(async (tx) => {
    const row = await loadForWrite(tx, id);
    if (row.status !== "PUBLISHED") throw new InvalidTransitionError("Pengumuman ini belum terbit.");
    await tx.announcement.update({ where: { id }, data: { status: "DRAFT" } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "announcement.unpublish",
      targetType: "announcement",
      targetId: id,
      details: { slug: row.slug },
      ip: meta.ip,
    });
    return row.slug;
  });
  invalidateAnnouncement(slug);
}

/** Editors and admins any announcement; a writer their own draft. Audited. */
export async function deleteAnnouncement(actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  const row = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, id);
    assertCan(actor, "announcement.delete", refOf(current));
    await tx.announcement.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "announcement.delete",
      targetType: "announcement",
      targetId: id,
      details: { title: current.title, slug: current.slug },
      ip: meta.ip,
    });
    return current;
  });
  await discardAttachment(row.attachmentKey);
  if (row.status === "PUBLISHED") invalidateAnnouncement(row.slug);
}
