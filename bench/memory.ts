/**
 * `npm run bench:memory -- [options]`: does the production server's memory level off under
 * a long mixed load, or keep growing (issue 14, item 8)? Starts the portal's production
 * build, drives a mix of reader traffic and publishes that invalidate cached pages for N
 * minutes, samples the server's RSS every few seconds (with its JS heap and the sizes of
 * its page and data caches, printed from inside by bench/memory-probe.mjs), and reports
 * start, peak and end RSS and whether the second half of the run is flat. See
 * bench/README.md.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { pageCountFor, pageHref } from "@/lib/articles/pagination";
import { describeDatabaseUrl, openMigrationConnection, type MigrationConnection } from "@/lib/db/migrate";
import { freePort, startServerProcess, type ServerProcess } from "@/lib/testing/server-process";
import { busiest, publishOne } from "./after-publish";
import { parseCommandLine } from "./cli";
import { lastProbeLine, memoryReport, type MemorySample, type ProbeLine } from "./memory-report";

const ROOT = path.join(import.meta.dirname, "..");

const HELP = `Usage: npm run bench:memory -- [options]

Starts the production server (node server/index.mjs on the build in .next) on DATABASE_URL
(fill it with bench:generate first), loads it with a mix of article pages, lists, searches,
view beacons, images, 404s and scheduled publishes for --minutes, samples its RSS every
--interval seconds and reports start, peak and end RSS and whether it levels off.

Options:
  --minutes N        length of the load (default 30)
  --interval S       seconds between samples (default 10)
  --connections N    requests in flight at once (default 8)
  --publish-every S  seconds between scheduled publishes that invalidate lists (default 60; 0: none)
  --nice N           run the server at this niceness (default 0)
  --heap-limit MB    start the server with node --max-old-space-size=MB (default: node's own limit)
  --heap-snapshots   also write a V8 heap snapshot of the server after the warm-up and at the end
                     (files Heap*.heapsnapshot in the project folder; compare them in Chrome DevTools)
  --out FILE         markdown result file (default bench/out/memory-<time>.md)
  --label TEXT       heading of the markdown block (default "Memory under mixed load")
  -h, --help         show this help
`;

const optionsSchema = z.object({
  minutes: z.coerce.number().min(0.5).max(600).default(30),
  interval: z.coerce.number().int().min(1).max(600).default(10),
  connections: z.coerce.number().int().min(1).max(256).default(8),
  "publish-every": z.coerce.number().int().min(0).max(3600).default(60),
  nice: z.coerce.number().int().min(0).max(19).default(0),
  "heap-limit": z.coerce.number().int().min(128).max(65_536).optional(),
  "heap-snapshots": z.boolean().default(false),
  out: z.string().optional(),
  label: z.string().max(200).default("Memory under mixed load"),
});

type Options = z.infer<typeof optionsSchema>;

// ---------------------------------------------------------------------------
// What the load asks for

interface Mix {
  articles: string[];
  lists: string[];
  searches: string[];
  images: string[];
}

/** Addresses the load draws from: every published article, every list page, words from titles, stored images. */
async function resolveMix(connection: MigrationConnection): Promise<Mix> {
  const published = "status = 'PUBLISHED' AND published_at <= now()";
  const articles = await connection.query<{ slug: string; title: string; cover_id: string | null }>(
    `SELECT slug, title, cover_image_id::text AS cover_id FROM articles WHERE ${published} ORDER BY published_at DESC LIMIT 5000`,
  );
  if (articles.length === 0)
    throw new Error("The database has no published articles: run `npm run bench:generate` first.");
  const lists: string[] = ["/", "/terpopuler"];
  const categories = await connection.query<{ slug: string; total: number }>(
    `SELECT c.slug, count(a.id)::int AS total FROM categories c LEFT JOIN articles a ON a.category_id = c.id AND a.${published.replaceAll(" AND ", " AND a.")} GROUP BY c.slug`,
  );
  for (const category of categories) {
    for (let page = 1; page <= pageCountFor(category.total); page += 1)
      lists.push(pageHref(`/kategori/${category.slug}`, page));
  }
  const tags = await connection.query<{ slug: string; total: number }>(
    "SELECT t.slug, count(*)::int AS total FROM tags t JOIN article_tags at ON at.tag_id = t.id WHERE at.article_published_at <= now() GROUP BY t.slug ORDER BY total DESC LIMIT 300",
  );
  for (const tag of tags) {
    for (let page = 1; page <= Math.min(pageCountFor(tag.total), 20); page += 1)
      lists.push(pageHref(`/tag/${tag.slug}`, page));
  }
  const writers = await connection.query<{ username: string }>(
    "SELECT DISTINCT u.username FROM users u JOIN articles a ON a.writer_id = u.id LIMIT 100",
  );
  for (const writer of writers) lists.push(`/penulis/${writer.username}`);
  const words = new Set<string>();
  for (const { title } of articles) {
    for (const word of title.toLowerCase().split(/[^a-z]+/)) if (word.length >= 5) words.add(word);
  }
  const images = articles.flatMap((article) => (article.cover_id ? [`/media/${article.cover_id}/480.webp`] : []));
  return {
    articles: articles.map((article) => `/berita/${article.slug}`),
    lists,
    searches: [...words].slice(0, 2000).map((word) => `/cari?q=${encodeURIComponent(word)}`),
    images,
  };
}

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

