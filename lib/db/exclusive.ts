import "server-only";
import { env } from "@/lib/env";
import { db } from "./client";

/** Advisory-lock keys of jobs that must run in one process at a time across every instance. */
export const EXCLUSIVE_JOBS = { scheduledPublishing: 72_707_370 } as const;

/** How long one exclusive run may hold its lock before Postgres ends the transaction. */
const MAX_RUN_MS = 5 * 60_000;

/**
 * Runs `work` unless another process is running the same job, across every instance
 * sharing the database. Postgres: a transaction-scoped advisory lock
 * (pg_try_advisory_xact_lock), held while `work` runs on other pool connections and
 * released when it ends, also when the process dies. Embedded PGlite: one process owns the
 * data folder, so there is nobody to exclude (and its single connection could not serve
 * `work` while a transaction holds it).
 *
 * Returns `{ ran: false }` at once when another process holds the lock.
 */
export async function runExclusive<T>(
  lockKey: number,
  work: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  if (!env.DATABASE_URL) return { ran: true, result: await work() };
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${lockKey}::bigint) AS locked`;
      if (!row?.locked) return { ran: false as const };
      return { ran: true as const, result: await work() };
    },
    { timeout: MAX_RUN_MS },
  );
}
