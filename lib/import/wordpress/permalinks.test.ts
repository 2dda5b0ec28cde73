import { describe, expect, it } from "vitest";
import { authorLegacyKeys, categoryLegacyKeys, keyOfUrl, legacyPathKey, postLegacyKeys } from "./permalinks";

describe("legacyPathKey", () => {
  it.each([
    ["/", "p=123", "/?p=123"],
    ["/index.php", "p=0123&utm_source=whatsapp", "/?p=123"],
    ["/", "p=abc", null],
    ["/", "", null],
    ["/2022/10/11/Wali-Kota-Tinjau/", "", "/2022/10/11/wali-kota-tinjau"],
    ["/2022/10/11/wali-kota-tinjau/amp/", "", "/2022/10/11/wali-kota-tinjau"],
    ["/wali-kota-tinjau/feed/", "", "/wali-kota-tinjau"],
    ["/category/ekonomi/page/3/", "", "/category/ekonomi"],
    ["/index.php/2022/10/slug/", "", "/2022/10/slug"],
    ["//double//slashes/", "fbclid=x", "/double/slashes"],
    ["/pasar-murah-%E2%80%93-sembako/", "", "/pasar-murah-–-sembako"],
    ["/bad-%E2%80/", "", "/bad-%e2%80"],
    ["/feed/", "", "/feed"],
  ])("%s?%s → %s", (pathname, search, expected) => {
    expect(legacyPathKey(pathname, new URLSearchParams(search))).toBe(expected);
  });

  it("refuses keys longer than the column", () => {
    expect(legacyPathKey(`/${"a".repeat(600)}`)).toBeNull();
  });
});

describe("postLegacyKeys", () => {
  it("lists every shape WordPress answers a post under, and the export's own links", () => {
    expect(
      postLegacyKeys({
        postId: 42,
        postName: "wali-kota-tinjau",
        postDate: "2022-10-11 17:50:00",
        link: "https://humas.example/berita/wali-kota-tinjau.html",
        guid: "https://humas.example/?p=42",
      }).sort(),
    ).toEqual(
      [
        "/?p=42",
        "/archives/42",
        "/berita/wali-kota-tinjau.html",
        "/wali-kota-tinjau",
        "/2022/10/11/wali-kota-tinjau",
        "/2022/10/wali-kota-tinjau",
      ].sort(),
    );
  });

  it("skips the date shapes when WordPress never dated the post", () => {
    expect(postLegacyKeys({ postId: 1, postName: "", postDate: "0000-00-00 00:00:00", link: "", guid: "" })).toEqual([
      "/?p=1",
      "/archives/1",
    ]);
  });
});

describe("archive keys", () => {
  it("gives a child category its path through its parents and its short form", () => {
    expect(categoryLegacyKeys(["pemerintahan", "ekonomi"])).toEqual([
      "/category/pemerintahan/ekonomi",
      "/category/ekonomi",
    ]);
    expect(categoryLegacyKeys([])).toEqual([]);
  });

  it("guesses the author nicename from the login", () => {
    expect(authorLegacyKeys("Budi Santoso")).toEqual(["/author/budi santoso", "/author/budi-santoso"]);
    expect(authorLegacyKeys("  ")).toEqual([]);
  });

  it("reads keys from absolute and relative URLs", () => {
    expect(keyOfUrl("https://example.go.id/2022/10/x/?utm=1")).toBe("/2022/10/x");
    expect(keyOfUrl("/?p=7")).toBe("/?p=7");
    expect(keyOfUrl("")).toBeNull();
  });
});
