// @ts-check
/**
 * Structured logging for the server process: one JSON object per line, with a level, so
 * an operator can read it and a log shipper can parse it. Used by the custom server
 * (server/index.mjs) and, through the console it installs, by everything Next and the
 * application print.
 *
 * During an outage the same failure happens on every request. A failure kind is logged
 * once, then counted: at the end of its window one line says how often it repeated
 * ("repeated 812 times in 10 s"), so a 60-second database outage costs a dozen lines,
 * not eighty thousand stack traces.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { format } from "node:util";

/** @typedef {"debug" | "info" | "warn" | "error"} Level */
/** @typedef {{ requestId: string }} RequestContext */

const LEVELS = /** @type {const} */ ({ debug: 10, info: 20, warn: 30, error: 40 });

/** The request a line belongs to; set by the server around each request. */
export const requestContext = new AsyncLocalStorage();

/**
 * @param {{ level?: Level; windowMs?: number; write?: (line: string) => void; now?: () => number }} [options]
 */
export function createLogger(options = {}) {
  const minLevel = LEVELS[options.level ?? "info"];
  const windowMs = options.windowMs ?? 10_000;
  const write = options.write ?? ((line) => process.stdout.write(`${line}\n`));
  const now = options.now ?? Date.now;
  /** @type {Map<string, { since: number; suppressed: number; level: Level; msg: string }>} */
  const repeats = new Map();

  /** @param {Level} level @param {string} msg @param {Record<string, unknown>} [fields] */
  function emit(level, msg, fields) {
    /** @type {RequestContext | undefined} */
    const context = requestContext.getStore();
    const record = { time: new Date(now()).toISOString(), level, msg, ...fields };
    if (context && !("requestId" in record)) Object.assign(record, { requestId: context.requestId });
    write(JSON.stringify(record));
  }

  /** Ends windows that have passed, reporting how often their kind repeated. */
  function flush(force = false) {
    const at = now();
    for (const [kind, entry] of repeats) {
      if (!force && at - entry.since < windowMs) continue;
      repeats.delete(kind);
      if (entry.suppressed > 0) {
        const seconds = Math.round((at - entry.since) / 1000);
        emit(entry.level, `${entry.msg} (repeated ${entry.suppressed} times in ${seconds} s)`, {
          kind,
          repeated: entry.suppressed,
        });
      }
    }
  }

  const timer = setInterval(() => flush(), Math.min(windowMs, 1_000));
  timer.unref();

  /**
   * @param {Level} level
   * @param {string} msg
   * @param {Record<string, unknown>} [fields]
   * @param {string} [kind] lines of the same kind within a window are counted, not repeated
   */
  function log(level, msg, fields, kind) {
    if (LEVELS[level] < minLevel) return;
    if (kind) {
      const entry = repeats.get(kind);
      if (entry && now() - entry.since < windowMs) {
        entry.suppressed += 1;
        return;
      }
      if (entry) flush();
      repeats.set(kind, { since: now(), suppressed: 0, level, msg });
    }
    emit(level, msg, fields);
  }

  return {
    /** @param {string} msg @param {Record<string, unknown>} [fields] */
    debug: (msg, fields) => log("debug", msg, fields),
    /** @param {string} msg @param {Record<string, unknown>} [fields] */
    info: (msg, fields) => log("info", msg, fields),
    /** @param {string} msg @param {Record<string, unknown>} [fields] @param {string} [kind] */
    warn: (msg, fields, kind) => log("warn", msg, fields, kind),
    /** @param {string} msg @param {Record<string, unknown>} [fields] @param {string} [kind] */
    error: (msg, fields, kind) => log("error", msg, fields, kind),
    log,
    /** Reports every open repeat count now (at shutdown). */
    flush: () => flush(true),
    close: () => {
      clearInterval(timer);
      flush(true);
    },
  };
}

/** @typedef {ReturnType<typeof createLogger>} Logger */

/**
 * The failure kind of an error: its class, code and first message line with numbers,
 * quoted values and ids blanked, so "connect ECONNREFUSED 127.0.0.1:5432" from a thousand
 * requests is one kind.
 * @param {unknown} error
 */
export function errorKind(error) {
  if (!(error instanceof Error)) return normalise(String(error));
  const code = /** @type {{ code?: unknown }} */ (error).code;
  const firstLine = error.message.split("\n").find((line) => line.trim() !== "") ?? "";
  return [error.name, typeof code === "string" ? code : "", normalise(firstLine)].filter(Boolean).join(":");
}

/** @param {string} text */
function normalise(text) {
  return text
    .replace(/`[^`]*`|"[^"]*"|'[^']*'/g, "…")
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27,}/gi, "#")
    .replace(/\d+/g, "#")
    .slice(0, 160);
}

/** A short stack: the first lines are what an operator needs; the rest is framework. */
/** @param {Error} error */
function shortStack(error) {
  return (error.stack ?? "").split("\n").slice(0, 8).join("\n");
}

/**
 * Routes console output through the logger: Next and libraries print with console.*, and
 * without this an outage prints a full stack per failed request.
 * @param {Logger} logger
 */
export function installConsole(logger) {
  /** @param {"info" | "warn" | "error"} level @returns {(...args: unknown[]) => void} */
  const route =
    (level) =>
    (...args) => {
      const error = args.find((arg) => arg instanceof Error);
      const text = format(...args.map((arg) => (arg instanceof Error ? arg.message : arg))).replace(/^\s*⨯\s*/, "");
      if (error instanceof Error) {
        logger.log(
          level,
          text.split("\n")[0] ?? text,
          { error: errorKind(error), stack: shortStack(error) },
          errorKind(error),
        );
      } else if (level === "info") {
        logger.log(level, text);
      } else {
        logger.log(level, text, undefined, normalise(text.split("\n")[0] ?? text));
      }
    };
  console.log = route("info");
  console.info = route("info");
  console.warn = route("warn");
  console.error = route("error");
}
