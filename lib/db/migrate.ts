import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openPglite } from "@/lib/db/pglite";

/**
 * Warta's migrator: applies `prisma/migrations/<timestamp>_<name>/migration.sql` in
 * name order. It exists because Prisma's native schema engine cannot be installed on
 * every machine Warta is built on, and because it must also drive the embedded PGlite
 * database, which `prisma migrate deploy` cannot reach at all.
 *
 * It keeps its books in Prisma's own `_prisma_migrations` table, with Prisma's columns,
 * checksums and meaning, so a database migrated here can later be handed to
 * `prisma migrate deploy` (and vice versa) without either one re-applying anything.
 *
 * Deliberate differences from Prisma:
 * - Each migration runs in one transaction together with its `_prisma_migrations` row,
 *   so a failure leaves neither a half-built schema nor a "failed" row behind. The price:
 *   a migration.sql must not contain its own BEGIN/COMMIT or statements that refuse to
 *   run inside a transaction (CREATE INDEX CONCURRENTLY, VACUUM).
 * - It also refuses to run when an applied migration has vanished from disk: a database
 *   ahead of the code usually means the wrong branch or the wrong database.
 *
 * No `import "server-only"`: scripts (`npm run db:migrate`) and test setup import this.
 */

/** Prisma's advisory-lock key. Sharing it keeps this migrator and `prisma migrate deploy` mutually exclusive too. */
export const MIGRATION_LOCK_KEY = 72707369;

const MIGRATION_FILE = "migration.sql";

/**
 * The two operations the migrator needs, so the same code drives a Postgres server
 * (node-postgres) and the embedded PGlite. The caller owns the connection: `migrate`
 * never closes it.
 */
export interface MigrationConnection {
  /** Runs one statement, with optional `$1…` parameters, and returns its rows. */
  query<Row extends Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of any number of statements without parameters (a whole migration.sql). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** An expected refusal or failure; its message is written for the person running the deploy. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface LocalMigration {
  /** The folder name, which is also `_prisma_migrations.migration_name`. */
  name: string;
  /** Path of the migration.sql file, as found under the migrations folder. */
  file: string;
  sql: string;
  /** sha256 hex of the file's bytes, as Prisma computes it. */
  checksum: string;
}

export interface MigrationStatus {
  /** On disk and recorded as finished, in name order. */
  applied: string[];
  /** On disk and not applied yet, in the order `migrate` would apply them. */
  pending: string[];
  /** Why `migrate` would refuse to run; empty when it may run. */
  problems: string[];
}

export interface MigrateOptions {
  connection: MigrationConnection;
  /** The folder that holds one sub-folder per migration (`prisma/migrations`). */
  migrationsDir: string;
  /** Progress lines ("Applying …"); silent when omitted. */
  log?: (message: string) => void;
}

interface MigrationRow extends Record<string, unknown> {
  id: string;
  migration_name: string;
  checksum: string;
  started_at: Date | string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

// Prisma's DDL for this table, column for column. Prisma compares only names and
// checksums, but keeping types identical means `prisma migrate diff` and friends see
// the table exactly as if Prisma had created it.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** sha256 hex of a migration script, the value Prisma stores in `_prisma_migrations.checksum`. */
export function checksumOf(contents: string | Buffer): string {
  return createHash("sha256").update(contents).digest("hex");
}

/**
 * Whether a script still matches its recorded checksum. Like Prisma, a file whose only
 * change is LF versus CRLF line endings still matches: git on Windows converts them on
 * checkout, and that is not an edit.
 */
function matchesChecksum(sql: string, recorded: string): boolean {
  const lf = sql.replace(/\r\n/g, "\n");
  return [sql, lf, lf.replace(/\n/g, "\r\n")].some((variant) => checksumOf(variant) === recorded);
}

/** Reads every migration folder under `migrationsDir`, in name order. Files beside the folders (migration_lock.toml) are ignored. */
export async function readMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  let entries;
  try {
    entries = await readdir(migrationsDir, { withFileTypes: true });
  } catch (error) {
    throw new MigrationError(`Cannot read the migrations folder ${migrationsDir}: ${describeError(error)}`, {
      cause: error,
    });
  }
  // Plain code-unit order, as Prisma sorts: timestamps prefix the names, and
  // localeCompare could order "_" and digits differently per machine.
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, MIGRATION_FILE);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        throw new MigrationError(
          `Migration folder ${path.join(migrationsDir, name)} has no readable ${MIGRATION_FILE}: ${describeError(error)}`,
          {
            cause: error,
          },
        );
      }
      return { name, file, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) };
    }),
  );
}

