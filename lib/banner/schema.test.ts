import { describe, expect, it } from "vitest";
import { isBannerLink, makeBannerSchema } from "./schema";

const now = new Date("2026-12-01T00:00:00Z");
const schema = makeBannerSchema("Asia/Makassar", () => now);
const valid = { level: "SIAGA", message: "Banjir di Samarinda Ilir", linkUrl: "", expiresAt: "2026-12-01T14:00" };

describe("banner schema", () => {
  it("reads the expiry in the portal's zone and turns an empty link into null", () => {
    const parsed = schema.parse(valid);
    expect(parsed.expiresAt.toISOString()).toBe("2026-12-01T06:00:00.000Z");
    expect(parsed.linkUrl).toBeNull();
  });

  it("refuses a past or too distant expiry, an unknown level and a short message", () => {
    expect(schema.safeParse({ ...valid, expiresAt: "2026-12-01T08:00" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, expiresAt: "2026-12-30T08:00" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, level: "BAHAYA" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, message: "ok" }).success).toBe(false);
  });

  it("accepts site paths and web addresses as links, nothing else", () => {
    expect(isBannerLink("/berita/banjir")).toBe(true);
    expect(isBannerLink("https://bpbd.example.go.id/info")).toBe(true);
    expect(isBannerLink("javascript:alert(1)")).toBe(false);
    expect(isBannerLink("//evil.example/x")).toBe(false);
    expect(isBannerLink("mailto:humas@example.go.id")).toBe(false);
    expect(schema.safeParse({ ...valid, linkUrl: "ftp://x.example" }).success).toBe(false);
  });
});
