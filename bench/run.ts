/**
 * `npm run bench -- [options]`: the load runner of issue 8. Starts the portal's production
 * build (or takes --app-url), a trivial Next page and nginx serving a static file as
 * references, loads each public page with wrk in interleaved rounds, and prints req/s,
 * p50/p95/p99 and the ratio to the reference measured in the same round. `--cold`
 * measures single requests instead. See bench/README.md.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { describeDatabaseUrl, openMigrationConnection, type MigrationConnection } from "@/lib/db/migrate";
import { parseCommandLine } from "./cli";
import { freePort, runToCompletion, startServer, stopAll, type Server } from "./processes";
import {
  NEXT_REFERENCE,
  NGINX_REFERENCE,
  buildRows,
  formatMs,
  loadTable,
  markdownTable,
  percentile,
  textTable,
  type Measurement,
  type Via,
} from "./report";
import {
  DEFAULT_TARGETS,
  TARGET_NAMES,
  resolveColdSamples,
  resolveTargets,
  type ColdSamples,
  type Target,
  type TargetName,
} from "./targets";
import { measureAfterPublish } from "./after-publish";
import { runWrk } from "./wrk";

const ROOT = path.join(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
/** The portal's production server (`npm start`), which production runs instead of `next start`. */
const PORTAL_SERVER = path.join(ROOT, "server", "index.mjs");
const REFERENCE_APP = path.join(import.meta.dirname, "reference-app");
const NGINX = "/usr/sbin/nginx";
const STATIC_FILE_BYTES = 62 * 1024;

const HELP = `Usage: npm run bench -- [options]

Load-tests the portal's public pages with wrk and reports req/s, p50, p95 and p99, each as a
ratio to a reference measured in the same run: a trivial Next page (bench/reference-app) for
the app alone, nginx serving a ${STATIC_FILE_BYTES / 1024} KB static file for the edge. Needs DATABASE_URL (the
database the app serves; fill it with bench:generate) and a production build (npm run build)
unless --app-url is given. Servers it starts are stopped when it ends.

Options:
  --app-url URL          load a portal that is already running instead of starting its
                         production server (node server/index.mjs, as npm start does)
  --edge-url URL         also load every page through this edge cache (Varnish in front of the app)
  --targets LIST         comma-separated, from: ${TARGET_NAMES.join(", ")}
                         (default: ${DEFAULT_TARGETS.join(",")})
  -c, --connections LIST wrk connections, one or more levels, e.g. 16 or 16,32 (default 16)
  --threads N            wrk threads (default 2)
  --duration S           seconds of load per page per round (default 10)
  --warmup S             seconds of unmeasured load per page before the first round (default 3)
  --rounds N             rounds; references run before, between and after them (default 2)
  --rotate N             articles the article page cycles through (default 20)
  --search WORD          the word of the repeated search (default banjir)
  --cold                 measure single requests instead of load: each page's first request after
                         a fresh start (second request beside it), then N distinct searches,
                         category pages and articles, which are cold by construction
  --cold-samples N       distinct addresses per kind in --cold (default 30)
  --publishes N          in --cold, also publish N articles one by one through the portal's
                         scheduler and time each page's first request after each (default 10;
                         0 skips it; about 15 s per publish)
  --versus DATABASE_URL  in --cold, start a second portal on this database (say 1,000 articles
                         beside DATABASE_URL's 100,000) and request each sample from both in
                         turn, so both see the same machine load; reports each kind on both
                         and their ratio
  --port-base N          ports for servers it starts: the first free ones from N (default 3400)
  --out FILE             markdown result file (default bench/out/<time>.md)
  --label TEXT           heading of the markdown block (default "Bench run")
  --rebuild-reference    rebuild bench/reference-app even if its build looks current
  -h, --help             show this help
`;

