import "server-only";
import { readStoredBody, type ArticleBody } from "@/lib/articles/body";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export type StaffPageRow = { id: string; slug: string; title: string; isPublished: boolean; updatedAt: Date };

/** EDITOR and ADMIN. Every page, published or not, in menu order. */
export async function listPagesForStaff(actor: Actor): Promise<StaffPageRow[]> {
  assertCan(actor, "page.edit");
  return db.staticPage.findMany({
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: { id: true, slug: true, title: true, isPublished: true, updatedAt: true },
  });
}

export type StaffPage = StaffPageRow & { summary: string; body: ArticleBody };

/** EDITOR and ADMIN. One page for the editor, or null. */
export async function getPageForStaff(actor: Actor, id: string): Promise<StaffPage | null> {
  assertCan(actor, "page.edit");
  const row = await db.staticPage.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, summary: true, body: true, isPublished: true, updatedAt: true },
  });
  return row ? { ...row, body: readStoredBody(row.body).body } : null;
}
