import { connection } from "next/server";
import { getAnnouncementAttachment } from "@/lib/announcements/queries";
import { slugSchema } from "@/lib/articles/slug";

type RouteContext = { params: Promise<{ slug: string }> };

/**
 * The PDF attached to a published announcement, as a download. Read per request and kept
 * out of shared caches: unpublishing or replacing the file must take effect at once, and
 * downloads are rare next to page views.
 */
export async function GET(_request: Request, { params }: RouteContext): Promise<Response> {
  await connection();
  const slug = slugSchema.safeParse((await params).slug);
  const file = slug.success ? await getAnnouncementAttachment(slug.data) : null;
  if (!file) {
    return new Response("Lampiran tidak ditemukan.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
