import { describe, expect, it } from "vitest";
import { boundedCount } from "./bounds";

describe("boundedCount", () => {
  it.each([
    [5, 5],
    [0, 1],
    [-3, 1],
    [2.7, 2],
    [1_000_000, 50],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
    ["100000", 1],
    [null, 1],
  ])("bounds %s to %s", (value, expected) => {
    expect(boundedCount(value, 50)).toBe(expected);
  });
});
