import { isbot } from "isbot";
import { connection } from "next/server";
import { slugSchema } from "@/lib/articles/slug";
import { downloadDocument } from "@/lib/documents/downloads";
import { attachmentDisposition } from "@/lib/documents/file-name";
import { requestMetaFromHeaders } from "@/lib/request";

/**
 * GET /dokumen/<slug>/unduh: the published document's file as an attachment, counted as a
 * download (lib/documents/downloads.ts). Never shared by a cache, so every download reaches
 * the counter; the type is the one proven from the bytes at upload, and nosniff keeps a
 * browser from guessing another. 404 for hidden and unknown documents.
 */

const noStore = "private, no-store";

function notFoundResponse(): Response {
  return new Response("Dokumen tidak ditemukan.", {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": noStore,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function isPrefetch(headers: Headers): boolean {
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""}`.toLowerCase();
  return purpose.includes("prefetch") || purpose.includes("prerender");
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  await connection();
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) return notFoundResponse();
  const reader = requestMetaFromHeaders(request.headers);
  // CASE: crawlers and speculative loads get the file, uncounted.
  const isReader = !isbot(reader.userAgent) && !isPrefetch(request.headers);
  const file = await downloadDocument(slug.data, reader, { isReader });
  if (!file) return notFoundResponse();
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Cache-Control": noStore,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
