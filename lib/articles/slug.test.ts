import { describe, expect, it } from "vitest";
import { slugify, slugSchema } from "./slug";

describe("slugify", () => {
  it("turns a headline into a lowercase hyphenated address", () => {
    expect(slugify("Wali Kota Tinjau Banjir di Sungai Karang Mumus!")).toBe(
      "wali-kota-tinjau-banjir-di-sungai-karang-mumus",
    );
  });

  it("drops accents, symbols and edge hyphens", () => {
    expect(slugify("  Café & UMKM: Naik 20%  ")).toBe("cafe-dan-umkm-naik-20");
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("kata ".repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.split("-").every((word) => word === "kata")).toBe(true);
  });

  it("produces slugs the schema accepts", () => {
    expect(slugSchema.safeParse(slugify("APBD 2027 Disahkan")).success).toBe(true);
    expect(slugSchema.safeParse("Bukan Slug").success).toBe(false);
    expect(slugSchema.safeParse("../etc").success).toBe(false);
  });
});
