import { execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { freePort } from "./harness";

/**
 * A Postgres server of the drill's own, on a free port in a temporary folder, that the
 * drill may stop, kill and start again. Never the machine's shared server.
 */

function postgresBin(): string {
  const base = "/usr/lib/postgresql";
  const version = readdirSync(base)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))[0];
  if (!version) throw new Error(`No PostgreSQL server binaries under ${base}`);
  return path.join(base, version, "bin");
}

export type Cluster = {
  /** The server's maintenance database (`/postgres`). */
  url: string;
  start: () => void;
  /** "immediate" is a crash (like kill -9); "fast" a clean stop. */
  stop: (mode: "immediate" | "fast") => void;
  destroy: () => void;
};

export async function startCluster(): Promise<Cluster> {
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(tmpdir(), "warta-drill-pg-"));
  const port = await freePort();
  // initdb refuses to run as root; the cluster then belongs to the postgres account.
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { uid, gid } = lookupUser("postgres");
    chownSync(dir, uid, gid);
  }
  const pgCommand = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args], { stdio: "pipe" })
      : execFileSync(path.join(bin, tool), args, { stdio: "pipe" });
  pgCommand("initdb", ["-D", dir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const start = () =>
    void pgCommand("pg_ctl", [
      "-D",
      dir,
      "-l",
      path.join(dir, "server.log"),
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "-w",
      "start",
    ]);
  const stop = (mode: "immediate" | "fast") => void pgCommand("pg_ctl", ["-D", dir, "-m", mode, "-w", "stop"]);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy: () => {
      try {
        stop("immediate");
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function lookupUser(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync("id", [flag, name], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}
