import { describe, expect, it } from "vitest";
import type { IndonesianTimeZone } from "@/lib/time";
import { categoryPath, initialsOf, publishDate, termSlug, usernameFor } from "./mapping";

describe("publishDate", () => {
  it("uses post_date_gmt when WordPress set it", () => {
    expect(
      publishDate(
        { postDateGmt: "2022-10-11 09:50:00", postDate: "2022-10-11 17:50:00", pubDate: "" },
        "Asia/Makassar",
      ),
    ).toEqual(new Date("2022-10-11T09:50:00Z"));
  });

  it.each<[IndonesianTimeZone, string]>([
    ["Asia/Jakarta", "2022-10-11T03:00:05Z"],
    ["Asia/Makassar", "2022-10-11T02:00:05Z"],
    ["Asia/Jayapura", "2022-10-11T01:00:05Z"],
  ])("reads post_date in %s when the GMT date is zero", (timeZone, expected) => {
    expect(
      publishDate({ postDateGmt: "0000-00-00 00:00:00", postDate: "2022-10-11 10:00:05", pubDate: "" }, timeZone),
    ).toEqual(new Date(expected));
  });

  it("falls back to the RSS date, and gives up on nonsense", () => {
    expect(
      publishDate({ postDateGmt: "", postDate: "", pubDate: "Tue, 11 Oct 2022 09:50:00 +0000" }, "Asia/Makassar"),
    ).toEqual(new Date("2022-10-11T09:50:00Z"));
    expect(
      publishDate({ postDateGmt: "2022-02-31 10:00:00", postDate: "kemarin", pubDate: "" }, "Asia/Makassar"),
    ).toBeNull();
  });
});

describe("usernameFor", () => {
  it.each([
    ["prabawati", "prabawati"],
    ["Budi Santoso", "budi-santoso"],
    ["admin.humas@kota.go.id", "admin.humas-kota.go.id"],
    ["Rénata__Putri", "renata_putri"],
    ["123humas", "humas"],
  ])("%s → %s", (login, expected) => {
    expect(usernameFor(login)).toBe(expected);
  });

  it("names a login without usable letters after its hash", () => {
    expect(usernameFor("??")).toMatch(/^penulis-[0-9a-f]{8}$/);
    expect(usernameFor("??")).toBe(usernameFor("??"));
    expect(usernameFor("ab")).toMatch(/^penulis-/);
  });
});

describe("initialsOf", () => {
  it.each([
    ["Prabawati Sari", "Prb"],
    ["Hendra", "Hnd"],
    ["Ika", "Ik"],
    ["Aiueo", "Aiu"],
    ["Éko", "Ek"],
    ["123", "Wp"],
  ])("%s → %s", (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});

describe("terms", () => {
  it("makes URL-safe slugs from encoded slugs or names", () => {
    expect(termSlug({ slug: "ekonomi-%26-keuangan", name: "", termId: 1 }, "kategori")).toBe("ekonomi-dan-keuangan");
    expect(termSlug({ slug: "%D8%B9%D8%B1%D8%A8", name: "Berita Arab", termId: 5 }, "kategori")).toBe("berita-arab");
    expect(termSlug({ slug: "", name: "", termId: 9 }, "tag")).toBe("tag-9");
  });

  it("walks a category's parents without looping", () => {
    const terms = new Map([
      ["a", { termId: 1, slug: "a", name: "A", parentSlug: "", description: "" }],
      ["b", { termId: 2, slug: "b", name: "B", parentSlug: "a", description: "" }],
      ["c", { termId: 3, slug: "c", name: "C", parentSlug: "b", description: "" }],
      ["x", { termId: 4, slug: "x", name: "X", parentSlug: "x", description: "" }],
    ]);
    expect(categoryPath("c", terms)).toEqual(["a", "b", "c"]);
    expect(categoryPath("x", terms)).toEqual(["x"]);
  });
});
