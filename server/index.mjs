// @ts-check
/**
 * The production server: Next's request handler inside a plain Node HTTP server (Next's
 * documented custom-server API), for what `next start` does not do:
 * - Graceful shutdown. On SIGTERM or SIGINT it stops accepting connections, tells
 *   keep-alive clients to close, lets in-flight requests finish (at most
 *   SHUTDOWN_TIMEOUT_SECONDS), then closes Next, the scheduler and the database pool and
 *   exits 0. `next start` waits for keep-alive clients forever.
 * - The client address. X-Forwarded-For is believed only from TRUSTED_PROXIES; the
 *   result goes to the application as `x-warta-client-ip`, which no client can set.
 * - A request id on every request (X-Request-Id) and on every log line written for it.
 * - Content-Security-Policy on every response, with a fresh nonce on per-request pages,
 *   and HSTS when SITE_URL is https (security-headers.mjs).
 * - Only real server actions can be called: a `"use cache"` read named in `Next-Action`
 *   is refused (action-guard.mjs; proxy.ts does the same for no-JavaScript form posts).
 * - Surrogate keys: a cached page names its cache tags in `xkey`, so the edge cache can
 *   purge by tag, and no private response is ever marked shareable (response-policy.mjs).
 * - JSON-lines logging with repeated failures counted, not repeated (log.mjs).
 * - Public pages go out without the framework's client runtime (public-scripts.mjs; not
 *   with --dev), then compressed here rather than by Next, which would compress before
 *   that filter.
 *
 * Usage: `node server/index.mjs` (production build; `npm start`), `--dev` for development.
 */
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { Server } from "node:net";
import next from "next";
import { isRefusedActionHeader } from "./action-guard.mjs";
import { parseServerEnv, trustedProxyMatcher } from "./env.mjs";
import { normaliseForwarding } from "./forwarding.mjs";
import { createLogger, errorKind, installConsole, requestContext } from "./log.mjs";
import { tagsOf } from "./page-cache-handler.mjs";
import { tagStore } from "./shared-tags.mjs";
import {
  enforceResponsePolicy,
  isPrivatePath,
  SURROGATE_KEY_HEADER,
  surrogateKeysFromTags,
} from "./response-policy.mjs";
import { leaveOutRuntime } from "./public-scripts.mjs";
import { applySecurityHeaders } from "./security-headers.mjs";
import { answerWithOutagePage } from "./outage-page.mjs";

/** @typedef {import("node:http").IncomingMessage} Request */
/** @typedef {import("node:http").ServerResponse} Response */

// Next keeps per-request metadata under this symbol. `onCacheEntry` is its hook for
// hosting platforms to see the cache entry a response is served from; here it only reads
// the entry's tags and lets Next send the response as usual (by returning false).
const NEXT_REQUEST_META = Symbol.for("NextInternalRequestMeta");
const SHUTDOWN_HOOKS = Symbol.for("warta.shutdownHooks");
const DATABASE_HEALTH = Symbol.for("warta.databaseHealth");
/** How long after its last failure the database counts as failing, unless it answered since. */
const DATABASE_FAILURE_WINDOW_MS = 60_000;
/**
 * How long after a failure it counts as failing even though other queries succeeded since:
 * behind a held lock or under overload some queries time out while others get through.
 */
const DATABASE_RECENT_FAILURE_MS = 10_000;

/** Whether the application's database calls are failing now (lib/db keeps the record). */
function isDatabaseFailing() {
  const health = /** @type {{ lastFailureAt?: number; lastSuccessAt?: number } | undefined} */ (
    /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[DATABASE_HEALTH]
  );
  const failedAt = health?.lastFailureAt ?? 0;
  const sinceFailure = Date.now() - failedAt;
  if (sinceFailure < DATABASE_RECENT_FAILURE_MS) return true;
  return failedAt > (health?.lastSuccessAt ?? 0) && sinceFailure < DATABASE_FAILURE_WINDOW_MS;
}

const isDev = process.argv.includes("--dev");
const settings = parseServerEnv(process.env);
const logger = createLogger({ level: settings.LOG_LEVEL });
installConsole(logger);
const isTrustedProxy = trustedProxyMatcher(settings.TRUSTED_PROXIES);
const isHttps = new URL(settings.SITE_URL).protocol === "https:";