const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);
const urlOption = z
  .url()
  .refine((value) => /^https?:\/\//.test(value), "must be an http(s) URL")
  .transform((value) => value.replace(/\/+$/, ""))
  .optional();

const optionsSchema = z.object({
  "app-url": urlOption,
  "edge-url": urlOption,
  targets: z
    .string()
    .default(DEFAULT_TARGETS.join(","))
    .transform((value) =>
      value
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(TARGET_NAMES)).min(1)),
  connections: z
    .string()
    .default("16")
    .transform((value) => value.split(",").map((level) => Number(level.trim())))
    .pipe(z.array(z.number().int().min(1).max(10_000)).min(1)),
  threads: positiveInt(64).default(2),
  duration: positiveInt(3600).default(10),
  warmup: z.coerce.number().int().min(0).max(600).default(3),
  rounds: positiveInt(20).default(2),
  rotate: positiveInt(1000).default(20),
  search: z.string().trim().min(1).max(100).default("banjir"),
  cold: z.boolean().default(false),
  "cold-samples": positiveInt(1000).default(30),
  publishes: z.coerce.number().int().min(0).max(1000).default(10),
  versus: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  "port-base": z.coerce.number().int().min(1024).max(65_000).default(3400),
  out: z.string().optional(),
  label: z.string().max(200).default("Bench run"),
  "rebuild-reference": z.boolean().default(false),
});

type Options = z.infer<typeof optionsSchema>;

// ---------------------------------------------------------------------------
// Environment for the servers

/**
 * The portal gets this script's environment (DATABASE_URL and the SITE_* settings it was
 * given) as production, without the loader options tsx put in NODE_OPTIONS. The servers
 * are separate programs, so they are handed the environment itself rather than lib/env's
 * parsed view of it.
 */
function portalEnvironment(authSecret: string | undefined): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NODE_OPTIONS: "",
    // Production refuses to sign anything without a secret; readers never sign in, so any will do.
    AUTH_SECRET: authSecret ?? randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** The reference app needs nothing of the portal's configuration, and must not see its database. */
function referenceEnvironment(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
}

// ---------------------------------------------------------------------------
// Servers

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === ".next" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

async function ensureReferenceBuild(options: Options, logDir: string): Promise<void> {
  const buildId = path.join(REFERENCE_APP, ".next", "BUILD_ID");
  const isCurrent = existsSync(buildId) && statSync(buildId).mtimeMs > (await newestMtime(REFERENCE_APP));
  if (isCurrent && !options["rebuild-reference"]) return;
  console.log("Building the reference app (bench/reference-app)…");
  await runToCompletion(
    "reference-build",
    "nice",
    ["-n", "10", process.execPath, NEXT_BIN, "build", REFERENCE_APP],
    ROOT,
    referenceEnvironment(),
    logDir,
  );
}

async function startNginx(port: number, workDir: string, logDir: string): Promise<Server> {
  const prefix = path.join(workDir, "nginx");
  const www = path.join(prefix, "www");
  await mkdir(path.join(prefix, "temp"), { recursive: true });
  await mkdir(www, { recursive: true });
  // nginx's workers drop root privileges; they must be able to read the files.
  for (const dir of [workDir, prefix, www]) await chmod(dir, 0o755);
  const paragraph =
    "<p>Pemerintah Kota Samarinda menggelar rapat koordinasi penanganan banjir bersama seluruh camat dan lurah.</p>\n";
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Statis</title></head><body>\n${paragraph.repeat(
    Math.ceil(STATIC_FILE_BYTES / paragraph.length),
  )}</body></html>\n`;
  await writeFile(path.join(www, "static.html"), html.slice(0, STATIC_FILE_BYTES - 15) + "</body></html>\n");
  const temp = path.join(prefix, "temp");
  const config = `
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${logDir}/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  types { text/html html; }
  server {
    listen 127.0.0.1:${port};
    root ${www};
  }
}
`;
  await writeFile(path.join(prefix, "nginx.conf"), config);
  const url = `http://127.0.0.1:${port}`;
  return startServer({
    name: "nginx",
    command: NGINX,
    args: [
      "-p",
      prefix,
      "-c",
      path.join(prefix, "nginx.conf"),
      "-e",
      path.join(logDir, "nginx-error.log"),
      "-g",
      "daemon off;",
    ],
    cwd: prefix,
    env: referenceEnvironment(),
    url,
    readyUrl: `${url}/static.html`,
    logDir,
  });
}

