import "server-only";
import { assertCan, can, type Actor, type ArticleStatus } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";
import { articleBodySchema, EMPTY_BODY, type ArticleBody, type BodyNode } from "./body";
import { ARTICLE_STATUSES } from "./status";

/**
 * Dashboard reads. Never cached (they depend on who asks); every function takes the
 * actor and a writer only ever sees their own articles. An article the actor may not
 * see is reported as missing, never as forbidden: confirming it exists would leak.
 */

export const STAFF_PAGE_SIZE = 20;

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
  lateByMinutes: number;
};

export type StaffListFilters = {
  status?: ArticleStatus;
  categoryId?: string;
  writerId?: string;
  q?: string;
  sort?: "updated" | "published" | "title";
  page?: number;
};

export type StaffArticleList = {
  items: StaffArticleRow[];
  total: number;
  page: number;
  pageCount: number;
  counts: Record<ArticleStatus, number>;
};

function lateMinutes(status: ArticleStatus, scheduledAt: Date | null, now: Date): number {
  if (status !== "SCHEDULED" || !scheduledAt || scheduledAt > now) return 0;
  return Math.max(1, Math.floor((now.getTime() - scheduledAt.getTime()) / 60_000));
}

/** The dashboard article list: writers get their own articles, editors and admins everyone's. */
export async function listStaffArticles(actor: Actor, filters: StaffListFilters = {}): Promise<StaffArticleList> {
  const isEditor = can(actor, "article.publish");
  const scope: Prisma.ArticleWhereInput = isEditor
    ? { ...(filters.writerId ? { writerId: filters.writerId } : {}) }
    : { writerId: actor.id };
  const where: Prisma.ArticleWhereInput = {
    ...scope,
    ...(filters.categoryId ? { categoryId: filters.categoryId } : {}),
    ...(filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {}),
  };
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
    filters.sort === "title"
      ? [{ title: "asc" }, { id: "asc" }]
      : filters.sort === "published"
        ? [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }]
        : [{ updatedAt: "desc" }, { id: "desc" }];
  const listWhere = { ...where, ...(filters.status ? { status: filters.status } : {}) };
  const [grouped, total] = await Promise.all([
    db.article.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.article.count({ where: listWhere }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);
  const rows = await db.article.findMany({
    where: listWhere,
    orderBy,
    skip: (page - 1) * STAFF_PAGE_SIZE,
    take: STAFF_PAGE_SIZE,
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      scheduledAt: true,
      version: true,
      category: { select: { name: true } },
      writer: { select: { displayName: true } },
    },
  });
  const counts = Object.fromEntries(ARTICLE_STATUSES.map((status) => [status, 0])) as Record<ArticleStatus, number>;
  for (const group of grouped) counts[group.status] = group._count._all;
  const now = new Date();
  return {
    items: rows.map((row) => {
      const late = lateMinutes(row.status, row.scheduledAt, now);
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
        isLate: late > 0,
        lateByMinutes: late,
      };
    }),
    total,
    page,
    pageCount,
    counts,
  };
}

export type StaffArticle = {
  id: string;
  title: string;
  slug: string;
  isSlugFrozen: boolean;
  dateline: string;
  excerpt: string;
  body: ArticleBody;
  categoryId: string;
  categoryName: string;
  tags: { id: string; name: string }[];
  coverImageId: string | null;
  coverCaption: string;
  cover: { id: string; alt: string; width: number; height: number; variantWidths: number[] } | null;
  status: ArticleStatus;
  version: number;
  writer: { id: string; displayName: string; initials: string };
  editor: { displayName: string; initials: string } | null;
  reviewNote: string;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  lateByMinutes: number;
  updatedAt: Date;
  /** Who made the last change (from the audit log), for "saved by … at …". */
  lastSavedBy: string | null;
};

/** One article for the editor, preview and conflict panel; NotFoundError when the actor may not see it. */
export async function getStaffArticle(actor: Actor, id: string): Promise<StaffArticle> {
  const row = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      slug: true,
      dateline: true,
      excerpt: true,
      body: true,
      categoryId: true,
      category: { select: { name: true } },
      tags: { select: { tag: { select: { id: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
      coverImageId: true,
      coverCaption: true,
      coverImage: { select: { id: true, alt: true, width: true, height: true, variantWidths: true } },
      status: true,
      version: true,
      writerId: true,
      writer: { select: { id: true, displayName: true, initials: true } },
      editor: { select: { displayName: true, initials: true } },
      reviewNote: true,
      scheduledAt: true,
      publishedAt: true,
      updatedAt: true,
    },
  });
  if (!row || !can(actor, "article.view", { writerId: row.writerId, status: row.status })) throw new NotFoundError();
  const lastEvent = await db.auditEvent.findFirst({
    where: { targetType: "article", targetId: id, action: { startsWith: "article." } },
    orderBy: { createdAt: "desc" },
    select: { actor: { select: { displayName: true } } },
  });
  const body = articleBodySchema.safeParse(row.body);
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    isSlugFrozen: row.publishedAt !== null,
    dateline: row.dateline,
    excerpt: row.excerpt,
    body: body.success ? body.data : EMPTY_BODY,
    categoryId: row.categoryId,
    categoryName: row.category.name,
    tags: row.tags.map(({ tag }) => tag),
    coverImageId: row.coverImageId,
    coverCaption: row.coverCaption,
    cover: row.coverImage,
    status: row.status,
    version: row.version,
    writer: row.writer,
    editor: row.editor,
    reviewNote: row.reviewNote,
    scheduledAt: row.scheduledAt,
    publishedAt: row.publishedAt,
    lateByMinutes: lateMinutes(row.status, row.scheduledAt, new Date()),
    updatedAt: row.updatedAt,
    lastSavedBy: lastEvent?.actor?.displayName ?? row.writer.displayName,
  };
}

