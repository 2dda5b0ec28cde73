import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

/**
 * The servers bench/run.ts starts (the portal, the reference Next app, nginx) and stops
 * again: each runs in a process group of its own, so stopping it also stops whatever
 * it forked, and output goes to a log file that is shown when something fails.
 */

export interface Server {
  name: string;
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

const running = new Set<Server>();

/** Stops every server still running; run.ts calls it on exit and on Ctrl-C. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()));
}

/** The first port from `from` up to `to` that nothing listens on at 127.0.0.1. */
export async function freePort(from: number, to: number, taken: ReadonlySet<number> = new Set()): Promise<number> {
  for (let port = from; port <= to; port += 1) {
    if (taken.has(port)) continue;
    const isFree = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (isFree) return port;
  }
  throw new Error(`No free port between ${from} and ${to}; pass --port-base to pick another range.`);
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  /** The whole environment of the child. */
  env: NodeJS.ProcessEnv;
  url: string;
  /** Polled until it answers 200. */
  readyUrl: string;
  logDir: string;
  timeoutMs?: number;
}

async function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** The last lines of a log, for an error message. */
export async function tail(file: string, lines = 30): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.split("\n").slice(-lines).join("\n");
}

/** Starts a server and resolves once `readyUrl` answers 200. */
export async function startServer(options: StartOptions): Promise<Server> {
  const logFile = path.join(options.logDir, `${options.name}.log`);
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  let stopped: Promise<void> | undefined;
  const server: Server = {
    name: options.name,
    url: options.url,
    logFile,
    stop: () => {
      stopped ??= (async () => {
        signalGroup(child, "SIGTERM");
        if (!(await waitForExit(child, 5_000))) {
          signalGroup(child, "SIGKILL");
          await waitForExit(child, 2_000);
        }
        running.delete(server);
        log.end();
      })();
      return stopped;
    },
  };
  running.add(server);

  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    const status = await fetch(options.readyUrl, { redirect: "manual", signal: AbortSignal.timeout(5_000) })
      .then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      })
      .catch(() => 0);
    if (status === 200) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(
    `${options.name} did not become ready at ${options.readyUrl}. Last lines of ${logFile}:\n${await tail(logFile)}`,
  );
}

/** Runs a command to completion (a build), its output going to a log file; rejects on a non-zero exit. */
export async function runToCompletion(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  logDir: string,
): Promise<void> {
  const logFile = path.join(logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: "a" });
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode) => resolve(exitCode));
  });
  log.end();
  if (code !== 0) throw new Error(`${name} failed (exit ${code}). Last lines of ${logFile}:\n${await tail(logFile)}`);
}