// The compression middleware Next itself uses (the same settings as `next start`); Next's
// own is off (next.config.js) so that public HTML is filtered before it is compressed.
const requireFromNext = createRequire(import.meta.url);
const compress = /** @type {() => (req: Request, res: Response, next: () => void) => void} */ (
  requireFromNext("next/dist/compiled/compression")
)();
// On a client disconnect the middleware never ends its zlib stream, which then leaks; Next
// releases it with this helper after its own compression, and so does this server.
const { releaseCompressionStream } = /** @type {{ releaseCompressionStream(res: Response): void }} */ (
  requireFromNext("next/dist/server/lib/release-compression-stream.js")
);
const app = next({ dev: isDev, dir: process.cwd(), hostname: settings.HOSTNAME, port: settings.PORT });
const handle = app.getRequestHandler();

let isDraining = false;
let inFlight = 0;
/**
 * Open connections and whether each is answering a request, for a drain that closes a
 * keep-alive connection only once it has been quiet a moment.
 * @type {Map<import("node:net").Socket, { isBusy: boolean; idleSince: number; bytesReadWhenIdle: number }>}
 */
const connections = new Map();
/** A connection idle this long during a drain is closed; a busy one closes after its answer. */
const DRAIN_IDLE_MS = 1_000;

/** @param {Request} req @param {Response} res */
function serve(req, res) {
  const requestId = normaliseForwarding(req, isTrustedProxy);
  const started = performance.now();
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  res.setHeader("x-request-id", requestId);
  applySecurityHeaders(req, res, { pathname, isDev, isHttps });

  if (isDraining && pathname === "/api/health") {
    res.writeHead(503, { "content-type": "application/json", "cache-control": "no-store", connection: "close" });
    res.end(JSON.stringify({ status: "draining" }));
    return;
  }

  // Only "use server" actions may be called; a "use cache" read named here is refused
  // before Next would run it (action-guard.mjs).
  if (isRefusedActionHeader(req.headers["next-action"])) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end("Tidak ditemukan.");
    return;
  }

  compress(req, res, () => {});
  res.once("close", () => {
    if (!res.writableFinished) releaseCompressionStream(res);
  });

  /** @type {Record<string | symbol, unknown>} */
  const target = /** @type {never} */ (req);
  target[NEXT_REQUEST_META] = {
    .../** @type {object | undefined} */ (target[NEXT_REQUEST_META] ?? {}),
    /** @param {{ value?: import("./page-cache-handler.mjs").CachedValue | null } | null} entry */
    onCacheEntry(entry) {
      const tags = tagsOf(entry?.value ?? null);
      if (tags.length > 0 && !res.headersSent) {
        // Keys proxy.ts already named (search pages) stay; the entry's tags join them.
        const named = String(res.getHeader(SURROGATE_KEY_HEADER) ?? "")
          .split(" ")
          .filter(Boolean);
        res.setHeader(SURROGATE_KEY_HEADER, surrogateKeysFromTags([...named, ...tags]));
      }
      return false;
    },
  };

  const writeHead = res.writeHead.bind(res);
  /** @type {(statusCode: number, ...rest: unknown[]) => Response} */
  const guardedWriteHead = (statusCode, ...rest) => {
    // CASE: a public page could not be rendered because the database is down: say so
    // honestly (503, try again shortly), so browsers, crawlers and the edge retry.
    if (
      statusCode === 500 &&
      (req.method === "GET" || req.method === "HEAD") &&
      !isPrivatePath(pathname) &&
      isDatabaseFailing()
    ) {
      enforceResponsePolicy(res, { method: req.method, pathname, statusCode: 503 });
      if (isDraining) res.setHeader("connection", "close");
      answerWithOutagePage(res, writeHead, req.method === "GET");
      return res;
    }
    enforceResponsePolicy(res, { method: req.method ?? "GET", pathname, statusCode });
    if (isDraining) res.setHeader("connection", "close");
    return writeHead(statusCode, .../** @type {[]} */ (rest));
  };
  res.writeHead = /** @type {typeof res.writeHead} */ (guardedWriteHead);
  // The development server keeps the runtime everywhere: its hot reload and error overlay live in it.
  if (!isDev) leaveOutRuntime(res, { method: req.method ?? "GET", pathname });

  // Next adds a close listener per deferred task of a render (after(), cache fills); a page
  // with many is normal, not a leak.
  res.setMaxListeners(64);
  inFlight += 1;
  const connection = connections.get(req.socket);
  if (connection) connection.isBusy = true;
  res.on("close", () => {
    inFlight -= 1;
    if (connection) {
      connection.isBusy = false;
      connection.idleSince = Date.now();
      connection.bytesReadWhenIdle = req.socket.bytesRead;
    }
    const ms = Math.round(performance.now() - started);
    if (res.statusCode >= 500 || ms >= 1_000) {
      // The first of each kind in a window is logged in full (with its request id); the rest
      // are counted, so an outage's thousands of 503s cost a few lines.
      const failed = res.statusCode >= 500;
      logger.warn(
        failed ? `request failed with ${res.statusCode}` : "slow request",
        { method: req.method, path: pathname, status: res.statusCode, ms, requestId },
        failed ? `status-${res.statusCode}` : "slow-request",
      );
    } else {
      logger.debug("request", { method: req.method, path: pathname, status: res.statusCode, ms, requestId });
    }
  });

  requestContext.run({ requestId }, () => {
    handle(req, res).catch((error) => {
      logger.error("request failed", { error: errorKind(error), requestId }, errorKind(error));
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Layanan sedang gangguan, coba beberapa saat lagi.");
      } else {
        res.destroy();
      }
    });
  });
}

