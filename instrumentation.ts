import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Called once per server instance before it takes requests. Starts the scheduled
 * publishing timer in the Node.js runtime only: never on the edge, and never while
 * `next build` prerenders (builds must not touch the database).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) {
    const [{ startScheduler }, { env }] = await Promise.all([import("@/lib/articles/scheduler"), import("@/lib/env")]);
    // The timer calls this process's own trigger route over loopback (or the one address it listens on).
    const host = env.HOSTNAME === "0.0.0.0" || env.HOSTNAME === "::" ? "127.0.0.1" : env.HOSTNAME;
    startScheduler(`http://${host.includes(":") ? `[${host}]` : host}:${env.PORT}`);
  }
}
