import "server-only";
import { can, type Actor, type ArticleStatus } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";
import { bodyToPlainText, readStoredBody, type ArticleBody } from "./body";
import { pageCountFor, pageFromNearerEnd } from "./pagination";
import { diffPlainText, hasChanges, type DiffBlock } from "./revision-diff";
import type { StaffArticleFilters } from "./schema";
import { staffArticleWhere } from "./visibility";

/**
 * Dashboard reads. Never cached (they depend on who asks); every function takes the
 * actor. A writer sees only their own articles: anyone else's is "not found", so the
 * dashboard never confirms that a colleague's draft exists.
 */

export const STAFF_PAGE_SIZE = 20;

/** Published more than this after the scheduled time counts as "went live late". */
const LATE_AFTER_MS = 60_000;

const ALL_STATUSES: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"];

/**
 * Minutes a scheduled article went live late (or, still scheduled, is overdue), or null
 * when it was on time or never scheduled.
 */
export function lateByMinutes(
  row: { status: ArticleStatus; scheduledAt: Date | null; publishedAt: Date | null },
  now: Date = new Date(),
): number | null {
  if (!row.scheduledAt) return null;
  let lateMs: number;
  if (row.status === "SCHEDULED") lateMs = now.getTime() - row.scheduledAt.getTime();
  else if (row.publishedAt) lateMs = row.publishedAt.getTime() - row.scheduledAt.getTime();
  else return null;
  return lateMs > LATE_AFTER_MS ? Math.round(lateMs / 60_000) : null;
}

/** Who returned a draft to its writer, and when ("Dikembalikan"). */
export type ReturnInfo = { editorName: string; at: Date };

/**
 * For drafts an editor returned (DRAFT with a review note, as the editor page shows it):
 * who returned each and when, from its newest "return" revision, in one query.
 */
export async function findReturns(
  articles: readonly { id: string; status: ArticleStatus; hasNote: boolean }[],
): Promise<Map<string, ReturnInfo>> {
  const ids = articles.filter((article) => article.status === "DRAFT" && article.hasNote).map((article) => article.id);
  if (ids.length === 0) return new Map();
  const revisions = await db.articleRevision.findMany({
    where: { articleId: { in: ids }, reason: "return" },
    orderBy: [{ articleId: "asc" }, { version: "desc" }],
    distinct: ["articleId"],
    select: { articleId: true, createdAt: true, author: { select: { displayName: true } } },
  });
  return new Map(
    revisions.map((revision) => [
      revision.articleId,
      { editorName: revision.author?.displayName ?? "Sistem", at: revision.createdAt },
    ]),
  );
}

export type StaffArticleRow = {
  id: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  categoryName: string;
  writerName: string;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  version: number;
  isLate: boolean;
  lateByMinutes: number | null;
  /** Set while the article is a draft an editor returned to its writer. */
  returned: ReturnInfo | null;
};

export type StaffArticleList = {
  items: StaffArticleRow[];
  total: number;
  page: number;
  pageCount: number;
  counts: Record<ArticleStatus, number>;
};

type StaffOrder = Prisma.ArticleOrderByWithRelationInput[];

