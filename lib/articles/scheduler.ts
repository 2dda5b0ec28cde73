import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db/client";
import { EXCLUSIVE_JOBS, runExclusive } from "@/lib/db/exclusive";
import type { Prisma } from "@/lib/db/generated/client";
import { ConflictError, InvalidTransitionError, NotFoundError } from "@/lib/errors";
import { onShutdown } from "@/lib/lifecycle";
import { publishArticle, SYSTEM_ACTOR } from "./mutations";

/**
 * Scheduled publishing. A due SCHEDULED article is published through the same
 * `publishArticle` as a manual publish (checks, sign-off, audit, cache invalidation),
 * acting as SYSTEM_ACTOR, from a timer in every server process (startScheduler). With
 * several instances on one database, a run holds a Postgres advisory lock, so one process
 * publishes and the others skip that tick; the version/status guard still makes any other
 * publisher (an editor clicking at the same moment) a no-op.
 */

const TICK_MS = 15_000;
export const SCHEDULER_TRIGGER_PATH = "/api/internal/jadwal";
export const SCHEDULER_TOKEN_HEADER = "x-warta-scheduler";

export type PublishDueResult = {
  published: string[];
  skipped: string[];
  failed: { id: string; error: string }[];
  /** True when another process was running scheduled publishing, so this one did nothing. */
  isRunningElsewhere: boolean;
};

/** Scheduled articles whose time has come. */
function dueScheduledWhere(now: Date): Prisma.ArticleWhereInput {
  return { status: "SCHEDULED", scheduledAt: { lte: now } };
}

/**
 * Publishes every SCHEDULED article due at `now`, each in its own transaction; one failure
 * does not stop the rest. Runs in one process at a time across instances.
 */
export async function publishDueArticles(now: Date = new Date()): Promise<PublishDueResult> {
  const run = await runExclusive(EXCLUSIVE_JOBS.scheduledPublishing, () => publishDue(now));
  return run.ran ? run.result : { published: [], skipped: [], failed: [], isRunningElsewhere: true };
}

async function publishDue(now: Date): Promise<PublishDueResult> {
  const due = await db.article.findMany({
    where: dueScheduledWhere(now),
    orderBy: { scheduledAt: "asc" },
    select: { id: true, version: true },
  });
  const result: PublishDueResult = { published: [], skipped: [], failed: [], isRunningElsewhere: false };
  for (const article of due) {
    try {
      await publishArticle(SYSTEM_ACTOR, article.id, article.version);
      result.published.push(article.id);
    } catch (error) {
      // CASE: an editor (or a process without the lock, e.g. an older version) got there
      // first: changed, cancelled or deleted.
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
  running?: Promise<PublishDueResult | null>;
  /** Proves a trigger came from this process's own timer (checked in constant time). */
  token?: string;
};

// On globalThis so a dev hot reload or a second import of this module never starts a
// second timer, and the timer and the trigger route see the same token.
const state = ((globalThis as typeof globalThis & { __wartaScheduler?: SchedulerState }).__wartaScheduler ??= {});

/** One run at a time per process; a trigger that finds one running waits for it. */
export function runScheduledPublishing(now?: Date): Promise<PublishDueResult | null> {
  state.running ??= publishDueArticles(now)
    .then((result) => {
      // One line per run that published: with several instances, the logs show which one ran.
      if (result.published.length > 0)
        console.info(`Scheduled publishing published ${result.published.length} article(s)`);
      for (const failure of result.failed) {
        console.warn(`Scheduled publish of article ${failure.id} failed: ${failure.error}`);
      }
      return result;
    })
    .catch((error: unknown) => {
      console.warn(`Scheduled publishing failed: ${String(error)}`);
      return null;
    })
    .finally(() => {
      state.running = undefined;
    });
  return state.running;
}

/** Whether `candidate` is this process's trigger token. */
export function isSchedulerToken(candidate: string | null): boolean {
  if (!state.token || candidate === null) return false;
  const expected = Buffer.from(state.token);
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Starts this process's publishing timer (idempotent): every 15 seconds, and once at
 * start-up, it asks the process's own trigger route (over loopback) to publish what is
 * due. Going through a request is what lets the publish invalidate cached pages: Next
 * revalidates tags only inside a request.
 */
export function startScheduler(origin: string): void {
  if (state.timer) return;
  state.token = randomBytes(32).toString("hex");
  const trigger = () =>
    void fetch(new URL(SCHEDULER_TRIGGER_PATH, origin), {
      method: "POST",
      headers: { [SCHEDULER_TOKEN_HEADER]: state.token ?? "" },
      signal: AbortSignal.timeout(TICK_MS),
    })
      .then((response) => {
        if (!response.ok) console.warn(`Scheduled publishing answered ${response.status}`);
      })
      .catch((error: unknown) => console.warn(`Scheduled publishing could not run: ${String(error)}`));
  state.timer = setInterval(trigger, TICK_MS);
  // The timer must never keep a process alive on its own (scripts, tests, shutdown).
  state.timer.unref();
  setTimeout(trigger, 1_000).unref();
  onShutdown(stopScheduler);
}

/** Stops the timer (tests and orderly shutdown). */
export function stopScheduler(): void {
  if (state.timer) clearInterval(state.timer);
  state.timer = undefined;
}
