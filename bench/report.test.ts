import { describe, expect, it } from "vitest";
import {
  NEXT_REFERENCE,
  NGINX_REFERENCE,
  buildRows,
  formatMs,
  formatRange,
  formatRate,
  formatRatio,
  loadTable,
  percentile,
  type Measurement,
  type Via,
} from "./report";
import { parseWrkOutput, type LoadResult } from "./wrk";

function result(requestsPerSecond: number, p50 = 5): LoadResult {
  return {
    requests: requestsPerSecond * 10,
    requestsPerSecond,
    bytesPerRequest: 1000,
    socketErrors: 0,
    statusErrors: 0,
    latencyMs: { mean: p50, p50, p90: p50 * 2, p95: p50 * 3, p99: p50 * 4, max: p50 * 5 },
  };
}

const at = (slot: number, subject: string, via: Via, rate: number, connections = 16): Measurement => ({
  slot,
  subject,
  via,
  connections,
  result: result(rate),
});

describe("parseWrkOutput", () => {
  it("reads the JSON line of rotate.lua among wrk's own output", () => {
    const stdout = [
      "Running 10s test @ http://127.0.0.1:3400",
      "Requests/sec:    30.00",
      'WRK_JSON {"requests":300,"durationUs":10000000,"bytes":3000000,"errors":{"connect":0,"read":1,"write":0,"status":4,"timeout":2},' +
        '"latencyUs":{"mean":500000.0,"max":3000000,"p50":450000,"p90":900000,"p95":1200000,"p99":2500000}}',
    ].join("\n");
    const parsed = parseWrkOutput(stdout);
    expect(parsed.requestsPerSecond).toBe(30);
    expect(parsed.bytesPerRequest).toBe(10_000);
    expect(parsed.socketErrors).toBe(3);
    expect(parsed.statusErrors).toBe(4);
    expect(parsed.latencyMs).toEqual({ mean: 500, p50: 450, p90: 900, p95: 1200, p99: 2500, max: 3000 });
  });

  it("refuses output without a result", () => {
    expect(() => parseWrkOutput("unable to connect to 127.0.0.1:3400 Connection refused")).toThrow(/no result/);
  });
});

describe("buildRows", () => {
  it("divides each round by the mean of the reference just before and just after it", () => {
    const rows = buildRows([
      at(0, NEXT_REFERENCE, "reference", 2000),
      at(0, NGINX_REFERENCE, "reference", 20_000),
      at(0, "article", "app", 30),
      at(0, "article", "edge", 12_000),
      at(1, NEXT_REFERENCE, "reference", 3000),
      at(1, NGINX_REFERENCE, "reference", 30_000),
      at(1, "article", "app", 25),
      at(1, "article", "edge", 15_000),
      at(2, NEXT_REFERENCE, "reference", 2500),
      at(2, NGINX_REFERENCE, "reference", 20_000),
    ]);
    const article = rows.find((row) => row.subject === "article" && row.via === "app");
    expect(article?.ratios).toEqual([30 / 2500, 25 / 2750]);
    const edge = rows.find((row) => row.subject === "article" && row.via === "edge");
    expect(edge?.ratios).toEqual([12_000 / 25_000, 15_000 / 25_000]);
    expect(rows.find((row) => row.subject === NEXT_REFERENCE)?.ratios).toEqual([]);
    expect(rows.map((row) => row.via)).toEqual(["reference", "reference", "app", "edge"]);
  });

  it("compares only measurements made at the same number of connections", () => {
    const rows = buildRows([
      at(0, NEXT_REFERENCE, "reference", 2000, 16),
      at(0, NEXT_REFERENCE, "reference", 1000, 32),
      at(0, "home", "app", 100, 32),
    ]);
    expect(rows.find((row) => row.subject === "home")?.ratios).toEqual([0.1]);
  });
});

describe("load table", () => {
  it("leaves latency blank and says so when a run completed no request", () => {
    const silent: LoadResult = { ...result(0), requests: 0 };
    const rows = buildRows([
      { slot: 0, subject: "home", via: "app", connections: 16, result: silent },
      { slot: 1, subject: "home", via: "app", connections: 16, result: result(20, 40) },
    ]);
    const cells = loadTable(rows, (_, body) => JSON.stringify(body));
    expect(JSON.parse(cells)).toEqual([
      ["home", "app alone", "16", "0.0–20.0", "40 ms", "120 ms", "160 ms", "– Next", "no response in 1 run"],
    ]);
  });
});

describe("formatting", () => {
  it("prints rates, times and ratios at a useful precision", () => {
    expect(formatRate(3.24)).toBe("3.2");
    expect(formatRate(2351.6)).toBe("2,352");
    expect(formatMs(0.84)).toBe("0.8 ms");
    expect(formatMs(64.4)).toBe("64 ms");
    expect(formatMs(2500)).toBe("2.50 s");
    expect(formatRatio(0.01234)).toBe("0.012×");
    expect(formatRatio(1.56)).toBe("1.6×");
  });

  it("shows a range across rounds with the unit once", () => {
    expect(formatRange([25.2, 31.4], formatRate)).toBe("25.2–31.4");
    expect(formatRange([2.04, 3.1], formatMs)).toBe("2.0–3.1 ms");
    expect(formatRange([40, 1500], formatMs)).toBe("40 ms–1.50 s");
    expect(formatRange([0.0039, 0.0088], formatRatio)).toBe("0.0039–0.0088×");
    expect(formatRange([7, 7], formatMs)).toBe("7.0 ms");
    expect(formatRange([], formatMs)).toBe("–");
  });

  it("takes percentiles by nearest rank", () => {
    const values = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([3], 95)).toBe(3);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });
});
