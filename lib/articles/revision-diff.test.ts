import { describe, expect, it } from "vitest";
import { diffLines, diffPlainText, diffWords, hasChanges, pairRewrites } from "./revision-diff";

describe("diffLines", () => {
  it("marks identical bodies unchanged", () => {
    const blocks = diffLines(["a", "b"], ["a", "b"]);
    expect(blocks).toEqual([
      { kind: "unchanged", text: "a" },
      { kind: "unchanged", text: "b" },
    ]);
    expect(hasChanges(blocks)).toBe(false);
  });

  it("finds an inserted, a removed and a rewritten paragraph", () => {
    expect(diffLines(["a", "b", "c", "d"], ["a", "x", "c", "d", "e"])).toEqual([
      { kind: "unchanged", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "x" },
      { kind: "unchanged", text: "c" },
      { kind: "unchanged", text: "d" },
      { kind: "added", text: "e" },
    ]);
    expect(diffLines(["a", "b", "c"], ["a", "c"])).toEqual([
      { kind: "unchanged", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "unchanged", text: "c" },
    ]);
  });

  it("keeps the longest common run when paragraphs move", () => {
    const blocks = diffLines(["p1", "p2", "p3", "p4"], ["p4", "p1", "p2", "p3"]);
    expect(blocks.filter((b) => b.kind === "unchanged").map((b) => b.text)).toEqual(["p1", "p2", "p3"]);
    expect(blocks.filter((b) => b.kind !== "unchanged")).toEqual([
      { kind: "added", text: "p4" },
      { kind: "removed", text: "p4" },
    ]);
  });

  it("handles empty sides", () => {
    expect(diffLines([], ["a"])).toEqual([{ kind: "added", text: "a" }]);
    expect(diffLines(["a"], [])).toEqual([{ kind: "removed", text: "a" }]);
    expect(diffLines([], [])).toEqual([]);
  });
});

describe("diffPlainText", () => {
  it("splits on lines and ignores blank ones", () => {
    expect(diffPlainText("Satu\n\nDua", "Satu\nDua diubah\n")).toEqual([
      { kind: "unchanged", text: "Satu" },
      { kind: "removed", text: "Dua" },
      { kind: "added", text: "Dua diubah" },
    ]);
  });
});

describe("diffWords and pairRewrites", () => {
  it("marks only the words that changed in a rewritten paragraph", () => {
    expect(diffWords("Warga berharap tanggul segera diperbaiki.", "Warga meminta tanggul segera diperbaiki.")).toEqual([
      { kind: "unchanged", text: "Warga " },
      { kind: "removed", text: "berharap" },
      { kind: "added", text: "meminta" },
      { kind: "unchanged", text: " tanggul segera diperbaiki." },
    ]);
  });

  it("pairs a removal with the addition after it when they share words, and leaves unrelated ones whole", () => {
    const blocks = diffLines(["Rapat dimulai pagi.", "Tamu hadir."], ["Rapat dimulai siang.", "Hujan deras."]);
    expect(pairRewrites(blocks)).toEqual([
      {
        kind: "changed",
        parts: [
          { kind: "unchanged", text: "Rapat dimulai " },
          { kind: "removed", text: "pagi." },
          { kind: "added", text: "siang." },
        ],
      },
      { kind: "removed", text: "Tamu hadir." },
      { kind: "added", text: "Hujan deras." },
    ]);
  });
});
