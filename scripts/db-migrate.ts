/**
 * `npm run db:migrate`: applies pending migrations from prisma/migrations to the
 * database the portal would use (DATABASE_URL, else embedded PGlite in PGLITE_DATA_DIR).
 * Run it before starting a new release; it is safe to run on every deploy and from
 * several instances at once (see lib/db/migrate.ts).
 */
import path from "node:path";
import {
  MigrationError,
  describeDatabaseUrl,
  migrate,
  openMigrationConnection,
  type MigrationConnection,
} from "@/lib/db/migrate";

const migrationsDir = path.join(import.meta.dirname, "..", "prisma", "migrations");

async function main(): Promise<void> {
  // Imported here rather than at the top so an invalid environment is reported like any
  // other expected failure: one message, no stack trace.
  const { env } = await import("@/lib/env");
  const target = env.DATABASE_URL
    ? `Postgres at ${describeDatabaseUrl(env.DATABASE_URL)}`
    : `embedded PGlite in ${path.resolve(env.PGLITE_DATA_DIR)}`;
  console.log(`Migrating ${target}`);

  let connection: MigrationConnection | undefined;
  try {
    connection = await openMigrationConnection({ databaseUrl: env.DATABASE_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
    const { applied } = await migrate({ connection, migrationsDir, log: (line) => console.log(`  ${line}`) });
    console.log(
      applied.length === 0
        ? "Database is up to date; no migrations to apply."
        : `Applied ${applied.length} migration${applied.length === 1 ? "" : "s"}: ${applied.join(", ")}`,
    );
  } finally {
    await connection?.close();
  }
}

main().catch((error: unknown) => {
  // CASE: a refusal or failure the migrator explains itself (edited migration, failed SQL,
  // unreachable database), or an invalid environment: the message is the whole story.
  if (error instanceof MigrationError || (error instanceof Error && error.message.startsWith("Invalid environment"))) {
    console.error(`db:migrate: ${error.message}`);
  } else {
    // CASE: anything else is a bug; keep the stack.
    console.error("db:migrate: unexpected error");
    console.error(error);
  }
  process.exitCode = 1;
});
