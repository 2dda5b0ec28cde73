import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { Page, Response } from "@playwright/test";
import {
  countPublished,
  makeScheduledArticlesDue,
  publishRecordsOf,
  viewTotalsOf,
} from "@/lib/testing/publishing-records";
import { startRedisServer, type RedisProcess } from "@/lib/testing/redis-server";
import { viewTokenIn } from "@/lib/testing/untrusted-client";
import { startServerProcess, type ServerProcess } from "@/lib/testing/server-process";
import { expect, test } from "./fixtures";

/**
 * Warta as two instances on one Postgres and one Redis, behind the shipped edge cache
 * (Varnish, round robin over both): what an editor does on one instance shows on the
 * other; scheduled publishing happens once; view counts stay exact; Redis dying is not
 * an outage. The Redis here is the suite's own (it is killed on purpose), never the
 * machine's shared one. Figures are printed as `[multi] …` lines and test annotations.
 */

test.describe.configure({ mode: "serial" });

const VISIBILITY_DEADLINE_MS = 2_000;
const portA = Number(process.env.MULTI_PORT_A);
const portB = Number(process.env.MULTI_PORT_B);
const edgePort = Number(process.env.MULTI_EDGE_PORT);
const edgeOrigin = `http://127.0.0.1:${edgePort}`;
const purgeSecret = `multi-e2e-${randomBytes(12).toString("hex")}`;

let redis: RedisProcess;
let a: ServerProcess;
let b: ServerProcess;
let edge: ChildProcess;
let recorder: Server;
/** PURGE requests the instances sent, as an edge receives them. */
/** What the stand-in edge was asked to purge, when, and by which instance ("host:port"). */
const purges: { at: number; keys: string[]; instance: string }[] = [];
const visibility: number[] = [];

function report(name: string, value: string) {
  console.log(`[multi] ${name}: ${value}`);
  test.info().annotations.push({ type: name, description: value });
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

async function fetchStatus(url: string, init: RequestInit = {}): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(15_000), ...init });
  return { status: response.status, body: await response.text() };
}

/** Polls `url` until `isDone`; returns how long that took. */
async function timeUntil(url: string, isDone: (seen: { status: number; body: string }) => boolean, timeoutMs = 10_000) {
  const started = performance.now();
  for (;;) {
    if (isDone(await fetchStatus(url))) return Math.round(performance.now() - started);
    if (performance.now() - started > timeoutMs) throw new Error(`${url} did not change within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const isSave = (response: Response) =>
  response.request().method() === "POST" && response.url().includes("/dashboard/artikel/");

/** Opens the article in the dashboard of `origin` and clicks `button`; resolves when the action has answered. */
async function actOn(page: Page, origin: string, articleId: string, button: "Terbitkan" | "Tarik dari publikasi") {
  await page.goto(`${origin}/dashboard/artikel/${articleId}`);
  await expect(page.getByRole("textbox", { name: "Isi berita" })).toBeVisible();
  if (button === "Tarik dari publikasi") page.once("dialog", (dialog) => void dialog.accept());
  await Promise.all([page.waitForResponse(isSave), page.getByRole("button", { name: button }).click()]);
}

function purgesOf(tag: string, since: number) {
  return purges.filter((purge) => purge.at >= since && purge.keys.includes(tag));
}

async function startEdge(): Promise<ChildProcess> {
  const child = spawn(
    "bash",
    [
      "deploy/edge.sh",
      "run",
      "--listen",
      `127.0.0.1:${edgePort}`,
      "--backend",
      `127.0.0.1:${portA}`,
      "--backend",
      `127.0.0.1:${portB}`,
      "--workdir",
      ".data/edge-multi",
    ],
    { env: { ...process.env, EDGE_PURGE_SECRET: purgeSecret }, stdio: "ignore" },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const answered = await fetchStatus(`${edgeOrigin}/api/health`).catch(() => null);
    if (answered?.status === 200) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGTERM");
  throw new Error("The edge cache did not start");
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  redis = await startRedisServer();
  recorder = createServer((request, response) => {
    if (request.method === "PURGE") {
      purges.push({
        at: performance.now(),
        keys: String(request.headers["xkey-purge"] ?? "").split(" "),
        instance: String(request.headers["x-warta-instance"] ?? ""),
      });
    }
    response.end("ok");
  });
  const recorderPort = await new Promise<number>((resolve) =>
    recorder.listen(0, "127.0.0.1", () => resolve((recorder.address() as { port: number }).port)),
  );
  const shared = {
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: `warta-multi-${randomBytes(4).toString("hex")}:`,
    EDGE_PURGE_URLS: `${edgeOrigin},http://127.0.0.1:${recorderPort}`,
    EDGE_PURGE_SECRET: purgeSecret,
    TRUSTED_PROXIES: "127.0.0.1, ::1",
    SITE_URL: edgeOrigin,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "",
    LOG_LEVEL: "info",
  };
  [a, b] = await Promise.all([
    startServerProcess({ port: portA, env: shared }),
    startServerProcess({ port: portB, env: shared }),
  ]);
  edge = await startEdge();
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  // What the instances logged: the first place to look when a check across them fails.
  for (const [name, server] of [
    ["instance-a", a],
    ["instance-b", b],
  ] as const) {
    await testInfo.attach(`${name}.log`, { body: server?.output() ?? "", contentType: "text/plain" });
    if (process.env.CI) console.log(`--- ${name} log (tail)\n${server?.output().slice(-6_000)}`);
  }
});

