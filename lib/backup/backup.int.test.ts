import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { migrate, openMigrationConnection } from "@/lib/db/migrate";
import { createBackup, type BackupResult } from "./backup";
import { hashFile, listMediaKeys } from "./files";
import { DUMP_FILE, MANIFEST_FILE, MEDIA_FOLDER, manifestSchema } from "./manifest";
import { restoreBackup } from "./restore";

// The round trip of `npm run backup` and `npm run restore` on a small seeded portal (the
// demo seed: articles in every status, images): each test makes its own databases on the
// Postgres server, because pg_dump needs a server and a restore needs an empty database.
// After the restore, the portal's own reads (the article page's query and the image route)
// run against the restored database and media folder.

vi.mock("next/cache", () => ({ cacheLife: vi.fn(), cacheTag: vi.fn() }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  connection: async () => undefined,
}));

const ROOT = path.join(import.meta.dirname, "..", "..");
// Tests configure the database themselves, so they read the test-only variable directly.
const configuredServerUrl = process.env.TEST_DATABASE_URL;
const adminUrl = withDatabase(configuredServerUrl ?? "postgresql://postgres@127.0.0.1:5432/postgres", "postgres");

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// As in lib/db/migrate.int.test.ts: with TEST_DATABASE_URL unset, a machine without a local
// server skips these (pg_dump has nothing to dump); a configured server that is down fails loudly.
const isServerAvailable =
  configuredServerUrl !== undefined ||
  (await admin("SELECT 1").then(
    () => true,
    (error: unknown) => {
      console.warn(`Skipping backup round-trip tests: ${adminUrl} is unreachable (${String(error)})`);
      return false;
    },
  ));

const databases: string[] = [];

async function createDatabase(): Promise<string> {
  const name = `warta_test_backup_${randomBytes(4).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}"`);
  databases.push(name);
  return withDatabase(adminUrl, name);
}

async function query<Row extends Record<string, unknown>>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${stderr}`))));
  });
}

/** Everything a reader can see, and what staff work on, as comparable rows. */
const ARTICLES_SQL = `SELECT id::text, slug, status::text, title, body::text, published_at, cover_image_id::text, version
                        FROM articles ORDER BY id`;
const COUNTED_TABLES = ["users", "categories", "tags", "article_tags", "article_revisions", "media", "article_stats"];

async function tableCounts(url: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    counts[table] = Number((await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${table}`))[0]?.n);
  }
  return counts;
}

async function objectCount(url: string): Promise<number> {
  const rows = await query<{ n: number }>(
    url,
    "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
  );
  return Number(rows[0]?.n);
}

const isMissing = (target: string) =>
  stat(target).then(
    () => false,
    () => true,
  );

