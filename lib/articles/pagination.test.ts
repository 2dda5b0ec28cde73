import { describe, expect, it } from "vitest";
import {
  isPageInRange,
  pageCountFor,
  pageFromNearerEnd,
  pageHref,
  pageOffset,
  pageWindow,
  parsePageParam,
  type PageWindowItem,
} from "./pagination";

/** "1 … 4 5 [6] 7 8 … 20" style rendering of a window, for readable assertions. */
function render(items: PageWindowItem[]): string {
  return items.map((item) => (item.kind === "page" ? String(item.page) : "…")).join(" ");
}

describe("parsePageParam", () => {
  it("reads an absent parameter as page 1", () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam(null)).toBe(1);
    expect(parsePageParam([])).toBe(1);
  });

  it("accepts plain positive integers", () => {
    expect(parsePageParam("1")).toBe(1);
    expect(parsePageParam("2")).toBe(2);
    expect(parsePageParam("48")).toBe(48);
    expect(parsePageParam(["3"])).toBe(3);
    expect(parsePageParam("999999")).toBe(999999);
  });

  it.each([
    "0",
    "-1",
    "abc",
    "1.5",
    "",
    " 2",
    "2 ",
    "02",
    "+2",
    "1e1",
    "0x10",
    "2.0",
    "Infinity",
    "1000000",
    "99999999999999999999",
  ])("rejects %j", (value) => {
    expect(parsePageParam(value)).toBeNull();
  });

  it("rejects a repeated parameter", () => {
    expect(parsePageParam(["2", "3"])).toBeNull();
  });
});

describe("page arithmetic", () => {
  it("counts pages, with page 1 for an empty list", () => {
    expect(pageCountFor(0)).toBe(1);
    expect(pageCountFor(1)).toBe(1);
    expect(pageCountFor(12)).toBe(1);
    expect(pageCountFor(13)).toBe(2);
    expect(pageCountFor(48)).toBe(4);
    expect(pageCountFor(49)).toBe(5);
    expect(pageCountFor(5, 2)).toBe(3);
  });

  it("knows which pages exist", () => {
    expect(isPageInRange(1, 0)).toBe(true);
    expect(isPageInRange(2, 0)).toBe(false);
    expect(isPageInRange(2, 13)).toBe(true);
    expect(isPageInRange(3, 24)).toBe(false);
    expect(isPageInRange(0, 100)).toBe(false);
    expect(isPageInRange(1.5, 100)).toBe(false);
  });

  it("skips whole pages", () => {
    expect(pageOffset(1)).toBe(0);
    expect(pageOffset(2)).toBe(12);
    expect(pageOffset(4, 5)).toBe(15);
  });

  it("makes page 1 the bare address", () => {
    expect(pageHref("/kategori/pemerintahan", 1)).toBe("/kategori/pemerintahan");
    expect(pageHref("/kategori/pemerintahan", 2)).toBe("/kategori/pemerintahan?halaman=2");
  });
});

describe("pageFromNearerEnd", () => {
  /** The rows a read returns, as positions in the newest-first list (0 = newest). */
  function positions(total: number, page: number, pageSize = 12): number[] | null {
    const read = pageFromNearerEnd(total, page, pageSize);
    if (!read) return null;
    const start = read.fromNewest ? read.skip : total - read.skip - read.take;
    return Array.from({ length: read.take }, (_, index) => start + index);
  }

  it("reads the first half newest first and the second half oldest first", () => {
    expect(pageFromNearerEnd(100, 1, 10)).toEqual({ skip: 0, take: 10, fromNewest: true });
    expect(pageFromNearerEnd(100, 5, 10)).toEqual({ skip: 40, take: 10, fromNewest: true });
    expect(pageFromNearerEnd(100, 6, 10)).toEqual({ skip: 40, take: 10, fromNewest: false });
    expect(pageFromNearerEnd(100, 10, 10)).toEqual({ skip: 0, take: 10, fromNewest: false });
  });

  it("takes only what is left on a short last page", () => {
    expect(pageFromNearerEnd(14, 2)).toEqual({ skip: 0, take: 2, fromNewest: false });
    expect(positions(14, 2)).toEqual([12, 13]);
  });

  it("never skips more than half the list", () => {
    for (const total of [1, 11, 12, 13, 24, 25, 20_000]) {
      for (let page = 1; page <= pageCountFor(total); page++) {
        const read = pageFromNearerEnd(total, page);
        expect(read?.skip).toBeLessThanOrEqual(total / 2);
      }
    }
  });

  it("gives every row to exactly one page, in order", () => {
    for (const total of [1, 12, 13, 35, 36, 37, 100]) {
      const seen = Array.from({ length: pageCountFor(total) }, (_, index) => positions(total, index + 1) ?? []).flat();
      expect(seen).toEqual(Array.from({ length: total }, (_, index) => index));
    }
  });

  it("has nothing past the end or before the start", () => {
    expect(pageFromNearerEnd(0, 1)).toBeNull();
    expect(pageFromNearerEnd(24, 3)).toBeNull();
    expect(pageFromNearerEnd(24, 0)).toBeNull();
    expect(pageFromNearerEnd(24, 1.5)).toBeNull();
  });
});

describe("pageWindow", () => {
  it("shows a single page for short lists", () => {
    expect(render(pageWindow(1, 1))).toBe("1");
    expect(render(pageWindow(1, 0))).toBe("1");
  });

  it("shows every page when nothing is hidden", () => {
    expect(render(pageWindow(1, 2))).toBe("1 2");
    expect(render(pageWindow(2, 3))).toBe("1 2 3");
    expect(render(pageWindow(3, 5))).toBe("1 2 3 4 5");
  });

  it("puts ellipses on the side of the hidden pages", () => {
    expect(render(pageWindow(1, 20))).toBe("1 2 … 20");
    expect(render(pageWindow(20, 20))).toBe("1 … 19 20");
    expect(render(pageWindow(10, 20))).toBe("1 … 9 10 11 … 20");
    expect(render(pageWindow(6, 20, 2))).toBe("1 … 4 5 6 7 8 … 20");
  });

  it("shows a lone hidden page instead of an ellipsis", () => {
    expect(render(pageWindow(4, 20))).toBe("1 2 3 4 5 … 20");
    expect(render(pageWindow(3, 6))).toBe("1 2 3 4 5 6");
    expect(render(pageWindow(17, 20))).toBe("1 … 16 17 18 19 20");
  });

  it("clamps a current page outside the list", () => {
    expect(render(pageWindow(99, 5))).toBe("1 … 4 5");
    expect(render(pageWindow(0, 5))).toBe("1 2 … 5");
  });

  it("gives each ellipsis a distinct key", () => {
    const keys = pageWindow(10, 20).flatMap((item) => (item.kind === "ellipsis" ? [item.key] : []));
    expect(keys).toEqual(["start", "end"]);
  });
});
