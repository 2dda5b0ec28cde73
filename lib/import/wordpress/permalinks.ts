import { safeDecodeUri } from "./text";

/**
 * The old site's addresses. A WordPress site answers the same post under several shapes
 * whatever its permalink setting (`/?p=123` always works, and links shared on WhatsApp
 * over the years use whichever shape was set then), so the importer stores every shape
 * for every post, and the redirect looks a request up by the same normalised key.
 * Pure module.
 */

/** Longest key stored; anything longer is not an address WordPress made. */
export const MAX_LEGACY_PATH_LENGTH = 500;

/** Trailing segments WordPress adds to any address: AMP views, comment feeds. */
const TRAILING_VARIANTS = new Set(["amp", "feed", "rss", "rss2", "atom"]);

/**
 * The lookup key of an old address, or null when it cannot be one:
 * `/?p=123` (also `/index.php?p=123`) → "/?p=123"; any other path → its decoded,
 * lowercased segments without `index.php`, trailing `/amp/`, `/feed/` or `/page/N/`
 * ("/2022/10/11/Walikota-Resmikan/amp/" → "/2022/10/11/walikota-resmikan").
 * Other query parameters (utm_source, fbclid…) are ignored.
 */
export function legacyPathKey(pathname: string, searchParams?: URLSearchParams): string | null {
  const segments = pathname
    .split("/")
    .filter((segment) => segment.length > 0)
    .map((segment) => safeDecodeUri(segment).normalize("NFC").toLowerCase().trim())
    .filter((segment) => segment.length > 0);
  if (segments[0] === "index.php") segments.shift();

  const postId = searchParams?.get("p");
  if (segments.length === 0) {
    return postId && /^\d{1,10}$/.test(postId) ? `/?p=${Number(postId)}` : null;
  }
  const last = segments.at(-1) ?? "";
  if (segments.length >= 3 && segments.at(-2) === "page" && /^\d+$/.test(last)) segments.splice(-2);
  else if (segments.length >= 2 && TRAILING_VARIANTS.has(last)) segments.pop();

  const key = `/${segments.join("/")}`;
  return key.length <= MAX_LEGACY_PATH_LENGTH ? key : null;
}

/** The path (and `?p=` query) of an absolute or relative URL, or null when it does not parse. */
export function keyOfUrl(url: string): string | null {
  if (!url.trim()) return null;
  try {
    const parsed = new URL(url.trim(), "http://wordpress.invalid");
    return legacyPathKey(parsed.pathname, parsed.searchParams);
  } catch {
    return null;
  }
}

export type PostPermalinkSource = {
  postId: number;
  /** The post's slug as WordPress stored it (may be percent-encoded). */
  postName: string;
  /** "2022-10-11 17:50:00": WordPress builds date permalinks from the local time. */
  postDate: string;
  /** The permalink the export names (`<link>`), whatever structure the site used. */
  link: string;
  guid: string;
};

/**
 * Every key under which the old site answered a post, without duplicates: `/?p=ID`, the
 * "numeric" `/archives/ID`, `/YYYY/MM/DD/slug`, `/YYYY/MM/slug`, `/slug`, and the
 * addresses the export names.
 */
export function postLegacyKeys(post: PostPermalinkSource): string[] {
  const keys = new Set<string>([`/?p=${post.postId}`, `/archives/${post.postId}`]);
  const add = (key: string | null) => {
    if (key) keys.add(key);
  };
  add(keyOfUrl(post.link));
  add(keyOfUrl(post.guid));
  const name = post.postName.trim();
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(post.postDate);
  if (name) {
    add(legacyPathKey(`/${name}`));
    if (date && date[1] !== "0000") {
      add(legacyPathKey(`/${date[1]}/${date[2]}/${date[3]}/${name}`));
      add(legacyPathKey(`/${date[1]}/${date[2]}/${name}`));
    }
  }
  return [...keys];
}

/**
 * Keys of a category's archive: `/category/<slug>` and, for a child category, the path
 * through its parents (`/category/pemerintahan/ekonomi`), which is the one WordPress links.
 */
export function categoryLegacyKeys(slugPath: readonly string[]): string[] {
  const keys = new Set<string>();
  const last = slugPath.at(-1);
  if (!last) return [];
  for (const key of [legacyPathKey(`/category/${slugPath.join("/")}`), legacyPathKey(`/category/${last}`)]) {
    if (key) keys.add(key);
  }
  return [...keys];
}

/**
 * Keys of an author archive. WordPress links `/author/<nicename>`, which the export does
 * not carry; the nicename is the login made URL-safe, which is what the second key guesses.
 */
export function authorLegacyKeys(login: string): string[] {
  const trimmed = login.trim();
  if (!trimmed) return [];
  const nicename = trimmed
    .toLowerCase()
    .replace(/\s+/g, "-")
    .replace(/[^a-z0-9_.@-]/g, "");
  const keys = new Set<string>();
  for (const name of [trimmed, nicename]) {
    const key = name ? legacyPathKey(`/author/${encodeURIComponent(name)}`) : null;
    if (key) keys.add(key);
  }
  return [...keys];
}
