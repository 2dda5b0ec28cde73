import { z } from "zod";
import { searchSegmentOf } from "@/lib/search/schema";
import { parsePageParam, PAGE_PARAM } from "./pagination";
import { documentRouteFor } from "@/lib/documents/routing";
import { slugSchema } from "./slug";

/**
 * Public addresses, decided from the URL alone (proxy.ts runs this for every public
 * request, so it never touches the database). Each public page is a static page in
 * Next's cache, keyed by path, so what a query string selects must become part of the
 * path the page is cached under:
 * - `/kategori/banjir?halaman=3` is served by the internal `/kategori/banjir/halaman/3`;
 * - `/terpopuler?periode=30` by `/terpopuler/periode/30`;
 * - `/cari?q=banjir` by `/cari/hasil/<the search's parameters>` (lib/search/schema.ts), so a
 *   search result is a whole page on its first byte, readable without JavaScript.
 * Readers, links and canonical URLs keep the query-string form. Next runs the proxy
 * again for the rewritten path, so an internal path is served as it is (its canonical
 * link names the public address). Whether a slug exists is the page's question: it
 * answers a real 404 (or 308 for an old article slug), cached like any page.
 */

/**
 * The one parameter value each public page route is prerendered with during a build.
 * Next needs one; the build's empty database makes it a 404 that nobody is ever served.
 */
export const BUILD_PLACEHOLDER_SLUG = "contoh";

/** Public author addresses (/penulis/<username>): the characters staff usernames are made of. */
export const usernameSchema = z.string().regex(/^[a-z0-9_.-]{1,40}$/);

export type PublicRoute = { kind: "continue" } | { kind: "rewrite"; pathname: string } | { kind: "notFound" };

const CONTINUE: PublicRoute = { kind: "continue" };
const NOT_FOUND: PublicRoute = { kind: "notFound" };

const LIST_SECTIONS = {
  kategori: slugSchema,
  tag: slugSchema,
  penulis: usernameSchema,
} as const;

type ListSection = keyof typeof LIST_SECTIONS;

/** The internal segment of list page N (N ≥ 2). */
export const LIST_PAGE_SEGMENT = "halaman";

/** The internal segment of a search result page. */
export const SEARCH_RESULT_SEGMENT = "hasil";

/** `?periode=` values with a page of their own; anything else is the default 7 days. */
export const POPULAR_PERIODS = ["30", "semua"] as const;
export const POPULAR_PERIOD_PARAM = "periode";
export const POPULAR_PERIOD_SEGMENT = "periode";

/**
 * Where proxy.ts sends old WordPress addresses that look like one of the portal's own
 * (`/judul-berita/`, `/?p=123`); every other unmatched path reaches the same catch-all
 * route (app/(legacy)) on its own.
 */
export const LEGACY_PREFIX = "/wp-lama";

/** The portal's own first path segments: a single-segment path not in here may be an old `/slug/`. */
const OWN_TOP_LEVEL = new Set([
  "api",
  "berita",
  "cari",
  "dashboard",
  "dokumen",
  "galeri",
  "ganti-sandi",
  "kategori",
  "login",
  "logout",
  "media",
  "penulis",
  "profil",
  "sitemap",
  // Portal content beyond news.
  "agenda",
  "pengumuman",
  "tag",
  "terpopuler",
  LEGACY_PREFIX.slice(1),
]);