test.afterAll(async () => {
  edge?.kill("SIGTERM");
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.kill();
  recorder?.close();
  if (visibility.length > 0) {
    console.log(
      `[multi] cross-instance visibility over ${visibility.length} changes: p50 ${percentile(visibility, 0.5)} ms, max ${Math.max(...visibility)} ms`,
    );
  }
});

test("both instances answer health checks with Redis shared", async () => {
  for (const server of [a, b]) {
    const health = JSON.parse((await fetchStatus(`${server.origin}/api/health`)).body);
    expect(health).toMatchObject({
      status: "ok",
      database: { status: "ok" },
      redis: { status: "ok", invalidations: "shared" },
    });
  }
});

test("publish through A shows on B within 2 s; unpublish through B answers 404 on A within 2 s; each change purges the edge once", async ({
  page,
  factory,
  loginAs,
}) => {
  await loginAs("editor");
  const purgeCounts: number[] = [];
  for (let round = 0; round < 4; round += 1) {
    const article = await factory.article({ status: "IN_REVIEW", title: `Uji banyak instans ${round} ${Date.now()}` });
    const path = `/berita/${article.slug}`;
    // Both instances and the edge hold the "not found" answer before the publish.
    for (const origin of [a.origin, b.origin, edgeOrigin])
      expect((await fetchStatus(`${origin}${path}`)).status).toBe(404);

    await actOn(page, a.origin, article.id, "Terbitkan");
    const publishedAt = performance.now();
    const onB = await timeUntil(
      `${b.origin}${path}`,
      ({ status, body }) => status === 200 && body.includes(article.title),
    );
    const atEdge = await timeUntil(`${edgeOrigin}${path}`, ({ status }) => status === 200);
    visibility.push(onB);
    expect(onB).toBeLessThan(VISIBILITY_DEADLINE_MS);
    expect(atEdge).toBeLessThan(VISIBILITY_DEADLINE_MS);
    // Both instances now hold the published page.
    expect((await fetchStatus(`${a.origin}${path}`)).status).toBe(200);
    expect((await fetchStatus(`${b.origin}${path}`)).status).toBe(200);

    await actOn(page, b.origin, article.id, "Tarik dari publikasi");
    const unpublishedAt = performance.now();
    const onA = await timeUntil(`${a.origin}${path}`, ({ status }) => status === 404);
    const goneAtEdge = await timeUntil(`${edgeOrigin}${path}`, ({ status }) => status === 404);
    visibility.push(onA);
    expect(onA).toBeLessThan(VISIBILITY_DEADLINE_MS);
    expect(goneAtEdge).toBeLessThan(VISIBILITY_DEADLINE_MS);

    // Only the instance that made each change purged: the other learns of it through Redis
    // and leaves the edge alone.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const onPublish = purgesOf(`article:${article.slug}`, publishedAt).filter((purge) => purge.at < unpublishedAt);
    const onUnpublish = purgesOf(`article:${article.slug}`, unpublishedAt);
    expect(onPublish.length).toBeGreaterThanOrEqual(1);
    expect(onPublish.map((purge) => purge.instance.split(":").pop())).toEqual(onPublish.map(() => String(portA)));
    expect(onUnpublish.length).toBeGreaterThanOrEqual(1);
    expect(onUnpublish.map((purge) => purge.instance.split(":").pop())).toEqual(onUnpublish.map(() => String(portB)));
    purgeCounts.push(onPublish.length, onUnpublish.length);
  }
  report("edge purges per change (all from the instance that made it)", JSON.stringify(purgeCounts));
  report(
    "cross-instance visibility (publish A→B, unpublish B→A)",
    `p50 ${percentile(visibility, 0.5)} ms, max ${Math.max(...visibility)} ms over ${visibility.length} changes`,
  );
});

