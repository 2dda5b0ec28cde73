import { describe, expect, it } from "vitest";
import { createRateGate, parseCspReport } from "./report";

describe("parseCspReport", () => {
  it("reads report-uri reports and drops query strings", () => {
    const report = {
      "csp-report": {
        "document-uri": "https://warta.example/berita/contoh?utm_source=wa",
        "violated-directive": "img-src",
        "effective-directive": "img-src",
        "blocked-uri": "https://pelacak.example/pixel.gif?id=123",
        "source-file": "https://warta.example/_next/static/chunks/a.js",
        "line-number": 12,
      },
    };
    expect(parseCspReport(report)).toEqual([
      {
        page: "https://warta.example/berita/contoh",
        directive: "img-src",
        blocked: "https://pelacak.example/pixel.gif",
        source: "https://warta.example/_next/static/chunks/a.js:12",
      },
    ]);
  });

  it("reads Reporting API batches and ignores other report types", () => {
    const batch = [
      {
        type: "csp-violation",
        body: { documentURL: "https://warta.example/", effectiveDirective: "script-src-elem", blockedURL: "inline" },
      },
      { type: "deprecation", body: {} },
    ];
    expect(parseCspReport(batch)).toEqual([
      { page: "https://warta.example/", directive: "script-src-elem", blocked: "inline", source: "" },
    ]);
  });

  it("returns nothing for anything else, and bounds what it keeps", () => {
    expect(parseCspReport({ halo: 1 })).toEqual([]);
    expect(parseCspReport("teks")).toEqual([]);
    const long = parseCspReport({ "csp-report": { "blocked-uri": `https://x.example/${"a".repeat(5000)}` } });
    expect(long[0]?.blocked.length).toBe(500);
  });
});

describe("createRateGate", () => {
  it("lets `limit` events through per window", () => {
    let time = 0;
    const gate = createRateGate(2, 1000, () => time);
    expect([gate(), gate(), gate()]).toEqual([true, true, false]);
    time = 1000;
    expect(gate()).toBe(true);
  });
});