async function requireVisible(actor: Actor, id: string) {
  const article = await db.article.findUnique({ where: { id }, select: { writerId: true, status: true } });
  if (!article || !can(actor, "article.view", article)) throw new NotFoundError();
  return article;
}

export type RevisionRow = {
  id: string;
  version: number;
  reason: string;
  authorName: string | null;
  createdAt: Date;
  title: string;
};

/** Saved states of an article, newest first, for anyone who may view it. */
export async function listRevisions(actor: Actor, id: string): Promise<RevisionRow[]> {
  await requireVisible(actor, id);
  const rows = await db.articleRevision.findMany({
    where: { articleId: id },
    orderBy: { version: "desc" },
    take: 100,
    select: {
      id: true,
      version: true,
      reason: true,
      createdAt: true,
      title: true,
      author: { select: { displayName: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    reason: row.reason,
    authorName: row.author?.displayName ?? null,
    createdAt: row.createdAt,
    title: row.title,
  }));
}

export type BlockChange = { kind: "added" | "removed" | "unchanged"; text: string };

export type ReviewChange =
  | { field: "title" | "excerpt" | "dateline" | "category"; before: string; after: string }
  | { field: "body"; before: string; after: string; blocks: BlockChange[] };

function blockKey(node: BodyNode): string {
  if (node.type === "image") return `[Gambar: ${node.attrs.alt}]`;
  if (node.type === "horizontalRule") return "———";
  if (node.type === "table") return "[Tabel] " + JSON.stringify(node.content).length;
  const text = (function collect(value: unknown): string {
    if (Array.isArray(value)) return value.map(collect).join(" ");
    if (value && typeof value === "object") {
      const record = value as { text?: unknown; content?: unknown };
      return typeof record.text === "string" ? record.text : collect(record.content);
    }
    return "";
  })(node);
  return text.replace(/\s+/g, " ").trim();
}

/** Longest-common-subsequence diff of top-level blocks: what a reviewer needs to re-read. */
export function diffBlocks(before: readonly string[], after: readonly string[]): BlockChange[] {
  const table: number[][] = Array.from({ length: before.length + 1 }, () => Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] =
        before[i] === after[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const changes: BlockChange[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      changes.push({ kind: "unchanged", text: before[i] ?? "" });
      i++;
      j++;
    } else if (j < after.length && (i >= before.length || (table[i]?.[j + 1] ?? 0) >= (table[i + 1]?.[j] ?? 0))) {
      changes.push({ kind: "added", text: after[j] ?? "" });
      j++;
    } else {
      changes.push({ kind: "removed", text: before[i] ?? "" });
      i++;
    }
  }
  return changes.filter((change) => change.text !== "");
}

/**
 * What changed since the article was last returned to its writer: the state the reviewer
 * saw (the "return" revision) against the current one. Empty when it was never returned.
 */
export async function getReviewChanges(actor: Actor, id: string): Promise<ReviewChange[]> {
  const article = await requireVisible(actor, id);
  assertCan(actor, "article.view", article);
  const [reviewed, current] = await Promise.all([
    db.articleRevision.findFirst({
      where: { articleId: id, reason: "return" },
      orderBy: { version: "desc" },
      select: { title: true, excerpt: true, dateline: true, body: true, categoryId: true },
    }),
    db.article.findUniqueOrThrow({
      where: { id },
      select: { title: true, excerpt: true, dateline: true, body: true, categoryId: true },
    }),
  ]);
  if (!reviewed) return [];
  const changes: ReviewChange[] = [];
  for (const field of ["title", "excerpt", "dateline"] as const) {
    if (reviewed[field] !== current[field]) changes.push({ field, before: reviewed[field], after: current[field] });
  }
  if (reviewed.categoryId !== current.categoryId) {
    const names = await db.category.findMany({
      where: { id: { in: [reviewed.categoryId ?? "", current.categoryId].filter(Boolean) } },
      select: { id: true, name: true },
    });
    const nameOf = (categoryId: string | null) => names.find((row) => row.id === categoryId)?.name ?? "—";
    changes.push({ field: "category", before: nameOf(reviewed.categoryId), after: nameOf(current.categoryId) });
  }
  const beforeBody = articleBodySchema.safeParse(reviewed.body);
  const afterBody = articleBodySchema.safeParse(current.body);
  const beforeBlocks = (beforeBody.success ? beforeBody.data.content : []).map(blockKey);
  const afterBlocks = (afterBody.success ? afterBody.data.content : []).map(blockKey);
  const blocks = diffBlocks(beforeBlocks, afterBlocks);
  if (blocks.some((block) => block.kind !== "unchanged")) {
    changes.push({ field: "body", before: beforeBlocks.join("\n"), after: afterBlocks.join("\n"), blocks });
  }
  return changes;
}

export type Option = { id: string; name: string };

export async function listCategoryOptions(): Promise<Option[]> {
  return db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

export async function listTagOptions(): Promise<Option[]> {
  return db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true }, take: 500 });
}

/** Writers for the list filter (editors only). */
export async function listWriterOptions(actor: Actor): Promise<Option[]> {
  if (!can(actor, "article.publish")) return [];
  const rows = await db.user.findMany({
    where: { articlesWritten: { some: {} } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
    take: 200,
  });
  return rows.map((row) => ({ id: row.id, name: row.displayName }));
}
