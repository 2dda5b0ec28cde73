import { describe, expect, it } from "vitest";
import { cleanText, collapseWhitespace, repairMojibake, safeDecodeUri, truncateWords } from "./text";

describe("repairMojibake", () => {
  it.each([
    ["Pembangunan â€“ tahap dua", "Pembangunan – tahap dua"],
    ["â€œWargaâ€\u009d", "“Warga”"],
    ["Kafe Ã©lite", "Kafe élite"],
    ["Jarak 5Â\u00a0km", "Jarak 5\u00a0km"],
  ])("%s", (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it("leaves genuine accented text and plain text alone", () => {
    expect(repairMojibake("café crème à la carte")).toBe("café crème à la carte");
    expect(repairMojibake("Wali Kota Samarinda")).toBe("Wali Kota Samarinda");
  });
});

describe("cleanText", () => {
  it("turns C1 code points into the Windows-1252 characters they were, and drops control characters", () => {
    expect(cleanText("A\u0096B \u0093kutip\u0094\u0085 \u0081x\u000b\u0000\u200b\ufeffy")).toBe("A–B “kutip”… xy");
  });

  it("drops lone surrogates but keeps emoji", () => {
    expect(cleanText("a\ud800b 🙂")).toBe("ab 🙂");
  });
});

describe("helpers", () => {
  it("collapses white space including no-break spaces", () => {
    expect(collapseWhitespace("  a \u00a0\n b  ")).toBe("a b");
  });

  it("truncates at a word boundary with an ellipsis", () => {
    expect(truncateWords("satu dua tiga empat lima", 14)).toBe("satu dua…");
    expect(truncateWords("pendek", 14)).toBe("pendek");
    expect(truncateWords("x".repeat(30), 10)).toHaveLength(10);
  });

  it("keeps malformed percent-encoding as it is", () => {
    expect(safeDecodeUri("a%20b")).toBe("a b");
    expect(safeDecodeUri("100%")).toBe("100%");
  });
});