test("scheduled articles go live once, with both instances' timers racing", async ({ factory }) => {
  test.setTimeout(90_000);
  const logsBefore = { a: a.output().length, b: b.output().length };
  const articles: Awaited<ReturnType<typeof factory.article>>[] = [];
  for (let index = 0; index < 5; index += 1) {
    articles.push(
      await factory.article({ status: "SCHEDULED", scheduledAt: new Date(Date.now() + 3_600_000), publishedAt: null }),
    );
  }
  const ids = articles.map((article) => article.id);
  // All due at the same moment: whichever timer fires first publishes them in one run.
  await makeScheduledArticlesDue(ids);
  const started = performance.now();
  await expect.poll(async () => countPublished(ids), { timeout: 40_000 }).toBe(5);
  report("scheduled articles live after", `${Math.round(performance.now() - started)} ms`);

  for (const id of ids) expect(await publishRecordsOf(id)).toEqual({ auditEvents: 1, revisions: 1 });
  // Give the other instance's next tick time to run, then count the runs that published.
  await new Promise((resolve) => setTimeout(resolve, 16_000));
  const runs = [a.output().slice(logsBefore.a), b.output().slice(logsBefore.b)].flatMap((output) =>
    [...output.matchAll(/Scheduled publishing published (\d+) article/g)].map((match) => Number(match[1])),
  );
  report("scheduled publishing runs that published", JSON.stringify(runs));
  expect(runs).toEqual([5]);
  for (const article of articles) {
    for (const origin of [a.origin, b.origin])
      expect((await fetchStatus(`${origin}/berita/${article.slug}`)).status).toBe(200);
  }
});

