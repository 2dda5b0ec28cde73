import { describe, expect, it } from "vitest";
import { SEARCH_QUERY_MAX_LENGTH, searchParamsOfSegment, searchQuerySchema, searchSegmentOf } from "./schema";

const parse = (raw: Record<string, unknown>) => searchQuerySchema.parse(raw);

describe("searchQuerySchema: q", () => {
  it("trims the query and defaults to empty", () => {
    expect(parse({ q: "  banjir  " }).q).toBe("banjir");
    expect(parse({}).q).toBe("");
    expect(parse({ q: "   " }).q).toBe("");
  });

  it("cuts a query longer than 200 characters instead of rejecting it", () => {
    const result = searchQuerySchema.safeParse({ q: "a".repeat(250) });
    expect(result.success).toBe(true);
    expect(result.data?.q).toBe("a".repeat(SEARCH_QUERY_MAX_LENGTH));
  });

  it("counts characters, not UTF-16 units, so emoji are never split", () => {
    const q = parse({ q: "🌊".repeat(250) }).q;
    expect(Array.from(q)).toHaveLength(200);
    expect(q.toWellFormed()).toBe(q);
  });

  it("removes control characters Postgres cannot store and repairs lone surrogates", () => {
    expect(parse({ q: "ban\u0000jir\u0002" }).q).toBe("ban jir");
    expect(parse({ q: "\ud83c banjir" }).q).toBe("\ufffd banjir");
  });

  it("keeps quotes, operators and SQL-looking text as typed", () => {
    expect(parse({ q: `'; DROP TABLE articles; --` }).q).toBe(`'; DROP TABLE articles; --`);
    expect(parse({ q: `"banjir" & | ! ( ) : *` }).q).toBe(`"banjir" & | ! ( ) : *`);
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parse({ q: ["banjir", "jalan"], halaman: ["3", "4"] })).toMatchObject({ q: "banjir", halaman: 3 });
  });
});

describe("searchQuerySchema: kategori", () => {
  it("accepts a slug and ignores anything else", () => {
    expect(parse({ kategori: "infrastruktur" }).kategori).toBe("infrastruktur");
    expect(parse({ kategori: "" }).kategori).toBeUndefined();
    expect(parse({ kategori: "../etc" }).kategori).toBeUndefined();
    expect(parse({ kategori: "Bukan Slug" }).kategori).toBeUndefined();
    expect(parse({}).kategori).toBeUndefined();
  });
});

describe("searchQuerySchema: dari and sampai", () => {
  it("accepts calendar days", () => {
    expect(parse({ dari: "2026-01-01", sampai: "2026-02-28" })).toMatchObject({
      dari: "2026-01-01",
      sampai: "2026-02-28",
      notices: [],
    });
    expect(parse({ dari: "2028-02-29" })).toMatchObject({ dari: "2028-02-29", notices: [] });
  });

  it("treats empty fields (the form's default) as no filter, silently", () => {
    expect(parse({ dari: "", sampai: " " })).toMatchObject({ dari: undefined, sampai: undefined, notices: [] });
  });

  it.each([
    "2026-02-30",
    "2027-02-29",
    "2026-13-01",
    "2026-00-10",
    "0000-01-01",
    "26-1-1",
    "kemarin",
    "2026-01-01T00:00",
    "2026/01/01",
  ])("ignores %j with a notice", (value) => {
    const result = parse({ dari: value, sampai: "2026-12-31" });
    expect(result.dari).toBeUndefined();
    expect(result.sampai).toBe("2026-12-31");
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toContain("Dari tanggal");
    expect(result.notices[0]).toContain("diabaikan");
  });

  it("shortens an absurd value in its notice", () => {
    const [notice] = parse({ sampai: "x".repeat(500) }).notices;
    expect(notice?.length).toBeLessThan(150);
  });

  it("swaps a range given backwards, and says so", () => {
    const result = parse({ dari: "2026-03-31", sampai: "2026-03-01" });
    expect(result).toMatchObject({ dari: "2026-03-01", sampai: "2026-03-31" });
    expect(result.notices).toEqual([expect.stringContaining("kami tukar")]);
  });

  it("keeps a single-day range", () => {
    expect(parse({ dari: "2026-03-01", sampai: "2026-03-01" })).toMatchObject({
      dari: "2026-03-01",
      sampai: "2026-03-01",
      notices: [],
    });
  });
});

describe("searchQuerySchema: halaman", () => {
  it("reads a positive page number", () => {
    expect(parse({ halaman: "2" }).halaman).toBe(2);
    expect(parse({ halaman: " 7 " }).halaman).toBe(7);
  });

  it.each(["0", "-1", "1.5", "abc", "", "1e400", "99999999999", "NaN", "Infinity"])("turns %j into page 1", (value) => {
    expect(parse({ halaman: value }).halaman).toBe(1);
  });

  it("defaults to page 1", () => {
    expect(parse({}).halaman).toBe(1);
  });
});

describe("searchQuerySchema: other parameters", () => {
  it("ignores unknown parameters", () => {
    expect(parse({ q: "banjir", utm_source: "wa", page: "9" })).toEqual({
      q: "banjir",
      kategori: undefined,
      dari: undefined,
      sampai: undefined,
      halaman: 1,
      notices: [],
    });
  });
});

describe("searchSegmentOf and searchParamsOfSegment", () => {
  const roundTrip = (query: string) => {
    const segment = searchSegmentOf(new URLSearchParams(query));
    return segment === null ? null : searchQuerySchema.parse(searchParamsOfSegment(segment));
  };

  it("is null when no parameter is set: the plain search page", () => {
    expect(searchSegmentOf(new URLSearchParams(""))).toBeNull();
    expect(searchSegmentOf(new URLSearchParams("q=&kategori=&utm_source=wa"))).toBeNull();
  });

  it("gives the search the same input as the query string would", () => {
    for (const query of [
      "q=banjir",
      "q=pasar+murah&kategori=ekonomi&halaman=2",
      "q=apel&dari=2025-02-30&sampai=2025-03-10",
      `q=${encodeURIComponent("🙂🌊 \u0000banjir ".repeat(40))}`,
      "q=%22&halaman=abc&dari=kemarin",
      "dari=kemarin",
    ]) {
      expect(roundTrip(query), query).toEqual(searchQuerySchema.parse(Object.fromEntries(new URLSearchParams(query))));
    }
  });

  it("is the same segment whatever the order, extra parameters or repeats", () => {
    const a = searchSegmentOf(new URLSearchParams("q=banjir&kategori=ekonomi"));
    expect(searchSegmentOf(new URLSearchParams("utm=1&kategori=ekonomi&q=banjir&q=rob"))).toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("reads nothing from a segment it did not make", () => {
    expect(searchParamsOfSegment("contoh")).toEqual({});
    expect(searchParamsOfSegment("%2F..%2F")).toEqual({});
    expect(searchParamsOfSegment("_w")).toEqual({});
  });
});
