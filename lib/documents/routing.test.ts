import { describe, expect, it } from "vitest";
import { publicRouteFor } from "@/lib/articles/routing";
import { documentListHref, documentListPath, parseDocumentSegments } from "./routing";

describe("document addresses", () => {
  it("rewrites a filtered list's query string to the static path it is cached under", () => {
    expect(publicRouteFor("/dokumen", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/dokumen", "?jenis=&tahun=")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/dokumen", "?jenis=perda")).toEqual({
      kind: "rewrite",
      pathname: "/dokumen/daftar/perda/semua/1",
    });
    expect(publicRouteFor("/dokumen", "?tahun=2024&halaman=2&utm_source=wa")).toEqual({
      kind: "rewrite",
      pathname: "/dokumen/daftar/semua/2024/2",
    });
    expect(publicRouteFor("/dokumen", "?jenis=apbd&tahun=2025")).toEqual({
      kind: "rewrite",
      pathname: "/dokumen/daftar/apbd/2025/1",
    });
  });

  it("404s malformed filters without a lookup", () => {
    for (const search of [
      "?jenis=PERDA",
      "?jenis=surat",
      "?tahun=24",
      "?tahun=1800",
      "?halaman=0",
      "?jenis=sk&jenis=perda",
    ]) {
      expect(publicRouteFor("/dokumen", search), search).toEqual({ kind: "notFound" });
    }
    expect(publicRouteFor("/dokumen/daftar/perda/2024", "")).toEqual({ kind: "notFound" });
    expect(publicRouteFor("/dokumen/daftar/perda/2024/x", "")).toEqual({ kind: "notFound" });
  });

  it("lets a document and its download through", () => {
    expect(publicRouteFor("/dokumen/perda-5-2024", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/dokumen/perda-5-2024/unduh", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/dokumen/Perda_5", "")).toEqual({ kind: "notFound" });
    expect(publicRouteFor("/dokumen/perda-5-2024/lain", "")).toEqual({ kind: "notFound" });
  });

  it("builds the public and internal addresses of the same filters", () => {
    const filters = { type: "RKPD" as const, year: 2026, page: 3 };
    expect(documentListHref(filters)).toBe("/dokumen?jenis=rkpd&tahun=2026&halaman=3");
    expect(documentListPath(filters)).toBe("/dokumen/daftar/rkpd/2026/3");
    expect(parseDocumentSegments("rkpd", "2026", "3")).toEqual(filters);
    expect(documentListHref({ type: null, year: null, page: 1 })).toBe("/dokumen");
  });
});
