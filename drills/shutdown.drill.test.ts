import http from "node:http";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase, get, sleep, startServer, type RunningServer } from "./harness";

/**
 * A deploy stops the old process with SIGTERM while readers keep their connections open.
 * The server must stop accepting, finish every response it has started, close the
 * keep-alive connections, and exit 0 within its timeout: no reader gets half a page.
 */

const CLIENTS = 32;
/** Responses to see before the signal, so the server is under real load when it comes. */
const RESPONSES_BEFORE_SIGNAL = 200;
const SHUTDOWN_TIMEOUT_SECONDS = 10;

type Outcome = "ok" | "cut" | "refused" | "queued" | "retry" | "failed";

let database: ReturnType<typeof createSeededDatabase>;
let server: RunningServer;
let paths: string[];

beforeAll(async () => {
  database = createSeededDatabase();
  server = await startServer({
    DATABASE_URL: database.url,
    SHUTDOWN_TIMEOUT_SECONDS: String(SHUTDOWN_TIMEOUT_SECONDS),
  });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ slug: string }>(
    "SELECT slug FROM articles WHERE status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 8",
  );
  await client.end();
  paths = ["/", "/terpopuler", ...rows.map((row) => `/berita/${row.slug}`)];
  // Rendered once, then served from the page cache: the drill measures the server, not the renders.
  for (const path of paths) expect((await get(`${server.url}${path}`)).status).toBe(200);
});

afterAll(async () => {
  await server?.stop();
  database?.drop();
});

/**
 * One request on a keep-alive agent, as a browser would see it: "ok" when the whole
 * response arrived; "cut" when it started and did not finish; "refused" when the server no
 * longer accepted connections (at a deploy, the balancer has moved on); "queued" when a new
 * connection was reset before any response because it was still waiting to be accepted
 * as the listener closed, which clients treat as a refusal; "retry" when an
 * idle keep-alive connection was closed just as the request went out on it, before any
 * response, which HTTP clients retry (RFC 9112 §9.3.1, Node's `reusedSocket`); "failed"
 * for anything else.
 */
function request(url: string, agent: http.Agent): Promise<Outcome> {
  return new Promise((resolve) => {
    let started = false;
    const req = http.get(url, { agent }, (response) => {
      started = true;
      response.on("data", () => {});
      response.on("end", () => resolve(response.complete ? "ok" : "cut"));
      response.on("aborted", () => resolve("cut"));
      response.on("error", () => resolve("cut"));
    });
    req.setTimeout(20_000, () => req.destroy(new Error("timeout")));
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (started) resolve("cut");
      else if (error.code === "ECONNREFUSED") resolve("refused");
      else if (req.reusedSocket && error.code === "ECONNRESET") resolve("retry");
      // A new connection reset before any response waited in the kernel's accept queue
      // when the listener closed: the server never read it, and a client sees what a
      // refusal means (go elsewhere).
      else if (!req.reusedSocket && error.code === "ECONNRESET") resolve("queued");
      else resolve("failed");
    });
  });
}

describe("SIGTERM under load", () => {
  it("drains: every started response completes, and the process exits 0 in time", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
    const counts: Record<Outcome, number> = { ok: 0, cut: 0, refused: 0, queued: 0, retry: 0, failed: 0 };
    const clients = Array.from({ length: CLIENTS }, async (_, index) => {
      for (let i = index; ; i += 1) {
        const outcome = await request(`${server.url}${paths[i % paths.length]}`, agent);
        counts[outcome] += 1;
        // A closed listener stays closed: this client is done once it is refused. A retry
        // goes round again, on a new connection.
        if (outcome === "refused" || outcome === "queued" || outcome === "cut" || outcome === "failed") return;
        if (outcome === "retry") i -= 1;
      }
    });
    const loadStarted = Date.now();
    while (counts.ok < RESPONSES_BEFORE_SIGNAL && Date.now() - loadStarted < 60_000) await sleep(50);
    const before = counts.ok;
    const signalledAt = Date.now();
    server.process.kill("SIGTERM");
    const exitCode = await server.exited;
    const drainMs = Date.now() - signalledAt;
    await Promise.all(clients);
    agent.destroy();

    console.info(
      `SIGTERM drill: ${before} responses before the signal, ${counts.ok - before} after it; ` +
        `cut ${counts.cut}, failed ${counts.failed}, refused ${counts.refused}, reset in the accept queue ${counts.queued}, ` +
        `retried after an idle connection closed ${counts.retry}; ` +
        `exit ${exitCode} after ${drainMs} ms`,
    );
    expect(counts.cut).toBe(0);
    expect(counts.failed).toBe(0);
    expect(exitCode).toBe(0);
    expect(drainMs).toBeLessThan((SHUTDOWN_TIMEOUT_SECONDS + 5) * 1000);
    expect(before).toBeGreaterThanOrEqual(RESPONSES_BEFORE_SIGNAL);
    expect(server.output()).toContain("shut down cleanly");
  }, 120_000);
});
