import { isbot } from "isbot";
import { site } from "@/lib/site";
import { requestMetaFromHeaders } from "@/lib/request";
import { recordViewBySlug } from "@/lib/views/record";
import { VIEW_BEACON_MAX_BYTES, viewBeaconSchema, type ViewBeaconReply } from "@/lib/views/schema";

/**
 * The view beacon (components/site/view-beacon). 200 with `{ counted, views }` (views:
 * the article's fresh all-time total, which the page shows in place of its cached one);
 * counted is false for bots, prefetches, a repeat within 30 minutes, a missing or
 * outdated view token and a reader or address over its cap (lib/views/record). 400 bad
 * body; 403 cross-site; 404 unknown or unpublished slug; 503 database trouble (the page
 * never waits for this).
 */
const noStore = { "Cache-Control": "no-store" };

function reply(status: number): Response {
  return new Response(null, { status, headers: noStore });
}

function answer(body: ViewBeaconReply): Response {
  return Response.json(body, { headers: noStore });
}

function isSameOrigin(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  // The public address (behind a proxy) or the address this server was reached at.
  return origin === new URL(site.url).origin || origin === new URL(request.url).origin;
}

function isPrefetch(headers: Headers): boolean {
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""}`.toLowerCase();
  return purpose.includes("prefetch") || purpose.includes("prerender");
}

/** The body as text, or null when it is larger than a beacon can be. */
async function readSmallBody(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > VIEW_BEACON_MAX_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > VIEW_BEACON_MAX_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseBeacon(text: string) {
  try {
    return viewBeaconSchema.safeParse(JSON.parse(text));
  } catch {
    return null;
  }
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return reply(403);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json")) return reply(400);
  const text = await readSmallBody(request);
  const body = text === null ? null : parseBeacon(text);
  if (!body?.success) return reply(400);

  const reader = requestMetaFromHeaders(request.headers);
  // CASE: crawlers and speculative loads are not readers; they get the count, uncounted.
  const isReader = !isbot(reader.userAgent) && !isPrefetch(request.headers);
  try {
    const result = await recordViewBySlug(body.data.slug, body.data.token ?? "", reader, { isReader });
    if (result.kind === "missing") return reply(404);
    return answer({ counted: result.outcome.counted, views: result.views });
  } catch (error) {
    // CASE: the database is down or busy. The reader's page is already shown; this view is lost.
    console.error("Recording a view failed:", error);
    return reply(503);
  }
}
