import { connection, type NextRequest } from "next/server";
import { LEGACY_PREFIX } from "@/lib/articles/routing";
import { resolveLegacyUrl } from "@/lib/import/wordpress/legacy-urls";
import { site } from "@/lib/site";

/**
 * Addresses of a site imported from WordPress (`/2022/10/11/slug/`, `/2022/10/slug/`,
 * `/category/ekonomi/`, `/author/budi/`, `/archives/123`) answer with a permanent redirect
 * to the article, category or author they became. Only paths of two or more segments
 * that no page of the portal matches reach this handler, so no ordinary page pays for
 * the lookup. The shapes that look like the portal's own addresses (`/slug/`, `/?p=123`)
 * are sent here by proxy.ts under LEGACY_PREFIX.
 */

const NOT_FOUND_HTML = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Halaman tidak ditemukan</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1>Halaman tidak ditemukan</h1>
<p>Alamat ini tidak ada di ${escapeHtml(site.name)}. Mungkin beritanya sudah dipindahkan atau alamatnya salah ketik.</p>
<p><a href="/">Kembali ke beranda</a> · <a href="/cari">Cari berita</a></p>
</body></html>`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The old address a request stands for: itself, or what proxy.ts sent here under LEGACY_PREFIX. */
function oldAddress(url: URL): { pathname: string; searchParams: URLSearchParams } {
  if (!url.pathname.startsWith(`${LEGACY_PREFIX}/`)) return url;
  const rest = url.pathname.slice(LEGACY_PREFIX.length);
  const postId = /^\/p\/(\d{1,10})$/.exec(rest)?.[1];
  return postId
    ? { pathname: "/", searchParams: new URLSearchParams({ p: postId }) }
    : { pathname: rest, searchParams: url.searchParams };
}

export async function GET(request: NextRequest): Promise<Response> {
  await connection();
  let target: string | null;
  try {
    const old = oldAddress(request.nextUrl);
    target = await resolveLegacyUrl(old.pathname, old.searchParams);
  } catch (error) {
    // CASE: the database is unreachable; say so briefly rather than claiming the page is gone.
    console.error("Legacy address lookup failed:", error);
    return new Response("Layanan sedang sibuk. Coba lagi sebentar lagi.", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "30" },
    });
  }
  if (!target) {
    return new Response(NOT_FOUND_HTML, {
      status: 404,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=60, s-maxage=60" },
    });
  }
  // A relative Location works behind any proxy or host name the portal is served under.
  return new Response(null, { status: 308, headers: { Location: target, "Cache-Control": "public, max-age=86400" } });
}
