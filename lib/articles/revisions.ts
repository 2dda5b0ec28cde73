import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { RevisionReason } from "./revision-reasons";

/**
 * The saved states of an article (history, restore, "what changed since review"). Every
 * article write that keeps a revision calls these inside its own transaction, so the
 * change and its revision commit together. The diff of two states is ./revision-diff.
 */

type Tx = Prisma.TransactionClient;

/** An autosave within this long of the newest autosave by the same author refreshes it. */
const AUTOSAVE_WINDOW_MS = 10 * 60_000;

export type RevisionContent = {
  title: string;
  excerpt: string;
  dateline: string;
  body: Prisma.InputJsonValue;
  categoryId: string;
};

/** The revision content of an article row as it is stored now. */
export function revisionContentOf(row: {
  title: string;
  excerpt: string;
  dateline: string;
  body: Prisma.JsonValue;
  categoryId: string;
}): RevisionContent {
  return {
    title: row.title,
    excerpt: row.excerpt,
    dateline: row.dateline,
    body: row.body as Prisma.InputJsonValue,
    categoryId: row.categoryId,
  };
}

/**
 * Stores one revision; `authorId` is null for the system (scheduled publishing). `saveId`
 * is the editor's id for the save attempt, where the revision comes from one.
 */
export async function writeRevision(
  tx: Tx,
  authorId: string | null,
  articleId: string,
  version: number,
  reason: RevisionReason,
  content: RevisionContent,
  saveId: string | null = null,
): Promise<void> {
  await tx.articleRevision.create({
    data: {
      articleId,
      version,
      reason,
      authorId,
      saveId,
      title: content.title,
      excerpt: content.excerpt,
      dateline: content.dateline,
      body: content.body,
      categoryId: content.categoryId,
    },
  });
}

/**
 * An autosave refreshes the newest revision when it is an autosave of the same author
 * started less than ten minutes ago, so typing does not fill the history with rows. The
 * refreshed row takes the new save id: it now holds that attempt's text.
 */
export async function writeAutosaveRevision(
  tx: Tx,
  authorId: string | null,
  articleId: string,
  version: number,
  content: RevisionContent,
  saveId: string | null = null,
): Promise<void> {
  const latest = await tx.articleRevision.findFirst({
    where: { articleId },
    orderBy: { version: "desc" },
    select: { id: true, reason: true, authorId: true, createdAt: true },
  });
  const isFresh = latest !== null && Date.now() - latest.createdAt.getTime() < AUTOSAVE_WINDOW_MS;
  if (latest && latest.reason === "autosave" && latest.authorId === authorId && isFresh) {
    await tx.articleRevision.update({
      where: { id: latest.id },
      data: {
        version,
        saveId,
        title: content.title,
        excerpt: content.excerpt,
        dateline: content.dateline,
        body: content.body,
        categoryId: content.categoryId,
      },
    });
    return;
  }
  await writeRevision(tx, authorId, articleId, version, "autosave", content, saveId);
}
