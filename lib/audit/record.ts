import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/** Audit actions, "<subject>.<verb>"; the audit page filters on these. */
export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_out"
  | "auth.sessions_end"
  | "auth.password_change"
  | "article.create"
  | "article.update"
  | "article.submit"
  | "article.return"
  | "article.publish"
  | "article.schedule"
  | "article.unpublish"
  | "article.archive"
  | "article.delete"
  | "article.restore_revision"
  | "article.import"
  | "article.backdate"
  | "category.create"
  | "category.update"
  | "category.reorder"
  | "category.delete"
  | "tag.create"
  | "media.upload"
  | "media.update_alt"
  | "user.create"
  | "user.update"
  | "user.role_change"
  | "user.deactivate"
  | "user.reactivate"
  | "user.password_reset"
  | "site.refresh"
  | "banner.raise"
  | "banner.clear"
  | "announcement.create"
  | "announcement.update"
  | "announcement.publish"
  | "announcement.unpublish"
  | "announcement.delete"
  | "agenda.create"
  | "agenda.update"
  | "agenda.publish"
  | "agenda.unpublish"
  | "agenda.delete"
  // Static pages (lib/pages).
  | "page.create"
  | "page.update"
  | "page.publish"
  | "page.unpublish"
  | "page.reorder"
  | "page.delete"
  // Documents (lib/documents).
  | "document.create"
  | "document.update"
  | "document.publish"
  | "document.unpublish"
  | "document.delete"
  // Gallery albums and videos (lib/gallery).
  | "gallery.create"
  | "gallery.update"
  | "gallery.publish"
  | "gallery.unpublish"
  | "gallery.delete"
  // Home page pins (lib/home).
  | "home.pin"
  | "home.unpin";

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  targetType?:
    | "article"
    | "category"
    | "tag"
    | "user"
    | "media"
    | "session"
    | "site"
    | "banner"
    | "announcement"
    | "agenda"
    | "page"
    | "document"
    | "gallery";
  targetId?: string;
  details?: Prisma.InputJsonObject;
  ip?: string | null;
};

type AuditWriter = {
  auditEvent: { create: (args: { data: Prisma.AuditEventUncheckedCreateInput }) => Promise<unknown> };
};

/**
 * Writes one audit event. Pass the transaction client of the change being recorded,
 * so the change and its audit entry commit or roll back together.
 */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
      ip: entry.ip ?? null,
    },
  });
}
