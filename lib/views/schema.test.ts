import { describe, expect, it } from "vitest";
import { popularSearchParamsSchema, viewBeaconSchema } from "./schema";

describe("viewBeaconSchema", () => {
  it("accepts a slug", () => {
    expect(viewBeaconSchema.parse({ slug: "wali-kota-tinjau-banjir" })).toEqual({ slug: "wali-kota-tinjau-banjir" });
  });

  it.each([
    {},
    { slug: "" },
    { slug: "Bukan Slug" },
    { slug: 7 },
    { slug: "a".repeat(161) },
    { slug: "ok", extra: 1 },
    null,
    "ok",
  ])("rejects %j", (body) => {
    expect(viewBeaconSchema.safeParse(body).success).toBe(false);
  });
});

describe("popularSearchParamsSchema", () => {
  it.each([
    [{}, "7"],
    [{ periode: "7" }, "7"],
    [{ periode: "30" }, "30"],
    [{ periode: "semua" }, "semua"],
    [{ periode: "365" }, "7"],
    [{ periode: ["30", "7"] }, "30"],
    [{ periode: "<b>" }, "7"],
  ])("reads %j as %s", (params, expected) => {
    expect(popularSearchParamsSchema.parse(params).periode).toBe(expected);
  });
});
