import { describe, expect, it } from "vitest";
import { applySecurityHeaders, HSTS, noncePolicy, publicPolicy, usesNonce } from "./security-headers.mjs";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

function apply(
  pathname: string,
  options: { isHttps?: boolean; isDev?: boolean } = {},
  headers: Record<string, string> = {},
) {
  const req = { headers: { ...headers } as Record<string, string | string[] | undefined> };
  const set = new Map<string, string>();
  applySecurityHeaders(
    req,
    { setHeader: (name: string, value: string) => set.set(name, value) },
    {
      pathname,
      isDev: options.isDev ?? false,
      isHttps: options.isHttps ?? false,
    },
  );
  return { request: req.headers, response: set };
}

describe("publicPolicy", () => {
  it("keeps everything to this origin and lists the directives the portal promises", () => {
    const policy = directives(publicPolicy({ isDev: false, isHttps: false }));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("script-src-attr")).toEqual(["'none'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("report-uri")).toEqual(["/api/csp-report"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("allows eval only for the development server", () => {
    expect(directives(publicPolicy({ isDev: true, isHttps: false })).get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("noncePolicy", () => {
  it("names script-src before script-src-attr, where Next looks for the nonce", () => {
    const policy = noncePolicy("bm9uY2U=", { isDev: false, isHttps: false });
    expect(
      policy
        .split(";")
        .map((part) => part.trim())
        .find((part) => part.startsWith("script-src")),
    ).toMatch(/^script-src 'self' 'nonce-bm9uY2U='/);
  });

  it("allows inline scripts only with the nonce or React's shell line, never any inline script", () => {
    const scripts = directives(noncePolicy("bm9uY2U=", { isDev: false, isHttps: true })).get("script-src") ?? [];
    expect(scripts).toContain("'nonce-bm9uY2U='");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts.filter((source) => source.startsWith("'sha256-"))).toEqual([
      "'sha256-7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs='",
    ]);
  });
});

describe("applySecurityHeaders", () => {
  it("gives dashboard and sign-in pages a fresh nonce, on the response and for Next on the request", () => {
    const first = apply("/dashboard/artikel");
    const second = apply("/dashboard/artikel");
    const policy = first.response.get("content-security-policy") ?? "";
    expect(policy).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    expect(first.request["content-security-policy"]).toBe(policy);
    expect(second.response.get("content-security-policy")).not.toBe(policy);
    for (const path of ["/login", "/ganti-sandi", "/dashboard"]) expect(usesNonce(path)).toBe(true);
    for (const path of ["/", "/berita/x", "/dashboardku", "/api/views", "/logout"]) expect(usesNonce(path)).toBe(false);
  });

  it("gives public pages the shared policy and drops a CSP the client sent", () => {
    const { request, response } = apply(
      "/berita/contoh",
      {},
      { "content-security-policy": "script-src 'nonce-pilihanku'" },
    );
    expect(request["content-security-policy"]).toBeUndefined();
    expect(response.get("content-security-policy")).toBe(publicPolicy({ isDev: false, isHttps: false }));
  });

  it("sends HSTS only when the site is https", () => {
    expect(apply("/", { isHttps: true }).response.get("strict-transport-security")).toBe(HSTS);
    expect(apply("/", { isHttps: false }).response.has("strict-transport-security")).toBe(false);
  });
});
