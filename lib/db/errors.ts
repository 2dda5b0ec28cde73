/**
 * Whether an error means "the database is not available right now" (down, refusing
 * connections, restarting, or too slow to answer) rather than a bug or a rule. Callers at
 * the edge turn it into an honest, retryable failure ("server basis data tidak tersedia")
 * instead of a crashed page; everything else keeps propagating.
 *
 * The same outage reaches us in several shapes, depending on where it hit:
 * - Prisma's known request errors (P1001 "can't reach", P2028 "unable to start a
 *   transaction in time", ...), carrying the driver adapter's error in
 *   `meta.driverAdapterError.cause` with a `kind` ("DatabaseNotReachable") or a Postgres
 *   SQLSTATE (`code: "57P01"`);
 * - plain `pg` errors that the adapter passes through untouched (pool timeouts, a
 *   connection cut mid-transaction), recognisable only by their message;
 * - Node socket errors (`ECONNREFUSED`) with `syscall` and `errno`.
 *
 * Pure module, with no Prisma import: server actions, layouts and error pages may all ask.
 */

export type DatabaseFailure = "unreachable" | "timeout";

/** Prisma client codes that only an unreachable or overloaded database produces. */
const PRISMA_CODES: Record<string, DatabaseFailure> = {
  P1001: "unreachable", // can't reach database server
  P1002: "timeout", // reached, but timed out
  P1008: "timeout", // operations timed out
  P1017: "unreachable", // server closed the connection
  P2024: "timeout", // timed out fetching a connection from the pool
};

/** `kind` of a Prisma driver adapter error. */
const ADAPTER_KINDS: Record<string, DatabaseFailure> = {
  DatabaseNotReachable: "unreachable",
  ConnectionClosed: "unreachable",
  SocketTimeout: "timeout",
  TooManyConnections: "unreachable",
};

/** Postgres SQLSTATEs of a server that is going away, not accepting, or out of connections. */
const SQLSTATES: Record<string, DatabaseFailure> = {
  "57P01": "unreachable", // admin_shutdown: the server is stopping
  "57P02": "unreachable", // crash_shutdown
  "57P03": "unreachable", // cannot_connect_now: starting up or shutting down
  "53300": "unreachable", // too_many_connections
  "57014": "timeout", // query_canceled: statement_timeout (or lock_timeout) fired
  "55P03": "timeout", // lock_not_available: lock_timeout fired
  "25P03": "timeout", // idle_in_transaction_session_timeout
};

/** Socket error codes of a connection that could not be made or was cut. */
const SOCKET_CODES: Record<string, DatabaseFailure> = {
  ECONNREFUSED: "unreachable",
  ECONNRESET: "unreachable",
  ENOTFOUND: "unreachable",
  EAI_AGAIN: "unreachable",
  EHOSTUNREACH: "unreachable",
  ENETUNREACH: "unreachable",
  EPIPE: "unreachable",
  ETIMEDOUT: "timeout",
};

/** Messages of errors that carry no code: `pg`, `pg-pool` and Prisma's transaction manager. */
const MESSAGES: [RegExp, DatabaseFailure][] = [
  [/^Connection terminated due to connection timeout/, "timeout"],
  [/^timeout exceeded when trying to connect/i, "timeout"],
  [/^Query read timeout/, "timeout"],
  [/^Connection terminated/, "unreachable"],
  [/is not queryable/, "unreachable"],
  [/Unable to start a transaction in the given time/, "timeout"],
  [/cannot be executed on an expired transaction/, "timeout"],
  // ALTER DATABASE … ALLOW_CONNECTIONS false (SQLSTATE 55000, which also covers unrelated states).
  [/is not currently accepting connections/, "unreachable"],
  [/the database system is (starting up|shutting down|in recovery mode)/, "unreachable"],
];

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function classifyOne(error: unknown): DatabaseFailure | null {
  const code = field(error, "code");
  if (typeof code === "string") {
    const byCode = PRISMA_CODES[code] ?? SQLSTATES[code] ?? SOCKET_CODES[code];
    if (byCode) return byCode;
    if (/^08[0-9A-Z]{3}$/.test(code)) return "unreachable"; // class 08: connection exception
  }
  const kind = field(error, "kind");
  if (typeof kind === "string" && ADAPTER_KINDS[kind]) return ADAPTER_KINDS[kind];
  const originalCode = field(error, "originalCode");
  if (typeof originalCode === "string" && SQLSTATES[originalCode]) return SQLSTATES[originalCode];
  for (const key of ["message", "originalMessage"]) {
    const message = field(error, key);
    if (typeof message !== "string") continue;
    for (const [pattern, failure] of MESSAGES) if (pattern.test(message)) return failure;
  }
  return null;
}

/**
 * "unreachable" or "timeout" when `error`, or anything it wraps (`cause`, Prisma's
 * `meta.driverAdapterError`, an AggregateError's `errors`), says the database is not
 * available; null for every other error.
 */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  // Bounded: wrappers nest a few levels at most, and a cycle must not loop forever.
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const failure = classifyOne(current);
    if (failure) return failure;
    queue.push(field(current, "cause"), field(field(current, "meta"), "driverAdapterError"));
    const errors = field(current, "errors");
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseFailureOf(error) !== null;
}
