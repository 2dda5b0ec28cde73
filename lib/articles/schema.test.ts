import { describe, expect, it } from "vitest";
import { EMPTY_BODY } from "./body";
import {
  articleDraftSchema,
  articleUpdateSchema,
  makeScheduleSchema,
  returnNoteSchema,
  staffArticleFiltersSchema,
} from "./schema";

const CATEGORY = "0194a3b2-0000-7000-8000-000000000001";
const valid = { title: "Wali Kota Tinjau Banjir", categoryId: CATEGORY, body: EMPTY_BODY };

describe("articleDraftSchema", () => {
  it("fills defaults and treats an empty slug as none", () => {
    const parsed = articleDraftSchema.parse({ ...valid, slug: "  " });
    expect(parsed).toMatchObject({
      slug: undefined,
      dateline: "",
      excerpt: "",
      tagIds: [],
      newTagNames: [],
      coverImageId: null,
      coverCaption: "",
    });
  });

  it("refuses short titles, bad slugs, bad categories and too many tags, in Indonesian", () => {
    const result = articleDraftSchema.safeParse({
      ...valid,
      title: "ab",
      slug: "Bukan Slug",
      categoryId: "x",
      tagIds: Array.from({ length: 11 }, () => CATEGORY),
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain("Judul minimal 3 karakter.");
    expect(messages).toContain("Pilih kategori.");
    expect(messages).toContain("Paling banyak 10 tag.");
    expect(messages.some((m) => m.startsWith("Slug hanya boleh"))).toBe(true);
  });

  it("refuses a body outside the allowlist", () => {
    expect(
      articleDraftSchema.safeParse({ ...valid, body: { type: "doc", content: [{ type: "script" }] } }).success,
    ).toBe(false);
  });

  it("has no server-owned fields", () => {
    const parsed = articleDraftSchema.parse({
      ...valid,
      status: "PUBLISHED",
      writerId: CATEGORY,
      publishedAt: "2020-01-01",
    });
    expect(parsed).not.toHaveProperty("status");
    expect(parsed).not.toHaveProperty("writerId");
    expect(parsed).not.toHaveProperty("publishedAt");
  });
});

describe("articleUpdateSchema", () => {
  it("needs a version of at least 1", () => {
    expect(articleUpdateSchema.safeParse({ ...valid, version: 0 }).success).toBe(false);
    expect(articleUpdateSchema.parse({ ...valid, version: "3" }).version).toBe(3);
  });
});

describe("returnNoteSchema", () => {
  it("needs 5 to 2000 characters", () => {
    expect(returnNoteSchema.safeParse({ note: "  ok  " }).error?.issues[0]?.message).toBe(
      "Catatan untuk penulis minimal 5 karakter.",
    );
    expect(returnNoteSchema.parse({ note: "Perbaiki judul." }).note).toBe("Perbaiki judul.");
    expect(returnNoteSchema.safeParse({ note: "x".repeat(2001) }).success).toBe(false);
  });
});

describe("makeScheduleSchema", () => {
  const now = new Date("2026-11-28T01:00:00.000Z"); // 09.00 WITA
  const schema = makeScheduleSchema("Asia/Makassar", () => now);

  it("turns a WITA time at least a minute ahead into a UTC Date", () => {
    expect(schema.parse({ scheduledAt: "2026-11-28T09:01" }).scheduledAt.toISOString()).toBe(
      "2026-11-28T01:01:00.000Z",
    );
  });

  it("refuses the past, the current minute and garbage", () => {
    expect(schema.safeParse({ scheduledAt: "2026-11-28T09:00" }).error?.issues[0]?.message).toBe(
      "Waktu terbit minimal satu menit dari sekarang.",
    );
    expect(schema.safeParse({ scheduledAt: "2026-11-27T10:00" }).success).toBe(false);
    expect(schema.safeParse({ scheduledAt: "besok" }).error?.issues[0]?.message).toBe("Isi tanggal dan jam terbit.");
    expect(schema.safeParse({ scheduledAt: "2026-13-01T10:00" }).error?.issues[0]?.message).toBe(
      "Tanggal atau jam terbit tidak valid.",
    );
  });

  it("reads the time in the zone it is given: 09.01 WIB is an hour later than 09.01 WITA", () => {
    const wib = makeScheduleSchema("Asia/Jakarta", () => now); // now is 08.00 WIB
    expect(wib.parse({ scheduledAt: "2026-11-28T09:01" }).scheduledAt.toISOString()).toBe("2026-11-28T02:01:00.000Z");
    expect(wib.parse({ scheduledAt: "2026-11-28T08:01" }).scheduledAt.toISOString()).toBe("2026-11-28T01:01:00.000Z");
    expect(wib.safeParse({ scheduledAt: "2026-11-28T08:00" }).success).toBe(false);
    const wit = makeScheduleSchema("Asia/Jayapura", () => now); // now is 10.00 WIT
    expect(wit.safeParse({ scheduledAt: "2026-11-28T09:30" }).success).toBe(false);
    expect(wit.parse({ scheduledAt: "2026-11-28T10:01" }).scheduledAt.toISOString()).toBe("2026-11-28T01:01:00.000Z");
  });
});

describe("staffArticleFiltersSchema", () => {
  it("drops unknown values instead of failing", () => {
    expect(staffArticleFiltersSchema.parse({ status: "NOPE", sort: "title", page: "2", categoryId: "x" })).toEqual({
      status: undefined,
      categoryId: undefined,
      writerId: undefined,
      q: undefined,
      sort: "title",
      page: 2,
    });
  });
});