function startPortal(
  port: number,
  authSecret: string | undefined,
  logDir: string,
  other?: { name: string; databaseUrl: string },
): Promise<Server> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build in .next: run `npm run build` first, or pass --app-url.");
  }
  const url = `http://127.0.0.1:${port}`;
  return startServer({
    name: other?.name ?? "app",
    command: process.execPath,
    args: [PORTAL_SERVER],
    cwd: ROOT,
    env: {
      ...portalEnvironment(authSecret),
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      ...(other ? { DATABASE_URL: other.databaseUrl } : {}),
    },
    url,
    readyUrl: `${url}/api/health`,
    logDir,
  });
}

function startReference(port: number, logDir: string): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  return startServer({
    name: "reference-next",
    command: process.execPath,
    args: [NEXT_BIN, "start", REFERENCE_APP, "--hostname", "127.0.0.1", "--port", String(port)],
    cwd: ROOT,
    env: referenceEnvironment(),
    url,
    readyUrl: `${url}/`,
    logDir,
  });
}

// ---------------------------------------------------------------------------
// Measuring

interface Probe {
  status: number;
  ms: number;
  bytes: number;
  cacheControl: string;
}

/** One request, timed until the whole body has arrived. Redirects are not followed: a page must answer 200 itself. */
async function probe(url: string): Promise<Probe> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
  const body = await response.arrayBuffer();
  return {
    status: response.status,
    ms: performance.now() - started,
    bytes: body.byteLength,
    cacheControl: response.headers.get("cache-control") ?? "(none)",
  };
}

interface Subject {
  name: string;
  via: Via;
  baseUrl: string;
  pathsFile: string;
}

interface MachineInfo {
  cpus: number;
  model: string;
  memoryGiB: number;
  loadStart: number[];
  node: string;
  postgres: string;
  commit: string;
}

function gitDescription(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
    const branch = execFileSync("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT })
      .toString()
      .trim();
    return `${commit} (${branch}${dirty ? ", with uncommitted changes" : ""})`;
  } catch {
    return "unknown (not a git checkout)";
  }
}

async function machineInfo(connection: MigrationConnection): Promise<MachineInfo> {
  const [version] = await connection.query<{ server_version: string }>("SHOW server_version");
  return {
    cpus: os.availableParallelism(),
    model: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    memoryGiB: os.totalmem() / 2 ** 30,
    loadStart: os.loadavg(),
    node: process.version,
    postgres: version?.server_version ?? "unknown",
    commit: gitDescription(),
  };
}

const formatLoad = (load: readonly number[]) => load.map((value) => value.toFixed(2)).join(" / ");

async function databaseCounts(connection: MigrationConnection): Promise<{ articles: number; tags: number }> {
  const [row] = await connection.query<{ articles: number; tags: number }>(
    `SELECT (SELECT count(*)::int FROM articles WHERE status = 'PUBLISHED' AND published_at <= now()) AS articles,
            (SELECT count(*)::int FROM tags) AS tags`,
  );
  return { articles: Number(row?.articles ?? 0), tags: Number(row?.tags ?? 0) };
}

