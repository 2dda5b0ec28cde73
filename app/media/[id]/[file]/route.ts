import { connection } from "next/server";
import { getMediaFile, type MediaFile } from "@/lib/media/files";
import { mediaFileParamsSchema } from "@/lib/media/keys";

type MediaRouteContext = { params: Promise<{ id: string; file: string }> };

/**
 * GET and HEAD /media/<id>/<file>: an image rendition, read from media storage alone (no
 * database, so images stay up during a database outage; lib/media/files.ts).
 */

// Renditions never change once written (a new image gets a new id), so browsers and CDNs keep them for a year.
const CACHE_FOREVER = "public, max-age=31536000, immutable";
// A missing file is cached briefly only: an edge that asked during an upload must not keep the 404 for long.
const CACHE_MISSING = "public, max-age=60";
const NOSNIFF = { "X-Content-Type-Options": "nosniff" };

function notFound(includeBody: boolean): Response {
  return new Response(includeBody ? "Berkas tidak ditemukan." : null, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE_MISSING, ...NOSNIFF },
  });
}

/** If-None-Match names this file's ETag (or `*`). Weak comparison, as RFC 9110 §13.1.2 asks for this header. */
function isUnchanged(request: Request, file: MediaFile): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === file.etag);
}

async function serve(request: Request, { params }: MediaRouteContext, includeBody: boolean): Promise<Response> {
  await connection();
  const parsed = mediaFileParamsSchema.safeParse(await params);
  if (!parsed.success) return notFound(includeBody);

  let file: MediaFile | null;
  try {
    file = await getMediaFile(parsed.data);
  } catch (error) {
    // CASE: the storage itself failed (disk error, object store away): say so honestly, never cached.
    console.error("media storage read failed", error);
    return new Response(includeBody ? "Layanan sedang gangguan, coba beberapa saat lagi." : null, {
      status: 503,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": "30",
        ...NOSNIFF,
      },
    });
  }
  if (!file) return notFound(includeBody);

  const validators = { ETag: file.etag, "Cache-Control": CACHE_FOREVER, ...NOSNIFF };
  if (isUnchanged(request, file)) return new Response(null, { status: 304, headers: validators });
  return new Response(includeBody ? (file.bytes as Uint8Array<ArrayBuffer>) : null, {
    // No Content-Length: Next drops it when it sends a route handler's response (send-response.js).
    headers: { ...validators, "Content-Type": file.contentType },
  });
}

export function GET(request: Request, context: MediaRouteContext): Promise<Response> {
  return serve(request, context, true);
}

export function HEAD(request: Request, context: MediaRouteContext): Promise<Response> {
  return serve(request, context, false);
}
