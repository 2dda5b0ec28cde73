import { NextResponse, type NextRequest } from "next/server";
import { articleTags, documentSurrogateKeys } from "@/lib/articles/cache-tags";
import { publicRouteFor } from "@/lib/articles/routing";
import { documentTags } from "@/lib/documents/cache-tags";
import { formActionIds, isCallableActionId } from "@/server/action-guard.mjs";
import { SURROGATE_KEY_HEADER, surrogateKeysFromTags } from "@/server/response-policy.mjs";

/**
 * Runs before every matched request and never touches the database, so a cached public
 * page costs no query at all:
 * - public addresses are mapped to the paths their static pages are cached under
 *   (lib/articles/routing.ts), and malformed ones answered with a 404;
 * - search results may be kept by a shared cache for a minute;
 * - feeds and sitemaps name their surrogate keys (Next does not expose a route
 *   handler's cache tags to the server the way it does a page's);
 * - a dashboard request without any session cookie goes to the sign-in form;
 * - a no-JavaScript form post naming a "use cache" read instead of an action is refused.
 * Authorization is never decided here (STYLE §3): every page and action checks it.
 */

// No route matches this path, so Next renders app/not-found.tsx with a 404 status.
const NOT_FOUND_PATH = "/_tidak-ditemukan";

// Auth.js names the cookie after the scheme (`__Secure-` on https) and splits a large
// token into `.0`, `.1`… chunks.
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

// Search pages are cached per query; a shared cache may keep each result for a minute, and
// drops them all whenever any list of articles changes (the tag in lib/articles/cache.ts).
const SEARCH_CACHE_CONTROL = "public, s-maxage=60, stale-while-revalidate=300";

/**
 * A dashboard request without any session cookie goes to the sign-in form, remembering
 * where it was going. Cookie presence only: whether the session is valid, and what its
 * owner may do, is decided by requireActor in every page and action.
 */
function requireSessionCookie(request: NextRequest) {
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return NextResponse.next();
  const target = new URL("/login", request.url);
  target.searchParams.set("ke", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(target);
}

/** A form posted without JavaScript (a server action call carries a Next-Action header instead). */
function isFormPost(request: NextRequest): boolean {
  const contentType = request.headers.get("content-type")?.toLowerCase() ?? "";
  return (
    request.method === "POST" && !request.headers.has("next-action") && contentType.startsWith("multipart/form-data")
  );
}

/**
 * Such a form names the server function it calls inside its body, where server/index.mjs
 * cannot look. Only "use server" actions may be called (server/action-guard.mjs); a post
 * naming a "use cache" read is refused here, from the copy of the body Next buffers for
 * the proxy. Anything else goes on to the page, which decides everything else itself.
 */
async function screenFormPost(request: NextRequest): Promise<NextResponse> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    // CASE: not a readable form; Next will not find an action in it either.
    return NextResponse.next();
  }
  if (formActionIds(form.entries(), (name) => form.get(name)).every(isCallableActionId)) return NextResponse.next();
  return new NextResponse("Tidak ditemukan.", { status: 404, headers: { "cache-control": "no-store" } });
}

/** The internal address a public one is served by: the path alone, the query string is in it. */
function internalUrl(request: NextRequest, pathname: string): URL {
  const target = request.nextUrl.clone();
  target.pathname = pathname;
  target.search = "";
  return target;
}

export async function proxy(request: NextRequest) {
  if (isFormPost(request)) return screenFormPost(request);
  const { pathname, search } = request.nextUrl;
  if (pathname === "/dashboard" || pathname.startsWith("/dashboard/")) return requireSessionCookie(request);
  if (pathname === "/cari") {
    const route = publicRouteFor(pathname, search);
    const response =
      route.kind === "rewrite" ? NextResponse.rewrite(internalUrl(request, route.pathname)) : NextResponse.next();
    response.headers.set("Cache-Control", SEARCH_CACHE_CONTROL);
    response.headers.set(SURROGATE_KEY_HEADER, surrogateKeysFromTags([articleTags.lists, documentTags.lists]));
    return response;
  }
  const documentKeys = documentSurrogateKeys(pathname);
  if (documentKeys) {
    const response = NextResponse.next();
    response.headers.set(SURROGATE_KEY_HEADER, surrogateKeysFromTags(documentKeys));
    return response;
  }
  const route = publicRouteFor(pathname, search);
  switch (route.kind) {
    case "continue":
      return NextResponse.next();
    case "rewrite":
      return NextResponse.rewrite(internalUrl(request, route.pathname));
    case "notFound":
      return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
}

export const config = {
  matcher: [
    // Old WordPress addresses: `/?p=123` and `/slug` (lib/articles/routing.ts).
    { source: "/", has: [{ type: "query", key: "p" }] },
    "/:segment",
    "/berita/:path*",
    "/kategori/:path*",
    "/tag/:path*",
    "/penulis/:path*",
    "/terpopuler/:path*",
    "/profil/:path*",
    "/dokumen/:path*",
    "/galeri/:path*",
    "/cari",
    "/rss.xml",
    "/news-sitemap.xml",
    "/sitemap.xml",
    "/sitemap/:path*",
    // Server action calls (Next-Action) need no cookie redirect; leaving them out keeps
    // upload bodies from being buffered a second time for the proxy.
    { source: "/dashboard/:path*", missing: [{ type: "header", key: "next-action" }] },
    // No-JavaScript form posts anywhere (screenFormPost).
    {
      source: "/:path*",
      has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }],
      missing: [{ type: "header", key: "next-action" }],
    },
  ],
};
