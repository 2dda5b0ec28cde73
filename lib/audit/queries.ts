import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { site } from "@/lib/site";
import { dayStart } from "@/lib/time";
import { AUDIT_PAGE_SIZE, type AuditFilterInput } from "./schema";

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  actor: { username: string; displayName: string } | null;
  targetType: string | null;
  targetId: string | null;
  /** What a link to the target needs: the article title or the account's display name. */
  targetLabel: string | null;
  details: Record<string, unknown>;
  ip: string | null;
};

export type AuditPage = { rows: AuditRow[]; page: number; hasNext: boolean };

/**
 * ADMIN only. Audit events newest first, 50 a page, filtered by action, actor username,
 * target id, and a range of portal-zone days (both ends inclusive).
 */
export async function listAuditEvents(actor: Actor, filter: AuditFilterInput): Promise<AuditPage> {
  assertCan(actor, "audit.view");
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from) createdAt.gte = dayStart(filter.from, site.timeZone);
  if (filter.to) createdAt.lt = dayStart(filter.to, site.timeZone, 1);
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actor: { username: filter.actor.toLowerCase() } } : {}),
    ...(filter.target ? { targetId: filter.target } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      ip: true,
      actor: { select: { username: true, displayName: true } },
    },
  });
  const pageRows = events.slice(0, AUDIT_PAGE_SIZE);
  const idsOf = (type: string) =>
    pageRows.flatMap((row) => (row.targetType === type && row.targetId && isUuid(row.targetId) ? [row.targetId] : []));
  const [articles, users] = await Promise.all([
    db.article.findMany({ where: { id: { in: idsOf("article") } }, select: { id: true, title: true } }),
    db.user.findMany({ where: { id: { in: idsOf("user") } }, select: { id: true, displayName: true } }),
  ]);
  const labels = new Map<string, string>([
    ...articles.map((article) => [article.id, article.title] as const),
    ...users.map((user) => [user.id, user.displayName] as const),
  ]);
  return {
    page: filter.page,
    hasNext: events.length > AUDIT_PAGE_SIZE,
    rows: pageRows.map((row) => ({
      id: row.id.toString(),
      createdAt: row.createdAt,
      action: row.action,
      actor: row.actor,
      targetType: row.targetType,
      targetId: row.targetId,
      targetLabel: row.targetId ? (labels.get(row.targetId) ?? null) : null,
      details: isRecord(row.details) ? row.details : {},
      ip: row.ip,
    })),
  };
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
