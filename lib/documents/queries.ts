import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { documentTags } from "./cache-tags";
import type { DocumentFilters } from "./routing";
import { DOCUMENT_TYPES, type DocumentTypeValue } from "./schema";

/** Public reads of documents: published ones only, as view shapes, cached by tag. */

export const DOCUMENT_PAGE_SIZE = 20;

export type DocumentCard = {
  slug: string;
  title: string;
  number: string;
  year: number;
  type: DocumentTypeValue;
  typeLabel: string;
  issuer: string;
  fileExtension: string;
  byteSize: number;
  publishedAt: Date;
};

const cardSelect = {
  slug: true,
  title: true,
  number: true,
  year: true,
  type: true,
  issuer: true,
  fileKey: true,
  byteSize: true,
  publishedAt: true,
} as const;

type CardRow = {
  slug: string;
  title: string;
  number: string;
  year: number;
  type: DocumentTypeValue;
  issuer: string;
  fileKey: string;
  byteSize: number;
  publishedAt: Date | null;
};

function toCard(row: CardRow): DocumentCard {
  return {
    slug: row.slug,
    title: row.title,
    number: row.number,
    year: row.year,
    type: row.type,
    typeLabel: DOCUMENT_TYPES[row.type].label,
    issuer: row.issuer,
    fileExtension: row.fileKey.split(".").pop() ?? "",
    byteSize: row.byteSize,
    // Published documents always have one; the where clause guarantees it.
    publishedAt: row.publishedAt ?? new Date(0),
  };
}

export type DocumentListPage = { items: DocumentCard[]; total: number; pageCount: number };

/** One page of published documents matching the filters, newest year first, then newest published. */
export async function listDocuments(filters: DocumentFilters): Promise<DocumentListPage> {
  "use cache";
  cacheLife("public");
  cacheTag(documentTags.lists);
  const where = {
    isPublished: true,
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.year ? { year: filters.year } : {}),
  };
  const [rows, total] = await Promise.all([
    db.document.findMany({
      where,
      orderBy: [{ year: "desc" }, { publishedAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * DOCUMENT_PAGE_SIZE,
      take: DOCUMENT_PAGE_SIZE,
      select: cardSelect,
    }),
    db.document.count({ where }),
  ]);
  return { items: rows.map(toCard), total, pageCount: Math.max(1, Math.ceil(total / DOCUMENT_PAGE_SIZE)) };
}

/** Years that have published documents, newest first (the year filter's options). */
export async function listDocumentYears(): Promise<number[]> {
  "use cache";
  cacheLife("public");
  cacheTag(documentTags.lists);
  const rows = await db.document.findMany({
    where: { isPublished: true },
    distinct: ["year"],
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return rows.map((row) => row.year);
}

export type DocumentPage = DocumentCard & {
  description: string;
  fileName: string;
  mimeType: string;
  downloads: number;
  updatedAt: Date;
};

/** One published document by slug, or null (hidden and unknown alike). */
export async function getPublishedDocument(slug: string): Promise<DocumentPage | null> {
  "use cache";
  cacheTag(documentTags.document(slug));
  const row = await db.document.findFirst({
    where: { slug, isPublished: true },
    select: { ...cardSelect, description: true, fileName: true, mimeType: true, downloads: true, updatedAt: true },
  });
  if (!row) {
    // CASE: nothing published here: checked again soon, and at once when it is published.
    cacheLife("publicMissing");
    return null;
  }
  cacheLife("public");
  return {
    ...toCard(row),
    description: row.description,
    fileName: row.fileName,
    mimeType: row.mimeType,
    downloads: Number(row.downloads),
    updatedAt: row.updatedAt,
  };
}

export type DocumentSearchHit = Pick<DocumentCard, "slug" | "title" | "number" | "year" | "typeLabel" | "issuer">;

/**
 * Published documents matching a reader's search words, best first: Postgres full-text
 * search over the generated `documents.search_vector` (title, number and issuer, description,
 * and a PDF's extracted text), at most `limit`.
 */
export async function searchDocuments(query: string, limit = 5): Promise<DocumentSearchHit[]> {
  "use cache";
  cacheLife("public");
  cacheTag(documentTags.lists);
  const rows = await db.$queryRaw<
    { slug: string; title: string; number: string; year: number; type: DocumentTypeValue; issuer: string }[]
  >`
    SELECT d.slug, d.title, d.number, d.year, d.type::text AS type, d.issuer
      FROM documents d, websearch_to_tsquery('indonesian', ${query}) q
     WHERE d.is_published AND d.search_vector @@ q
     ORDER BY ts_rank_cd(d.search_vector, q) DESC, d.year DESC, d.id DESC
     LIMIT ${Math.min(Math.max(1, limit), 20)}`;
  return rows.map((row) => ({ ...row, typeLabel: DOCUMENT_TYPES[row.type].label }));
}

/** Published documents for the sitemap, newest first. */
export async function listSitemapDocuments(limit: number): Promise<{ slug: string; updatedAt: Date }[]> {
  "use cache";
  cacheLife("public");
  cacheTag(documentTags.lists);
  return db.document.findMany({
    where: { isPublished: true },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: Math.max(0, limit),
    select: { slug: true, updatedAt: true },
  });
}
