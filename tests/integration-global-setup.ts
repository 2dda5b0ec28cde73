/**
 * Vitest globalSetup for the integration project: prepares one database per run and
 * points the test workers at it through process.env, which Vitest copies into each
 * worker it forks after this setup has finished.
 *
 * - TEST_DATABASE_URL set: that server database becomes DATABASE_URL, its public schema
 *   is dropped and recreated, and the real migrations are applied.
 * - Unset: a fresh embedded PGlite in a temporary folder becomes PGLITE_DATA_DIR (and
 *   DATABASE_URL is removed, so a developer's own server is never touched).
 *
 * Tests and this file read process.env directly: they configure lib/env.ts, so they
 * cannot go through it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { migrate, openMigrationConnection } from "@/lib/db/migrate";

const migrationsDir = path.join(import.meta.dirname, "..", "prisma", "migrations");

let tempDir: string | undefined;

export async function setup(): Promise<void> {
  const testDatabaseUrl = process.env.TEST_DATABASE_URL;

  // CASE: a real Postgres server (CI, and anyone who wants server behaviour locally).
  if (testDatabaseUrl) {
    const databaseName = decodeURIComponent(new URL(testDatabaseUrl).pathname.slice(1));
    // The reset below drops every table; a name without "test" is most likely a
    // developer's or production database pasted into the wrong variable.
    if (!/test/i.test(databaseName)) {
      throw new Error(
        `TEST_DATABASE_URL points at database "${databaseName}". Integration tests wipe it, ` +
          `so its name must contain "test".`,
      );
    }
    process.env.DATABASE_URL = testDatabaseUrl;
    const connection = await openMigrationConnection({ databaseUrl: testDatabaseUrl });
    try {
      await connection.exec("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      await migrate({ connection, migrationsDir });
    } finally {
      await connection.close();
    }
    return;
  }

  // CASE: no server; embedded PGlite in a folder of its own, removed in teardown.
  tempDir = await mkdtemp(path.join(os.tmpdir(), "warta-int-"));
  const pgliteDataDir = path.join(tempDir, "pglite");
  process.env.PGLITE_DATA_DIR = pgliteDataDir;
  delete process.env.DATABASE_URL;
  const connection = await openMigrationConnection({ pgliteDataDir });
  try {
    await migrate({ connection, migrationsDir });
  } finally {
    // PGlite allows one opener per folder; the test worker opens it next.
    await connection.close();
  }
}

export async function teardown(): Promise<void> {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}
