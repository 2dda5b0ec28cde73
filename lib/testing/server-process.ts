import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";

/**
 * The production server (`node server/index.mjs` on the current build) as a child process,
 * for checks that need a second portal beside the one Playwright starts: one whose
 * database is unreachable, one serving a restored backup, one under a long load.
 */

const ROOT = path.join(import.meta.dirname, "..", "..");

export interface ServerProcess {
  origin: string;
  pid: number;
  /** Everything the server printed so far (for a failure message). */
  output(): string;
  /** SIGTERM (the server drains and exits), SIGKILL if it is still there after 10 s. */
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  port: number;
  /** Added to the environment of this process; DATABASE_URL, MEDIA_DIR and the like. */
  env: Record<string, string>;
  /** Run it at this niceness (measurements beside other work). */
  nice?: number;
  /** Options for node itself, before the script (`--inspect=…`). */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/** A port nothing listens on, as the operating system hands it out. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server and resolves once it answers HTTP at all (any status: its database may be down on purpose). */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const origin = `http://127.0.0.1:${options.port}`;
  const args = [process.execPath, ...(options.nodeArgs ?? []), "server/index.mjs"];
  const [command = process.execPath, ...rest] =
    options.nice === undefined ? args : ["nice", "-n", String(options.nice), ...args];
  const child = spawn(command, rest, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      // The test runner resolves `server-only` for its fixtures; the server must not inherit that.
      NODE_OPTIONS: "",
      PORT: String(options.port),
      HOSTNAME: "127.0.0.1",
      SITE_URL: origin,
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(24).toString("hex"),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  const collect = (chunk: Buffer) => {
    printed = (printed + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const server: ServerProcess = {
    origin,
    pid: child.pid ?? -1,
    output: () => printed,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };

  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (Date.now() < deadline && child.exitCode === null) {
    const isAnswering = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5_000) })
      .then(async (response) => {
        await response.arrayBuffer();
        return true;
      })
      .catch(() => false);
    if (isAnswering) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`The server on port ${options.port} did not start. Its output:\n${printed.slice(-4_000)}`);
}
