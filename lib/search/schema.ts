import { z } from "zod";
import { slugSchema } from "@/lib/articles/slug";
import { isCalendarDay } from "@/lib/time";

/**
 * The query string of /cari. Readers type, paste and hand-edit it, so nothing here
 * rejects: a too-long query is cut, a bad page number becomes 1, an impossible date is
 * dropped with a notice the page shows. Unknown parameters are ignored.
 *
 * Pure module: the search form may use it too.
 */

/** Longer queries are cut to this many characters (not rejected). */
export const SEARCH_QUERY_MAX_LENGTH = 200;
/** Page numbers above this are treated as invalid; no search has that many results. */
export const SEARCH_MAX_PAGE = 1_000;

/** `?q=a&q=b` arrives as an array: the first value counts. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const text = z.preprocess(firstValue, z.string().catch("")).catch("");

/** A real calendar day; years before 1000 are typos, not archive searches (and Postgres has no year 0). */
function isSearchableDay(value: string): boolean {
  return isCalendarDay(value) && Number(value.slice(0, 4)) >= 1000;
}

/**
 * The words searched for as the search uses them. Control characters (NUL above all)
 * cannot reach Postgres text; a lone surrogate is made well-formed. Then cut by code
 * points, so an emoji at the edge stays whole. Cleaning a cleaned query changes nothing.
 */
export function cleanSearchQuery(value: string): string {
  const clean = value
    .toWellFormed()
    .replace(/\p{Cc}+/gu, " ")
    .trim();
  return Array.from(clean).slice(0, SEARCH_QUERY_MAX_LENGTH).join("").trim();
}

export const searchQuerySchema = z
  .object({
    q: text.transform(cleanSearchQuery),
    kategori: z.preprocess(firstValue, slugSchema.optional()).catch(undefined),
    dari: text.transform((value) => value.trim()),
    sampai: text.transform((value) => value.trim()),
    halaman: z.preprocess(firstValue, z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE)).catch(1),
  })
  .transform(({ q, kategori, dari, sampai, halaman }) => {
    const notices: string[] = [];
    const day = (value: string, label: string): string | undefined => {
      if (!value) return undefined;
      if (isSearchableDay(value)) return value;
      notices.push(`${label} “${value.slice(0, 40)}” bukan tanggal yang valid (format TTTT-BB-HH), jadi diabaikan.`);
      return undefined;
    };
    let from = day(dari, "Dari tanggal");
    let to = day(sampai, "Sampai tanggal");
    // CASE: the reader swapped the two fields; ISO days compare correctly as strings.
    if (from && to && from > to) {
      [from, to] = [to, from];
      notices.push("“Dari tanggal” lebih akhir daripada “Sampai tanggal”, jadi keduanya kami tukar.");
    }
    return { q, kategori, dari: from, sampai: to, halaman, notices };
  });

export type SearchQueryInput = z.infer<typeof searchQuerySchema>;

// base64url by hand (btoa/atob exist in every runtime this module runs in; Buffer does not).
function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join("");
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(segment: string): string {
  const binary = atob(segment.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The parameters of /cari, in the order they are written into the internal path. */
const SEARCH_PARAMS = ["q", "kategori", "dari", "sampai", "halaman"] as const;
/** Longer filter values are nothing the search would accept; cut so the path stays short. */
const FILTER_VALUE_MAX_LENGTH = 120;

/**
 * The internal path segment a search is cached under (lib/articles/routing.ts): the first
 * value of each known parameter, the query cleaned as the search would clean it, the
 * rest as typed (so the page can still say what was wrong with a date), in a fixed order,
 * as base64url. Null when nothing is set: the plain /cari page.
 */
export function searchSegmentOf(query: URLSearchParams): string | null {
  const kept = new URLSearchParams();
  for (const name of SEARCH_PARAMS) {
    const raw = query.get(name) ?? "";
    const value = name === "q" ? cleanSearchQuery(raw) : raw.slice(0, FILTER_VALUE_MAX_LENGTH);
    if (value !== "") kept.set(name, value);
  }
  const text = kept.toString();
  return text === "" ? null : toBase64Url(text);
}

/** The parameters in a segment made by searchSegmentOf (none from anything else). */
export function searchParamsOfSegment(segment: string): Record<string, string> {
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(segment)) return {};
  let text: string;
  try {
    text = fromBase64Url(segment);
  } catch {
    return {};
  }
  const params = new URLSearchParams(text);
  return Object.fromEntries(
    SEARCH_PARAMS.flatMap((name) => (params.has(name) ? [[name, params.get(name) ?? ""]] : [])),
  );
}