function isListSection(section: string): section is ListSection {
  return Object.hasOwn(LIST_SECTIONS, section);
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Where a public request goes. `search` is the raw query string (with or without "?"). */
export function publicRouteFor(pathname: string, search: string): PublicRoute {
  const query = new URLSearchParams(search);
  const segments = pathname.split("/").slice(1);
  const [section = "", rawKey = "", ...rest] = segments;

  // CASE: the home page with WordPress's `?p=123`.
  if (pathname === "/") {
    const postId = query.get("p");
    return postId && /^\d{1,10}$/.test(postId)
      ? { kind: "rewrite", pathname: `${LEGACY_PREFIX}/p/${postId}` }
      : CONTINUE;
  }
  // CASE: a single segment that is none of ours and not a file: perhaps an old `/slug/`.
  if (segments.length === 1 && !OWN_TOP_LEVEL.has(section) && !section.includes(".") && !section.startsWith("_")) {
    return { kind: "rewrite", pathname: `${LEGACY_PREFIX}/${section}` };
  }

  if (section === "berita") {
    if (rest.length > 0) return CONTINUE;
    const slug = decoded(rawKey);
    return slug !== null && slugSchema.safeParse(slug).success ? CONTINUE : NOT_FOUND;
  }

  if (section === "cari") {
    if (rawKey !== "") return CONTINUE;
    const segment = searchSegmentOf(query);
    return segment ? { kind: "rewrite", pathname: `/cari/${SEARCH_RESULT_SEGMENT}/${segment}` } : CONTINUE;
  }

  // CASE: a static page (/profil/<slug>): one segment, a slug; there is nothing below it.
  if (section === "profil") {
    if (rawKey === "" && rest.length === 0) return CONTINUE;
    const slug = decoded(rawKey);
    return rest.length === 0 && slug !== null && slugSchema.safeParse(slug).success ? CONTINUE : NOT_FOUND;
  }

  // CASE: documents: the list (filtered by query string) and each document (lib/documents/routing.ts).
  if (section === "dokumen") return documentRouteFor(segments.slice(1), search);

  // CASE: an album or video (/galeri/<slug>): one slug, nothing below it.
  if (section === "galeri") {
    if (rawKey === "" && rest.length === 0) return CONTINUE;
    const slug = decoded(rawKey);
    return rest.length === 0 && slug !== null && slugSchema.safeParse(slug).success ? CONTINUE : NOT_FOUND;
  }

  if (section === "terpopuler") {
    if (rawKey !== "") return CONTINUE;
    const period = query.getAll(POPULAR_PERIOD_PARAM);
    const chosen = period.length === 1 ? period[0] : undefined;
    return (POPULAR_PERIODS as readonly string[]).includes(chosen ?? "")
      ? { kind: "rewrite", pathname: `/terpopuler/${POPULAR_PERIOD_SEGMENT}/${chosen}` }
      : CONTINUE;
  }

  // CASE: the announcement lists (/pengumuman, /pengumuman/arsip) with `?halaman=N`.
  if (section === "pengumuman" && (rawKey === "" || (rawKey === "arsip" && rest.length === 0))) {
    const page = parsePageParam(query.getAll(PAGE_PARAM));
    if (page === null) return NOT_FOUND;
    const base = rawKey === "" ? "/pengumuman" : "/pengumuman/arsip";
    return page === 1 ? CONTINUE : { kind: "rewrite", pathname: `${base}/${LIST_PAGE_SEGMENT}/${page}` };
  }

  if (!isListSection(section)) return CONTINUE;
  const key = decoded(rawKey);
  if (key === null || !LIST_SECTIONS[section].safeParse(key).success) return NOT_FOUND;
  const base = `/${section}/${rawKey}`;

  // CASE: a feed (/kategori/<slug>/rss.xml) answers for itself.
  if (rest.length === 1 && rest[0] === "rss.xml") return CONTINUE;
  // CASE: the internal page address (after the rewrite below, or asked for directly).
  if (rest.length === 2 && rest[0] === LIST_PAGE_SEGMENT) {
    const page = parsePageParam(rest[1] ?? "");
    return page === null || page < 2 ? NOT_FOUND : CONTINUE;
  }
  if (rest.length > 0) return NOT_FOUND;

  const page = parsePageParam(query.getAll(PAGE_PARAM));
  if (page === null) return NOT_FOUND;
  return page === 1 ? CONTINUE : { kind: "rewrite", pathname: `${base}/${LIST_PAGE_SEGMENT}/${page}` };
}
