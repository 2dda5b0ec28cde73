/**
 * The arithmetic of `npm run bench:memory` (bench/memory.ts), pure so it is tested: what a
 * series of RSS samples says about the server's memory, and the table of the report.
 */

/** One line of bench/memory-probe.mjs, from inside the server. */
export interface ProbeLine {
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  pageCacheMb: number | null;
  pageCacheEntries: number | null;
  dataCacheMb: number | null;
  dataCacheEntries: number | null;
}

export interface MemorySample {
  /** Seconds since the load started. */
  seconds: number;
  /** Resident set size of the server process, MB (from /proc). */
  rssMb: number;
  /** The probe's latest line before the sample, if any. */
  probe: ProbeLine | null;
  /** Requests answered since the load started, and how many of them with 5xx or a transport error. */
  requests: number;
  failures: number;
}

export interface MemoryVerdict {
  startMb: number;
  peakMb: number;
  endMb: number;
  /** Growth over the second half of the run, MB per 10 minutes (least-squares slope). */
  lateGrowthMbPer10Min: number;
  /** True when the second half grew by less than PLATEAU_MB_PER_10_MIN per 10 minutes. */
  isPlateau: boolean;
}

/** Below this growth per ten minutes over the run's second half, RSS counts as flat. */
export const PLATEAU_MB_PER_10_MIN = 10;

/** Least-squares slope of y over x; 0 for fewer than two points. */
export function slope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  let numerator = 0;
  let denominator = 0;
  for (const point of points) {
    numerator += (point.x - meanX) * (point.y - meanY);
    denominator += (point.x - meanX) ** 2;
  }
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Start, peak and end RSS, and whether the second half of the run is flat. */
export function judgeMemory(samples: readonly MemorySample[]): MemoryVerdict {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) throw new Error("No memory samples were taken.");
  const secondHalf = samples.filter((sample) => sample.seconds >= last.seconds / 2);
  const lateGrowthMbPer10Min = slope(secondHalf.map((sample) => ({ x: sample.seconds, y: sample.rssMb }))) * 600;
  return {
    startMb: first.rssMb,
    peakMb: Math.max(...samples.map((sample) => sample.rssMb)),
    endMb: last.rssMb,
    lateGrowthMbPer10Min,
    isPlateau: lateGrowthMbPer10Min < PLATEAU_MB_PER_10_MIN,
  };
}

const PROBE_PREFIX = "WARTA_MEMORY ";

/** The last line bench/memory-probe.mjs printed in this output, or null. */
export function lastProbeLine(output: string): ProbeLine | null {
  const start = output.lastIndexOf(PROBE_PREFIX);
  if (start < 0) return null;
  const end = output.indexOf("\n", start);
  if (end < 0) return null;
  try {
    return JSON.parse(output.slice(start + PROBE_PREFIX.length, end)) as ProbeLine;
  } catch {
    return null;
  }
}

function mb(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : value.toFixed(0);
}

/** The markdown block for bench/RESULTS.md: the verdict, then one row per minute. */
export function memoryReport(samples: readonly MemorySample[], header: readonly string[]): string {
  const verdict = judgeMemory(samples);
  const rows: string[] = [];
  let lastMinute = -1;
  for (const sample of samples) {
    const minute = Math.floor(sample.seconds / 60);
    if (minute === lastMinute && sample !== samples.at(-1)) continue;
    lastMinute = minute;
    const { probe } = sample;
    rows.push(
      `| ${(sample.seconds / 60).toFixed(1)} | ${mb(sample.rssMb)} | ${mb(probe?.heapUsedMb)} | ${mb(probe?.arrayBuffersMb)} | ` +
        `${mb(probe?.pageCacheMb)} (${probe?.pageCacheEntries ?? "–"}) | ${mb(probe?.dataCacheMb)} (${probe?.dataCacheEntries ?? "–"}) | ` +
        `${sample.requests} | ${sample.failures} |`,
    );
  }
  const growth = verdict.lateGrowthMbPer10Min;
  return [
    ...header,
    "",
    `RSS start ${mb(verdict.startMb)} MB, peak ${mb(verdict.peakMb)} MB, end ${mb(verdict.endMb)} MB; ` +
      `second half ${growth >= 0 ? "+" : ""}${growth.toFixed(1)} MB per 10 min: ` +
      (verdict.isPlateau ? "**plateau**." : "**still growing**."),
    "",
    "| minute | RSS MB | JS heap used MB | array buffers MB | page cache MB (entries) | data cache MB (entries) | requests | failures |",
    "| -----: | -----: | --------------: | ---------------: | ----------------------: | ----------------------: | -------: | -------: |",
    ...rows,
  ].join("\n");
}
