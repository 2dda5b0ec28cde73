import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { readStoredBody, type ArticleBody } from "@/lib/articles/body";
import { isPageInRange, pageCountFor } from "@/lib/articles/pagination";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getMediaStorage } from "@/lib/media/storage";
import { announcementTags } from "./cache-tags";
import { ANNOUNCEMENT_PAGE_SIZE } from "./schema";

/**
 * Public reads of announcements: published only, cached under announcementTags. Which
 * announcements are active is decided when an entry is filled; the expiry timer
 * (./expiry.ts) expires the lists and the announcement's page as its `validUntil` passes,
 * so no read happens per request.
 */

export type AnnouncementCard = {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  validUntil: Date;
  hasAttachment: boolean;
};

export type AnnouncementListPage = {
  items: AnnouncementCard[];
  page: number;
  pageCount: number;
  total: number;
};

export type AnnouncementPage = AnnouncementCard & {
  body: ArticleBody;
  isExpired: boolean;
  updatedAt: Date;
  attachment: { fileName: string; bytes: number } | null;
};

const EXCERPT_LENGTH = 200;

const cardSelect = {
  slug: true,
  title: true,
  bodyText: true,
  publishedAt: true,
  validUntil: true,
  attachmentKey: true,
} satisfies Prisma.AnnouncementSelect;

type CardRow = Prisma.AnnouncementGetPayload<{ select: typeof cardSelect }>;

function excerptOf(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), EXCERPT_LENGTH / 2)).trimEnd()}…`;
}

function toCard(row: CardRow): AnnouncementCard {
  return {
    slug: row.slug,
    title: row.title,
    excerpt: excerptOf(row.bodyText),
    // Published rows always carry publishedAt (set with the status, lib/announcements/mutations).
    publishedAt: row.publishedAt ?? row.validUntil,
    validUntil: row.validUntil,
    hasAttachment: row.attachmentKey !== null,
  };
}

/** Published and still valid at `now`; the archive is the rest of the published ones. */
function whereFor(kind: "active" | "archive", now: Date): Prisma.AnnouncementWhereInput {
  return kind === "active"
    ? { status: "PUBLISHED", validUntil: { gt: now } }
    : { status: "PUBLISHED", validUntil: { lte: now } };
}

/**
 * One page of active announcements (newest first) or of the archive (latest to expire
 * first), or null for a page past the end. An empty list still has its page 1.
 */
export async function listAnnouncements(
  kind: "active" | "archive",
  page: number,
): Promise<AnnouncementListPage | null> {
  "use cache";
  cacheLife("public");
  cacheTag(announcementTags.lists);
  const now = new Date();
  const where = whereFor(kind, now);
  const total = await db.announcement.count({ where });
  if (!isPageInRange(page, total, ANNOUNCEMENT_PAGE_SIZE)) return null;
  const rows = await db.announcement.findMany({
    where,
    orderBy: kind === "active" ? [{ publishedAt: "desc" }, { id: "desc" }] : [{ validUntil: "desc" }, { id: "desc" }],
    skip: (page - 1) * ANNOUNCEMENT_PAGE_SIZE,
    take: ANNOUNCEMENT_PAGE_SIZE,
    select: cardSelect,
  });
  return { items: rows.map(toCard), page, pageCount: pageCountFor(total, ANNOUNCEMENT_PAGE_SIZE), total };
}

/** The newest active announcements, for the home page. */
export async function listHomeAnnouncements(limit = 3): Promise<AnnouncementCard[]> {
  "use cache";
  cacheLife("public");
  cacheTag(announcementTags.lists);
  const rows = await db.announcement.findMany({
    where: whereFor("active", new Date()),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: cardSelect,
  });
  return rows.map(toCard);
}

/** A published announcement by slug (active or archived), or null. */
export async function getPublishedAnnouncement(slug: string): Promise<AnnouncementPage | null> {
  "use cache";
  cacheTag(announcementTags.announcement(slug));
  const row = await db.announcement.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: { ...cardSelect, body: true, updatedAt: true, attachmentName: true, attachmentBytes: true },
  });
  if (row) cacheLife("public");
  else cacheLife("publicMissing");
  if (!row) return null;
  const { body, dropped } = readStoredBody(row.body);
  if (dropped > 0) console.warn(`Announcement ${slug}: ${dropped} block(s) of its body could not be shown`);
  return {
    ...toCard(row),
    body,
    updatedAt: row.updatedAt,
    isExpired: row.validUntil.getTime() <= Date.now(),
    attachment:
      row.attachmentKey && row.attachmentName
        ? { fileName: row.attachmentName, bytes: row.attachmentBytes ?? 0 }
        : null,
  };
}

/** Sitemap entries: every published announcement (archived ones too, they stay reachable). */
export async function listAnnouncementSitemapEntries(): Promise<{ slug: string; updatedAt: Date }[]> {
  "use cache";
  cacheLife("public");
  cacheTag(announcementTags.lists);
  return db.announcement.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    take: 5_000,
    select: { slug: true, updatedAt: true },
  });
}

/** The stored attachment of a published announcement, for its download route; never cached (bytes). */
export async function getAnnouncementAttachment(slug: string): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const row = await db.announcement.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: { attachmentKey: true, attachmentName: true },
  });
  if (!row?.attachmentKey) return null;
  const bytes = await getMediaStorage().get(row.attachmentKey);
  return bytes ? { bytes, fileName: row.attachmentName ?? "lampiran.pdf" } : null;
}
