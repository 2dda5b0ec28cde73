import { describe, expect, it } from "vitest";
import { purgeBatches } from "./purge";

describe("purgeBatches", () => {
  it("joins tags with spaces, once each", () => {
    expect(purgeBatches(["article:a", "articles:lists", "article:a"])).toEqual(["article:a articles:lists"]);
  });

  it("splits into header values no longer than the limit", () => {
    const tags = Array.from({ length: 50 }, (_, i) => `tag:nomor-${i}`);
    const batches = purgeBatches(tags, 100);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(100);
    expect(batches.join(" ").split(" ")).toEqual(tags);
  });

  it("sends nothing for no tags", () => {
    expect(purgeBatches([])).toEqual([]);
  });
});
