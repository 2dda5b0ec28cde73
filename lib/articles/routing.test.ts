import { describe, expect, it } from "vitest";
import { searchSegmentOf } from "@/lib/search/schema";
import { publicRouteFor } from "./routing";

describe("publicRouteFor", () => {
  it("lets well-formed article addresses through and 404s malformed ones without a lookup", () => {
    expect(publicRouteFor("/berita/banjir-di-sempaja", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/berita/Banjir!", "")).toEqual({ kind: "notFound" });
    expect(publicRouteFor("/berita/%E0%A4%A", "")).toEqual({ kind: "notFound" });
  });

  it("serves static pages under /profil/<slug>, never mistaken for an old WordPress /slug", () => {
    expect(publicRouteFor("/profil", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/profil/visi-misi", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/profil/Visi_Misi", "")).toEqual({ kind: "notFound" });
    expect(publicRouteFor("/profil/visi-misi/lagi", "")).toEqual({ kind: "notFound" });
  });

  it("serves the gallery and its albums and videos by slug", () => {
    expect(publicRouteFor("/galeri", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/galeri/hut-kota-2026", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/galeri/HUT_Kota", "")).toEqual({ kind: "notFound" });
    expect(publicRouteFor("/galeri/hut-kota-2026/foto", "")).toEqual({ kind: "notFound" });
  });

  it("serves page 1 of a list at its own address and page N from its internal path", () => {
    expect(publicRouteFor("/kategori/ekonomi", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/kategori/ekonomi", "?halaman=1")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/kategori/ekonomi", "?halaman=3")).toEqual({
      kind: "rewrite",
      pathname: "/kategori/ekonomi/halaman/3",
    });
    expect(publicRouteFor("/tag/umkm", "halaman=2&utm_source=wa")).toEqual({
      kind: "rewrite",
      pathname: "/tag/umkm/halaman/2",
    });
    expect(publicRouteFor("/penulis/prabawati", "?halaman=2")).toEqual({
      kind: "rewrite",
      pathname: "/penulis/prabawati/halaman/2",
    });
  });

  it("404s page numbers that are not plain positive integers, or given twice", () => {
    for (const search of [
      "?halaman=0",
      "?halaman=-1",
      "?halaman=abc",
      "?halaman=02",
      "?halaman=1.5",
      "?halaman=2&halaman=3",
      "?halaman=",
    ]) {
      expect(publicRouteFor("/kategori/ekonomi", search)).toEqual({ kind: "notFound" });
    }
  });

  it("404s list keys that cannot exist, and deeper paths", () => {
    expect(publicRouteFor("/kategori/Ekonomi", "")).toEqual({ kind: "notFound" });
    expect(publicRouteFor("/penulis/nama pengguna", "")).toEqual({ kind: "notFound" });
    expect(publicRouteFor("/tag/umkm/lain", "")).toEqual({ kind: "notFound" });
  });

  it("serves an internal page address as it is (the proxy sees it again after its rewrite)", () => {
    expect(publicRouteFor("/kategori/ekonomi/halaman/4", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/kategori/ekonomi/halaman/1", "")).toEqual({ kind: "notFound" });
    expect(publicRouteFor("/kategori/ekonomi/halaman/x", "")).toEqual({ kind: "notFound" });
  });

  it("leaves category feeds to their own route", () => {
    expect(publicRouteFor("/kategori/ekonomi/rss.xml", "")).toEqual({ kind: "continue" });
  });

  it("maps the popular periods to their own pages; anything else is the default week", () => {
    expect(publicRouteFor("/terpopuler", "?periode=30")).toEqual({
      kind: "rewrite",
      pathname: "/terpopuler/periode/30",
    });
    expect(publicRouteFor("/terpopuler", "?periode=semua")).toEqual({
      kind: "rewrite",
      pathname: "/terpopuler/periode/semua",
    });
    expect(publicRouteFor("/terpopuler", "?periode=7")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/terpopuler", "?periode=99")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/terpopuler/periode/30", "")).toEqual({ kind: "continue" });
  });

  it("serves a search from the internal address of its parameters", () => {
    const search = publicRouteFor("/cari", "?q=banjir&kategori=ekonomi");
    expect(search).toEqual({
      kind: "rewrite",
      pathname: `/cari/hasil/${searchSegmentOf(new URLSearchParams("q=banjir&kategori=ekonomi"))}`,
    });
    expect(publicRouteFor("/cari", "?q=&utm_source=wa")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/cari/hasil/abc", "")).toEqual({ kind: "continue" });
  });

  it("leaves every other address alone", () => {
    expect(publicRouteFor("/", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/", "?utm_source=wa")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/rss.xml", "")).toEqual({ kind: "continue" });
    for (const own of ["/cari", "/terpopuler", "/login", "/dashboard", "/_tidak-ditemukan", "/favicon.ico"]) {
      expect(publicRouteFor(own, ""), own).toEqual({ kind: "continue" });
    }
  });

  it("sends old WordPress addresses that look like the portal's own to the redirect route", () => {
    expect(publicRouteFor("/", "?p=123")).toEqual({ kind: "rewrite", pathname: "/wp-lama/p/123" });
    expect(publicRouteFor("/", "?p=abc")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/walikota-resmikan-pasar", "")).toEqual({
      kind: "rewrite",
      pathname: "/wp-lama/walikota-resmikan-pasar",
    });
  });
});

describe("publicRouteFor: announcements and agenda", () => {
  it("keeps /pengumuman and /agenda as sections of their own, never old WordPress slugs", () => {
    expect(publicRouteFor("/pengumuman", "")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/agenda", "")).toEqual({ kind: "continue" });
  });

  it("serves page N of the active list and the archive from their internal paths", () => {
    expect(publicRouteFor("/pengumuman", "?halaman=2")).toEqual({ kind: "rewrite", pathname: "/pengumuman/halaman/2" });
    expect(publicRouteFor("/pengumuman/arsip", "?halaman=3")).toEqual({
      kind: "rewrite",
      pathname: "/pengumuman/arsip/halaman/3",
    });
    expect(publicRouteFor("/pengumuman/arsip", "?halaman=1")).toEqual({ kind: "continue" });
    expect(publicRouteFor("/pengumuman", "?halaman=02")).toEqual({ kind: "notFound" });
    expect(publicRouteFor("/pengumuman/seleksi-cpns", "?halaman=2")).toEqual({ kind: "continue" });
  });
});
