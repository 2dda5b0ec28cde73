/**
 * Import benchmark: generates a WordPress export of N posts (default 5,000), imports it
 * with the real command (`npm run import:wordpress`) into the database in DATABASE_URL,
 * then imports it again (everything skipped), and prints both times.
 *
 *   db=$(node scripts/throwaway-db.mjs create)
 *   DATABASE_URL=$db npm run db:migrate
 *   DATABASE_URL=$db npx tsx --conditions=react-server bench/wordpress-import.ts [--posts 5000] [--images 50]
 *   node scripts/throwaway-db.mjs drop $db
 *
 * --images N gives every (posts/N)-th post a featured image (distinct JPEG files), so the
 * image pipeline's share of the time can be seen; MEDIA_DIR then receives the renditions.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { generateWxr, uniqueIdBase } from "@/lib/testing/wxr";

const { values } = parseArgs({
  options: { posts: { type: "string", default: "5000" }, images: { type: "string", default: "0" } },
});
const posts = Number(values.posts);
const imageCount = Number(values.images);

const root = await mkdtemp(path.join(tmpdir(), "warta-wp-bench-"));
try {
  const run = Math.random().toString(36).slice(2, 8);
  const imageFiles: string[] = [];
  for (let index = 0; index < imageCount; index++) {
    const relative = `bench/foto-${index}.jpg`;
    await mkdir(path.join(root, "uploads", "bench"), { recursive: true });
    const image = sharp({
      create: { width: 1600, height: 1067, channels: 3, background: { r: (index * 37) % 255, g: 120, b: 90 } },
    });
    await writeFile(path.join(root, "uploads", relative), await image.jpeg({ quality: 85 }).toBuffer());
    imageFiles.push(relative);
  }
  const file = path.join(root, "export.xml");
  const out = createWriteStream(file);
  for await (const piece of generateWxr({
    posts,
    run,
    idBase: uniqueIdBase(),
    imageFiles,
    imageEvery: imageCount > 0 ? Math.max(1, Math.floor(posts / imageCount)) : 1,
  })) {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  console.log(
    `Generated ${posts} posts (${((await stat(file)).size / 1_048_576).toFixed(1)} MB), ${imageCount} images.`,
  );

  const args = [
    "run",
    "--silent",
    "import:wordpress",
    "--",
    file,
    ...(imageCount > 0 ? ["--media-dir", path.join(root, "uploads")] : []),
  ];
  for (const label of ["first import", "second import (all skipped)"]) {
    const started = performance.now();
    const result = spawnSync("npm", args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    const summary = result.stdout
      .split("\n")
      .filter((line) => /^(Pos ditemukan|  diimpor|  dilewati|  gagal|Gambar diimpor|Alamat lama)/.test(line));
    console.log(`${label}: ${seconds.toFixed(1)} s (exit ${result.status})\n  ${summary.join("\n  ")}`);
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