function header(
  options: Options,
  machine: MachineInfo,
  counts: { articles: number; tags: number },
  extra: string[],
): string[] {
  return [
    `### ${options.label} (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `- Code: ${machine.commit}`,
    `- Machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGiB.toFixed(1)} GiB RAM; load average ${formatLoad(machine.loadStart)} at start, ${formatLoad(os.loadavg())} at end`,
    `- Software: Node ${machine.node}, Postgres ${machine.postgres}`,
    `- Database: ${counts.articles.toLocaleString("en")} published articles, ${counts.tags.toLocaleString("en")} tags`,
    ...extra,
  ];
}

// ---------------------------------------------------------------------------
// Load mode

async function runLoad(
  options: Options,
  connection: MigrationConnection,
  targets: Target[],
  servers: { app: string; edge?: string; workDir: string; logDir: string },
): Promise<string> {
  const portsTaken = new Set<number>();
  const port = async () => {
    const chosen = await freePort(options["port-base"], options["port-base"] + 99, portsTaken);
    portsTaken.add(chosen);
    return chosen;
  };
  await ensureReferenceBuild(options, servers.logDir);
  const reference = await startReference(await port(), servers.logDir);
  const nginx = await startNginx(await port(), servers.workDir, servers.logDir);

  const pathsFile = async (name: string, paths: string[]) => {
    const file = path.join(servers.workDir, `${name}.paths`);
    await writeFile(file, `${paths.join("\n")}\n`);
    return file;
  };
  const references: Subject[] = [
    {
      name: NEXT_REFERENCE,
      via: "reference",
      baseUrl: reference.url,
      pathsFile: await pathsFile("reference-next", ["/"]),
    },
    {
      name: NGINX_REFERENCE,
      via: "reference",
      baseUrl: nginx.url,
      pathsFile: await pathsFile("reference-nginx", ["/static.html"]),
    },
  ];

  // Pre-flight: every page must answer 200 by itself before it is worth loading.
  const subjects: Subject[] = [];
  const preflight: string[][] = [];
  const bases: { via: Via; url: string }[] = [{ via: "app", url: servers.app }];
  if (servers.edge) bases.push({ via: "edge", url: servers.edge });
  for (const subject of references) {
    const check = await probe(`${subject.baseUrl}${subject.name === NEXT_REFERENCE ? "/" : "/static.html"}`);
    if (check.status !== 200)
      throw new Error(`The reference ${subject.name} answered ${check.status}; see the logs in ${servers.logDir}.`);
    preflight.push([
      subject.name,
      "reference",
      String(check.status),
      `${(check.bytes / 1024).toFixed(1)} KB`,
      check.cacheControl,
    ]);
  }
  for (const target of targets) {
    for (const base of bases) {
      const first = target.paths[0];
      if (first === undefined) {
        preflight.push([target.name, base.via, "skipped", "", target.description]);
        continue;
      }
      const check = await probe(`${base.url}${first}`);
      preflight.push([
        target.name,
        base.via,
        String(check.status),
        `${(check.bytes / 1024).toFixed(1)} KB`,
        check.cacheControl,
      ]);
      if (check.status !== 200) {
        console.warn(`Skipping ${target.name} via ${base.via}: ${first} answered ${check.status}.`);
        continue;
      }
      subjects.push({
        name: target.name,
        via: base.via,
        baseUrl: base.url,
        pathsFile: await pathsFile(`${target.name}-${base.via}`, target.paths),
      });
    }
  }

  const measurements: Measurement[] = [];
  const load = async (subject: Subject, connections: number, seconds: number) =>
    runWrk({ baseUrl: subject.baseUrl, pathsFile: subject.pathsFile, threads: options.threads, connections, seconds });
  const measure = async (subject: Subject, slot: number) => {
    for (const connections of options.connections) {
      const result = await load(subject, connections, options.duration);
      measurements.push({ slot, subject: subject.name, via: subject.via, connections, result });
      console.log(
        `  ${subject.via.padEnd(9)} ${subject.name.padEnd(26)} c${String(connections).padEnd(4)} ${result.requestsPerSecond.toFixed(1).padStart(9)} req/s  p50 ${formatMs(result.latencyMs.p50)}  p99 ${formatMs(result.latencyMs.p99)}`,
      );
    }
  };

  if (options.warmup > 0) {
    console.log(`Warming up (${options.warmup} s per page, not counted)…`);
    const busiest = Math.max(...options.connections);
    for (const subject of [...references, ...subjects]) await load(subject, busiest, options.warmup);
  }
  for (let round = 0; round < options.rounds; round += 1) {
    console.log(`Round ${round + 1} of ${options.rounds}`);
    for (const subject of references) await measure(subject, round);
    for (const subject of subjects) await measure(subject, round);
  }
  console.log("References, after the last round");
  for (const subject of references) await measure(subject, options.rounds);

  const rows = buildRows(measurements);
  console.log(`\n${loadTable(rows, textTable)}\n`);
  return [
    loadTable(rows, markdownTable),
    "",
    `Ratios: each round's req/s over the reference's in the same round (the mean of its runs just before and after): app-alone rows over the ${NEXT_REFERENCE}, edge rows over ${NGINX_REFERENCE}. Ranges span the rounds.`,
    "",
    "Pages:",
    ...targets.map((target) => `- ${target.name}: ${target.description}`),
    "",
    "Pre-flight (one request each, before the load):",
    "",
    markdownTable(["page", "via", "status", "size", "Cache-Control"], preflight),
  ].join("\n");
}

// ---------------------------------------------------------------------------
// Cold mode

async function timeSamples(baseUrl: string, paths: readonly string[]): Promise<{ times: number[]; failures: number }> {
  const times: number[] = [];
  let failures = 0;
  for (const samplePath of paths) {
    const result = await probe(`${baseUrl}${samplePath}`);
    if (result.status === 200) times.push(result.ms);
    else failures += 1;
  }
  return { times, failures };
}

/** One row of a cold table (label, n, p50, p95, max, failures), also printed as it is measured. */
function latencyRow(label: string, times: number[], failures: number, width: number): string[] {
  const row = [
    label,
    String(times.length),
    formatMs(percentile(times, 50)),
    formatMs(percentile(times, 95)),
    formatMs(Math.max(...times)),
    failures > 0 ? `${failures} not 200` : "",
  ];
  console.log(`  ${label.padEnd(width)} n=${row[1]}  p50 ${row[2]}  p95 ${row[3]}  max ${row[4]} ${row[5]}`);
  return row;
}

/**
 * The kinds of cold samples, and the addresses to request first so that each route's code
 * is loaded (page 1 and page N are different routes) before anything is measured.
 */
function coldKinds(
  samples: ColdSamples,
  repeatedSearch: string,
): { warmRoutes: string[]; kinds: [string, string[]][] } {
  const warmRoutes = [
    repeatedSearch,
    samples.categoryPages.at(-1),
    samples.categoryPages.find((sample) => sample.includes("?")),
    samples.tagPages.at(-1),
    samples.tagPages.find((sample) => sample.includes("?")),
    samples.authorPages.at(-1),
    samples.authorPages.find((sample) => sample.includes("?")),
    samples.articles.at(-1),
  ].filter((value): value is string => value !== undefined);
  const unseen = (paths: string[]) => paths.filter((sample) => !warmRoutes.includes(sample));
  return {
    warmRoutes,
    kinds: [
      ["distinct searches (/cari?q=<word>)", unseen(samples.searches)],
      ["category pages: page 1 and last of each", unseen(samples.categoryEnds)],
      ["category pages, all depths", unseen(samples.categoryPages)],
      ["tag pages: page 1 and last of the 10 busiest", unseen(samples.tagEnds)],
      ["tag pages (10 busiest tags), all depths", unseen(samples.tagPages)],
      ["author pages, all depths", unseen(samples.authorPages)],
      ["distinct articles", unseen(samples.articles)],
    ],
  };
}

async function runCold(
  options: Options,
  connection: MigrationConnection,
  targets: Target[],
  app: { url: string; restart: (() => Promise<string>) | null },
): Promise<string> {
  let baseUrl = app.url;
  const firstRequests: string[][] = [];
  for (const target of targets) {
    const first = target.paths[0];
    if (first === undefined) continue;
    if (app.restart) baseUrl = await app.restart();
    const cold = await probe(`${baseUrl}${first}`);
    const warm = await probe(`${baseUrl}${first}`);
    firstRequests.push([target.name, first, String(cold.status), formatMs(cold.ms), formatMs(warm.ms)]);
    console.log(
      `  ${target.name.padEnd(14)} first ${formatMs(cold.ms).padStart(9)}  second ${formatMs(warm.ms).padStart(9)}  (${cold.status})`,
    );
  }

  // Distinct addresses on a fresh server, after one request per route has loaded its code:
  // what is measured is data that no cache holds yet, not module loading.
  if (app.restart) baseUrl = await app.restart();
  const loaded = new Set(targets.flatMap((target) => target.paths));
  const repeatedSearch =
    targets.find((target) => target.name === "search")?.paths[0] ?? `/cari?q=${encodeURIComponent(options.search)}`;
  const samples = await resolveColdSamples(connection, options["cold-samples"], {
    search: options.search,
    paths: loaded,
  });
  const { warmRoutes, kinds } = coldKinds(samples, repeatedSearch);
  for (const route of warmRoutes) await probe(`${baseUrl}${route}`);
  const sampleRows: string[][] = [];
  for (const [kind, paths] of kinds) {
    const { times, failures } = await timeSamples(baseUrl, paths);
    sampleRows.push(latencyRow(kind, times, failures, 38));
  }

  let afterPublish: string[] = [];
  if (options.publishes > 0) {
    console.log(`Publishing ${options.publishes} articles through the portal's scheduler, one at a time…`);
    const measured = await measureAfterPublish(connection, baseUrl, options.publishes, probe, (round) =>
      console.log(`  published ${round + 1} of ${options.publishes}`),
    );
    const rows = [...measured.times].map(([page, times]) =>
      latencyRow(page, times, measured.failures.get(page) ?? 0, 22),
    );
    afterPublish = [
      "",
      `First request to each page after a publish (${options.publishes} times: the portal's scheduler published one article in the busiest category with the busiest tag, which invalidates these pages; see bench/after-publish.ts):`,
      "",
      markdownTable(["page", "n", "p50", "p95", "max", ""], rows),
    ];
  }

  return [
    app.restart
      ? "First request to each page right after the app started (the server was restarted before each page), and the request after it:"
      : "First request to each page seen by this run (the app was not started by the bench, so it may already be warm), and the request after it:",
    "",
    markdownTable(["page", "address", "status", "first", "second"], firstRequests),
    "",
    "Distinct addresses, one request each, in sequence, on a freshly started app:",
    "",
    markdownTable(["sample", "n", "p50", "p95", "max", ""], sampleRows),
    ...afterPublish,
  ].join("\n");
}

