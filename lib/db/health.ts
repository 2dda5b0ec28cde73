import "server-only";
import { databaseFailureOf, type DatabaseFailure } from "./errors";

/**
 * The process's record of how its database calls went: when one last succeeded and
 * when one last failed because the database was unreachable or too slow. The server
 * (server/index.mjs) reads it from globalThis to tell an outage from a bug: a page that
 * fails while the database is failing answers 503 with Retry-After instead of 500.
 */

const DATABASE_HEALTH = Symbol.for("warta.databaseHealth");

export type DatabaseHealthRecord = {
  lastSuccessAt?: number;
  lastFailureAt?: number;
  lastFailure?: DatabaseFailure;
};

function record(): DatabaseHealthRecord {
  const holder = globalThis as typeof globalThis & { [DATABASE_HEALTH]?: DatabaseHealthRecord };
  return (holder[DATABASE_HEALTH] ??= {});
}

export function recordDatabaseSuccess(now = Date.now()): void {
  record().lastSuccessAt = now;
}

/** Records `error` when it says the database is unavailable; other errors (a bad query, a constraint) say nothing about it. */
export function recordDatabaseError(error: unknown, now = Date.now()): void {
  const failure = databaseFailureOf(error);
  if (!failure) return;
  const health = record();
  health.lastFailureAt = now;
  health.lastFailure = failure;
}

export function databaseHealthRecord(): Readonly<DatabaseHealthRecord> {
  return record();
}
