import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  MIGRATION_LOCK_KEY,
  MigrationError,
  migrate,
  migrationStatus,
  openMigrationConnection,
  type MigrationConnection,
} from "@/lib/db/migrate";

// These tests build their own throw-away databases rather than using the one prepared by
// the global setup: they need empty schemas, and they run on both backends every time.

const projectMigrationsDir = path.join(import.meta.dirname, "..", "..", "prisma", "migrations");

// Tests configure the database themselves, so they read the test-only variable directly.
const configuredServerUrl = process.env.TEST_DATABASE_URL;
const serverUrl = configuredServerUrl ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const adminUrl = withDatabase(serverUrl, "postgres");

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// With TEST_DATABASE_URL unset, a machine without a local server still runs the PGlite
// half; a configured server that is down fails loudly instead.
const isServerAvailable =
  configuredServerUrl !== undefined ||
  (await withAdmin(async () => true).catch((error: unknown) => {
    console.warn(`Skipping Postgres server migrator tests: ${adminUrl} is unreachable (${String(error)})`);
    return false;
  }));

type Kind = "postgres" | "pglite";

/** One empty database for one test, and every connection opened to it. */
interface Harness {
  /** The connection the scenario migrates with. */
  connection: MigrationConnection;
  /** Another connection to the same database (server only: PGlite has exactly one). */
  connect(): Promise<MigrationConnection>;
  dispose(): Promise<void>;
}

/**
 * PGlite takes seconds to start and milliseconds to empty, so its tests share one
 * instance (`shared`) whose public schema is dropped before each test. A server
 * scenario gets a database of its own, because it may open several sessions.
 */
async function openHarness(kind: Kind, shared?: MigrationConnection): Promise<Harness> {
  if (kind === "pglite") {
    if (!shared) throw new Error("The PGlite harness needs the shared instance");
    await shared.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    return {
      connection: shared,
      connect: () => Promise.reject(new Error("PGlite has a single connection")),
      dispose: async () => {},
    };
  }

  const database = `warta_mig_${randomBytes(6).toString("hex")}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${database}"`));
  const databaseUrl = withDatabase(serverUrl, database);
  const opened: MigrationConnection[] = [];
  const connect = async () => {
    const connection = await openMigrationConnection({ databaseUrl });
    opened.push(connection);
    return connection;
  };
  return {
    connection: await connect(),
    connect,
    async dispose() {
      await Promise.all(opened.map((connection) => connection.close().catch(() => undefined)));
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    },
  };
}

const tempDirs: string[] = [];

afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function writeMigration(dir: string, name: string, sql: string): Promise<string> {
  const file = path.join(dir, name, "migration.sql");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, sql);
  return file;
}

/** A temporary migrations folder shaped like prisma/migrations, including its non-folder files. */
async function migrationsFolder(migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "warta-migrations-"));
  tempDirs.push(dir);
  await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  await writeFile(path.join(dir, "README.md"), "Not a migration.\n");
  for (const [name, sql] of Object.entries(migrations)) await writeMigration(dir, name, sql);
  return dir;
}

// Computed here rather than with the module's own helper, so a wrong algorithm there shows up.
async function sha256OfFile(file: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
}

async function tableExists(connection: MigrationConnection, table: string): Promise<boolean> {
  const [row] = await connection.query<{ name: string | null }>("SELECT to_regclass($1)::text AS name", [table]);
  return row?.name != null;
}

interface RecordedRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
  id: string;
}

async function recordedRows(connection: MigrationConnection): Promise<RecordedRow[]> {
  if (!(await tableExists(connection, "_prisma_migrations"))) return [];
  return connection.query<RecordedRow>(
    `SELECT id, migration_name, checksum, started_at, finished_at, rolled_back_at, applied_steps_count, logs
       FROM "_prisma_migrations" ORDER BY migration_name`,
  );
}

async function heldAdvisoryLocks(connection: MigrationConnection): Promise<number> {
  const rows = await connection.query(
    `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = ${MIGRATION_LOCK_KEY} AND pid = pg_backend_pid()`,
  );
  return rows.length;
}

const THREE = {
  "20260101000000_create_regions":
    "CREATE TABLE regions (id int PRIMARY KEY, name text NOT NULL);\nINSERT INTO regions VALUES (1, 'Samarinda');\n",
  "20260102000000_create_offices":
    "CREATE TABLE offices (id int PRIMARY KEY, region_id int NOT NULL REFERENCES regions (id));\n",
  "20260103000000_add_office_name": "ALTER TABLE offices ADD COLUMN name text NOT NULL DEFAULT '';\n",
};
const THREE_NAMES = Object.keys(THREE);

