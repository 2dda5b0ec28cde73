import { describe, expect, it } from "vitest";
import { judgeMemory, lastHeapAfterFullGc, memoryReport, slope, type MemorySample } from "./memory-report";

function series(rss: (minute: number) => number, minutes = 30): MemorySample[] {
  const samples: MemorySample[] = [];
  for (let seconds = 0; seconds <= minutes * 60; seconds += 10) {
    samples.push({ seconds, rssMb: rss(seconds / 60), heapAfterGcMb: 100, requests: seconds * 50, failures: 0 });
  }
  return samples;
}

describe("judgeMemory", () => {
  it("calls a series that rises, then levels off, a plateau", () => {
    const verdict = judgeMemory(series((minute) => 600 + 300 * (1 - Math.exp(-minute / 3))));
    expect(verdict.startMb).toBe(600);
    expect(verdict.peakMb).toBeGreaterThan(890);
    expect(verdict.isPlateau).toBe(true);
  });

  it("calls a steady climb still growing", () => {
    const verdict = judgeMemory(series((minute) => 600 + 4 * minute));
    expect(verdict.lateGrowthMbPer10Min).toBeCloseTo(40, 5);
    expect(verdict.isPlateau).toBe(false);
    expect(verdict.endMb).toBe(720);
  });

  it("refuses an empty series", () => {
    expect(() => judgeMemory([])).toThrow("No memory samples");
  });
});

describe("slope", () => {
  it("is the least-squares slope, 0 without two points", () => {
    expect(
      slope([
        { x: 0, y: 1 },
        { x: 1, y: 3 },
        { x: 2, y: 5 },
      ]),
    ).toBeCloseTo(2, 10);
    expect(slope([{ x: 1, y: 1 }])).toBe(0);
  });
});

describe("lastHeapAfterFullGc", () => {
  it("reads the heap left by the last full collection, ignoring scavenges", () => {
    const output = [
      "[41:0x6a1c000]    20311 ms: Mark-Compact 150.2 (180.1) -> 120.3 (170.0) MB, pooled: 0 MB, 310.1 / 0.0 ms",
      '{"level":"info","msg":"request"}',
      "[41:0x6a1c000]    25311 ms: Scavenge 140.0 (171.0) -> 131.5 (175.0) MB, pooled: 0 MB, 3.1 / 0.0 ms",
      "[41:0x6a1c000]    60311 ms: Mark-Compact (reduce) 160.9 (190.1) -> 118.7 (160.0) MB, pooled: 0 MB, 200.0 / 0.0 ms",
    ].join("\n");
    expect(lastHeapAfterFullGc(output)).toBe(118.7);
    expect(lastHeapAfterFullGc("no collections yet")).toBeNull();
  });
});

describe("memoryReport", () => {
  it("has the verdict and one row per minute, ending with the last sample", () => {
    const report = memoryReport(
      series((minute) => 600 + minute, 3),
      ["### Memory"],
    );
    expect(report).toContain("RSS start 600 MB, peak 603 MB, end 603 MB");
    expect(report.split("\n").filter((line) => /^\| \d/.test(line))).toHaveLength(4);
  });
});
