import { CSP_REPORT_MAX_BYTES, createRateGate, parseCspReport } from "@/lib/csp/report";

/**
 * Where browsers report Content-Security-Policy violations (report-uri in
 * server/security-headers.mjs). Logs each as one warning line; at most 60 lines a minute
 * per process, since anyone can post here. Always 204, never cached, never a body.
 */
const mayLog = createRateGate(60, 60_000);

const done = () => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });

const REPORT_TYPES = ["application/csp-report", "application/reports+json", "application/json"];

export async function POST(request: Request): Promise<Response> {
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!REPORT_TYPES.includes(contentType)) return done();
  if (Number(request.headers.get("content-length") ?? "0") > CSP_REPORT_MAX_BYTES) return done();
  // Checked before reading, so a flood costs no parsing either.
  if (!mayLog()) return done();
  let body: unknown;
  try {
    const text = await request.text();
    if (text.length > CSP_REPORT_MAX_BYTES) return done();
    body = JSON.parse(text);
  } catch {
    return done();
  }
  for (const violation of parseCspReport(body).slice(0, 5)) {
    console.warn("Content-Security-Policy violation", violation);
  }
  return done();
}
