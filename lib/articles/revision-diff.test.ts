import { describe, expect, it } from "vitest";
import { diffLines, diffPlainText, hasChanges } from "./revision-diff";

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
