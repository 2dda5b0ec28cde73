import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";

/**
 * Running Postgres's own client tools (pg_dump, pg_restore, psql) for backups. The
 * password goes to them in PGPASSWORD, never on the command line, where every user of
 * the machine could read it in the process list.
 */

export class BackupError extends Error {
  override name = "BackupError";
}

/** A connected client, or a BackupError saying the database cannot be reached. */
export async function connectDatabase(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  // A server-side disconnect while idle fails the next query instead of crashing the process.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new BackupError(`Cannot connect to the database: ${error instanceof Error ? error.message : String(error)}`);
  }
  return client;
}

/** The URL without its password, and the environment that carries the password. */
export function toolConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return {
    dbname: url.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}), PGAPPNAME: "warta-backup" },
  };
}

function collect(child: ChildProcess): () => string {
  let text = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    text = (text + chunk.toString("utf8")).slice(-8_000);
  });
  return () => text.trim();
}

function exited(child: ChildProcess, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new BackupError(
              `${name} was not found. Install the Postgres client tools (Debian/Ubuntu: apt-get install postgresql-client) in the server's major version or newer.`,
            )
          : error,
      );
    });
    child.once("close", (code) => resolve(code ?? 1));
  });
}

/** Runs one tool to completion; rejects with its own error output when it fails. */
export async function runTool(name: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(name, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const stderr = collect(child);
  const code = await exited(child, name);
  if (code !== 0) throw new BackupError(`${name} failed (exit ${code}): ${stderr() || "no output"}`);
}

/**
 * Restores a custom-format dump in ONE transaction: pg_restore turns it into SQL, which
 * psql runs between a BEGIN and a COMMIT written by this function. The COMMIT is sent only
 * after pg_restore has finished successfully and psql stops at the first error
 * (ON_ERROR_STOP), so a failure anywhere leaves the database exactly as it was.
 * `prelude` runs first in the same transaction (emptying the schema for --force).
 */
export async function restoreDump(dumpFile: string, databaseUrl: string, prelude = ""): Promise<void> {
  const { dbname, env } = toolConnection(databaseUrl);
  const psql = spawn("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dbname], {
    env,
    stdio: ["pipe", "ignore", "pipe"],
  });
  const psqlErrors = collect(psql);
  const psqlExit = exited(psql, "psql");
  // psql may stop reading (an error) before everything is written; that is reported by its exit code.
  psql.stdin?.on("error", () => undefined);
  psql.stdin?.write(`BEGIN;\n${prelude}\n`);

  const restore = spawn("pg_restore", ["--no-owner", "--no-acl", "--file=-", dumpFile], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const restoreErrors = collect(restore);
  // CASE: psql stopped at an error: nobody reads pg_restore's output any more, so stop it too.
  let hasPsqlStoppedFirst = false;
  psql.once("close", () => {
    if (restore.exitCode !== null) return;
    hasPsqlStoppedFirst = true;
    restore.kill();
  });
  restore.stdout?.pipe(psql.stdin as NodeJS.WritableStream, { end: false });
  const restoreCode = await exited(restore, "pg_restore").catch(async (error: unknown) => {
    psql.kill();
    await psqlExit.catch(() => undefined);
    throw error;
  });
  if (hasPsqlStoppedFirst) {
    throw new BackupError(`Restoring the database failed, nothing was restored: ${psqlErrors() || "psql stopped"}`);
  }
  if (restoreCode !== 0) {
    // CASE: the dump could not be read to the end: psql is stopped before it could see a
    // COMMIT; its open transaction ends with the connection, undone.
    psql.kill();
    await psqlExit.catch(() => undefined);
    throw new BackupError(`pg_restore failed (exit ${restoreCode}), nothing was restored: ${restoreErrors()}`);
  }
  psql.stdin?.end("COMMIT;\n");
  const psqlCode = await psqlExit;
  if (psqlCode !== 0) {
    throw new BackupError(
      `Restoring the database failed, nothing was restored: ${psqlErrors() || `psql exit ${psqlCode}`}`,
    );
  }
}
