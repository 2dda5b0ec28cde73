import type { LoadResult } from "./wrk";

/**
 * Turns bench measurements into the table printed at the end of a run and the markdown
 * block for bench/RESULTS.md. Pure: run.ts gathers, this formats.
 */

export type Via = "reference" | "app" | "edge";

export interface Measurement {
  /** 0-based; references have one more slot than there are rounds (before, between, after). */
  slot: number;
  /** A target name, or a reference's name. */
  subject: string;
  via: Via;
  connections: number;
  result: LoadResult;
}

export const NEXT_REFERENCE = "trivial Next page";
export const NGINX_REFERENCE = "nginx, 62 KB static file";

export interface Row {
  subject: string;
  via: Via;
  connections: number;
  results: LoadResult[];
  /** Per round, the row's req/s over its reference's in the same round; empty for references. */
  ratios: number[];
}

/**
 * Groups measurements into rows and computes ratios: a round's app measurement against
 * the trivial Next page, an edge one against nginx, each reference taken as the mean of
 * its runs just before and just after that round, so drift on a shared machine cancels.
 */
export function buildRows(measurements: readonly Measurement[]): Row[] {
  const rows = new Map<string, Row>();
  for (const measurement of measurements) {
    const key = `${measurement.via}|${measurement.subject}|${measurement.connections}`;
    const row = rows.get(key) ?? {
      subject: measurement.subject,
      via: measurement.via,
      connections: measurement.connections,
      results: [],
      ratios: [],
    };
    row.results.push(measurement.result);
    rows.set(key, row);
  }
  const referenceRate = (subject: string, connections: number, slot: number): number | undefined => {
    const around = measurements.filter(
      (item) =>
        item.via === "reference" &&
        item.subject === subject &&
        item.connections === connections &&
        (item.slot === slot || item.slot === slot + 1),
    );
    if (around.length === 0) return undefined;
    return around.reduce((sum, item) => sum + item.result.requestsPerSecond, 0) / around.length;
  };
  for (const measurement of measurements) {
    if (measurement.via === "reference") continue;
    const reference = referenceRate(
      measurement.via === "app" ? NEXT_REFERENCE : NGINX_REFERENCE,
      measurement.connections,
      measurement.slot,
    );
    if (reference === undefined || reference === 0) continue;
    rows
      .get(`${measurement.via}|${measurement.subject}|${measurement.connections}`)
      ?.ratios.push(measurement.result.requestsPerSecond / reference);
  }
  const order: Via[] = ["reference", "app", "edge"];
  return [...rows.values()].sort(
    (a, b) => order.indexOf(a.via) - order.indexOf(b.via) || a.connections - b.connections,
  );
}

export function formatRate(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString("en") : value.toFixed(1);
}

export function formatMs(value: number): string {
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return value >= 10 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

export function formatRatio(value: number): string {
  if (value >= 1) return `${value.toFixed(1)}×`;
  return `${value.toPrecision(2)}×`;
}

/** "25–31" for several rounds, "28" for one; the same format for every number in a cell. */
export function formatRange(values: readonly number[], format: (value: number) => string): string {
  if (values.length === 0) return "–";
  const low = format(Math.min(...values));
  const high = format(Math.max(...values));
  if (low === high) return low;
  // "2.0 ms–3.1 ms" reads worse than "2.0–3.1 ms".
  const unit = /( ms| s|×)$/.exec(high)?.[0];
  return unit && low.endsWith(unit) ? `${low.slice(0, -unit.length)}–${high}` : `${low}–${high}`;
}

const VIA_LABELS: Record<Via, string> = { reference: "reference", app: "app alone", edge: "through edge" };

export interface TableColumn {
  header: string;
  cell(row: Row): string;
}

/** Latencies of the runs that completed any request (a run with none has no latency to show). */
const latencies = (row: Row, pick: (latency: LoadResult["latencyMs"]) => number) =>
  formatRange(
    row.results.filter((r) => r.requests > 0).map((r) => pick(r.latencyMs)),
    formatMs,
  );

export const LOAD_COLUMNS: TableColumn[] = [
  { header: "page", cell: (row) => row.subject },
  { header: "via", cell: (row) => VIA_LABELS[row.via] },
  { header: "conn", cell: (row) => String(row.connections) },
  {
    header: "req/s",
    cell: (row) =>
      formatRange(
        row.results.map((r) => r.requestsPerSecond),
        formatRate,
      ),
  },
  { header: "p50", cell: (row) => latencies(row, (latency) => latency.p50) },
  { header: "p95", cell: (row) => latencies(row, (latency) => latency.p95) },
  { header: "p99", cell: (row) => latencies(row, (latency) => latency.p99) },
  {
    header: "ratio",
    cell: (row) =>
      row.via === "reference" ? "" : `${formatRange(row.ratios, formatRatio)} ${row.via === "app" ? "Next" : "nginx"}`,
  },
  {
    header: "errors",
    cell: (row) => {
      const socket = row.results.reduce((sum, r) => sum + r.socketErrors, 0);
      const status = row.results.reduce((sum, r) => sum + r.statusErrors, 0);
      const silent = row.results.filter((r) => r.requests === 0).length;
      return [
        socket > 0 ? `${socket} socket` : "",
        status > 0 ? `${status} HTTP ≥400` : "",
        silent > 0 ? `no response in ${silent} run${silent === 1 ? "" : "s"}` : "",
      ]
        .filter(Boolean)
        .join(", ");
    },
  },
];

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Fixed-width columns for the terminal. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

export function loadTable(rows: readonly Row[], render: typeof markdownTable): string {
  return render(
    LOAD_COLUMNS.map((column) => column.header),
    rows.map((row) => LOAD_COLUMNS.map((column) => column.cell(row))),
  );
}

/** p-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}
