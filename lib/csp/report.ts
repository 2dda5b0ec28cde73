import { z } from "zod";

/**
 * Content-Security-Policy violation reports (server/security-headers.mjs sends browsers
 * here). A report is the browser telling us a page tried to load or run something the
 * policy forbids: an injected script, a third-party image in a body, or a policy that is
 * wrong for a page we changed. Each is logged as one line, at a bounded rate, because
 * anyone can post reports. Pure module: the route handler reads the body and logs.
 */

/** A real report is well under 2 KB; anything larger is not read. */
export const CSP_REPORT_MAX_BYTES = 8 * 1024;

const text = (max: number) =>
  z
    .union([z.string(), z.number()])
    .transform((value) => String(value).slice(0, max))
    .optional();

// `report-uri` sends {"csp-report": {...}} as application/csp-report.
const legacyReportSchema = z.object({
  "csp-report": z.object({
    "document-uri": text(500),
    "violated-directive": text(200),
    "effective-directive": text(200),
    "blocked-uri": text(500),
    "source-file": text(500),
    "line-number": text(12),
  }),
});

// The Reporting API sends [{type: "csp-violation", body: {...}}] as application/reports+json.
const reportingApiSchema = z
  .array(
    z.object({
      type: z.string(),
      body: z.object({
        documentURL: text(500),
        effectiveDirective: text(200),
        blockedURL: text(500),
        sourceFile: text(500),
        lineNumber: text(12),
      }),
    }),
  )
  .max(20);

export type CspViolation = {
  page: string;
  directive: string;
  blocked: string;
  source: string;
};

/** Only where, never who: query strings and fragments are dropped from every address. */
function withoutQuery(address: string | undefined): string {
  if (!address) return "";
  const cut = address.search(/[?#]/);
  return cut === -1 ? address : address.slice(0, cut);
}

/** The violations in a report body, in either format; [] for anything else. */
export function parseCspReport(body: unknown): CspViolation[] {
  const legacy = legacyReportSchema.safeParse(body);
  if (legacy.success) {
    const report = legacy.data["csp-report"];
    return [
      {
        page: withoutQuery(report["document-uri"]),
        directive: report["effective-directive"] ?? report["violated-directive"] ?? "",
        blocked: withoutQuery(report["blocked-uri"]),
        source: [withoutQuery(report["source-file"]), report["line-number"]].filter(Boolean).join(":"),
      },
    ];
  }
  const modern = reportingApiSchema.safeParse(body);
  if (!modern.success) return [];
  return modern.data
    .filter((report) => report.type === "csp-violation")
    .map(({ body: report }) => ({
      page: withoutQuery(report.documentURL),
      directive: report.effectiveDirective ?? "",
      blocked: withoutQuery(report.blockedURL),
      source: [withoutQuery(report.sourceFile), report.lineNumber].filter(Boolean).join(":"),
    }));
}

/**
 * A fixed-window counter: true while fewer than `limit` events were let through in the
 * current window. Per process, which is enough for logging.
 */
export function createRateGate(limit: number, windowMs: number, now: () => number = Date.now) {
  let windowStart = 0;
  let count = 0;
  return () => {
    const time = now();
    if (time - windowStart >= windowMs) {
      windowStart = time;
      count = 0;
    }
    count += 1;
    return count <= limit;
  };
}
