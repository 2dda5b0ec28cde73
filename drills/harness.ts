import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * What the drills run against: the production build (`npm run build` first), started as
 * in production (`node server/index.mjs`), on a database made for the drill. Each drill
 * gets its own processes and ports; nothing here touches the machine's shared services
 * beyond creating (and dropping) a throw-away database on the test server.
 */

const root = path.resolve(import.meta.dirname, "..");
export const AUTH_SECRET = "drill-only-secret-0123456789abcdefghijklmnop";

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

function run(command: string, args: string[], env: Record<string, string>): string {
  return execFileSync(command, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * A throw-away database with the schema and the demo content, whose images are in
 * `mediaDir` (start the server with MEDIA_DIR set to it).
 */
export function createSeededDatabase(serverUrl?: string): { url: string; mediaDir: string; drop: () => void } {
  const env: Record<string, string> = serverUrl ? { TEST_DATABASE_URL: serverUrl } : {};
  const url = run(process.execPath, ["scripts/throwaway-db.mjs", "create"], env).trim();
  const mediaDir = mkdtempSync(path.join(tmpdir(), "warta-drill-media-"));
  run("npm", ["run", "--silent", "db:migrate"], { DATABASE_URL: url });
  run("npm", ["run", "--silent", "db:seed"], { DATABASE_URL: url, MEDIA_DIR: mediaDir, SEED_DEMO_CONTENT: "true" });
  return {
    url,
    mediaDir,
    drop: () => {
      try {
        run(process.execPath, ["scripts/throwaway-db.mjs", "drop", url], env);
      } catch {
        // Best effort: a drill that failed may leave connections behind.
      }
    },
  };
}

export type RunningServer = {
  url: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
  stop: () => Promise<void>;
};

/** Starts the production server and waits until it answers its health check. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["server/index.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      AUTH_SECRET,
      SITE_URL: url,
      MEDIA_DIR: mkdtempSync(path.join(tmpdir(), "warta-drill-media-")),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited at start:\n${output}`);
    const status = await get(`${url}/api/health`)
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`server did not become healthy:\n${output}`);
    await sleep(200);
  }
  return {
    url,
    process: child,
    exited,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Fetched = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };

/** One GET with a deadline; rejects on network errors and on the deadline. */
export function get(url: string, options: { timeoutMs?: number; agent?: http.Agent } = {}): Promise<Fetched> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: options.agent }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, ms: performance.now() - started }),
      );
      response.on("aborted", () => reject(new Error("response aborted")));
    });
    request.setTimeout(options.timeoutMs ?? 30_000, () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}
