import { parsePageParam, PAGE_PARAM } from "@/lib/articles/pagination";
import { slugSchema } from "@/lib/articles/slug";
import { DOCUMENT_TYPES, documentTypeOfSegment, MIN_DOCUMENT_YEAR, type DocumentTypeValue } from "./schema";

/**
 * Document list addresses. Readers filter with a plain GET form, so the public address has
 * a query string (`/dokumen?jenis=perda&tahun=2024&halaman=2`); the static page it is cached
 * under is `/dokumen/daftar/perda/2024/2` ("semua" for an unset filter). proxy.ts rewrites one
 * to the other through lib/articles/routing.ts, without a lookup. Pure module.
 */

export const DOCUMENT_TYPE_PARAM = "jenis";
export const DOCUMENT_YEAR_PARAM = "tahun";
export const DOCUMENT_LIST_SEGMENT = "daftar";
const ALL = "semua";

export type DocumentFilters = { type: DocumentTypeValue | null; year: number | null; page: number };

export const NO_DOCUMENT_FILTERS: DocumentFilters = { type: null, year: null, page: 1 };

function parseYear(value: string): number | null | undefined {
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= MIN_DOCUMENT_YEAR && year <= 2100 ? year : undefined;
}

/** Filters from the public query string; null when a value is malformed (a 404). */
export function parseDocumentQuery(search: string): DocumentFilters | null {
  const query = new URLSearchParams(search);
  const types = query.getAll(DOCUMENT_TYPE_PARAM).filter((value) => value !== "");
  const years = query.getAll(DOCUMENT_YEAR_PARAM).filter((value) => value !== "");
  if (types.length > 1 || years.length > 1) return null;
  const type = types[0] === undefined ? null : documentTypeOfSegment(types[0]);
  const year = years[0] === undefined ? null : parseYear(years[0]);
  const page = parsePageParam(query.getAll(PAGE_PARAM));
  if (type === null && types[0] !== undefined) return null;
  if (year === undefined || page === null) return null;
  return { type, year, page };
}

/** Filters from the internal path's three segments; null when one is malformed. */
export function parseDocumentSegments(type: string, year: string, page: string): DocumentFilters | null {
  const parsedType = type === ALL ? null : documentTypeOfSegment(type);
  const parsedYear = year === ALL ? null : parseYear(year);
  const parsedPage = parsePageParam(page);
  if ((type !== ALL && parsedType === null) || parsedYear === undefined || parsedPage === null) return null;
  return { type: parsedType, year: parsedYear, page: parsedPage };
}

const isUnfiltered = (filters: DocumentFilters) => filters.type === null && filters.year === null && filters.page === 1;

/** The internal path a filtered list is cached under; `/dokumen` itself when nothing is set. */
export function documentListPath(filters: DocumentFilters): string {
  if (isUnfiltered(filters)) return "/dokumen";
  const type = filters.type ? DOCUMENT_TYPES[filters.type].segment : ALL;
  return `/dokumen/${DOCUMENT_LIST_SEGMENT}/${type}/${filters.year ?? ALL}/${filters.page}`;
}

/** The public address of a filtered list (links, the canonical URL). */
export function documentListHref(filters: DocumentFilters): string {
  const query = new URLSearchParams();
  if (filters.type) query.set(DOCUMENT_TYPE_PARAM, DOCUMENT_TYPES[filters.type].segment);
  if (filters.year) query.set(DOCUMENT_YEAR_PARAM, String(filters.year));
  if (filters.page > 1) query.set(PAGE_PARAM, String(filters.page));
  const search = query.toString();
  return search ? `/dokumen?${search}` : "/dokumen";
}

export type DocumentRoute = { kind: "continue" } | { kind: "rewrite"; pathname: string } | { kind: "notFound" };

/** Where a request below /dokumen goes (`rest`: the path segments after "dokumen"). */
export function documentRouteFor(rest: readonly string[], search: string): DocumentRoute {
  const [first = "", ...more] = rest;
  // CASE: the list, perhaps filtered by query string.
  if (first === "" && more.length === 0) {
    const filters = parseDocumentQuery(search);
    if (!filters) return { kind: "notFound" };
    return isUnfiltered(filters) ? { kind: "continue" } : { kind: "rewrite", pathname: documentListPath(filters) };
  }
  // CASE: the internal address of a filtered list.
  if (first === DOCUMENT_LIST_SEGMENT) {
    const [type = "", year = "", page = ""] = more;
    return more.length === 3 && parseDocumentSegments(type, year, page) ? { kind: "continue" } : { kind: "notFound" };
  }
  // CASE: one document, or its download.
  if (!slugSchema.safeParse(first).success) return { kind: "notFound" };
  if (more.length === 0 || (more.length === 1 && more[0] === "unduh")) return { kind: "continue" };
  return { kind: "notFound" };
}
