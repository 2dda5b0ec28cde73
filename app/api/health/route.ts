import { connection } from "next/server";
import { checkDatabase } from "@/lib/health";

export async function GET() {
  await connection();
  const database = await checkDatabase();
  const headers = { "Cache-Control": "no-store" };
  if (!database.ok) {
    return Response.json(
      { status: "error", database: "unreachable", reason: database.reason },
      { status: 503, headers },
    );
  }
  return Response.json({ status: "ok", database: "reachable", latencyMs: database.latencyMs }, { headers });
}
