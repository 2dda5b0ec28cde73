import { describe, expect, it } from "vitest";
import { backupFileSchema, backupName } from "./manifest";

describe("backupName", () => {
  it("names a backup after its UTC time, so names sort oldest first", () => {
    expect(backupName(new Date("2026-11-30T02:00:09.123Z"))).toBe("warta-20261130-020009Z");
    expect(backupName(new Date("2026-01-02T23:59:59Z")) < backupName(new Date("2026-11-30T00:00:00Z"))).toBe(true);
  });
});

describe("backupFileSchema", () => {
  const digest = "a".repeat(64);

  it("accepts paths inside the backup", () => {
    for (const path of ["database.dump", "media/0190b6a8-1c2d-7e3f-8a4b-5c6d7e8f9a0b/960.webp"]) {
      expect(backupFileSchema.safeParse({ path, bytes: 1, sha256: digest }).success, path).toBe(true);
    }
  });

  it("refuses paths that would leave it, and malformed digests", () => {
    for (const path of ["/etc/passwd", "../outside", "media/../../x", "media//x", ""]) {
      expect(backupFileSchema.safeParse({ path, bytes: 1, sha256: digest }).success, path).toBe(false);
    }
    expect(backupFileSchema.safeParse({ path: "database.dump", bytes: 1, sha256: "xyz" }).success).toBe(false);
  });
});
