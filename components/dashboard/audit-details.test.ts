import { describe, expect, it } from "vitest";
import { summariseDetails } from "./audit-details";

const summarise = (details: Record<string, unknown>) => summariseDetails(details, "Asia/Makassar");

describe("summariseDetails", () => {
  it("names roles, statuses and reasons in Indonesian, never as codes", () => {
    expect(summarise({ username: "prb", from: "WRITER", to: "EDITOR" })).toBe(
      "akun: prb · dari: Penulis · menjadi: Editor",
    );
    expect(summarise({ username: "prb", role: "WRITER" })).toBe("akun: prb · peran: Penulis");
    expect(summarise({ from: "IN_REVIEW", to: "PUBLISHED", isFirstPublish: true })).toBe(
      "dari: Menunggu tinjauan · menjadi: Terbit · terbit pertama: ya",
    );
    expect(summarise({ login: "budi", reason: "wrong_password" })).toBe("login: budi · alasan: sandi salah");
    expect(summarise({ username: "prb", changed: ["displayName", "initials"] })).toBe(
      "akun: prb · diubah: nama tampilan, inisial",
    );
  });

  it("shows instants in the portal's zone and marks what the system did", () => {
    expect(summarise({ system: true, slot: 0, expiredAt: "2026-03-10T02:00:00.000Z" })).toBe(
      "oleh sistem · posisi: 0 · berakhir: 10 Maret 2026, 10.00 WITA",
    );
  });

  it("leaves out keys it has no Indonesian name for", () => {
    expect(summarise({ username: "prb", replacedArticleId: "0192f5a4", someNewKey: "x" })).toBe("akun: prb");
  });
});
