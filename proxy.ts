import { NextResponse, type NextRequest } from "next/server";
import {
  resolveArticleRoute,
  resolveListRoute,
  type ArticleRoute,
  type ListKind,
  type ListRoute,
} from "@/lib/articles/routing";
import { PAGE_PARAM } from "@/lib/articles/pagination";
import { formActionIds, isCallableActionId } from "@/server/action-guard.mjs";

/**
 * Runs before rendering, where a response status can still be chosen. With Cache
 * Components every page streams its prerendered shell with 200 first, so a reader
 * asking for a draft, an unpublished or an unknown article, an unknown category, tag or
 * author, or a list page that does not exist gets a real 404 here, and an old article
 * slug a permanent redirect. Authorization is never decided here (see STYLE §3).
 */
// No route matches this path, so Next renders app/not-found.tsx with a 404 status.
const NOT_FOUND_PATH = "/_tidak-ditemukan";

const LIST_SECTIONS: Record<string, ListKind> = { kategori: "category", tag: "tag", penulis: "author" };

// Auth.js names the cookie after the scheme (`__Secure-` on https) and splits a large
// token into `.0`, `.1`… chunks.
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

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

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
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

export async function proxy(request: NextRequest) {
  if (isFormPost(request)) return screenFormPost(request);
  if (request.nextUrl.pathname === "/dashboard" || request.nextUrl.pathname.startsWith("/dashboard/")) {
    return requireSessionCookie(request);
  }
  const [, section = "", rawKey = "", feed] = request.nextUrl.pathname.split("/");
  // CASE: a category feed answers its own 404s; only an undecodable slug must not reach
  // Next's parameter decoding, which would fail with a 500.
  if (feed !== undefined) {
    try {
      decodeURIComponent(rawKey);
      return NextResponse.next();
    } catch {
      return notFound(request);
    }
  }
  const list = LIST_SECTIONS[section];
  let route: ArticleRoute | ListRoute;
  try {
    const key = decodeURIComponent(rawKey);
    route = list
      ? await resolveListRoute(list, key, request.nextUrl.searchParams.getAll(PAGE_PARAM))
      : await resolveArticleRoute(key);
  } catch (error) {
    // CASE: a malformed escape is simply not a public address.
    if (error instanceof URIError) return notFound(request);
    // CASE: the database is unreachable. Let the page answer: it may still be served from cache.
    console.error("Public route check failed:", error);
    return NextResponse.next();
  }
  if (route.kind === "found") return NextResponse.next();
  if (route.kind === "moved") {
    const target = request.nextUrl.clone();
    target.pathname = `/berita/${route.slug}`;
    return NextResponse.redirect(target, 308);
  }
  return notFound(request);
}

export const config = {
  matcher: [
    "/berita/:slug",
    "/kategori/:slug",
    "/kategori/:slug/rss.xml",
    "/tag/:slug",
    "/penulis/:username",
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
