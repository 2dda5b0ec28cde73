// @ts-check
/**
 * What a shared cache (Varnish, nginx, a CDN) may keep, decided in one place for every
 * response the server sends. Next already marks rendered pages: public ones get
 * `s-maxage` from their cache lifetime, request-time ones `private, no-store`. This
 * module holds the rules that must be true whatever a page does:
 * - a response that sets a cookie, answers anything but GET/HEAD, or belongs to the
 *   dashboard, the API or sign-in is never shareable;
 * - a shareable response names its cache tags as surrogate keys, so the edge can purge by
 *   the same tags the application invalidates (lib/articles/cache.ts).
 */

/** Header the edge reads surrogate keys from (Varnish xkey's default). */
export const SURROGATE_KEY_HEADER = "xkey";

/** A key every shareable response carries, to purge the whole edge at once. */
export const SITE_WIDE_KEY = "site";

export const PRIVATE_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

const PRIVATE_PREFIXES = ["/dashboard", "/api", "/login", "/logout", "/ganti-sandi"];

/** @param {string} pathname */
export function isPrivatePath(pathname) {
  return PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Surrogate keys from the tags Next stored with a render: the application's own tags
 * (Next's implicit per-path tags start with `_N_T_` and mean nothing to the edge), plus
 * the site-wide key.
 * @param {readonly string[]} tags
 */
export function surrogateKeysFromTags(tags) {
  const keys = new Set([SITE_WIDE_KEY]);
  for (const tag of tags) {
    if (tag === "" || tag.startsWith("_N_T_")) continue;
    // xkey separates keys by spaces and commas; application tags contain neither.
    if (/^[\w:.\-/]+$/.test(tag)) keys.add(tag);
  }
  return [...keys].join(" ");
}

/**
 * @typedef {{
 *   getHeader(name: string): number | string | string[] | undefined;
 *   setHeader(name: string, value: string): unknown;
 *   removeHeader(name: string): void;
 * }} HeaderTarget
 */

/**
 * Applied just before the status line and headers go out.
 * @param {HeaderTarget} res
 * @param {{ method: string; pathname: string; statusCode: number }} request
 */
export function enforceResponsePolicy(res, { method, pathname, statusCode }) {
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  const claimsShareable = /\b(public|s-maxage)\b/.test(cacheControl) && !/\b(private|no-store)\b/.test(cacheControl);
  const setsCookie = res.getHeader("set-cookie") !== undefined;
  const isPrivate = isPrivatePath(pathname);
  const mayShare = (method === "GET" || method === "HEAD") && !setsCookie && !isPrivate && statusCode < 500;
  if (claimsShareable && mayShare) return;
  res.removeHeader(SURROGATE_KEY_HEADER);
  // CASE: marked shareable but must not be, or a private response: never stored anywhere.
  // Anything else that said nothing keeps Next's own header (or none).
  if (claimsShareable || setsCookie || isPrivate) res.setHeader("cache-control", PRIVATE_CACHE_CONTROL);
}
