/**
 * `npm run import:wordpress -- <export.xml> [--media-dir DIR] [--dry-run] [--views-key KEY]`
 *
 * Imports a WordPress export (Tools → Export → All content, WXR) into the database the
 * portal uses (DATABASE_URL, else the embedded PGlite), storing images in MEDIA_DIR:
 * run it with the same environment as the portal. See README, "Moving from WordPress".
 * Exit code 0 when every post was imported or skipped, 1 when some failed or the
 * import could not run.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const USAGE =
  "Pemakaian: npm run import:wordpress -- <ekspor.xml> [--media-dir FOLDER] [--dry-run] [--views-key KUNCI]";

const argsSchema = z.object({
  file: z.string().min(1, USAGE),
  mediaDir: z.string().min(1).nullable(),
  isDryRun: z.boolean(),
  viewsKey: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/, "--views-key: huruf, angka, _ . : - saja (contoh: post_views_count).")
    .nullable(),
});

class UsageError extends Error {}

function readArgs() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        "media-dir": { type: "string" },
        "dry-run": { type: "boolean", default: false },
        "views-key": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (parsed.positionals.length !== 1) throw new UsageError(USAGE);
  const result = argsSchema.safeParse({
    file: parsed.positionals[0],
    mediaDir: parsed.values["media-dir"] ?? null,
    isDryRun: parsed.values["dry-run"],
    viewsKey: parsed.values["views-key"] ?? null,
  });
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => issue.message).join("\n"));
  return result.data;
}

async function assertPath(target: string, kind: "file" | "directory", label: string): Promise<void> {
  const info = await stat(target).catch(() => null);
  if (!info || (kind === "file" ? !info.isFile() : !info.isDirectory())) {
    throw new UsageError(`${label} tidak ditemukan: ${target}`);
  }
}

/** One progress line: rewritten in place on a terminal, printed every few seconds in a log. */
function createProgressPrinter(fileSize: number) {
  const isTty = process.stdout.isTTY === true;
  const started = performance.now();
  let lastPrint = 0;
  let bytesRead = 0;
  return {
    countBytes(bytes: number) {
      bytesRead += bytes;
    },
    resetBytes() {
      bytesRead = 0;
    },
    print(line: string, isFinal = false) {
      const now = performance.now();
      if (!isFinal && now - lastPrint < (isTty ? 200 : 5_000)) return;
      lastPrint = now;
      if (isTty) process.stdout.write(`\r\x1b[2K${line}${isFinal ? "\n" : ""}`);
      else console.log(line);
    },
    scanLine(items: number) {
      const percent = fileSize > 0 ? Math.min(100, Math.round((bytesRead / fileSize) * 100)) : 0;
      return `Membaca berkas: ${percent}% (${items} item)`;
    },
    elapsedSeconds() {
      return (performance.now() - started) / 1000;
    },
  };
}

async function main(): Promise<void> {
  const args = readArgs();
  await assertPath(args.file, "file", "Berkas ekspor");
  if (args.mediaDir) await assertPath(args.mediaDir, "directory", "Folder media");
  const fileSize = (await stat(args.file)).size;

  // Imported here so an invalid environment is reported as one message, like db:migrate does.
  const { env } = await import("@/lib/env");
  const { SYSTEM_ACTOR } = await import("@/lib/articles/mutations");
  const { importWordPress } = await import("@/lib/import/wordpress/runner");
  const { formatReport } = await import("@/lib/import/wordpress/report");
  const { disconnectDb } = await import("@/lib/db/client");

  const progress = createProgressPrinter(fileSize);
  async function* openSource(): AsyncGenerator<Uint8Array> {
    progress.resetBytes();
    for await (const chunk of createReadStream(args.file, { highWaterMark: 256 * 1024 })) {
      const bytes = chunk as Buffer;
      progress.countBytes(bytes.byteLength);
      yield bytes;
    }
  }

  console.log(
    `${args.isDryRun ? "Uji coba impor" : "Mengimpor"} ${args.file} ke ${env.DATABASE_URL ? "Postgres (DATABASE_URL)" : `PGlite di ${env.PGLITE_DATA_DIR}`}` +
      `${args.mediaDir ? `, gambar dari ${args.mediaDir} ke ${env.MEDIA_DIR}` : ", tanpa gambar (--media-dir tidak diberikan)"}.`,
  );
  try {
    const report = await importWordPress(SYSTEM_ACTOR, {
      openSource,
      fileName: path.basename(args.file),
      mediaDir: args.mediaDir,
      isDryRun: args.isDryRun,
      viewsKey: args.viewsKey,
      timeZone: env.SITE_TIME_ZONE,
      // A server takes several posts at once; the embedded PGlite has a single connection.
      concurrency: env.DATABASE_URL ? Math.min(4, env.DATABASE_POOL_SIZE) : 1,
      onProgress: (event) => {
        if (event.phase === "scan") {
          progress.print(progress.scanLine(event.items), false);
          return;
        }
        const percent = event.total > 0 ? Math.round((event.processed / event.total) * 100) : 100;
        const rate = event.processed / Math.max(progress.elapsedSeconds(), 0.001);
        progress.print(
          `Pos ${event.processed}/${event.total} (${percent}%) · diimpor ${event.imported} · dilewati ${event.skipped} · gagal ${event.failed} · ${rate.toFixed(0)} pos/detik`,
          event.processed === event.total,
        );
      },
    });
    console.log(`\n${formatReport(report)}`);
    if (report.posts.failed > 0) process.exitCode = 1;
  } finally {
    await disconnectDb();
  }
}

main().catch((error: unknown) => {
  // CASE: wrong arguments, a missing file, or an invalid environment: the message says it all.
  if (error instanceof UsageError || (error instanceof Error && error.message.startsWith("Invalid environment"))) {
    console.error(`import:wordpress: ${error.message}`);
  } else {
    // CASE: the database is unreachable, or a bug; keep the stack.
    console.error("import:wordpress: impor berhenti karena kesalahan tak terduga");
    console.error(error);
  }
  process.exitCode = 1;
});
