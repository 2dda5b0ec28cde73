import "server-only";
import { db } from "@/lib/db/client";

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; reason: string };

/** Pings the database with a deadline, so a hung server fails the check instead of hanging it. */
export async function checkDatabase(timeoutMs = 3_000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, deadline]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason names the failure class only: connection strings and hosts stay in the server log.
    console.error("Database health check failed:", error);
    const reason =
      error instanceof Error && error.message.startsWith("no answer") ? error.message : "database unreachable";
    return { ok: false, reason };
  } finally {
    clearTimeout(timer);
  }
}