/** Each sort newest (or A) first, and the same key reversed for reading a page from the end. */
const STAFF_ORDERS: Record<NonNullable<StaffArticleFilters["sort"]>, { forward: StaffOrder; reverse: StaffOrder }> = {
  updated: {
    forward: [{ updatedAt: "desc" }, { id: "desc" }],
    reverse: [{ updatedAt: "asc" }, { id: "asc" }],
  },
  // Unpublished articles last, by the hand-written (published_at DESC NULLS LAST, id DESC) index.
  published: {
    forward: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    reverse: [{ publishedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
  },
  title: {
    forward: [{ title: "asc" }, { id: "asc" }],
    reverse: [{ title: "desc" }, { id: "desc" }],
  },
};

/**
 * The article table of /dashboard/artikel: filtered, 20 a page, with a count per status.
 * One grouped count gives both the tabs and the total (the list is the tabs' filter plus
 * at most one status), and a page is read from the nearer end of its order, as ids first,
 * so a deep page costs what the first does.
 */
export async function listStaffArticles(actor: Actor, filters: StaffArticleFilters = {}): Promise<StaffArticleList> {
  // AND, not one object: a writerId filter must never replace the writer's own-articles scope.
  const base: Prisma.ArticleWhereInput = {
    AND: [
      staffArticleWhere(actor),
      filters.categoryId ? { categoryId: filters.categoryId } : {},
      filters.writerId ? { writerId: filters.writerId } : {},
      filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {},
    ],
  };
  const where: Prisma.ArticleWhereInput = filters.status ? { ...base, status: filters.status } : base;
  const order = STAFF_ORDERS[filters.sort ?? "updated"];

  const grouped = await db.article.groupBy({ by: ["status"], where: base, _count: { _all: true } });
  const counts = Object.fromEntries(ALL_STATUSES.map((status) => [status, 0])) as Record<ArticleStatus, number>;
  for (const group of grouped) counts[group.status] = group._count._all;
  const total = filters.status ? counts[filters.status] : ALL_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const pageCount = pageCountFor(total, STAFF_PAGE_SIZE);
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);
  const read = pageFromNearerEnd(total, page, STAFF_PAGE_SIZE);
  const ids = read
    ? (
        await db.article.findMany({
          where,
          orderBy: read.fromNewest ? order.forward : order.reverse,
          skip: read.skip,
          take: read.take,
          select: { id: true },
        })
      ).map((row) => row.id)
    : [];
  if (read && !read.fromNewest) ids.reverse();
  const found = await db.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      scheduledAt: true,
      version: true,
      reviewNote: true,
      category: { select: { name: true } },
      writer: { select: { displayName: true } },
    },
  });
  const byId = new Map(found.map((row) => [row.id, row]));
  const returns = await findReturns(
    found.map((row) => ({ id: row.id, status: row.status, hasNote: row.reviewNote !== "" })),
  );
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const now = new Date();
  return {
    items: rows.map((row) => {
      const late = lateByMinutes(row, now);
      return {
        id: row.id,
        title: row.title,
        slug: row.slug,
        status: row.status,
        categoryName: row.category.name,
        writerName: row.writer.displayName,
        updatedAt: row.updatedAt,
        publishedAt: row.publishedAt,
        scheduledAt: row.scheduledAt,
        version: row.version,
        isLate: late !== null,
        lateByMinutes: late,
        returned: returns.get(row.id) ?? null,
      };
    }),
    total,
    page,
    pageCount,
    counts,
  };
}

export type StaffPerson = { id: string; displayName: string; initials: string };

export type StaffArticle = {
  id: string;
  status: ArticleStatus;
  version: number;
  title: string;
  slug: string;
  /** True once the article has been published: the slug no longer follows the title. */
  isSlugFrozen: boolean;
  dateline: string;
  excerpt: string;
  categoryId: string;
  category: { id: string; name: string; slug: string };
  body: ArticleBody;
  coverImageId: string | null;
  coverCaption: string;
  cover: { id: string; alt: string; width: number; height: number; variantWidths: number[] } | null;
  tags: { id: string; name: string }[];
  writer: StaffPerson;
  editor: StaffPerson | null;
  reviewNote: string;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  lateByMinutes: number | null;
  /** Who saved the current text last (the newest revision's author), for the conflict panel. */
  lastSavedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
};

const personSelect = { id: true, displayName: true, initials: true } satisfies Prisma.UserSelect;