function pick<T>(items: readonly T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}

/**
 * One request of the mix, in proportions of a news day: mostly articles, then lists,
 * view beacons, searches, images and some 404s. Resolves to whether it failed (5xx or
 * no answer).
 */
async function oneRequest(origin: string, mix: Mix): Promise<boolean> {
  const roll = Math.random();
  let url: string;
  let init: RequestInit = { headers: { "User-Agent": CHROME }, redirect: "manual" };
  if (roll < 0.4) url = pick(mix.articles) ?? "/";
  else if (roll < 0.6) url = pick(mix.lists) ?? "/";
  else if (roll < 0.75) {
    const article = pick(mix.articles) ?? "/berita/x";
    url = "/api/views";
    init = {
      method: "POST",
      headers: { "User-Agent": CHROME, "Content-Type": "application/json", "Sec-Fetch-Site": "same-origin" },
      body: JSON.stringify({ slug: article.slice("/berita/".length) }),
    };
  } else if (roll < 0.85) url = pick(mix.searches) ?? "/cari?q=banjir";
  else if (roll < 0.95) url = pick(mix.images) ?? pick(mix.articles) ?? "/";
  else url = `/berita/tidak-ada-${randomBytes(6).toString("hex")}`;
  try {
    const response = await fetch(`${origin}${url}`, { ...init, signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.status >= 500;
  } catch {
    return true;
  }
}

// ---------------------------------------------------------------------------

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!match) throw new Error(`No VmRSS for process ${pid}: has the server exited?`);
  return Number(match[1]) / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Heap snapshot files the server wrote (`--heapsnapshot-signal` writes them in its working folder). */
async function heapSnapshots(): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for (const name of await readdir(ROOT)) {
    if (name.endsWith(".heapsnapshot")) files.set(name, (await stat(path.join(ROOT, name))).size);
  }
  return files;
}

/**
 * Waits until a snapshot not in `before` has stopped growing: writing one of a large heap
 * takes minutes on a busy machine, and stopping the server meanwhile leaves an empty file.
 */
async function waitForNewSnapshot(before: ReadonlyMap<string, number>): Promise<void> {
  const deadline = Date.now() + 5 * 60_000;
  let lastSize = -1;
  while (Date.now() < deadline) {
    await sleep(3_000);
    const fresh = [...(await heapSnapshots())].filter(([name]) => !before.has(name));
    const size = fresh[0]?.[1] ?? 0;
    if (size > 0 && size === lastSize) {
      console.log(`Heap snapshot written: ${fresh[0]?.[0]}`);
      return;
    }
    lastSize = size;
  }
  console.warn("The last heap snapshot did not finish within 5 minutes.");
}

