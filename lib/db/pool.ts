import "server-only";
import pg from "pg";
import { recordDatabaseError, recordDatabaseSuccess } from "./health";

/** How long the pool may take to reach the database and how long a statement may run (0: no limit). */
export type PoolTimeouts = {
  /** Connecting a new connection, and waiting for a free one when all are busy. */
  connectTimeoutMs: number;
  /** Server-side limit on one statement. */
  statementTimeoutMs: number;
  /** Server-side limit on a statement's wait for a lock another session holds. */
  lockTimeoutMs: number;
};

/** BEGIN, COMMIT, ROLLBACK and savepoints: their success says nothing about the work that failed. */
const TRANSACTION_CONTROL = /^\s*(BEGIN|START|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

function isTransactionControl(query: unknown): boolean {
  const text = typeof query === "string" ? query : (query as { text?: unknown } | undefined)?.text;
  return typeof text === "string" && TRANSACTION_CONTROL.test(text);
}

/** The outcome of a promise-returning call goes into the health record (./health.ts); callback forms pass through. */
function observed<T>(result: T, query?: unknown): T {
  if (!(result instanceof Promise)) return result;
  return result.then(
    (value: unknown) => {
      if (!isTransactionControl(query)) recordDatabaseSuccess();
      return value;
    },
    (error: unknown) => {
      recordDatabaseError(error);
      throw error;
    },
  ) as T;
}

const OBSERVED = Symbol("warta.observedClient");

/** A pooled connection (a transaction's) whose queries go into the health record too; patched once. */
function observeClient(client: pg.PoolClient): pg.PoolClient {
  const marked = client as pg.PoolClient & { [OBSERVED]?: true };
  if (marked[OBSERVED]) return client;
  marked[OBSERVED] = true;
  const query = client.query.bind(client) as (...rest: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => observed(query(...args), args[0])) as typeof client.query;
  return client;
}

/**
 * The pg pool Prisma's adapter runs on, with every wait bounded: a database that is down
 * or stuck behind a lock fails a query within seconds instead of holding a request for
 * ever, and the page falls back to its cached copy or an honest 503. Each query's outcome
 * goes into the health record.
 *
 * Prisma's adapter sends single queries through `pool.query` and runs transactions on a
 * connection from `pool.connect`; both are observed here.
 */
export class WatchedPool extends pg.Pool {
  constructor(connectionString: string, max: number, timeouts: PoolTimeouts) {
    super({
      connectionString,
      max,
      connectionTimeoutMillis: timeouts.connectTimeoutMs,
      idleTimeoutMillis: 30_000,
      // Sent as settings of every new connection, so the server itself cuts the statement
      // off (pg leaves out a 0).
      statement_timeout: timeouts.statementTimeoutMs,
      lock_timeout: timeouts.lockTimeoutMs,
      // The same bound on the client side, for a server that accepts but never answers.
      query_timeout: timeouts.statementTimeoutMs > 0 ? timeouts.statementTimeoutMs + 1_000 : undefined,
      keepAlive: true,
    });
    // An idle connection the server closed (a restart, a failover) is dropped by the pool;
    // without a listener its 'error' event would end the process.
    this.on("error", (error) => recordDatabaseError(error));
  }

  override query(...args: unknown[]): never {
    return observed((super.query as (...rest: unknown[]) => never)(...args), args[0]);
  }

  override connect(...args: unknown[]): never {
    const connecting = observed((super.connect as (...rest: unknown[]) => Promise<pg.PoolClient> | undefined)(...args));
    return connecting?.then(observeClient) as never;
  }
}