const staffArticleSelect = {
  id: true,
  status: true,
  version: true,
  title: true,
  slug: true,
  dateline: true,
  excerpt: true,
  body: true,
  coverImageId: true,
  coverCaption: true,
  reviewNote: true,
  scheduledAt: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  writerId: true,
  category: { select: { id: true, name: true, slug: true } },
  coverImage: { select: { id: true, alt: true, width: true, height: true, variantWidths: true } },
  tags: { select: { tag: { select: { id: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
  writer: { select: personSelect },
  editor: { select: personSelect },
  revisions: { orderBy: { updatedAt: "desc" }, take: 1, select: { author: { select: { displayName: true } } } },
} satisfies Prisma.ArticleSelect;

/**
 * The article as the editor form needs it, without a permission check: for lib code
 * that has already decided the actor may see it (e.g. the conflict error of a save).
 */
export async function loadStaffArticle(id: string): Promise<StaffArticle | null> {
  const row = await db.article.findUnique({ where: { id }, select: staffArticleSelect });
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    title: row.title,
    slug: row.slug,
    isSlugFrozen: row.publishedAt !== null,
    dateline: row.dateline,
    excerpt: row.excerpt,
    categoryId: row.category.id,
    category: row.category,
    body: readStoredBody(row.body).body,
    coverImageId: row.coverImageId,
    coverCaption: row.coverCaption,
    cover: row.coverImage,
    tags: row.tags.map(({ tag }) => tag),
    writer: row.writer,
    editor: row.editor,
    reviewNote: row.reviewNote,
    scheduledAt: row.scheduledAt,
    publishedAt: row.publishedAt,
    lateByMinutes: lateByMinutes(row),
    lastSavedBy: row.revisions[0]?.author?.displayName ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** One article for the editor. Writers get NotFoundError for anyone else's. */
export async function getStaffArticle(actor: Actor, id: string): Promise<StaffArticle> {
  const article = await loadStaffArticle(id);
  if (!article || !can(actor, "article.view", { writerId: article.writer.id, status: article.status })) {
    throw new NotFoundError("Artikel tidak ditemukan.");
  }
  return article;
}

/** Throws NotFoundError unless the article exists and the actor may see it. */
async function requireVisible(actor: Actor, id: string): Promise<{ writerId: string; status: ArticleStatus }> {
  const row = await db.article.findUnique({ where: { id }, select: { writerId: true, status: true } });
  if (!row || !can(actor, "article.view", row)) throw new NotFoundError("Artikel tidak ditemukan.");
  return row;
}

export type RevisionSummary = {
  id: string;
  version: number;
  reason: string;
  title: string;
  authorName: string;
  createdAt: Date;
};

/** History of an article, newest first. */
export async function listRevisions(actor: Actor, id: string): Promise<RevisionSummary[]> {
  await requireVisible(actor, id);
  const rows = await db.articleRevision.findMany({
    where: { articleId: id },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      reason: true,
      title: true,
      createdAt: true,
      author: { select: { displayName: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    reason: row.reason,
    title: row.title,
    authorName: row.author?.displayName ?? "Sistem",
    createdAt: row.createdAt,
  }));
}

export type RevisionDetail = RevisionSummary & {
  title: string;
  excerpt: string;
  dateline: string;
  body: ArticleBody;
  categoryId: string | null;
  categoryName: string | null;
};

/** One saved state of an article (for preview before restoring). */
export async function getRevision(actor: Actor, id: string, revisionId: string): Promise<RevisionDetail> {
  await requireVisible(actor, id);
  const row = await db.articleRevision.findFirst({
    where: { id: revisionId, articleId: id },
    include: { author: { select: { displayName: true } } },
  });
  if (!row) throw new NotFoundError("Revisi tidak ditemukan.");
  const category = row.categoryId
    ? await db.category.findUnique({ where: { id: row.categoryId }, select: { name: true } })
    : null;
  return {
    id: row.id,
    version: row.version,
    reason: row.reason,
    authorName: row.author?.displayName ?? "Sistem",
    createdAt: row.createdAt,
    title: row.title,
    excerpt: row.excerpt,
    dateline: row.dateline,
    body: readStoredBody(row.body).body,
    categoryId: row.categoryId,
    categoryName: category?.name ?? null,
  };
}

export type ReviewChange =
  | { field: "title" | "dateline" | "category" | "excerpt"; before: string; after: string }
  | { field: "body"; before: string; after: string; blocks: DiffBlock[] };

/**
 * What changed since the article was last returned to its writer (or, never returned,
 * since it was last submitted): one entry per changed field, the body as paragraphs.
 */
export async function getReviewChanges(actor: Actor, id: string): Promise<ReviewChange[]> {
  await requireVisible(actor, id);
  const baseline =
    (await db.articleRevision.findFirst({
      where: { articleId: id, reason: "return" },
      orderBy: { version: "desc" },
    })) ??
    (await db.articleRevision.findFirst({ where: { articleId: id, reason: "submit" }, orderBy: { version: "desc" } }));
  if (!baseline) return [];
  const current = await db.article.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      dateline: true,
      excerpt: true,
      bodyText: true,
      category: { select: { id: true, name: true } },
    },
  });
  const beforeCategory = baseline.categoryId
    ? ((await db.category.findUnique({ where: { id: baseline.categoryId }, select: { name: true } }))?.name ?? "")
    : "";
  const changes: ReviewChange[] = [];
  const compare = (field: "title" | "dateline" | "category" | "excerpt", before: string, after: string) => {
    if (before !== after) changes.push({ field, before, after });
  };
  compare("title", baseline.title, current.title);
  compare("dateline", baseline.dateline, current.dateline);
  if (baseline.categoryId !== current.category.id)
    changes.push({ field: "category", before: beforeCategory, after: current.category.name });
  compare("excerpt", baseline.excerpt, current.excerpt);
  const beforeText = bodyToPlainText(readStoredBody(baseline.body).body);
  const blocks = diffPlainText(beforeText, current.bodyText);
  if (hasChanges(blocks)) changes.push({ field: "body", before: beforeText, after: current.bodyText, blocks });
  return changes;
}

export type Option = { id: string; name: string };

/** Categories for the article form, in masthead order. */
export async function listCategoryOptions(): Promise<Option[]> {
  return db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

/** Writers to filter the article list by: everyone who has written, for whoever sees every article; nobody else. */
export async function listWriterOptions(actor: Actor): Promise<Option[]> {
  if (!can(actor, "article.viewAll")) return [];
  const writers = await db.user.findMany({
    where: { articlesWritten: { some: {} } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
  });
  return writers.map((writer) => ({ id: writer.id, name: writer.displayName }));
}
