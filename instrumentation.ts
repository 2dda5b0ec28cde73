import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Called once per server instance before it takes requests. Starts the scheduled
 * publishing timer in the Node.js runtime only: never on the edge, and never while
 * `next build` prerenders (builds must not touch the database).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) {
    const { startScheduler } = await import("@/lib/articles/scheduler");
    startScheduler();
  }
}
