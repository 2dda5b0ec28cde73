import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase, get, sleep, startServer, type RunningServer } from "./harness";
import { startCluster, type Cluster } from "./postgres-cluster";

/**
 * The database fails under the portal: killed, then back, then slow behind a held lock.
 * Readers must get the last good page or a fast, honest 503, never a hang; images keep
 * loading; the portal recovers by itself.
 */

const HANG_LIMIT_MS = 5_000;

let cluster: Cluster;
let database: ReturnType<typeof createSeededDatabase>;
let server: RunningServer;
let articles: string[];
let image: string | null;

beforeAll(async () => {
  cluster = await startCluster();
  database = createSeededDatabase(cluster.url);
  server = await startServer({ DATABASE_URL: database.url, MEDIA_DIR: database.mediaDir });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const rows = await client.query<{ slug: string }>(
    "SELECT slug FROM articles WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 6",
  );
  articles = rows.rows.map((row) => `/berita/${row.slug}`);
  const media = await client.query<{ id: string; widths: number[] }>(
    "SELECT id::text, variant_widths AS widths FROM media ORDER BY created_at LIMIT 1",
  );
  await client.end();
  const cover = media.rows[0];
  image = cover ? `/media/${cover.id}/${cover.widths[0]}.webp` : null;
});

afterAll(async () => {
  await server?.stop();
  cluster?.destroy();
});

async function timed(path: string) {
  const started = Date.now();
  try {
    const response = await get(`${server.url}${path}`, { timeoutMs: 30_000 });
    return { ...response, ms: Date.now() - started };
  } catch (error) {
    return { status: 0, headers: {}, body: String(error), ms: Date.now() - started };
  }
}

describe("database outage", () => {
  it("serves rendered pages and images, answers an unrendered page 503 fast, and recovers", async () => {
    const [warm = "", cold = "", later = ""] = articles;
    for (const path of ["/", warm]) expect((await timed(path)).status).toBe(200);
    if (image) expect((await timed(image)).status).toBe(200);

    cluster.stop("immediate");
    try {
      const warmDuring = await timed(warm);
      const homeDuring = await timed("/");
      const coldDuring = await timed(cold);
      const imageDuring = image ? await timed(image) : null;
      console.info(
        `outage: warm article ${warmDuring.status} in ${warmDuring.ms} ms, home ${homeDuring.status} in ${homeDuring.ms} ms, ` +
          `unrendered article ${coldDuring.status} in ${coldDuring.ms} ms (Retry-After ${coldDuring.headers["retry-after"]}), ` +
          `image ${imageDuring?.status} in ${imageDuring?.ms} ms`,
      );
      expect(warmDuring.status).toBe(200);
      expect(warmDuring.ms).toBeLessThan(1_000);
      expect(homeDuring.status).toBe(200);
      expect(coldDuring.status).toBe(503);
      expect(coldDuring.headers["retry-after"]).toBeTruthy();
      expect(coldDuring.body).toContain("Layanan sedang gangguan");
      expect(coldDuring.ms).toBeLessThan(HANG_LIMIT_MS);
      if (imageDuring) expect(imageDuring.status).toBe(200);

      // A burst of failing renders costs a few counted log lines, not a stack trace each.
      const linesBefore = server.output().split("\n").length;
      const burst = await Promise.all(
        Array.from({ length: 100 }, (_, index) => timed(`/berita/tidak-pernah-dibuka-${index}`)),
      );
      const statuses = burst.reduce<Record<number, number>>((counts, response) => {
        counts[response.status] = (counts[response.status] ?? 0) + 1;
        return counts;
      }, {});
      expect(statuses).toEqual({ 503: 100 });
      await sleep(200);
      const logged = server
        .output()
        .split("\n")
        .slice(linesBefore - 1)
        .filter(Boolean);
      console.info(`log during a burst of 100 failing renders: ${logged.length} lines`);
      expect(logged.length).toBeLessThan(30);
      for (const line of logged) expect(JSON.parse(line)).toHaveProperty("level");
    } finally {
      // Whatever failed above, the next test needs the database back.
      cluster.start();
    }
    const backAt = Date.now();
    let recovered = await timed(later);
    while (recovered.status !== 200 && Date.now() - backAt < 30_000) {
      await sleep(500);
      recovered = await timed(later);
    }
    console.info(
      `recovery: unrendered article ${recovered.status} ${Date.now() - backAt} ms after the database returned`,
    );
    expect(recovered.status).toBe(200);
  });

  it("bounds the wait behind a held lock, and cached pages do not wait at all", async () => {
    const [warm = "", , , cold = ""] = articles;
    expect((await timed(warm)).status).toBe(200);
    const locker = new pg.Client({ connectionString: database.url });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE");
    try {
      const [warmLocked, coldLocked] = await Promise.all([timed(warm), timed(cold)]);
      console.info(
        `held lock: cached article ${warmLocked.status} in ${warmLocked.ms} ms, unrendered article ${coldLocked.status} in ${coldLocked.ms} ms`,
      );
      expect(warmLocked.status).toBe(200);
      expect(warmLocked.ms).toBeLessThan(1_000);
      expect([200, 503]).toContain(coldLocked.status);
      expect(coldLocked.ms).toBeLessThan(10_000);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    expect((await timed(cold)).status).toBe(200);
  });
});
