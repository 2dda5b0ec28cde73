import { copyFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { hashFile, listMediaKeys } from "./files";
import { backupName, DUMP_FILE, MANIFEST_FILE, MEDIA_FOLDER, type BackupFile, type Manifest } from "./manifest";
import { BackupError, connectDatabase, runTool, toolConnection } from "./postgres";

/**
 * `npm run backup` (scripts/backup.ts): one folder with a pg_dump of the database, a copy
 * of the media folder and a manifest (lib/backup/manifest.ts).
 *
 * Consistent: the dump, the article counts and the migration list are all read in one
 * exported snapshot (`pg_export_snapshot`, `pg_dump --snapshot`), so the manifest
 * describes exactly what the dump holds, while the portal keeps serving and writing.
 * Images are copied after the snapshot was taken: an image is written to storage before
 * its row is committed (lib/media/mutations.ts storeImage), so every image the dump
 * knows is already on disk. An image uploaded during the backup may be copied without its
 * row; it is never shown and costs only its bytes.
 *
 * Nothing half-done: everything is written into `.<name>.partial` beside the final
 * folder and renamed once complete; a failed backup removes it.
 */

export interface BackupOptions {
  databaseUrl: string;
  /** The local media folder (MEDIA_DIR); null when images live in an object store. */
  mediaDir: string | null;
  /** The folder that keeps the backups; each backup is a new folder inside it. */
  outDir: string;
  app: Manifest["app"];
  now?: Date;
  log?: (line: string) => void;
}

export interface BackupResult {
  dir: string;
  manifest: Manifest;
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const log = options.log ?? (() => {});
  const createdAt = options.now ?? new Date();
  const name = backupName(createdAt);
  const finalDir = path.resolve(options.outDir, name);
  const workDir = path.resolve(options.outDir, `.${name}.partial`);
  await mkdir(workDir, { recursive: true });
  try {
    const database = await dumpDatabase(options.databaseUrl, path.join(workDir, DUMP_FILE), log);
    const files: BackupFile[] = [{ path: DUMP_FILE, ...(await hashFile(path.join(workDir, DUMP_FILE))) }];

    let mediaFiles = 0;
    let mediaBytes = 0;
    if (options.mediaDir !== null) {
      const keys = await listMediaKeys(options.mediaDir);
      log(`Copying ${keys.length} media files from ${options.mediaDir}`);
      for (const key of keys) {
        const target = path.join(workDir, MEDIA_FOLDER, ...key.split("/"));
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(path.join(options.mediaDir, ...key.split("/")), target);
        // Hashed from the copy: the checksum vouches for what the backup holds.
        const hashed = await hashFile(target);
        files.push({ path: `${MEDIA_FOLDER}/${key}`, ...hashed });
        mediaFiles += 1;
        mediaBytes += hashed.bytes;
      }
    }

    const manifest: Manifest = {
      format: 1,
      createdAt: createdAt.toISOString(),
      app: options.app,
      database,
      media: { isIncluded: options.mediaDir !== null, files: mediaFiles, bytes: mediaBytes },
      files,
    };
    await writeFile(path.join(workDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(workDir, finalDir);
    return { dir: finalDir, manifest };
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
}

/** Dumps the database and reads the manifest's figures, all in one snapshot. */
async function dumpDatabase(databaseUrl: string, dumpFile: string, log: (line: string) => void) {
  const client = await connectDatabase(databaseUrl);
  try {
    // The snapshot lives as long as this transaction; pg_dump attaches to it.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]?.id ?? "";
    const serverVersion =
      (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "";
    const isWarta = (await client.query("SELECT to_regclass('public.articles') IS NOT NULL AS ok")).rows[0]?.ok;
    if (!isWarta) throw new BackupError("The database has no Warta tables (articles): is DATABASE_URL right?");
    const migrations = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const articles = await client.query<{ status: string; count: number }>(
      "SELECT status::text AS status, count(*)::int AS count FROM articles GROUP BY status ORDER BY status",
    );
    const media = await client.query<{ count: number }>("SELECT count(*)::int AS count FROM media");

    log(`Dumping the database (Postgres ${serverVersion})`);
    const { dbname, env } = toolConnection(databaseUrl);
    await runTool(
      "pg_dump",
      ["--format=custom", `--snapshot=${snapshot}`, `--file=${dumpFile}`, `--dbname=${dbname}`],
      env,
    );
    await client.query("COMMIT");
    return {
      serverVersion,
      migrations: migrations.rows.map((row) => row.name),
      articles: Object.fromEntries(articles.rows.map((row) => [row.status, row.count])),
      mediaRows: media.rows[0]?.count ?? 0,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}
