/**
 * `npm run restore -- <backup-folder> [--force] [--database-only]`
 *
 * Restores a backup made by `npm run backup` into the database in DATABASE_URL and the
 * media folder MEDIA_DIR. Both must be empty unless --force is given. Checks every file's
 * checksum first; restores the database in one transaction. Stop the portal first, and run
 * `npm run db:migrate` afterwards when this release has newer migrations. See README,
 * "Backups", and lib/backup/restore.ts. Exit code 0 when restored, 1 when nothing was.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { describeArticles, readCommandLine, runCommand, UsageError } from "@/lib/backup/cli";
import { restoreBackup } from "@/lib/backup/restore";

const USAGE = "Usage: npm run restore -- <backup-folder> [--force] [--database-only]";
const ROOT = path.join(import.meta.dirname, "..");

const argsSchema = z.object({
  backupDir: z.string().trim().min(1, USAGE),
  isForced: z.boolean(),
  isDatabaseOnly: z.boolean(),
});

async function main(): Promise<void> {
  const args = readCommandLine(
    USAGE,
    { force: { type: "boolean" }, "database-only": { type: "boolean" } },
    argsSchema,
    (values, positionals) => {
      if (positionals.length !== 1) throw new UsageError(USAGE);
      return {
        backupDir: positionals[0],
        isForced: values.force === true,
        isDatabaseOnly: values["database-only"] === true,
      };
    },
  );
  const backupDir = path.resolve(args.backupDir);
  if (!(await stat(backupDir).catch(() => null))?.isDirectory()) {
    throw new UsageError(`Backup folder not found: ${backupDir}`);
  }
  const { env } = await import("@/lib/env");
  if (!env.DATABASE_URL) {
    throw new UsageError("Restoring needs Postgres (DATABASE_URL): set it to the empty database to restore into.");
  }
  if (env.MEDIA_STORAGE === "s3" && !args.isDatabaseOnly) {
    throw new UsageError(
      "Images are in an object store (MEDIA_STORAGE=s3), which this command does not write to. Copy the backup's " +
        "media/ folder into the bucket with the store's own tools (e.g. `rclone copy <backup>/media s3:bucket`), " +
        "then run `npm run restore -- <backup> --database-only`.",
    );
  }
  const { manifest, replacedMediaDir } = await restoreBackup({
    backupDir,
    databaseUrl: env.DATABASE_URL,
    mediaDir: args.isDatabaseOnly ? null : path.resolve(env.MEDIA_DIR),
    isForced: args.isForced,
    log: (line) => console.log(line),
  });
  console.log(
    `Restored the backup of ${manifest.createdAt}: articles ${describeArticles(manifest)}; ${manifest.media.files} images.`,
  );
  if (replacedMediaDir)
    console.log(`The images that were there are kept in ${replacedMediaDir}; delete it when satisfied.`);

  const { readMigrations } = await import("@/lib/db/migrate");
  const known = new Set((await readMigrations(path.join(ROOT, "prisma", "migrations"))).map((item) => item.name));
  const unknown = manifest.database.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    console.warn(
      `Warning: the backup has migrations this release does not know (${unknown.join(", ")}): run a release at least as new as ${manifest.app.version}.`,
    );
  } else if (manifest.database.migrations.length < known.size) {
    console.log(
      "This release has newer migrations than the backup: run `npm run db:migrate` before starting the portal.",
    );
  }
}

runCommand("restore", main);
