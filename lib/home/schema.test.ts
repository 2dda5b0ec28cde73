import { describe, expect, it } from "vitest";
import { makeHomePinSchema } from "./schema";
import { homeSlotLabel } from "./slots";

const now = new Date("2026-03-10T02:00:00Z"); // 10.00 WITA
const schema = makeHomePinSchema("Asia/Makassar", () => now);
const articleId = "0192f5a4-3c1e-7aaa-8bbb-123456789abc";

describe("makeHomePinSchema", () => {
  it("reads the expiry in the portal's zone", () => {
    const parsed = schema.parse({ articleId, slot: "2", expiresAt: "2026-03-11T10:00" });
    expect(parsed).toEqual({ articleId, slot: 2, expiresAt: new Date("2026-03-11T02:00:00Z") });
  });

  it("refuses an expiry in the past, beyond 30 days, an unknown slot or no article", () => {
    expect(schema.safeParse({ articleId, slot: "0", expiresAt: "2026-03-10T09:59" }).success).toBe(false);
    expect(schema.safeParse({ articleId, slot: "0", expiresAt: "2026-04-10T10:00" }).success).toBe(false);
    expect(schema.safeParse({ articleId, slot: "5", expiresAt: "2026-03-11T10:00" }).success).toBe(false);
    expect(schema.safeParse({ articleId: "", slot: "0", expiresAt: "2026-03-11T10:00" }).success).toBe(false);
  });

  it("names the slots", () => {
    expect(homeSlotLabel(0)).toBe("Berita utama");
    expect(homeSlotLabel(4)).toBe("Pilihan 4");
  });
});
