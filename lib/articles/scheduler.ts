import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { ConflictError, InvalidTransitionError, NotFoundError } from "@/lib/errors";
import { flushDeferredInvalidations } from "./cache";
import { publishArticle, SYSTEM_ACTOR } from "./mutations";

/**
 * Scheduled publishing. A due SCHEDULED article is published through the same
 * `publishArticle` as a manual publish (checks, sign-off, audit, cache invalidation),
 * acting as SYSTEM_ACTOR. Two triggers: an in-process timer started from
 * instrumentation.ts, and `ensureDuePublished()` on the public read path as a safety net.
 * Several processes may race: the version/status guard makes every publisher after the
 * first a no-op.
 */

const TICK_MS = 15_000;
const SAFETY_NET_MEMO_MS = 10_000;

export type PublishDueResult = { published: string[]; skipped: string[]; failed: { id: string; error: string }[] };

/** Scheduled articles whose time has come. */
function dueScheduledWhere(now: Date): Prisma.ArticleWhereInput {
  return { status: "SCHEDULED", scheduledAt: { lte: now } };
}

/** Publishes every SCHEDULED article due at `now`, each in its own transaction; one failure does not stop the rest. */
export async function publishDueArticles(now: Date = new Date()): Promise<PublishDueResult> {
  const due = await db.article.findMany({
    where: dueScheduledWhere(now),
    orderBy: { scheduledAt: "asc" },
    select: { id: true, version: true },
  });
  const result: PublishDueResult = { published: [], skipped: [], failed: [] };
  for (const article of due) {
    try {
      await publishArticle(SYSTEM_ACTOR, article.id, article.version);
      result.published.push(article.id);
    } catch (error) {
      // CASE: another process (or an editor) got there first: changed, cancelled or deleted.
      if (error instanceof ConflictError || error instanceof InvalidTransitionError || error instanceof NotFoundError) {
        result.skipped.push(article.id);
      } else {
        result.failed.push({ id: article.id, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return result;
}

type SchedulerState = {
  timer?: ReturnType<typeof setInterval>;
  running?: Promise<unknown>;
  lastCheckAt?: number;
};

// On globalThis so a dev hot reload or a second import of this module never starts a second timer.
const state = ((globalThis as typeof globalThis & { __wartaScheduler?: SchedulerState }).__wartaScheduler ??= {});

/** One run at a time per process; a tick that finds one still running waits for it. */
function runOnce(now?: Date): Promise<unknown> {
  state.running ??= publishDueArticles(now)
    .then((result) => {
      for (const failure of result.failed) {
        console.warn(`Scheduled publish of article ${failure.id} failed: ${failure.error}`);
      }
      return result;
    })
    .catch((error: unknown) => console.warn(`Scheduled publishing failed: ${String(error)}`))
    .finally(() => {
      state.running = undefined;
    });
  return state.running;
}

/** Starts the 15-second publishing timer for this process (idempotent) and runs once at start-up. */
export function startScheduler(): void {
  if (state.timer) return;
  state.timer = setInterval(() => void runOnce(), TICK_MS);
  // The timer must never keep a process alive on its own (scripts, tests, shutdown).
  state.timer.unref();
  void runOnce();
}

/** Stops the timer (tests and orderly shutdown). */
export function stopScheduler(): void {
  if (state.timer) clearInterval(state.timer);
  state.timer = undefined;
}

/**
 * Safety net for the public read path: at most one indexed lookup per ~10 s per process,
 * and a publishing run only when something is overdue. Call it where Next allows cache
 * revalidation (a server action, a route handler, or `after()` in a request-time
 * component), never inside "use cache" and never during render.
 */
export async function ensureDuePublished(now: Date = new Date()): Promise<void> {
  try {
    flushDeferredInvalidations();
  } catch (error) {
    console.warn(`Deferred cache invalidation failed: ${String(error)}`);
  }
  if (state.lastCheckAt !== undefined && now.getTime() - state.lastCheckAt < SAFETY_NET_MEMO_MS) return;
  state.lastCheckAt = now.getTime();
  try {
    const due = await db.article.findFirst({
      where: dueScheduledWhere(now),
      select: { id: true },
    });
    if (due) await runOnce(now);
  } catch (error) {
    // A safety net must never break the page that carries it (e.g. the database is down).
    console.warn(`Scheduled publishing check failed: ${String(error)}`);
  }
}

/** Forgets the safety net's last check (tests). */
export function resetSchedulerMemo(): void {
  state.lastCheckAt = undefined;
}