// Connect to Redis (when REDIS_URL is set) before the first request, so the first pages
// served already hear other instances' invalidations and the health check can report it.
tagStore();
await app.prepare();
const server = createServer(serve);
server.on("connection", (socket) => {
  connections.set(socket, { isBusy: false, idleSince: Date.now(), bytesReadWhenIdle: 0 });
  socket.once("close", () => connections.delete(socket));
});
// Longer than common load balancers' idle timeout, so the balancer closes first.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(settings.PORT, settings.HOSTNAME, () => {
  logger.info("Warta is listening", { port: settings.PORT, hostname: settings.HOSTNAME, dev: isDev });
});

/** @param {NodeJS.Signals} signal */
async function shutdown(signal) {
  if (isDraining) return;
  isDraining = true;
  logger.info("shutting down: draining requests", { signal, inFlight, connections: connections.size });
  // Stop accepting connections with net.Server#close, not http.Server#close: the latter also
  // drops idle keep-alive connections at once, and a client just sending its next request
  // on one would get a reset instead of an answer. Every answer from now on says
  // "Connection: close" (see guardedWriteHead); connections quiet for a moment are closed.
  const stopped = new Promise((resolve) => Server.prototype.close.call(server, () => resolve(undefined)));
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [socket, connection] of connections) {
      // A connection that has received bytes since its last answer is sending a request the
      // server has not picked up yet (a busy event loop): it is not idle.
      const isQuiet = !connection.isBusy && socket.bytesRead === connection.bytesReadWhenIdle;
      if (isQuiet && now - connection.idleSince >= DRAIN_IDLE_MS) socket.end();
    }
  }, 100);
  const deadline = new Promise((resolve) => setTimeout(resolve, settings.SHUTDOWN_TIMEOUT_SECONDS * 1000, "timeout"));
  const outcome = await Promise.race([stopped, deadline]);
  clearInterval(sweep);
  if (outcome === "timeout") {
    logger.warn("shutdown timeout: closing remaining connections", { inFlight, connections: connections.size });
    server.closeAllConnections();
    for (const socket of connections.keys()) socket.destroy();
    await stopped;
  }
  try {
    await app.close();
    const hooks = /** @type {Set<() => Promise<void>> | undefined} */ (
      /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[SHUTDOWN_HOOKS]
    );
    await Promise.allSettled([...(hooks ?? [])].map((hook) => hook()));
    logger.info("shut down cleanly");
    logger.close();
    process.exit(0);
  } catch (error) {
    logger.error("shutdown failed", { error: errorKind(error) });
    logger.close();
    process.exit(1);
  }
}
process.on("SIGTERM", (signal) => void shutdown(signal));
process.on("SIGINT", (signal) => void shutdown(signal));
