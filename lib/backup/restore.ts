import { copyFile, mkdir, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { hashFile, listMediaKeys } from "./files";
import { DUMP_FILE, MANIFEST_FILE, MEDIA_FOLDER, manifestSchema, type Manifest } from "./manifest";
import { BackupError, connectDatabase, restoreDump } from "./postgres";

/**
 * `npm run restore -- <backup> [--force]` (scripts/restore.ts): puts a backup made by
 * lib/backup/backup.ts back.
 *
 * In this order, so a failure at any step leaves the target as it was:
 * 1. Every file is checked against the manifest's size and sha256 before anything is
 *    touched; a damaged or incomplete backup is refused with the files named.
 * 2. The target must be empty (no tables or types in the database, no images in the media
 *    folder). Without --force a non-empty target is refused.
 * 3. The images are copied into a hidden folder inside the media folder (the portal never
 *    serves dot-folders), so nothing is visible yet.
 * 4. The database is restored in one transaction (lib/backup/postgres.ts restoreDump);
 *    with --force, emptying the old schema is part of that same transaction.
 * 5. Only then are the images moved into place (renames within one folder). With --force,
 *    the images that were there are kept aside in `.replaced-<time>` for the operator to
 *    delete.
 */

export interface RestoreOptions {
  backupDir: string;
  databaseUrl: string;
  /** The local media folder (MEDIA_DIR); null restores the database only (images in an object store). */
  mediaDir: string | null;
  /** Replace a database and media folder that are not empty. */
  isForced: boolean;
  log?: (line: string) => void;
}

export interface RestoreResult {
  manifest: Manifest;
  /** Where the images that were replaced were moved (only with --force over existing images). */
  replacedMediaDir: string | null;
}

/** Reads the manifest and checks every file of the backup against it; throws BackupError naming each problem. */
export async function verifyBackup(backupDir: string): Promise<Manifest> {
  let raw: string;
  try {
    raw = await readFile(path.join(backupDir, MANIFEST_FILE), "utf8");
  } catch {
    throw new BackupError(`${backupDir} is not a Warta backup: it has no ${MANIFEST_FILE}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new BackupError(`${MANIFEST_FILE} in ${backupDir} is not valid JSON: the backup is damaged.`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).slice(0, 5);
    throw new BackupError(`${MANIFEST_FILE} in ${backupDir} is not a Warta backup manifest (${issues.join("; ")}).`);
  }
  const manifest = parsed.data;

  const problems: string[] = [];
  if (!manifest.files.some((file) => file.path === DUMP_FILE)) problems.push(`${DUMP_FILE} is not listed`);
  for (const file of manifest.files) {
    const actual = await hashFile(path.join(backupDir, ...file.path.split("/"))).catch(() => null);
    if (!actual) problems.push(`${file.path} is missing`);
    else if (actual.bytes !== file.bytes || actual.sha256 !== file.sha256) problems.push(`${file.path} is damaged`);
  }
  const listed = new Set(manifest.files.map((file) => file.path));
  for (const key of await listMediaKeys(path.join(backupDir, MEDIA_FOLDER))) {
    if (!listed.has(`${MEDIA_FOLDER}/${key}`)) problems.push(`${MEDIA_FOLDER}/${key} is not in the manifest`);
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join("; ");
    const more = problems.length > 10 ? ` and ${problems.length - 10} more` : "";
    throw new BackupError(
      `The backup in ${backupDir} failed its checksum check, nothing was restored: ${shown}${more}.`,
    );
  }
  return manifest;
}

/** Tables, views, sequences and types in the public schema (what a restore would collide with). */
async function databaseObjects(databaseUrl: string): Promise<number> {
  const client = await connectDatabase(databaseUrl);
  try {
    const result = await client.query<{ count: number }>(
      `SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f'))
            + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')) AS count`,
    );
    return Number(result.rows[0]?.count ?? 0);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Entries of the media folder the portal could serve (dot-entries are a restore's own leftovers). */
async function visibleEntries(mediaDir: string): Promise<string[]> {
  const entries = await readdir(mediaDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return entries.filter((entry) => !entry.startsWith("."));
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:.]/g, "");
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => {});
  log(`Checking ${options.backupDir}`);
  const manifest = await verifyBackup(options.backupDir);
  log(`Checksums match (${manifest.files.length} files)`);
  const objects = await databaseObjects(options.databaseUrl);
  const mediaDir = manifest.media.isIncluded ? options.mediaDir : null;
  const mediaEntries = mediaDir === null ? [] : await visibleEntries(mediaDir);
  if (!options.isForced && (objects > 0 || mediaEntries.length > 0)) {
    const what = [
      objects > 0 ? `the database already holds ${objects} tables, sequences or types` : "",
      mediaEntries.length > 0 ? `the media folder ${mediaDir} already holds ${mediaEntries.length} entries` : "",
    ]
      .filter(Boolean)
      .join(" and ");
    throw new BackupError(
      `Refusing to restore: ${what}. Restore into an empty database and an empty media folder, ` +
        "or add --force to replace what is there (it is lost, apart from the images, which are kept aside).",
    );
  }

  const staging = mediaDir === null ? null : path.join(mediaDir, `.restore-${stamp()}`);
  try {
    if (staging !== null) {
      log(`Copying ${manifest.media.files} media files`);
      for (const file of manifest.files) {
        if (!file.path.startsWith(`${MEDIA_FOLDER}/`)) continue;
        const relative = file.path.slice(MEDIA_FOLDER.length + 1).split("/");
        const target = path.join(staging, ...relative);
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(path.join(options.backupDir, ...file.path.split("/")), target);
      }
    }
    log("Restoring the database (one transaction)");
    // CASE: --force over an existing schema: emptied in the same transaction as the restore.
    const prelude = objects > 0 ? "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" : "";
    await restoreDump(path.join(options.backupDir, DUMP_FILE), options.databaseUrl, prelude);
  } catch (error) {
    if (staging !== null) await rm(staging, { recursive: true, force: true });
    throw error;
  }

  let replacedMediaDir: string | null = null;
  if (staging !== null && mediaDir !== null) {
    if (mediaEntries.length > 0) {
      replacedMediaDir = path.join(mediaDir, `.replaced-${stamp()}`);
      await mkdir(replacedMediaDir);
      for (const entry of mediaEntries) await rename(path.join(mediaDir, entry), path.join(replacedMediaDir, entry));
    }
    for (const entry of await readdir(staging)) await rename(path.join(staging, entry), path.join(mediaDir, entry));
    await rm(staging, { recursive: true, force: true });
  }
  return { manifest, replacedMediaDir };
}
