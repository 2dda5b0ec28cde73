import { NextResponse, type NextRequest } from "next/server";
import { resolveArticleRoute, type ArticleRoute } from "@/lib/articles/routing";

/**
 * Runs before rendering, where a response status can still be chosen. With Cache
 * Components every page streams its prerendered shell with 200 first, so a reader
 * asking for a draft, an unpublished or an unknown article gets a real 404 here, and an
 * old slug a permanent redirect. Authorization is never decided here (see STYLE §3).
 */
// No route matches this path, so Next renders app/not-found.tsx with a 404 status.
const NOT_FOUND_PATH = "/_tidak-ditemukan";

export async function proxy(request: NextRequest) {
  let route: ArticleRoute;
  try {
    route = await resolveArticleRoute(decodeURIComponent(request.nextUrl.pathname.split("/")[2] ?? ""));
  } catch (error) {
    // CASE: a malformed escape is simply not an article.
    if (error instanceof URIError) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
    // CASE: the database is unreachable. Let the page answer: it may still be served from cache.
    console.error("Article route check failed:", error);
    return NextResponse.next();
  }
  if (route.kind === "found") return NextResponse.next();
  if (route.kind === "moved") {
    const target = request.nextUrl.clone();
    target.pathname = `/berita/${route.slug}`;
    return NextResponse.redirect(target, 308);
  }
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
}

export const config = {
  matcher: ["/berita/:slug"],
};