async function readMigrationRows(connection: MigrationConnection): Promise<MigrationRow[]> {
  const [table] = await connection.query<{ name: string | null }>(
    `SELECT to_regclass('"_prisma_migrations"')::text AS name`,
  );
  if (!table?.name) return [];
  return connection.query<MigrationRow>(
    `SELECT id, migration_name, checksum, started_at, finished_at, rolled_back_at
       FROM "_prisma_migrations"
      ORDER BY started_at, migration_name`,
  );
}

function formatTime(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value;
}

/** Compares the folder with the database's records; pure, so `migrationStatus` and `migrate` agree exactly. */
function plan(local: LocalMigration[], rows: MigrationRow[], migrationsDir: string): MigrationStatus {
  const problems: string[] = [];
  const localByName = new Map(local.map((migration) => [migration.name, migration]));
  const appliedNames = new Set<string>();

  for (const row of rows) {
    const migration = localByName.get(row.migration_name);
    // CASE: rolled back (`prisma migrate resolve --rolled-back`); the row is history and the migration is pending again.
    if (row.rolled_back_at !== null) continue;
    // CASE: started and never finished: Prisma crashed mid-way or the script failed. The schema may be half-changed, so only a person can say what state it is in.
    if (row.finished_at === null) {
      problems.push(
        `Migration ${row.migration_name} started at ${formatTime(row.started_at)} but never finished ` +
          `(finished_at and rolled_back_at are both null in _prisma_migrations): it failed or was interrupted. ` +
          `Repair the schema by hand, then mark it rolled back with ` +
          `\`prisma migrate resolve --rolled-back ${row.migration_name}\` or ` +
          `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = '${row.id}'.`,
      );
      continue;
    }
    // CASE: applied here but gone from disk: the database is ahead of this code (wrong branch, or a deleted migration).
    if (!migration) {
      problems.push(
        `Migration ${row.migration_name} is recorded as applied in _prisma_migrations but ` +
          `${path.join(migrationsDir, row.migration_name, MIGRATION_FILE)} does not exist. ` +
          `Restore the folder, or check that this is the right database for this code.`,
      );
      continue;
    }
    // CASE: applied, then edited: the database does not contain what the file now says.
    if (migration.checksum !== row.checksum && !matchesChecksum(migration.sql, row.checksum)) {
      problems.push(
        `Migration ${migration.name} was edited after it was applied: ${migration.file} has checksum ` +
          `${migration.checksum}, but _prisma_migrations recorded ${row.checksum}. Never edit an applied ` +
          `migration: restore the file (git checkout) and put the change in a new migration.`,
      );
    }
    appliedNames.add(row.migration_name);
  }

  return {
    applied: local.filter((migration) => appliedNames.has(migration.name)).map((migration) => migration.name),
    pending: local.filter((migration) => !appliedNames.has(migration.name)).map((migration) => migration.name),
    problems,
  };
}

/** Reports what `migrate` would do, without taking the lock or changing anything (not even creating `_prisma_migrations`). */
export async function migrationStatus(options: Omit<MigrateOptions, "log">): Promise<MigrationStatus> {
  const local = await readMigrations(options.migrationsDir);
  return plan(local, await readMigrationRows(options.connection), options.migrationsDir);
}

/**
 * Applies every pending migration, in name order, each in its own transaction with its
 * `_prisma_migrations` row. Holds Prisma's advisory lock for the whole run, so when two
 * instances start at once the second waits and then finds nothing to do. Refuses to
 * change anything while an applied migration was edited, has vanished from disk, or is
 * recorded as failed. Running it again applies nothing.
 */
export async function migrate(options: MigrateOptions): Promise<{ applied: string[] }> {
  const { connection, migrationsDir, log = () => {} } = options;
  const local = await readMigrations(migrationsDir);

  // Session-level lock: it outlives the per-migration transactions below, and the server
  // drops it by itself if this process dies. PGlite has one in-process session, so there
  // the lock never waits; it is taken anyway to keep one code path.
  await connection.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    // Created only under the lock: two concurrent CREATE TABLE IF NOT EXISTS can still
    // collide on the catalog's unique index.
    await connection.exec(CREATE_MIGRATIONS_TABLE);
    // Read after the lock: anything another instance applied while we waited is seen here.
    const status = plan(local, await readMigrationRows(connection), migrationsDir);
    if (status.problems.length > 0) {
      throw new MigrationError(
        `Refusing to migrate; nothing was applied.\n${status.problems.map((problem) => `  - ${problem}`).join("\n")}`,
      );
    }

    const byName = new Map(local.map((migration) => [migration.name, migration]));
    const applied: string[] = [];
    for (const name of status.pending) {
      const migration = byName.get(name);
      if (!migration) throw new Error(`Pending migration ${name} is not in the folder listing; this is a bug.`);
      log(`Applying ${name}`);
      const startedAt = performance.now();
      await applyMigration(connection, migration);
      log(`Applied ${name} in ${Math.round(performance.now() - startedAt)} ms`);
      applied.push(name);
    }
    return { applied };
  } finally {
    // If unlocking fails the connection is already broken, and a broken session's lock is
    // gone with it; rethrowing here would only hide the error that broke it.
    await connection.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`).catch(() => undefined);
  }
}

async function applyMigration(connection: MigrationConnection, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  await connection.exec("BEGIN");
  try {
    await connection.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, applied_steps_count) VALUES ($1, $2, $3, 0)`,
      [id, migration.checksum, migration.name],
    );
    await connection.exec(migration.sql);
    // clock_timestamp(), not now(): now() is frozen at BEGIN and would record a zero duration.
    await connection.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await connection.exec("COMMIT");
  } catch (error) {
    // A failed ROLLBACK means the connection is gone, and the server rolls back for us.
    await connection.exec("ROLLBACK").catch(() => undefined);
    throw new MigrationError(
      `Migration ${migration.name} failed and was rolled back; nothing from it was applied.\n` +
        `  ${migration.file}${lineSuffix(migration.sql, error)}: ${describeError(error)}`,
      { cause: error },
    );
  }
}

