import "server-only";
import { expireTags } from "@/lib/articles/cache";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { FieldConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { NO_REQUEST, type RequestMeta } from "@/lib/request";
import { documentTags } from "./cache-tags";
import { storedFileName } from "./file-name";
import { detectDocumentType } from "./file-type";
import { extractPdfText } from "./pdf-text";
import { DOCUMENT_MAX_BYTES, DOCUMENT_TOO_LARGE_MESSAGE, type DocumentInput } from "./schema";
import { deleteDocumentFile, documentFileKey, putDocumentFile } from "./storage";

/**
 * Documents: uploaded, edited and published by editors and admins. The file is checked
 * from its bytes (./file-type), stored under its content hash, and its text extracted when
 * it is a PDF, all before the database write; the row and its audit entry share a transaction.
 */

export type DocumentUpload = { bytes: Uint8Array; name: string };

type StoredFile = { fileKey: string; fileName: string; mimeType: string; byteSize: number; fileText: string };

const SLUG_TAKEN = "Slug ini sudah dipakai dokumen lain.";

/** Checks, stores and reads the text of an upload; throws RuleViolationError with the Indonesian reason. */
async function storeUpload(upload: DocumentUpload, slug: string): Promise<StoredFile> {
  if (upload.bytes.byteLength === 0) throw new RuleViolationError("Berkas kosong.");
  if (upload.bytes.byteLength > DOCUMENT_MAX_BYTES) throw new RuleViolationError(DOCUMENT_TOO_LARGE_MESSAGE);
  const check = detectDocumentType(upload.bytes);
  if (!check.ok) throw new RuleViolationError(check.message);
  const fileKey = documentFileKey(upload.bytes, check.type.extension);
  await putDocumentFile(fileKey, upload.bytes, check.type.mimeType);
  return {
    fileKey,
    fileName: storedFileName(upload.name, check.type.extension, slug),
    mimeType: check.type.mimeType,
    byteSize: upload.bytes.byteLength,
    fileText: check.type.kind === "pdf" ? await extractPdfText(upload.bytes) : "",
  };
}

function mapUniqueViolation(error: unknown): never {
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") {
    throw new FieldConflictError("slug", SLUG_TAKEN);
  }
  throw error;
}

/** Drops a stored file once no document names it (after a replacement or a delete). */
async function dropIfUnused(fileKey: string): Promise<void> {
  if ((await db.document.count({ where: { fileKey } })) === 0) await deleteDocumentFile(fileKey);
}

function expireDocument(...slugs: string[]): void {
  expireTags([documentTags.lists, ...slugs.map((slug) => documentTags.document(slug))]);
}

/** EDITOR and ADMIN. A new, unpublished document with its checked file; audited as document.create. */
export async function createDocument(
  actor: Actor,
  input: DocumentInput,
  upload: DocumentUpload,
  meta: RequestMeta = NO_REQUEST,
): Promise<{ id: string }> {
  assertCan(actor, "document.manage");
  if (await db.document.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw new FieldConflictError("slug", SLUG_TAKEN);
  }
  const file = await storeUpload(upload, input.slug);
  try {
    const created = await db.$transaction(async (tx) => {
      const document = await tx.document.create({
        data: {
          slug: input.slug,
          title: input.title,
          number: input.number,
          year: input.year,
          type: input.type,
          issuer: input.issuer,
          description: input.description,
          fileKey: file.fileKey,
          fileName: file.fileName,
          mimeType: file.mimeType,
          byteSize: file.byteSize,
          fileText: file.fileText,
          isPublished: false,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.create",
        targetType: "document",
        targetId: document.id,
        details: { title: input.title, slug: input.slug, file: file.fileName, bytes: file.byteSize },
        ip: meta.ip,
      });
      return document;
    });
    expireDocument(input.slug);
    return created;
  } catch (error) {
    await dropIfUnused(file.fileKey);
    return mapUniqueViolation(error);
  }
}

/** EDITOR and ADMIN. Edits the details and, when `upload` is given, replaces the file; audited as document.update. */
export async function updateDocument(
  actor: Actor,
  id: string,
  input: DocumentInput,
  upload: DocumentUpload | null,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "document.manage");
  const other = await db.document.findFirst({ where: { slug: input.slug, id: { not: id } }, select: { id: true } });
  if (other) throw new FieldConflictError("slug", SLUG_TAKEN);
  const file = upload ? await storeUpload(upload, input.slug) : null;
  let before: { slug: string; fileKey: string };
  try {
    before = await db.$transaction(async (tx) => {
      const current = await tx.document.findUnique({
        where: { id },
        select: { slug: true, title: true, fileKey: true },
      });
      if (!current) throw new NotFoundError("Dokumen tidak ditemukan.");
      await tx.document.update({
        where: { id },
        data: {
          slug: input.slug,
          title: input.title,
          number: input.number,
          year: input.year,
          type: input.type,
          issuer: input.issuer,
          description: input.description,
          ...(file
            ? {
                fileKey: file.fileKey,
                fileName: file.fileName,
                mimeType: file.mimeType,
                byteSize: file.byteSize,
                fileText: file.fileText,
              }
            : {}),
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "document.update",
        targetType: "document",
        targetId: id,
        details: {
          from: { title: current.title, slug: current.slug },
          to: { title: input.title, slug: input.slug },
          ...(file ? { newFile: file.fileName, bytes: file.byteSize } : {}),
        },
        ip: meta.ip,
      });
      return current;
    });
  } catch (error) {
    if (file) await dropIfUnused(file.fileKey);
    mapUniqueViolation(error);
  }
  if (file && file.fileKey !== before.fileKey) await dropIfUnused(before.fileKey);
  expireDocument(before.slug, input.slug);
}

/** EDITOR and ADMIN. Publishes (stamping the first publish time) or hides; audited as document.publish / document.unpublish. */
export async function setDocumentPublished(
  actor: Actor,
  id: string,
  isPublished: boolean,
  meta: RequestMeta = NO_REQUEST,
): Promise<void> {
  assertCan(actor, "document.manage");
  const changed = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM documents WHERE id = ${id}::uuid FOR UPDATE`;
    const current = await tx.document.findUnique({
      where: { id },
      select: { slug: true, title: true, isPublished: true, publishedAt: true },
    });
    if (!current) throw new NotFoundError("Dokumen tidak ditemukan.");
    // CASE: already in the asked state (a double click): nothing to write or audit.
    if (current.isPublished === isPublished) return null;
    await tx.document.update({
      where: { id },
      data: { isPublished, ...(isPublished && !current.publishedAt ? { publishedAt: new Date() } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: isPublished ? "document.publish" : "document.unpublish",
      targetType: "document",
      targetId: id,
      details: { title: current.title, slug: current.slug },
      ip: meta.ip,
    });
    return current.slug;
  });
  if (changed) expireDocument(changed);
}

/** EDITOR and ADMIN. Deletes a document and, when no other document shares it, its file; audited as document.delete. */
export async function deleteDocument(actor: Actor, id: string, meta: RequestMeta = NO_REQUEST): Promise<void> {
  assertCan(actor, "document.manage");
  const deleted = await db.$transaction(async (tx) => {
    const current = await tx.document.findUnique({ where: { id }, select: { slug: true, title: true, fileKey: true } });
    if (!current) throw new NotFoundError("Dokumen tidak ditemukan.");
    await tx.document.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.delete",
      targetType: "document",
      targetId: id,
      details: { title: current.title, slug: current.slug },
      ip: meta.ip,
    });
    return current;
  });
  await dropIfUnused(deleted.fileKey);
  expireDocument(deleted.slug);
}
