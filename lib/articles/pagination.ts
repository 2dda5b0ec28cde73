import { z } from "zod";

/**
 * Page numbers for the public lists (/kategori, /tag, /penulis). Pure module: the proxy,
 * the list queries, the pages and the pagination component share it, so they agree on
 * what "page 3" means and which pages exist.
 */

/** Articles per list page. */
export const LIST_PAGE_SIZE = 12;

/** The query-string key for the page number: `?halaman=2`. */
export const PAGE_PARAM = "halaman";

/**
 * `?halaman=N`: absent means page 1; otherwise a positive integer written plainly
 * ("2", not "02", "+2", "2.0" or "1e1"), so every page has exactly one address.
 * Six digits is far beyond any real list and keeps the number safe.
 */
export const pageParamSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/, "Nomor halaman harus bilangan bulat positif")
  .transform(Number)
  .optional()
  .transform((page) => page ?? 1);

/**
 * The page asked for in a query-string value as Next hands it over (or as
 * URLSearchParams.getAll gives it), or null when it is not a valid page number.
 * A repeated parameter (`?halaman=2&halaman=3`) is ambiguous and so invalid.
 */
export function parsePageParam(value: string | readonly string[] | undefined | null): number | null {
  let single: string | undefined;
  if (typeof value === "string") single = value;
  else if (value == null) single = undefined;
  else if (value.length > 1) return null;
  else single = value[0];
  const parsed = pageParamSchema.safeParse(single);
  return parsed.success ? parsed.data : null;
}

/** Number of pages a list of `total` items fills; an empty list still has its page 1. */
export function pageCountFor(total: number, pageSize = LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Whether `page` is one of the pages a list of `total` items has. */
export function isPageInRange(page: number, total: number, pageSize = LIST_PAGE_SIZE): boolean {
  return Number.isInteger(page) && page >= 1 && page <= pageCountFor(total, pageSize);
}

/** Rows to skip for a page. */
export function pageOffset(page: number, pageSize = LIST_PAGE_SIZE): number {
  return (page - 1) * pageSize;
}

/** How to read one page: skip and take rows in newest-first order, or (fromNewest false) oldest-first, then reverse them. */
export type PageRead = { skip: number; take: number; fromNewest: boolean };

/**
 * Where page `page` of a list of `total` rows sits, read from whichever end is nearer:
 * the database then skips at most half the list, so the last page costs what the first
 * does. Null for a page past the end.
 */
export function pageFromNearerEnd(total: number, page: number, pageSize = LIST_PAGE_SIZE): PageRead | null {
  const offset = pageOffset(page, pageSize);
  if (!Number.isInteger(page) || page < 1 || offset >= total) return null;
  const take = Math.min(pageSize, total - offset);
  const after = total - offset - take;
  return after < offset ? { skip: after, take, fromNewest: false } : { skip: offset, take, fromNewest: true };
}

/** The address of one page of a list: page 1 is the bare path (its canonical URL). */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?${PAGE_PARAM}=${page}`;
}

export type PageWindowItem = { kind: "page"; page: number } | { kind: "ellipsis"; key: string };

/**
 * Which page links to show: always the first and last page, the current page with
 * `siblings` neighbours on each side, and an ellipsis for each gap. A gap of a single
 * page shows that page instead of an ellipsis (an ellipsis standing for one number
 * saves nothing). 1 … 4 5 [6] 7 8 … 20.
 */
export function pageWindow(current: number, pageCount: number, siblings = 1): PageWindowItem[] {
  if (pageCount <= 1) return [{ kind: "page", page: 1 }];
  const page = Math.min(Math.max(1, current), pageCount);
  const shown = new Set<number>([1, pageCount]);
  for (let p = page - siblings; p <= page + siblings; p++) {
    if (p >= 1 && p <= pageCount) shown.add(p);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const items: PageWindowItem[] = [];
  let previous = 0;
  for (const p of sorted) {
    const gap = p - previous - 1;
    if (gap === 1) items.push({ kind: "page", page: previous + 1 });
    else if (gap > 1) items.push({ kind: "ellipsis", key: previous === 1 ? "start" : "end" });
    items.push({ kind: "page", page: p });
    previous = p;
  }
  return items;
}