async function run(options: Options, databaseUrl: string): Promise<void> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build in .next: run `npm run build` first.");
  }
  const connection = await openMigrationConnection({ databaseUrl });
  let server: ServerProcess | undefined;
  const made: string[] = [];
  let isStopping = false;
  const stop = () => {
    isStopping = true;
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const mix = await resolveMix(connection);
    console.log(
      `Database ${describeDatabaseUrl(databaseUrl)}: ${mix.articles.length} articles, ${mix.lists.length} list pages, ` +
        `${mix.searches.length} searches, ${mix.images.length} images in the mix.`,
    );
    let probe: ProbeLine | null = null;
    server = await startServerProcess({
      port: await freePort(),
      env: { DATABASE_URL: databaseUrl, NODE_OPTIONS: "", MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "" },
      nice: options.nice || undefined,
      nodeArgs: [
        "--import",
        pathToFileURL(path.join(import.meta.dirname, "memory-probe.mjs")).href,
        ...(options["heap-snapshots"] ? ["--heapsnapshot-signal=SIGUSR2"] : []),
        ...(options["heap-limit"] ? [`--max-old-space-size=${options["heap-limit"]}`] : []),
      ],
    });
    const { origin, pid } = server;
    console.log(`Server ${origin} (pid ${pid}); ${options.minutes} min of load at ${options.connections} connections.`);

    let requests = 0;
    let failures = 0;
    const started = Date.now();
    const endsAt = started + options.minutes * 60_000;
    const isRunning = () => !isStopping && Date.now() < endsAt;
    const workers = Array.from({ length: options.connections }, async () => {
      while (isRunning()) {
        if (await oneRequest(origin, mix)) failures += 1;
        requests += 1;
      }
    });

    const publisher = (async () => {
      if (options["publish-every"] === 0) return;
      const target = await busiest(connection);
      for (let index = 0; isRunning(); index += 1) {
        const publishAt = Date.now() + options["publish-every"] * 1000;
        while (isRunning() && Date.now() < publishAt) await sleep(500);
        if (!isRunning()) break;
        made.push(await publishOne(connection, target, index));
      }
    })();

    const samples: MemorySample[] = [];
    let isSnapshotTaken = false;
    while (true) {
      const seconds = (Date.now() - started) / 1000;
      probe = lastProbeLine(server.output()) ?? probe;
      samples.push({ seconds, rssMb: await rssMb(pid), probe, requests, failures });
      const sample = samples.at(-1);
      if (sample) {
        console.log(
          `${(seconds / 60).toFixed(1).padStart(5)} min  RSS ${sample.rssMb.toFixed(0)} MB  heap ${probe?.heapUsedMb.toFixed(0) ?? "–"} MB  ` +
            `page cache ${probe?.pageCacheMb?.toFixed(0) ?? "–"} MB  data cache ${probe?.dataCacheMb?.toFixed(0) ?? "–"} MB  ` +
            `${requests} requests, ${failures} failed`,
        );
      }
      if (options["heap-snapshots"] && !isSnapshotTaken && seconds >= Math.min(120, options.minutes * 30)) {
        process.kill(pid, "SIGUSR2");
        isSnapshotTaken = true;
      }
      if (!isRunning()) break;
      const sampleAt = Math.min(Date.now() + options.interval * 1000, endsAt);
      while (isRunning() && Date.now() < sampleAt) await sleep(250);
    }
    await Promise.all(workers);
    await publisher.catch((error: unknown) => console.warn(`publishing stopped: ${String(error)}`));
    if (options["heap-snapshots"]) {
      const before = await heapSnapshots();
      process.kill(pid, "SIGUSR2");
      await waitForNewSnapshot(before);
    }

    const header = [
      `### ${options.label} (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC)`,
      "",
      `- Machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)} at the end; node ${process.version}`,
      `- Database: ${mix.articles.length} published articles, ${mix.lists.length} list pages`,
      `- Load: ${options.connections} connections for ${options.minutes} min: 40% articles, 20% lists, 15% view beacons, ` +
        `10% searches (${mix.searches.length} distinct), 10% images, 5% 404s; a scheduled publish every ${options["publish-every"]} s ` +
        `(${made.length} made)`,
      `- Server: node server/index.mjs (production build), PAGE_CACHE_MAX_MB=${process.env.PAGE_CACHE_MAX_MB ?? "256 (default)"}, ` +
        `DATA_CACHE_MAX_MB=${process.env.DATA_CACHE_MAX_MB ?? "64 (default)"}, MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? "unset"}, ` +
        `heap limit ${options["heap-limit"] ? `${options["heap-limit"]} MB` : "node's default"}`,
    ];
    const markdown = `${memoryReport(samples, header)}\n`;
    const outFile =
      options.out ?? path.join(ROOT, "bench", "out", `memory-${new Date().toISOString().replace(/[:.]/g, "-")}.md`);
    await mkdir(path.dirname(outFile), { recursive: true });
    await writeFile(outFile, markdown);
    console.log(`\n${markdown}\nWritten to ${path.relative(process.cwd(), outFile)}`);
  } finally {
    await server?.stop();
    // The published test articles go again (bench:generate --reset would also find them by their writer).
    if (made.length > 0) await connection.query("DELETE FROM articles WHERE id = ANY($1::uuid[])", [made]);
    await connection.close();
  }
}

async function main(): Promise<void> {
  const options = parseCommandLine(
    "bench:memory",
    {
      minutes: { type: "string" },
      interval: { type: "string" },
      connections: { type: "string" },
      "publish-every": { type: "string" },
      nice: { type: "string" },
      "heap-limit": { type: "string" },
      "heap-snapshots": { type: "boolean" },
      out: { type: "string" },
      label: { type: "string" },
    },
    optionsSchema,
    HELP,
  );
  if (options === null) return;
  const { env } = await import("@/lib/env");
  if (!env.DATABASE_URL) {
    throw new Error("bench:memory needs DATABASE_URL: a Postgres database filled by `npm run bench:generate`.");
  }
  await run(options, env.DATABASE_URL);
}

main().catch((error: unknown) => {
  console.error(`bench:memory: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
