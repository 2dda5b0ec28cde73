import { connection } from "next/server";
import { checkDatabase, checkMediaStorage, checkRedis } from "@/lib/health";

/**
 * For load balancers and the edge cache's probe: each dependency separately, and an overall
 * status of "ok" or "degraded". Always 200 while the instance serves (it keeps serving its
 * rendered pages through a database, Redis or storage outage); the server answers 503 here
 * while it drains for shutdown (server/index.mjs).
 */
export async function GET() {
  await connection();
  const [database, redis, mediaStorage] = await Promise.all([checkDatabase(), checkRedis(), checkMediaStorage()]);
  const isDegraded = [database, redis, mediaStorage].some((part) => part.status === "unreachable");
  return Response.json(
    { status: isDegraded ? "degraded" : "ok", database, redis, mediaStorage },
    { headers: { "Cache-Control": "no-store" } },
  );
}