interface ColdSide {
  label: string;
  connection: MigrationConnection;
  url: string;
}

/** p50 and p95 of two sides and their ratios: one row of a --versus table. */
function versusRow(label: string, a: number[], b: number[], failures: number): string[] {
  const ratio = (x: number, y: number) => (y > 0 ? `${(x / y).toFixed(2)}×` : "");
  const [a50, b50, a95, b95] = [percentile(a, 50), percentile(b, 50), percentile(a, 95), percentile(b, 95)];
  const row = [
    label,
    String(Math.min(a.length, b.length)),
    formatMs(a50),
    formatMs(b50),
    ratio(a50, b50),
    formatMs(a95),
    formatMs(b95),
    ratio(a95, b95),
    failures > 0 ? `${failures} not 200` : "",
  ];
  console.log(
    `  ${label.padEnd(44)} p50 ${row[2]} / ${row[3]} = ${row[4]}   p95 ${row[5]} / ${row[6]} = ${row[7]} ${row[8]}`,
  );
  return row;
}

/**
 * --cold --versus: the cold samples of two portals at once (DATABASE_URL's and the --versus
 * database's), the k-th sample of one side requested right before or after the k-th of the
 * other (alternating which goes first). Both sides meet the same machine load, so their
 * ratio is the cost of the database's size, not of the moment: the same idea as the load
 * mode's references in the same round.
 */
