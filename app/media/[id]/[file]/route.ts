import { connection } from "next/server";
import { getMediaFile } from "@/lib/media/queries";

type MediaRouteContext = { params: Promise<{ id: string; file: string }> };

// Renditions never change once written (a new image gets a new id), so browsers and CDNs keep them for a year.
const CACHE_FOREVER = "public, max-age=31536000, immutable";

export async function GET(_request: Request, { params }: MediaRouteContext): Promise<Response> {
  await connection();
  const file = await getMediaFile(await params);
  if (!file) {
    return new Response("Berkas tidak ditemukan.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  }
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": CACHE_FOREVER,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
