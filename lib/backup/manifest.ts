import { z } from "zod";

/**
 * What a Warta backup folder holds and how its manifest.json is read. Pure: the backup
 * and restore commands (lib/backup/backup.ts, restore.ts) and their tests share it.
 *
 *   warta-20261130-020000Z/
 *     manifest.json     this schema
 *     database.dump     pg_dump --format=custom of the whole database
 *     media/<id>/<file> every image rendition in MEDIA_DIR, as stored
 */

export const MANIFEST_FILE = "manifest.json";
export const DUMP_FILE = "database.dump";
export const MEDIA_FOLDER = "media";
/** Backups are named after their UTC time, so a plain sort is oldest first (retention scripts rely on it). */
export const BACKUP_NAME_PREFIX = "warta-";

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, "must be a sha256 hex digest");

export const backupFileSchema = z.object({
  /** Relative to the backup folder, with forward slashes: `database.dump`, `media/<id>/960.webp`. */
  path: z
    .string()
    .min(1)
    .refine((value) => !value.startsWith("/") && !value.split("/").some((part) => part === ".." || part === ""), {
      message: "must be a relative path inside the backup",
    }),
  bytes: z.number().int().min(0),
  sha256: sha256Schema,
});

export type BackupFile = z.infer<typeof backupFileSchema>;

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.iso.datetime(),
  app: z.object({ version: z.string(), commit: z.string().nullable() }),
  database: z.object({
    /** `SHOW server_version` of the database that was dumped. */
    serverVersion: z.string(),
    /** Applied migrations, in order: a restore into an older app says which ones it does not know. */
    migrations: z.array(z.string()),
    /** Articles per status, counted in the same snapshot pg_dump read. */
    articles: z.record(z.string(), z.number().int().min(0)),
    /** Rows in `media` (images), same snapshot. */
    mediaRows: z.number().int().min(0),
  }),
  media: z.object({
    /** False when the images live in an object store (MEDIA_STORAGE=s3), backed up separately. */
    isIncluded: z.boolean(),
    files: z.number().int().min(0),
    bytes: z.number().int().min(0),
  }),
  /** Every file of the backup except the manifest itself. */
  files: z.array(backupFileSchema),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** `warta-20261130-020000Z` for 2026-11-30T02:00:00Z. */
export function backupName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace("T", "-")
    .replace(/\.\d+Z$/, "Z");
  return `${BACKUP_NAME_PREFIX}${stamp}`;
}