test("1,000 view beacons over both instances from 100 readers on 10 articles count exactly the de-duplicated views", async ({
  factory,
}) => {
  const category = await factory.category();
  const articles: Awaited<ReturnType<typeof factory.article>>[] = [];
  for (let index = 0; index < 10; index += 1) articles.push(await factory.article({ categoryId: category.id }));
  // A fixed sequence, so every run sends the same beacons.
  let seed = 20_261_130;
  const next = (limit: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    // The high bits: the low bits of this generator repeat with short periods.
    return Math.floor((seed / 2 ** 31) * limit);
  };
  const beacons = Array.from({ length: 1_000 }, () => ({ reader: next(100), article: next(10), server: next(2) }));
  const expected = new Map<string, Set<number>>();
  for (const beacon of beacons) {
    const slug = articles[beacon.article]?.slug ?? "";
    expected.set(slug, (expected.get(slug) ?? new Set()).add(beacon.reader));
  }

  // Each beacon carries its page's view token, as site.js sends it (a bare POST is not counted).
  const tokens = new Map<string, string>();
  for (const article of articles) {
    tokens.set(article.slug, viewTokenIn(await (await fetch(`${a.origin}/berita/${article.slug}`)).text()));
  }

  const statuses = new Map<number, number>();
  let countedReplies = 0;
  let cursor = 0;
  await Promise.all(
    Array.from({ length: 25 }, async () => {
      while (cursor < beacons.length) {
        const beacon = beacons[cursor++];
        if (!beacon) break;
        const origin = beacon.server === 0 ? a.origin : b.origin;
        const response = await fetch(`${origin}/api/views`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            // As a browser reading through the edge sends it: the public address (SITE_URL).
            origin: edgeOrigin,
            "x-forwarded-for": `10.77.${Math.floor(beacon.reader / 200)}.${(beacon.reader % 200) + 1}`,
            "user-agent":
              "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
          },
          body: JSON.stringify({
            slug: articles[beacon.article]?.slug,
            token: tokens.get(articles[beacon.article]?.slug ?? ""),
          }),
        });
        const reply = (await response.json().catch(() => null)) as { counted?: unknown } | null;
        if (reply?.counted === true) countedReplies += 1;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );

  const counted = await viewTotalsOf(articles.map((article) => article.id));
  let expectedTotal = 0;
  let countedTotal = 0;
  for (const article of articles) {
    const want = expected.get(article.slug)?.size ?? 0;
    expectedTotal += want;
    countedTotal += counted.get(article.id) ?? 0;
    expect(counted.get(article.id) ?? 0, article.slug).toBe(want);
  }
  report(
    "views expected vs counted",
    `${expectedTotal} expected, ${countedTotal} counted (1,000 beacons; statuses ${JSON.stringify(Object.fromEntries(statuses))})`,
  );
  // Every beacon is answered 200 with the fresh total; exactly the first view of each reader says it counted.
  expect(statuses.get(200)).toBe(1_000);
  expect(countedReplies).toBe(expectedTotal);
});

test("Redis killed mid-run: both instances keep serving pages without a 5xx, and catch up when it returns", async ({
  page,
  factory,
  loginAs,
}) => {
  test.setTimeout(120_000);
  const category = await factory.category();
  const articles: Awaited<ReturnType<typeof factory.article>>[] = [];
  for (let index = 0; index < 4; index += 1) articles.push(await factory.article({ categoryId: category.id }));
  const takenDown = await factory.article({ categoryId: category.id, status: "IN_REVIEW" });
  await loginAs("editor");
  await actOn(page, a.origin, takenDown.id, "Terbitkan");
  const paths = ["/", `/kategori/${category.slug}`, ...articles.map((article) => `/berita/${article.slug}`)];
  for (const origin of [a.origin, b.origin]) {
    for (const path of [...paths, `/berita/${takenDown.slug}`]) await fetchStatus(`${origin}${path}`);
  }

  const statuses = new Map<number, number>();
  let isLoading = true;
  let sent = 0;
  const load = Promise.all(
    Array.from({ length: 4 }, async (_, worker) => {
      let index = worker;
      while (isLoading) {
        const origin = index % 2 === 0 ? a.origin : b.origin;
        const path = paths[Math.floor(index / 2) % paths.length] ?? "/";
        index += 4;
        const status = await fetchStatus(`${origin}${path}`)
          .then((seen) => seen.status)
          .catch(() => 599);
        sent += 1;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }),
  );

  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await redis.kill();
  const killedAt = performance.now();
  await expect
    .poll(async () => JSON.parse((await fetchStatus(`${a.origin}/api/health`)).body).redis.status, { timeout: 10_000 })
    .toBe("unreachable");
  const health = await fetchStatus(`${b.origin}/api/health`);
  expect(health.status).toBe(200);
  expect(JSON.parse(health.body)).toMatchObject({ status: "degraded", redis: { status: "unreachable" } });

  // A change while Redis is away: the instance that made it drops the page at once.
  await actOn(page, a.origin, takenDown.id, "Tarik dari publikasi");
  expect((await fetchStatus(`${a.origin}/berita/${takenDown.slug}`)).status).toBe(404);

  // Long enough for cached pages to pass the 15 s a page is trusted without Redis.
  while (performance.now() - killedAt < 18_000) await new Promise((resolve) => setTimeout(resolve, 250));
  await redis.restart();
  const restartedAt = performance.now();
  // Reconnecting takes up to a second or two; the rest is B rendering the page again.
  const caughtUp = await timeUntil(`${b.origin}/berita/${takenDown.slug}`, ({ status }) => status === 404, 20_000);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  isLoading = false;
  await load;

  const failures = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
  report(
    "Redis outage",
    `${sent} page requests over ${Math.round((performance.now() - killedAt) / 1000)} s, ${Math.round((restartedAt - killedAt) / 1000)} s without Redis: statuses ${JSON.stringify(Object.fromEntries(statuses))}, 5xx: ${failures}; the other instance answered 404 for the page taken down during the outage ${caughtUp} ms after Redis returned`,
  );
  expect(failures).toBe(0);
  expect([...statuses.keys()]).toEqual([200]);
  await expect
    .poll(async () => JSON.parse((await fetchStatus(`${b.origin}/api/health`)).body).redis, { timeout: 10_000 })
    .toMatchObject({ status: "ok", invalidations: "shared" });
  // The outage is logged once per interval, not per request.
  const redisLines = a
    .output()
    .split("\n")
    .filter((line) => line.includes("Redis"));
  report("Redis log lines on instance A", String(redisLines.length));
  expect(redisLines.length).toBeLessThan(15);
});