/** " (line N)" from the character position Postgres reports for a syntax or semantic error in the script. */
function lineSuffix(sql: string, error: unknown): string {
  const position = Number((error as { position?: unknown } | null)?.position);
  if (!Number.isInteger(position) || position < 1) return "";
  return ` (line ${sql.slice(0, position - 1).split("\n").length})`;
}

/**
 * A one-line explanation of a database or connection error. node-postgres reports a
 * refused connection to "localhost" as an AggregateError with an empty message (one
 * attempt per address), so the inner errors and codes are unpacked.
 */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return [...new Set(error.errors.map(describeError))].join("; ");
  }
  if (error instanceof Error) {
    const details = error as Error & { code?: unknown; detail?: unknown; hint?: unknown };
    const parts = [error.message || String(details.code ?? error.name)];
    if (typeof details.detail === "string" && details.detail) parts.push(`Detail: ${details.detail}`);
    if (typeof details.hint === "string" && details.hint) parts.push(`Hint: ${details.hint}`);
    return parts.join(". ");
  }
  return String(error);
}

/** Wraps a connected node-postgres client. `exec` sends the simple query protocol, which accepts many statements at once. */
export function pgMigrationConnection(client: pg.Client): MigrationConnection {
  return {
    async query<Row extends Record<string, unknown>>(sql: string, params?: readonly unknown[]) {
      const result = await client.query<Row>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    async exec(sql) {
      await client.query(sql);
    },
    async close() {
      await client.end();
    },
  };
}

/** Wraps a PGlite instance; closing the connection closes the instance. */
export function pgliteMigrationConnection(pglite: PGlite): MigrationConnection {
  return {
    async query<Row extends Record<string, unknown>>(sql: string, params?: readonly unknown[]) {
      const result = await pglite.query<Row>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    async exec(sql) {
      await pglite.exec(sql);
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}

export interface MigrationConnectionOptions {
  /** A Postgres server; when set, `pgliteDataDir` is ignored. */
  databaseUrl?: string | undefined;
  /** Embedded PGlite folder, or "memory://", used when no `databaseUrl` is given. */
  pgliteDataDir?: string | undefined;
}

/**
 * Opens the database the way the portal would choose it: the server at `databaseUrl`
 * when there is one, otherwise PGlite in `pgliteDataDir`. A connection that cannot be
 * made is reported as a MigrationError naming the target (without its password).
 */
export async function openMigrationConnection(options: MigrationConnectionOptions): Promise<MigrationConnection> {
  if (options.databaseUrl) {
    const client = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 10_000 });
    // Without a listener, a server-side disconnect while idle would crash the process
    // with an unhandled 'error' event. The next query fails with its own error instead.
    client.on("error", () => undefined);
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      throw new MigrationError(
        `Cannot connect to ${describeDatabaseUrl(options.databaseUrl)}: ${describeError(error)}`,
        { cause: error },
      );
    }
    return pgMigrationConnection(client);
  }

  if (!options.pgliteDataDir) {
    throw new MigrationError("No database given: set a database URL or a PGlite data folder.");
  }
  const pglite = openPglite(options.pgliteDataDir);
  try {
    await pglite.waitReady;
  } catch (error) {
    throw new MigrationError(`Cannot open the PGlite database in ${options.pgliteDataDir}: ${describeError(error)}`, {
      cause: error,
    });
  }
  return pgliteMigrationConnection(pglite);
}

/** "postgresql://user@host:port/db" with any password removed, for messages and logs. */
export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.password = "";
    url.search = "";
    return url.toString();
  } catch {
    return "the configured database (unparsable URL)";
  }
}
