/**
 * Lighthouse (mobile preset: simulated slow 4G and a 4× slower CPU, a 412 px wide phone)
 * on the public pages of running portals, the median of N runs per page (issue 13,
 * "Light pages for cheap phones"). Several portals can be measured in one run, e.g. a
 * build of main against a branch: their runs are interleaved, so both see the same load
 * on the machine.
 *
 * Usage (production builds, each started with `npm start` on a seeded database):
 *   npx tsx bench/lighthouse.ts [--runs 3] [--out FILE] NAME=URL [NAME=URL ...]
 *   npx tsx bench/lighthouse.ts before=http://127.0.0.1:3401 after=http://127.0.0.1:3402
 * Pages: home, an article and a category (the first ones the home page links to), and a
 * search for a word of that article's title. `--article`, `--category` and `--query` name
 * them instead. Chromium: CHROME_PATH, else /usr/bin/chromium.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: "string", default: "3" },
    out: { type: "string" },
    article: { type: "string" },
    category: { type: "string" },
    query: { type: "string" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive whole number.");
const portals = positionals.map((arg) => {
  const [name, url] = arg.split("=", 2);
  if (!name || !url) throw new Error(`Expected NAME=URL, got ${arg}`);
  return { name, base: url.replace(/\/$/, "") };
});
if (portals.length === 0) throw new Error("Name at least one portal: NAME=URL.");

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type Measurement = {
  scores: Record<(typeof CATEGORIES)[number], number>;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  scriptKb: number;
  scripts: number;
  totalKb: number;
};

/** The pages measured, as paths, found on the first portal's home page unless named. */
async function pagesOf(base: string): Promise<Record<string, string>> {
  const home = await (await fetch(`${base}/`)).text();
  const article = values.article ?? home.match(/href="(\/berita\/[^"#?]+)"/)?.[1];
  const category = values.category ?? home.match(/href="(\/kategori\/[^"#?/]+)"/)?.[1];
  if (!article || !category) throw new Error("The home page links to no article or no category: seed the database.");
  let query = values.query;
  if (!query) {
    const title = (await (await fetch(`${base}${article}`)).text()).match(/<h1[^>]*>([^<]+)</)?.[1] ?? "";
    query = title.split(/\s+/).find((word) => /^[\p{L}]{5,}$/u.test(word)) ?? "kota";
  }
  return { article, home: "/", category, search: `/cari?q=${encodeURIComponent(query.toLowerCase())}` };
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

type NetworkItem = { resourceType?: string; transferSize?: number };

async function measure(port: number, url: string): Promise<Measurement> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = ((lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ??
    []) as NetworkItem[];
  const scripts = requests.filter((item) => item.resourceType === "Script");
  const kb = (items: NetworkItem[]) => items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0) / 1024;
  return {
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
    },
    tbtMs: numeric("total-blocking-time"),
    lcpMs: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    scriptKb: kb(scripts),
    scripts: scripts.length,
    totalKb: kb(requests),
  };
}

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromePath)) throw new Error(`No Chromium at ${chromePath}: set CHROME_PATH.`);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

const pages = await pagesOf(portals[0]!.base);
const results = new Map<string, Measurement[]>();
try {
  for (let run = 1; run <= runs; run++) {
    for (const [page, path] of Object.entries(pages)) {
      for (const portal of portals) {
        const key = `${page}\t${portal.name}`;
        const measurement = await measure(chrome.port, `${portal.base}${path}`);
        results.set(key, [...(results.get(key) ?? []), measurement]);
        console.error(
          `run ${run}/${runs} ${page} ${portal.name}: perf ${measurement.scores.performance}, ` +
            `TBT ${Math.round(measurement.tbtMs)} ms, JS ${measurement.scriptKb.toFixed(1)} KB`,
        );
      }
    }
  }
} finally {
  await chrome.kill();
}

const lines = [
  `Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile preset, median of ${runs} run(s), ${new Date().toISOString()}`,
  "",
  "| Page | Portal | Perf | A11y | Best pr. | SEO | TBT ms | LCP ms | CLS | Script KB (transfer) | Scripts | Page KB |",
  "| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
];
for (const [key, measurements] of results) {
  const [page, portal] = key.split("\t");
  const m = (pick: (measurement: Measurement) => number) => median(measurements.map(pick));
  lines.push(
    `| ${page} (${pages[page!]}) | ${portal} | ${CATEGORIES.map((category) => m((x) => x.scores[category])).join(" | ")} | ` +
      `${Math.round(m((x) => x.tbtMs))} | ${Math.round(m((x) => x.lcpMs))} | ${m((x) => x.cls).toFixed(3)} | ` +
      `${m((x) => x.scriptKb).toFixed(1)} | ${m((x) => x.scripts)} | ${m((x) => x.totalKb).toFixed(1)} |`,
  );
}
const table = lines.join("\n");
console.log(table);
if (values.out) {
  await mkdir(dirname(values.out), { recursive: true });
  await writeFile(values.out, `${table}\n`);
}
