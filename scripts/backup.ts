/**
 * `npm run backup [-- --out DIR] [--database-only]`
 *
 * Writes one backup of the portal (the database in DATABASE_URL and the images in
 * MEDIA_DIR) into a new folder `warta-<UTC time>` inside DIR (default `.data/backups`),
 * and prints its path. Run it with the portal's environment, while the portal runs. See
 * README, "Backups", and lib/backup/backup.ts. Exit code 0 when the backup is complete, 1
 * otherwise (nothing is left behind then).
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { createBackup } from "@/lib/backup/backup";
import { describeArticles, readCommandLine, runCommand, UsageError } from "@/lib/backup/cli";

const USAGE = "Usage: npm run backup [-- --out DIR] [--database-only]";
const ROOT = path.join(import.meta.dirname, "..");

const argsSchema = z.object({
  out: z.string().trim().min(1, "--out needs a folder").default(".data/backups"),
  isDatabaseOnly: z.boolean(),
});

/** The version in package.json and, in a git checkout, the commit. */
async function appVersion(): Promise<{ version: string; commit: string | null }> {
  const pkg = z
    .object({ version: z.string() })
    .parse(JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")));
  let commit: string | null = null;
  try {
    commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    // CASE: deployed without .git: the version alone identifies the release.
  }
  return { version: pkg.version, commit };
}

async function main(): Promise<void> {
  const args = readCommandLine(
    USAGE,
    { out: { type: "string" }, "database-only": { type: "boolean" } },
    argsSchema,
    (values) => ({ out: values.out, isDatabaseOnly: values["database-only"] === true }),
  );
  // Imported here so an invalid environment is reported as one message, not a stack trace.
  const { env } = await import("@/lib/env");
  if (!env.DATABASE_URL) {
    throw new UsageError(
      "Backups need Postgres (DATABASE_URL). The embedded PGlite database cannot be dumped while the portal runs: " +
        `stop the portal and copy the folder ${path.resolve(env.PGLITE_DATA_DIR)} together with ${path.resolve(env.MEDIA_DIR)}.`,
    );
  }
  if (env.MEDIA_STORAGE === "s3" && !args.isDatabaseOnly) {
    throw new UsageError(
      "Images are in an object store (MEDIA_STORAGE=s3), which this command does not copy. Back up the bucket " +
        "with the store's own tools (versioning, or e.g. `rclone sync s3:bucket /backup/media`), and run " +
        "`npm run backup -- --database-only` for the database.",
    );
  }
  const { dir, manifest } = await createBackup({
    databaseUrl: env.DATABASE_URL,
    mediaDir: args.isDatabaseOnly ? null : path.resolve(env.MEDIA_DIR),
    outDir: path.resolve(args.out),
    app: await appVersion(),
    log: (line) => console.log(line),
  });
  const megabytes = (manifest.files.reduce((sum, file) => sum + file.bytes, 0) / 1024 / 1024).toFixed(1);
  console.log(`Backup written: ${dir}`);
  console.log(
    `  articles: ${describeArticles(manifest)}; images: ${manifest.media.files} files; ${megabytes} MB in all`,
  );
}

runCommand("backup", main);
