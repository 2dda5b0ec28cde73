import "server-only";
import { db } from "@/lib/db/client";

/**
 * Sign-in throttling, in Postgres so it holds across server instances.
 *
 * Two counters, each one row of sign_in_throttles:
 * - per account (scope "account", the resolved user: a username and its e-mail share one
 *   budget): the first ACCOUNT_FREE_FAILURES failures in a window cost nothing; after that
 *   every failure doubles the wait before this account's password is checked again (1 s,
 *   2 s, 4 s … at most ACCOUNT_MAX_DELAY_MS). There is no lockout: someone guessing from
 *   elsewhere can make the owner wait a minute at most, and an address the account signed
 *   in from recently is not held back by the account's delay at all (lib/auth/sign-in.ts).
 * - per client address (scope "address"): ADDRESS_LIMIT failed attempts per window, for any
 *   account, known or not.
 *
 * An attempt is reserved before its password is checked: the counter goes up in the same
 * locked row update that decides whether the attempt may go ahead, and a success gives it
 * back. Twelve parallel guesses therefore cannot all pass a check that ran before any of
 * them was recorded.
 */

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const ADDRESS_LIMIT = 20;
export const ACCOUNT_FREE_FAILURES = 3;
export const ACCOUNT_MAX_DELAY_MS = 60 * 1000;

export type ThrottleScope = "account" | "address";
export type Reservation = { ok: true } | { ok: false; retryAfterMs: number };

// Rows untouched for a day decide nothing; they go, at most once an hour per process.
const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPruneAt = 0;

/** The wait an account owes after its `failures`-th failure in a window (0 for the first few). */
export function accountDelayMs(failures: number): number {
  if (failures <= ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(ACCOUNT_MAX_DELAY_MS, 1000 * 2 ** (failures - ACCOUNT_FREE_FAILURES - 1));
}

type ThrottleRow = { failures: number; window_started_at: Date; next_attempt_at: Date };

/**
 * Reserves one attempt for an account or address: refused while the account's delay runs
 * or once the address has used its window's budget; otherwise counted as a failure until
 * settleSuccess gives it back.
 */
export async function reserveAttempt(scope: ThrottleScope, key: string, now: Date): Promise<Reservation> {
  const reservation = await db.$transaction(async (tx) => {
    // Parallel attempts on one key queue for its row by design; under a burst that queue can
    // be longer than the pool's lock timeout, which is meant for waits nobody planned.
    await tx.$executeRaw`SET LOCAL lock_timeout = '15s'`;
    await tx.$executeRaw`
      INSERT INTO sign_in_throttles (scope, key, failures, window_started_at, next_attempt_at, created_at, updated_at)
      VALUES (${scope}, ${key}, 0, ${now}, ${now}, now(), now())
      ON CONFLICT (scope, key) DO NOTHING`;
    // FOR UPDATE: parallel attempts on one key queue here, and each sees the count the
    // previous one left behind.
    const [row] = await tx.$queryRaw<ThrottleRow[]>`
      SELECT failures, window_started_at, next_attempt_at
        FROM sign_in_throttles
       WHERE scope = ${scope} AND key = ${key}
         FOR UPDATE`;
    if (!row) throw new Error(`sign_in_throttles row ${scope}/${key} vanished inside its transaction`);
    const isNewWindow = row.window_started_at.getTime() <= now.getTime() - THROTTLE_WINDOW_MS;
    const failures = isNewWindow ? 0 : row.failures;
    const windowStart = isNewWindow ? now : row.window_started_at;
    if (!isNewWindow && row.next_attempt_at.getTime() > now.getTime()) {
      return { ok: false as const, retryAfterMs: row.next_attempt_at.getTime() - now.getTime() };
    }
    if (scope === "address" && failures >= ADDRESS_LIMIT) {
      return { ok: false as const, retryAfterMs: windowStart.getTime() + THROTTLE_WINDOW_MS - now.getTime() };
    }
    const counted = failures + 1;
    const delay = scope === "account" ? accountDelayMs(counted) : 0;
    await tx.$executeRaw`
      UPDATE sign_in_throttles
         SET failures = ${counted}, window_started_at = ${windowStart},
             next_attempt_at = ${new Date(now.getTime() + delay)}, updated_at = now()
       WHERE scope = ${scope} AND key = ${key}`;
    return { ok: true as const };
  });
  await pruneThrottles(now);
  return reservation;
}

/**
 * A reserved attempt succeeded: the account starts afresh and the address gets its
 * reservation back (a success elsewhere in the window must not erase failures, or one
 * valid account would let an address guess at all the others).
 */
export async function settleSuccess(accountKey: string | null, addressKey: string | null): Promise<void> {
  if (accountKey) {
    await db.$executeRaw`
      UPDATE sign_in_throttles SET failures = 0, next_attempt_at = now(), updated_at = now()
       WHERE scope = 'account' AND key = ${accountKey}`;
  }
  if (addressKey) {
    await db.$executeRaw`
      UPDATE sign_in_throttles SET failures = GREATEST(failures - 1, 0), updated_at = now()
       WHERE scope = 'address' AND key = ${addressKey}`;
  }
}

async function pruneThrottles(now: Date): Promise<void> {
  if (Date.now() - lastPruneAt < PRUNE_EVERY_MS) return;
  lastPruneAt = Date.now();
  try {
    await db.$executeRaw`
      DELETE FROM sign_in_throttles WHERE updated_at < ${now}::timestamptz - interval '1 day'`;
  } catch (error) {
    console.warn("Pruning sign_in_throttles failed:", error);
  }
}