const kinds: Kind[] = isServerAvailable ? ["postgres", "pglite"] : ["pglite"];

describe.each(kinds)("migrate on %s", (kind) => {
  let harness: Harness;
  let sharedPglite: MigrationConnection | undefined;

  beforeAll(async () => {
    if (kind === "pglite") sharedPglite = await openMigrationConnection({ pgliteDataDir: "memory://" });
  });

  afterAll(async () => {
    await sharedPglite?.close();
  });

  beforeEach(async () => {
    harness = await openHarness(kind, sharedPglite);
  });

  afterEach(async () => {
    await harness.dispose();
  });

  it("applies every migration to a fresh database and records each one the way Prisma does", async () => {
    const dir = await migrationsFolder(THREE);

    const result = await migrate({ connection: harness.connection, migrationsDir: dir });

    expect(result.applied).toEqual(THREE_NAMES);
    expect(await tableExists(harness.connection, "offices")).toBe(true);
    const rows = await recordedRows(harness.connection);
    expect(rows.map((row) => row.migration_name)).toEqual(THREE_NAMES);
    for (const row of rows) {
      expect(row.checksum).toBe(await sha256OfFile(path.join(dir, row.migration_name, "migration.sql")));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    }
  });

  it("creates _prisma_migrations with exactly Prisma's columns", async () => {
    await migrate({ connection: harness.connection, migrationsDir: await migrationsFolder(THREE) });

    const columns = await harness.connection.query(
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' AND table_schema = current_schema()
        ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      {
        column_name: "id",
        data_type: "character varying",
        character_maximum_length: 36,
        is_nullable: "NO",
        column_default: null,
      },
      {
        column_name: "checksum",
        data_type: "character varying",
        character_maximum_length: 64,
        is_nullable: "NO",
        column_default: null,
      },
      {
        column_name: "finished_at",
        data_type: "timestamp with time zone",
        character_maximum_length: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "migration_name",
        data_type: "character varying",
        character_maximum_length: 255,
        is_nullable: "NO",
        column_default: null,
      },
      {
        column_name: "logs",
        data_type: "text",
        character_maximum_length: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "rolled_back_at",
        data_type: "timestamp with time zone",
        character_maximum_length: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "started_at",
        data_type: "timestamp with time zone",
        character_maximum_length: null,
        is_nullable: "NO",
        column_default: "now()",
      },
      {
        column_name: "applied_steps_count",
        data_type: "integer",
        character_maximum_length: null,
        is_nullable: "NO",
        column_default: "0",
      },
    ]);
  });

  it("applies nothing on a second run", async () => {
    const dir = await migrationsFolder(THREE);
    await migrate({ connection: harness.connection, migrationsDir: dir });
    const before = await recordedRows(harness.connection);

    const second = await migrate({ connection: harness.connection, migrationsDir: dir });

    expect(second.applied).toEqual([]);
    expect(await recordedRows(harness.connection)).toEqual(before);
    const regions = await harness.connection.query("SELECT id FROM regions");
    expect(regions).toHaveLength(1);
    expect(await migrationStatus({ connection: harness.connection, migrationsDir: dir })).toEqual({
      applied: THREE_NAMES,
      pending: [],
      problems: [],
    });
  });

  it("applies migrations in name order, whatever order the folders were created in", async () => {
    const dir = await migrationsFolder({});
    const log = (step: string) => `INSERT INTO applied_order (step) VALUES ('${step}');\n`;
    // Created newest first, and with names whose order differs from a numeric or locale sort.
    await writeMigration(dir, "20260301000000_c", log("c"));
    await writeMigration(dir, "20260201000000_b_2", log("b_2"));
    await writeMigration(dir, "20260201000000_b", log("b"));
    await writeMigration(
      dir,
      "20260101000000_a",
      `CREATE TABLE applied_order (id serial PRIMARY KEY, step text);\n${log("a")}`,
    );

    const result = await migrate({ connection: harness.connection, migrationsDir: dir });

    const expected = ["20260101000000_a", "20260201000000_b", "20260201000000_b_2", "20260301000000_c"];
    expect(result.applied).toEqual(expected);
    const steps = await harness.connection.query<{ step: string }>("SELECT step FROM applied_order ORDER BY id");
    expect(steps.map((row) => row.step)).toEqual(["a", "b", "b_2", "c"]);
  });

  it("refuses to run, naming the file, when an applied migration was edited; applies nothing", async () => {
    const dir = await migrationsFolder(THREE);
    await migrate({ connection: harness.connection, migrationsDir: dir });
    const edited = await writeMigration(
      dir,
      "20260102000000_create_offices",
      `${THREE["20260102000000_create_offices"]}-- tweak\n`,
    );
    await writeMigration(dir, "20260104000000_create_news", "CREATE TABLE news (id int);\n");

    const run = migrate({ connection: harness.connection, migrationsDir: dir });

    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(edited);
    await expect(run).rejects.toThrow(/edited after it was applied/);
    expect(await tableExists(harness.connection, "news")).toBe(false);
    expect((await recordedRows(harness.connection)).map((row) => row.migration_name)).toEqual(THREE_NAMES);
    const status = await migrationStatus({ connection: harness.connection, migrationsDir: dir });
    expect(status.pending).toEqual(["20260104000000_create_news"]);
    expect(status.problems).toHaveLength(1);
  });

  it("treats a migration whose line endings changed to CRLF as unchanged", async () => {
    const dir = await migrationsFolder(THREE);
    await migrate({ connection: harness.connection, migrationsDir: dir });
    const name = "20260101000000_create_regions";
    await writeMigration(dir, name, THREE[name].replace(/\n/g, "\r\n"));

    await expect(migrate({ connection: harness.connection, migrationsDir: dir })).resolves.toEqual({ applied: [] });
  });

  it("refuses to run when an applied migration no longer exists on disk", async () => {
    const dir = await migrationsFolder(THREE);
    await migrate({ connection: harness.connection, migrationsDir: dir });
    await rm(path.join(dir, "20260103000000_add_office_name"), { recursive: true });
    await writeMigration(dir, "20260104000000_create_news", "CREATE TABLE news (id int);\n");

    const run = migrate({ connection: harness.connection, migrationsDir: dir });

    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(path.join(dir, "20260103000000_add_office_name", "migration.sql"));
    expect(await tableExists(harness.connection, "news")).toBe(false);
  });

  it("refuses to run while the database records a failed, unresolved migration", async () => {
    const first = "20260101000000_create_regions";
    const dir = await migrationsFolder({ [first]: THREE[first] });
    await migrate({ connection: harness.connection, migrationsDir: dir });
    for (const [name, sql] of Object.entries(THREE)) await writeMigration(dir, name, sql);
    // What `prisma migrate deploy` leaves behind when a script fails half-way.
    await harness.connection.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, $3, 'ERROR: boom', now(), 0)`,
      ["5f0c3f9e-6a1b-4c39-9d7e-2b1f0c3e4a51", "0".repeat(64), "20260102000000_create_offices"],
    );

    const run = migrate({ connection: harness.connection, migrationsDir: dir });

    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(/20260102000000_create_offices started at .* but never finished/);
    expect(await tableExists(harness.connection, "offices")).toBe(false);

    // Once someone resolves it as rolled back, the migration is simply pending again.
    await harness.connection.query(
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE rolled_back_at IS NULL AND finished_at IS NULL`,
    );
    const resumed = await migrate({ connection: harness.connection, migrationsDir: dir });
    expect(resumed.applied).toEqual(["20260102000000_create_offices", "20260103000000_add_office_name"]);
  });

  it("rolls a failing migration back entirely, records nothing for it, and names it", async () => {
    const failing = "20260102000000_create_offices";
    const dir = await migrationsFolder({
      ...THREE,
      [failing]: "CREATE TABLE offices (id int PRIMARY KEY);\nINSERT INTO offices VALUES (1);\nSELECT 1 / 0;\n",
    });

    const run = migrate({ connection: harness.connection, migrationsDir: dir });

    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(`Migration ${failing} failed and was rolled back`);
    await expect(run).rejects.toThrow(path.join(dir, failing, "migration.sql"));
    await expect(run).rejects.toThrow(/division by zero/);
    expect(await tableExists(harness.connection, "regions")).toBe(true);
    expect(await tableExists(harness.connection, "offices")).toBe(false);
    expect((await recordedRows(harness.connection)).map((row) => row.migration_name)).toEqual([
      "20260101000000_create_regions",
    ]);
    expect(await heldAdvisoryLocks(harness.connection)).toBe(0);

    // Nothing was recorded as failed, so fixing the file is all it takes.
    await writeMigration(dir, failing, THREE[failing]);
    const fixed = await migrate({ connection: harness.connection, migrationsDir: dir });
    expect(fixed.applied).toEqual([failing, "20260103000000_add_office_name"]);
  });

  it("reports the line of a syntax error in the failing migration", async () => {
    const name = "20260101000000_broken";
    const dir = await migrationsFolder({
      [name]: "-- a comment\nCREATE TABLE ok (id int);\nCREATE TABEL broken (id int);\n",
    });

    await expect(migrate({ connection: harness.connection, migrationsDir: dir })).rejects.toThrow(
      `${path.join(dir, name, "migration.sql")} (line 3): syntax error`,
    );
    expect(await tableExists(harness.connection, "ok")).toBe(false);
  });

  it("takes the advisory lock before anything else, releases it last, and leaves the connection open", async () => {
    const statements: string[] = [];
    const recording: MigrationConnection = {
      query: (sql, params) => {
        statements.push(sql);
        return harness.connection.query(sql, params);
      },
      exec: (sql) => {
        statements.push(sql);
        return harness.connection.exec(sql);
      },
      close: async () => {
        statements.push("close()");
      },
    };

    await migrate({ connection: recording, migrationsDir: await migrationsFolder(THREE) });

    expect(statements[0]).toBe(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    expect(statements.at(-1)).toBe(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    expect(statements.filter((sql) => sql.includes("pg_advisory"))).toHaveLength(2);
    expect(statements).not.toContain("close()");
    expect(await heldAdvisoryLocks(harness.connection)).toBe(0);
  });

  it("applies the project's real migrations", async () => {
    const expected = (await readdir(projectMigrationsDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

    const result = await migrate({ connection: harness.connection, migrationsDir: projectMigrationsDir });

    expect(result.applied).toEqual(expected);
    expect(result.applied).toContain("20261128140000_create_initial_schema");
    for (const table of [
      "users",
      "categories",
      "tags",
      "articles",
      "article_tags",
      "slug_redirects",
      "article_revisions",
      "media",
      "article_stats",
      "article_daily_views",
      "audit_events",
    ]) {
      expect(await tableExists(harness.connection, table), table).toBe(true);
    }
    expect((await migrate({ connection: harness.connection, migrationsDir: projectMigrationsDir })).applied).toEqual(
      [],
    );
  });
});

describe.skipIf(!isServerAvailable)("migrate on a Postgres server, with several instances", () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await openHarness("postgres");
  });

  afterEach(async () => {
    await harness.dispose();
  });

  it("applies each migration exactly once when two instances start at the same time", async () => {
    // The sleep keeps the first instance busy long enough for the second to reach the lock.
    const dir = await migrationsFolder({
      ...THREE,
      "20260101000000_create_regions": `SELECT pg_sleep(0.3);\n${THREE["20260101000000_create_regions"]}`,
    });
    const [first, second] = [await harness.connect(), await harness.connect()];

    const results = await Promise.all([
      migrate({ connection: first, migrationsDir: dir }),
      migrate({ connection: second, migrationsDir: dir }),
    ]);

    const appliedLists = results.map((result) => result.applied);
    expect(appliedLists).toContainEqual(THREE_NAMES);
    expect(appliedLists).toContainEqual([]);
    expect((await recordedRows(harness.connection)).map((row) => row.migration_name)).toEqual(THREE_NAMES);
  });

  it("waits while another session holds the lock, then migrates", async () => {
    const dir = await migrationsFolder(THREE);
    const holder = await harness.connect();
    const migrator = await harness.connect();
    const [backend] = await migrator.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    await holder.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);

    let isSettled = false;
    const run = migrate({ connection: migrator, migrationsDir: dir });
    void run
      .finally(() => {
        isSettled = true;
      })
      .catch(() => undefined);

    // The migrator's session shows up in pg_locks as waiting for the key.
    await vi.waitFor(
      async () => {
        const waiting = await holder.query(
          `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = ${MIGRATION_LOCK_KEY} AND pid = $1 AND NOT granted`,
          [backend?.pid],
        );
        expect(waiting).toHaveLength(1);
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(isSettled).toBe(false);
    expect(await tableExists(holder, "_prisma_migrations")).toBe(false);

    await holder.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);

    await expect(run).resolves.toEqual({ applied: THREE_NAMES });
    const [free] = await holder.query<{ locked: boolean }>(
      `SELECT pg_try_advisory_lock(${MIGRATION_LOCK_KEY}) AS locked`,
    );
    expect(free?.locked).toBe(true);
  });
});
