import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { DocumentTypeValue } from "./schema";

export type StaffDocumentRow = {
  id: string;
  slug: string;
  title: string;
  number: string;
  year: number;
  type: DocumentTypeValue;
  issuer: string;
  fileName: string;
  byteSize: number;
  downloads: number;
  isPublished: boolean;
  updatedAt: Date;
};

const rowSelect = {
  id: true,
  slug: true,
  title: true,
  number: true,
  year: true,
  type: true,
  issuer: true,
  fileName: true,
  byteSize: true,
  downloads: true,
  isPublished: true,
  updatedAt: true,
} as const;

/** EDITOR and ADMIN. The newest documents first, published or not (at most `limit`). */
export async function listDocumentsForStaff(actor: Actor, limit = 200): Promise<StaffDocumentRow[]> {
  assertCan(actor, "document.manage");
  const rows = await db.document.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: rowSelect,
  });
  return rows.map((row) => ({ ...row, downloads: Number(row.downloads) }));
}

export type StaffDocument = StaffDocumentRow & { description: string; hasText: boolean };

/** EDITOR and ADMIN. One document for the editor, or null. */
export async function getDocumentForStaff(actor: Actor, id: string): Promise<StaffDocument | null> {
  assertCan(actor, "document.manage");
  const row = await db.document.findUnique({
    where: { id },
    select: { ...rowSelect, description: true, fileText: true },
  });
  if (!row) return null;
  const { fileText, ...rest } = row;
  return { ...rest, downloads: Number(row.downloads), hasText: fileText.length > 0 };
}
