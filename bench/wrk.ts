import { spawn } from "node:child_process";
import path from "node:path";
import { z } from "zod";

/** Runs wrk with bench/wrk/rotate.lua and reads the JSON line its done() prints. */

const ROTATE_SCRIPT = path.join(import.meta.dirname, "wrk", "rotate.lua");

const wrkJsonSchema = z.object({
  requests: z.number(),
  durationUs: z.number().positive(),
  bytes: z.number(),
  errors: z.object({
    connect: z.number(),
    read: z.number(),
    write: z.number(),
    status: z.number(),
    timeout: z.number(),
  }),
  latencyUs: z.object({
    mean: z.number(),
    max: z.number(),
    p50: z.number(),
    p90: z.number(),
    p95: z.number(),
    p99: z.number(),
  }),
});

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  bytesPerRequest: number;
  /** Connect, read and write errors and timeouts. */
  socketErrors: number;
  /** Responses with a status of 400 or more (wrk counts 3xx as success; the pre-flight rules those out). */
  statusErrors: number;
  latencyMs: { mean: number; p50: number; p90: number; p95: number; p99: number; max: number };
}

/** The result in wrk's output, or an error quoting the output when there is none. */
export function parseWrkOutput(stdout: string): LoadResult {
  const line = stdout.split("\n").find((candidate) => candidate.startsWith("WRK_JSON "));
  if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
  const result = wrkJsonSchema.parse(JSON.parse(line.slice("WRK_JSON ".length)));
  const ms = (us: number) => us / 1000;
  return {
    requests: result.requests,
    requestsPerSecond: result.requests / (result.durationUs / 1_000_000),
    bytesPerRequest: result.requests > 0 ? result.bytes / result.requests : 0,
    socketErrors: result.errors.connect + result.errors.read + result.errors.write + result.errors.timeout,
    statusErrors: result.errors.status,
    latencyMs: {
      mean: ms(result.latencyUs.mean),
      p50: ms(result.latencyUs.p50),
      p90: ms(result.latencyUs.p90),
      p95: ms(result.latencyUs.p95),
      p99: ms(result.latencyUs.p99),
      max: ms(result.latencyUs.max),
    },
  };
}

export interface WrkOptions {
  /** Origin to load, e.g. http://127.0.0.1:3400. */
  baseUrl: string;
  /** File with one path per line; requests cycle through them. */
  pathsFile: string;
  threads: number;
  connections: number;
  seconds: number;
}

export async function runWrk(options: WrkOptions): Promise<LoadResult> {
  const args = [
    `-t${Math.min(options.threads, options.connections)}`,
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    // Long enough that a slow page shows up as latency rather than as a timeout error.
    "--timeout",
    "30s",
    "-s",
    ROTATE_SCRIPT,
    options.baseUrl,
    "--",
    options.pathsFile,
  ];
  const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", (error) => reject(new Error(`Cannot run wrk (is it installed?): ${error.message}`)));
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`wrk ${args.join(" ")} exited with ${code}:\n${stderr}${stdout}`);
  return parseWrkOutput(stdout);
}
