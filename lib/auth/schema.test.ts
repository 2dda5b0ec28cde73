import { describe, expect, it } from "vitest";
import { passwordChangeSchema, redirectTargetSchema } from "./schema";

describe("redirectTargetSchema", () => {
  it.each(["/dashboard", "/dashboard/artikel", "/dashboard/artikel/abc?tab=riwayat", "/dashboard?x=1"])(
    "keeps the dashboard path %s",
    (target) => expect(redirectTargetSchema.parse(target)).toBe(target),
  );

  it.each([
    "https://evil.example",
    "//evil.example/dashboard",
    "/dashboard//evil.example",
    "/\\evil.example",
    "/dashboard\\..\\x",
    "/dashboardx",
    "/berita/x",
    "javascript:alert(1)",
    "",
    undefined,
    ["/dashboard/artikel", "/dashboard"],
    "/dashboard/" + "a".repeat(600),
  ])("turns %j into /dashboard", (target) => {
    expect(redirectTargetSchema.parse(target)).toBe("/dashboard");
  });
});

describe("passwordChangeSchema", () => {
  const valid = { currentPassword: "lama-lama-123", newPassword: "baru-sekali-456", confirmation: "baru-sekali-456" };

  it("accepts a long enough, confirmed, different password", () => {
    expect(passwordChangeSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    [{ newPassword: "pendek-123", confirmation: "pendek-123" }, "newPassword"],
    [{ confirmation: "baru-sekali-457" }, "confirmation"],
    [{ newPassword: "lama-lama-123", confirmation: "lama-lama-123" }, "newPassword"],
  ] as const)("rejects %j on %s", (change, field) => {
    const result = passwordChangeSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
});