async function runColdVersus(options: Options, sides: [ColdSide, ColdSide]): Promise<string> {
  const repeatedSearch = `/cari?q=${encodeURIComponent(options.search)}`;
  const plans = await Promise.all(
    sides.map(async (side) => {
      const samples = await resolveColdSamples(side.connection, options["cold-samples"], {
        search: options.search,
        paths: new Set(),
      });
      const plan = coldKinds(samples, repeatedSearch);
      for (const route of plan.warmRoutes) await probe(`${side.url}${route}`);
      return plan;
    }),
  );
  const [a, b] = sides;
  const [planA, planB] = plans;
  const headerRow = ["sample", "n", a.label, b.label, "ratio", `${a.label} p95`, `${b.label} p95`, "ratio", ""];
  const sampleRows: string[][] = [];
  for (const [index, [kind, pathsA]] of (planA?.kinds ?? []).entries()) {
    const pathsB = planB?.kinds[index]?.[1] ?? [];
    const times: [number[], number[]] = [[], []];
    let failures = 0;
    for (let i = 0; i < Math.min(pathsA.length, pathsB.length); i += 1) {
      const order = i % 2 === 0 ? [0, 1] : [1, 0];
      for (const sideIndex of order) {
        const side = sides[sideIndex as 0 | 1];
        const samplePath = (sideIndex === 0 ? pathsA : pathsB)[i] ?? "";
        const result = await probe(`${side.url}${samplePath}`);
        if (result.status === 200) times[sideIndex as 0 | 1].push(result.ms);
        else failures += 1;
      }
    }
    sampleRows.push(versusRow(kind, times[0], times[1], failures));
  }

  const afterPublish: string[] = [];
  if (options.publishes > 0) {
    console.log(`Publishing ${options.publishes} articles on each side, the sides in turn…`);
    const merged: [Map<string, number[]>, Map<string, number[]>] = [new Map(), new Map()];
    let failures = 0;
    for (let round = 0; round < options.publishes; round += 1) {
      for (const sideIndex of round % 2 === 0 ? [0, 1] : [1, 0]) {
        const side = sides[sideIndex as 0 | 1];
        const measured = await measureAfterPublish(side.connection, side.url, 1, probe);
        for (const [page, times] of measured.times) {
          const into = merged[sideIndex as 0 | 1];
          into.set(page, [...(into.get(page) ?? []), ...times]);
        }
        for (const count of measured.failures.values()) failures += count;
      }
      console.log(`  round ${round + 1} of ${options.publishes}`);
    }
    const rows = [...merged[0].keys()].map((page) =>
      versusRow(page, merged[0].get(page) ?? [], merged[1].get(page) ?? [], 0),
    );
    afterPublish.push(
      "",
      `First request to each page after a publish (${options.publishes} on each side, the sides in turn; bench/after-publish.ts)${failures > 0 ? `; ${failures} requests did not answer 200` : ""}:`,
      "",
      markdownTable(
        headerRow.map((cell, index) => (index === 0 ? "page" : cell)),
        rows,
      ),
    );
  }

  return [
    `Distinct addresses, one request each, the two portals in turn (ratio: ${a.label} over ${b.label}; the medians are the steadier figure on a busy machine):`,
    "",
    markdownTable(headerRow, sampleRows),
    ...afterPublish,
  ].join("\n");
}

