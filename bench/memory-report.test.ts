import { describe, expect, it } from "vitest";
import { judgeMemory, lastProbeLine, memoryReport, slope, type MemorySample, type ProbeLine } from "./memory-report";

const PROBE: ProbeLine = {
  heapUsedMb: 120.4,
  heapTotalMb: 150,
  externalMb: 40,
  arrayBuffersMb: 35.2,
  pageCacheMb: 60.7,
  pageCacheEntries: 812,
  dataCacheMb: 12.1,
  dataCacheEntries: 3000,
};

function series(rss: (minute: number) => number, minutes = 30): MemorySample[] {
  const samples: MemorySample[] = [];
  for (let seconds = 0; seconds <= minutes * 60; seconds += 10) {
    samples.push({ seconds, rssMb: rss(seconds / 60), probe: PROBE, requests: seconds * 50, failures: 0 });
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

describe("lastProbeLine", () => {
  it("reads the probe's last complete line among the server's other output", () => {
    const later = { ...PROBE, heapUsedMb: 130 };
    const output = [
      `WARTA_MEMORY ${JSON.stringify(PROBE)}`,
      '{"level":"info","msg":"request"}',
      `WARTA_MEMORY ${JSON.stringify(later)}`,
      'WARTA_MEMORY {"heapUsedMb": 1',
    ].join("\n");
    expect(lastProbeLine(`${output.split("\n").slice(0, 3).join("\n")}\n`)).toEqual(later);
    expect(lastProbeLine("no probe yet")).toBeNull();
  });
});

describe("memoryReport", () => {
  it("has the verdict and one row per minute, ending with the last sample", () => {
    const report = memoryReport(
      series((minute) => 600 + minute, 3),
      ["### Memory"],
    );
    expect(report).toContain("RSS start 600 MB, peak 603 MB, end 603 MB");
    const rows = report.split("\n").filter((line) => /^\| \d/.test(line));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe("| 0.0 | 600 | 120 | 35 | 61 (812) | 12 (3000) | 0 | 0 |");
  });
});
