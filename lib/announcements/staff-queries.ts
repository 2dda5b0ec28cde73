import "server-only";
import { readStoredBody, type ArticleBody } from "@/lib/articles/body";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";

/** Dashboard reads: never cached; every function takes the actor. */

export type PortalStatus = "DRAFT" | "PUBLISHED";

export type StaffAnnouncementRow = {
  id: string;
  slug: string;
  title: string;
  status: PortalStatus;
  validUntil: Date;
  updatedAt: Date;
  authorId: string;
  authorName: string;
  /** Published, and its `berlaku sampai` has passed: readers find it in the archive. */
  isExpired: boolean;
};

export type StaffAnnouncement = StaffAnnouncementRow & {
  body: ArticleBody;
  attachmentName: string | null;
  publishedAt: Date | null;
};

/** Editors and admins see every announcement; a writer sees their own (as with articles). */
function visibleTo(actor: Actor): Prisma.AnnouncementWhereInput {
  return can(actor, "announcement.publish") ? {} : { authorId: actor.id };
}

async function withNames(
  rows: Prisma.AnnouncementGetPayload<{ select: typeof rowSelect }>[],
  now: Date,
): Promise<StaffAnnouncementRow[]> {
  const names = await authorNames(rows.map((row) => row.authorId));
  return rows.map((row) => ({
    ...row,
    authorName: names.get(row.authorId) ?? "—",
    isExpired: row.status === "PUBLISHED" && row.validUntil <= now,
  }));
}

async function authorNames(ids: string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((user) => [user.id, user.displayName]));
}

const rowSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  validUntil: true,
  updatedAt: true,
  authorId: true,
} satisfies Prisma.AnnouncementSelect;

/** Any staff member: the announcements they may see, last changed first. */
export async function listAnnouncementsForStaff(actor: Actor, limit = 100): Promise<StaffAnnouncementRow[]> {
  const rows = await db.announcement.findMany({
    where: visibleTo(actor),
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: rowSelect,
  });
  return withNames(rows, new Date());
}

/**
 * Published announcements whose `berlaku sampai` falls within `days` from `now`, soonest
 * first (the dashboard home's "segera berakhir").
 */
export async function listExpiringAnnouncements(
  actor: Actor,
  now: Date = new Date(),
  days = 7,
): Promise<StaffAnnouncementRow[]> {
  const rows = await db.announcement.findMany({
    where: {
      ...visibleTo(actor),
      status: "PUBLISHED",
      validUntil: { gt: now, lte: new Date(now.getTime() + days * 24 * 3600_000) },
    },
    orderBy: { validUntil: "asc" },
    take: 10,
    select: rowSelect,
  });
  return withNames(rows, new Date());
}

/** One announcement for its editor; someone else's draft is NotFound to a writer (STYLE §3). */
export async function getAnnouncementForStaff(actor: Actor, id: string): Promise<StaffAnnouncement> {
  const row = await db.announcement.findFirst({
    where: { id, ...visibleTo(actor) },
    select: { ...rowSelect, body: true, attachmentName: true, publishedAt: true },
  });
  if (!row) throw new NotFoundError("Pengumuman tidak ditemukan.");
  const names = await authorNames([row.authorId]);
  return {
    ...row,
    body: readStoredBody(row.body).body,
    authorName: names.get(row.authorId) ?? "—",
    isExpired: row.status === "PUBLISHED" && row.validUntil <= new Date(),
  };
}