// ---------------------------------------------------------------------------

function commandExists(name: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, name)));
}

async function main(): Promise<void> {
  const options = parseCommandLine(
    "bench",
    {
      "app-url": { type: "string" },
      "edge-url": { type: "string" },
      targets: { type: "string" },
      connections: { type: "string", short: "c" },
      threads: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      rounds: { type: "string" },
      rotate: { type: "string" },
      search: { type: "string" },
      cold: { type: "boolean" },
      "cold-samples": { type: "string" },
      publishes: { type: "string" },
      versus: { type: "string" },
      "port-base": { type: "string" },
      out: { type: "string" },
      label: { type: "string" },
      "rebuild-reference": { type: "boolean" },
    },
    optionsSchema,
    HELP,
  );
  if (options === null) return;
  // The load runner and the static-file reference come from Debian; say so before starting anything.
  const missing = [
    ...(options.cold || existsSync(NGINX) ? [] : ["nginx-light (the static-file reference)"]),
    ...(options.cold || commandExists("wrk") ? [] : ["wrk (the load generator)"]),
  ];
  if (missing.length > 0) {
    throw new Error(`Missing: ${missing.join(", ")}. Install with: apt-get install nginx-light wrk`);
  }
  const { env } = await import("@/lib/env");
  if (!env.DATABASE_URL) {
    throw new Error(
      "bench needs DATABASE_URL: the Postgres database the app serves (the embedded PGlite allows one process at a time).",
    );
  }

  const workDir = await mkdtemp(path.join(os.tmpdir(), "warta-bench-"));
  const logDir = path.join(workDir, "logs");
  await mkdir(logDir);
  const connection = await openMigrationConnection({ databaseUrl: env.DATABASE_URL });
  const stopOnSignal = () => {
    void stopAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  let isFinished = false;
  try {
    const machine = await machineInfo(connection);
    const counts = await databaseCounts(connection);
    console.log(
      `Database ${describeDatabaseUrl(env.DATABASE_URL)}: ${counts.articles} published articles. Logs in ${logDir}.`,
    );
    const targets = await resolveTargets(connection, options.targets as TargetName[], {
      rotate: options.rotate,
      search: options.search,
    });

    let app: Server | undefined;
    const appPort = options["app-url"] ? undefined : await freePort(options["port-base"], options["port-base"] + 99);
    const restartApp = async () => {
      await app?.stop();
      app = await startPortal(appPort ?? 0, env.AUTH_SECRET, logDir);
      return app.url;
    };
    const appUrl = options["app-url"] ?? (await restartApp());

    let body: string;
    let extra: string[];
    if (options.cold && options.versus) {
      const other = await openMigrationConnection({ databaseUrl: options.versus });
      try {
        const otherCounts = await databaseCounts(other);
        const otherPort = await freePort((appPort ?? options["port-base"]) + 1, options["port-base"] + 99);
        const otherApp = await startPortal(otherPort, env.AUTH_SECRET, logDir, {
          name: "app-versus",
          databaseUrl: options.versus,
        });
        const label = (articles: number) => `${articles.toLocaleString("en")} articles`;
        body = await runColdVersus(options, [
          { label: label(counts.articles), connection, url: appUrl },
          { label: label(otherCounts.articles), connection: other, url: otherApp.url },
        ]);
        extra = [
          `- Versus: a second portal on ${describeDatabaseUrl(options.versus)} (${label(otherCounts.articles)}), requests to the two in turn`,
          "- Mode: --cold --versus, single requests in sequence; both apps started by the bench (node server/index.mjs, production build)",
        ];
      } finally {
        await other.close();
      }
    } else if (options.cold) {
      body = await runCold(options, connection, targets, {
        url: appUrl,
        restart: options["app-url"] ? null : restartApp,
      });
      extra = [
        `- Mode: --cold, single requests in sequence; app ${options["app-url"] ? `at ${appUrl}` : "started by the bench (node server/index.mjs, production build)"}`,
      ];
    } else {
      body = await runLoad(options, connection, targets, { app: appUrl, edge: options["edge-url"], workDir, logDir });
      extra = [
        `- Load: wrk -t${options.threads} -c${options.connections.join("/")}, ${options.duration} s per page per round, ${options.rounds} round${options.rounds === 1 ? "" : "s"}, references before, between and after the rounds (warm-up ${options.warmup} s, not counted)`,
        `- App: ${options["app-url"] ? appUrl : "node server/index.mjs (production build), started by the bench"}; edge: ${options["edge-url"] ?? "none"}`,
      ];
    }
    const markdown = [...header(options, machine, counts, extra), "", body, ""].join("\n");
    const outFile =
      options.out ?? path.join(ROOT, "bench", "out", `${new Date().toISOString().replace(/[:.]/g, "-")}.md`);
    await mkdir(path.dirname(outFile), { recursive: true });
    await writeFile(outFile, markdown);
    console.log(`Markdown for bench/RESULTS.md written to ${path.relative(process.cwd(), outFile)}`);
    // A page that fails under load still answers something; the server's log says what went wrong.
    const appLog = path.join(logDir, "app.log");
    const errorLines = existsSync(appLog)
      ? (await readFile(appLog, "utf8")).split("\n").filter((line) => /error/i.test(line))
      : [];
    if (errorLines.length > 0) {
      console.warn(`The app logged ${errorLines.length} error lines; see ${appLog}. First: ${errorLines[0]}`);
      return;
    }
    isFinished = true;
  } finally {
    await stopAll();
    await connection.close();
    // Keep the logs of a failed run, or one the app logged errors in, for a look; otherwise leave nothing behind.
    if (isFinished) await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