describe.skipIf(!isServerAvailable)("backup and restore", () => {
  let work: string;
  let source: string;
  let sourceMedia: string;
  let backup: BackupResult;
  const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, MEDIA_DIR: process.env.MEDIA_DIR };

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "warta-backup-"));
    source = await createDatabase();
    sourceMedia = path.join(work, "source-media");
    const connection = await openMigrationConnection({ databaseUrl: source });
    try {
      await migrate({ connection, migrationsDir: path.join(ROOT, "prisma", "migrations") });
    } finally {
      await connection.close();
    }
    await run(
      process.execPath,
      [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "prisma/seed.ts"],
      {
        DATABASE_URL: source,
        MEDIA_DIR: sourceMedia,
        SEED_DEMO_CONTENT: "true",
        NODE_OPTIONS: "",
      },
    );
    backup = await createBackup({
      databaseUrl: source,
      mediaDir: sourceMedia,
      outDir: path.join(work, "backups"),
      app: { version: "test", commit: null },
    });
  }, 180_000);

  afterAll(async () => {
    Object.assign(process.env, savedEnv);
    for (const name of databases) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("writes a manifest with the counts of the dumped snapshot and a checksum of every file", async () => {
    const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(backup.dir, MANIFEST_FILE), "utf8")));
    expect(path.basename(backup.dir)).toMatch(/^warta-\d{8}-\d{6}Z$/);
    const statuses = await query<{ status: string; n: number }>(
      source,
      "SELECT status::text AS status, count(*)::int AS n FROM articles GROUP BY status",
    );
    expect(manifest.database.articles).toEqual(Object.fromEntries(statuses.map((row) => [row.status, row.n])));
    expect(manifest.database.articles.PUBLISHED).toBeGreaterThan(0);
    expect(manifest.database.migrations.length).toBeGreaterThan(0);
    const keys = await listMediaKeys(sourceMedia);
    expect(keys.length).toBeGreaterThan(0);
    expect(manifest.media).toMatchObject({ isIncluded: true, files: keys.length });
    expect(manifest.files.map((file) => file.path).sort()).toEqual(
      [DUMP_FILE, ...keys.map((key) => `${MEDIA_FOLDER}/${key}`)].sort(),
    );
    for (const file of manifest.files) {
      expect(await hashFile(path.join(backup.dir, file.path)), file.path).toEqual({
        sha256: file.sha256,
        bytes: file.bytes,
      });
    }
  });

  it("restores every article and image into an empty database and folder, and the portal serves them", async () => {
    const target = await createDatabase();
    const targetMedia = path.join(work, "restored-media");
    await restoreBackup({ backupDir: backup.dir, databaseUrl: target, mediaDir: targetMedia, isForced: false });

    expect(await query(target, ARTICLES_SQL)).toEqual(await query(source, ARTICLES_SQL));
    expect(await tableCounts(target)).toEqual(await tableCounts(source));
    const keys = await listMediaKeys(sourceMedia);
    expect(await listMediaKeys(targetMedia)).toEqual(keys);
    for (const key of keys) {
      const [original, restored] = await Promise.all([
        readFile(path.join(sourceMedia, key)),
        readFile(path.join(targetMedia, key)),
      ]);
      expect(restored.equals(original), key).toBe(true);
    }

    // The portal on the restored data: the article page's read and the image route.
    process.env.DATABASE_URL = target;
    process.env.MEDIA_DIR = targetMedia;
    const { getPublishedArticle } = await import("@/lib/articles/queries");
    const { GET } = await import("@/app/media/[id]/[file]/route");
    const published = await query<{ slug: string; title: string; cover: string | null }>(
      source,
      "SELECT slug, title, cover_image_id::text AS cover FROM articles WHERE status = 'PUBLISHED' AND published_at <= now()",
    );
    expect(published.length).toBeGreaterThan(0);
    for (const article of published) {
      expect((await getPublishedArticle(article.slug))?.title, article.slug).toBe(article.title);
      if (!article.cover) continue;
      const file = `${article.cover}/og.jpg`;
      const response = await GET(new Request(`http://localhost/media/${file}`), {
        params: Promise.resolve({ id: article.cover, file: "og.jpg" }),
      });
      expect(response.status, file).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(path.join(sourceMedia, file))), file).toBe(
        true,
      );
    }
  });

  it("refuses a target that is not empty unless forced, and a forced restore replaces it", async () => {
    const target = await createDatabase();
    const targetMedia = path.join(work, "busy-media");
    await restoreBackup({ backupDir: backup.dir, databaseUrl: target, mediaDir: targetMedia, isForced: false });
    await query(target, "DELETE FROM articles WHERE status = 'PUBLISHED'");
    const published = () => query(target, "SELECT id FROM articles WHERE status = 'PUBLISHED'");

    await expect(
      restoreBackup({ backupDir: backup.dir, databaseUrl: target, mediaDir: targetMedia, isForced: false }),
    ).rejects.toThrow(
      /^Refusing to restore: the database already holds \d+ tables.*media folder .* already holds \d+ entries.*--force/,
    );
    expect(await published()).toEqual([]);

    const { replacedMediaDir } = await restoreBackup({
      backupDir: backup.dir,
      databaseUrl: target,
      mediaDir: targetMedia,
      isForced: true,
    });
    expect(await query(target, ARTICLES_SQL)).toEqual(await query(source, ARTICLES_SQL));
    expect(await listMediaKeys(targetMedia)).toEqual(await listMediaKeys(sourceMedia));
    expect(replacedMediaDir && path.basename(replacedMediaDir)).toMatch(/^\.replaced-/);
  });

  it("refuses a damaged backup before touching the target", async () => {
    const damaged = path.join(work, "damaged");
    await cp(backup.dir, damaged, { recursive: true });
    const victim = backup.manifest.files.find((file) => file.path.startsWith(`${MEDIA_FOLDER}/`));
    if (!victim) throw new Error("the seeded backup has no image");
    const bytes = await readFile(path.join(damaged, victim.path));
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
    await writeFile(path.join(damaged, victim.path), bytes);
    const target = await createDatabase();
    const targetMedia = path.join(work, "untouched-media");

    await expect(
      restoreBackup({ backupDir: damaged, databaseUrl: target, mediaDir: targetMedia, isForced: false }),
    ).rejects.toThrow(`failed its checksum check, nothing was restored: ${victim.path} is damaged`);
    expect(await objectCount(target)).toBe(0);
    expect(await isMissing(targetMedia)).toBe(true);
  });

  it("leaves an empty target empty when the database restore fails half-way", async () => {
    // A dump cut in half, with a manifest that vouches for it: only pg_restore can notice.
    const cut = path.join(work, "cut");
    await cp(backup.dir, cut, { recursive: true });
    const dump = path.join(cut, DUMP_FILE);
    await truncate(dump, Math.floor((await stat(dump)).size / 2));
    const hashed = await hashFile(dump);
    const manifest = {
      ...backup.manifest,
      files: backup.manifest.files.map((file) => (file.path === DUMP_FILE ? { ...file, ...hashed } : file)),
    };
    await writeFile(path.join(cut, MANIFEST_FILE), JSON.stringify(manifest));
    const target = await createDatabase();
    const targetMedia = path.join(work, "half-media");

    await expect(
      restoreBackup({ backupDir: cut, databaseUrl: target, mediaDir: targetMedia, isForced: false }),
    ).rejects.toThrow(/nothing was restored/);
    expect(await objectCount(target)).toBe(0);
    expect(await listMediaKeys(targetMedia)).toEqual([]);
  });
});
